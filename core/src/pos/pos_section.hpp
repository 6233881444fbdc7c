// The layout of the "pos" and "pos.lemmas" model sections, shared by the loader (pos_model.cpp,
// lemmatizer.cpp) and the writer (learn/pos_section_writer.cpp). All arrays are read in place.
//
// "pos":        PosSectionHeader, class_xpos[class_count], class_upos[class_count],
//               dictionary fingerprints[dictionary_slots], dictionary payloads[dictionary_slots]
//               (class | sure << 8), then a perceptron::WeightTable.
// "pos.lemmas": LemmaSectionHeader, exception fingerprints/payloads[exception_slots] (payload: the
//               lemma's offset in the string pool), rule fingerprints/payloads[rule_slots] (payload:
//               the rule's index), rule_strip[rule_count], rule_append[rule_count] (offsets in the pool),
//               string pool (each string: one length byte, then its bytes).
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::pos {

inline constexpr std::string_view kPosSectionName = "pos";
inline constexpr std::string_view kLemmaSectionName = "pos.lemmas";
inline constexpr std::uint32_t kLemmaTemplateVersion = 2;  // 2: ordered fingerprint tables

struct PosSectionHeader {
  std::uint32_t class_count = 0;
  std::uint32_t dictionary_slots = 0;
};

struct LemmaSectionHeader {
  std::uint32_t exception_slots = 0;
  std::uint32_t rule_slots = 0;
  std::uint32_t rule_count = 0;
  std::uint32_t pool_bytes = 0;
};

// The longest suffix a lemma rule is keyed on.
inline constexpr std::size_t kMaxLemmaSuffix = 6;

}  // namespace lede::pos
