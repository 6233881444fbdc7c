// The layout of the "ner" model section, shared by the loader (ner_tagger.cpp) and the writer
// (learn/ner_trainer.cpp): NerSectionHeader, then a perceptron::WeightTable over kNerClassCount classes.
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::ner {

inline constexpr std::string_view kNerSectionName = "ner";

struct NerSectionHeader {
  std::uint32_t class_count = 0;
  std::uint32_t reserved = 0;
};

}  // namespace lede::ner
