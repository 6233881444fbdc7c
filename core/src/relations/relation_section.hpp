// The layout of the "relations" model section, shared by the loader (relation_classifier.cpp) and the
// writer (learn/relation_trainer.cpp). All arrays are read in place.
//
// "relations": RelationSectionHeader, then a perceptron::WeightTable over the kRelationClassCount classes
//              of relation_kinds.hpp.
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::relations {

inline constexpr std::string_view kRelationSectionName = "relations";

struct RelationSectionHeader {
  std::uint32_t class_count = 0;
  // Added to the "no relation" score (in the table's stored units): the precision/recall trade-off tuned
  // on the dev split.
  std::int32_t none_bias = 0;
};

}  // namespace lede::relations
