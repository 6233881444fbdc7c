// The layout of the "parse" model section, shared by the loader (dependency_parser.cpp) and the writer
// (learn/parse_trainer.cpp). All arrays are read in place.
//
// "parse": ParseSectionHeader, labels[label_count] (dep_labels.hpp numbers, the first being root), then a
//          perceptron::WeightTable over the classes of greedy_parser.hpp (1 + 2 * label_count).
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::parse {

inline constexpr std::string_view kParseSectionName = "parse";

struct ParseSectionHeader {
  std::uint32_t label_count = 0;
  std::uint32_t reserved = 0;
};

}  // namespace lede::parse
