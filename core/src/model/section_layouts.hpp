// The layout of each section of a model file (the file itself: model_layout.hpp), in the order the
// analyzer reads them. Each is shared by its stage's loader and its trainer in learn/; the sections are
// described for readers in docs/model-format.md. All arrays are read in place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

// Read by pos/pos_model.cpp and pos/lemmatizer.cpp, written by learn/pos_section_writer.cpp.
// "pos":        PosSectionHeader, class_xpos[class_count], class_upos[class_count],
//               dictionary fingerprints[dictionary_slots], dictionary payloads[dictionary_slots]
//               (class | sure << 8), then a perceptron::WeightTable.
// "pos.lemmas": LemmaSectionHeader, exception fingerprints/payloads[exception_slots] (payload: the
//               lemma's offset in the string pool), rule fingerprints/payloads[rule_slots] (payload:
//               the rule's index), rule_strip[rule_count], rule_append[rule_count] (offsets in the pool),
//               string pool (each string: one length byte, then its bytes).
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

// Read by parse/dependency_parser.cpp, written by learn/parse_trainer.cpp.
// "parse": ParseSectionHeader, labels[label_count] (dep_labels.hpp numbers, the first being root), then a
//          perceptron::WeightTable over the classes of greedy_parser.hpp (1 + 2 * label_count).
namespace lede::parse {

inline constexpr std::string_view kParseSectionName = "parse";

struct ParseSectionHeader {
  std::uint32_t label_count = 0;
  std::uint32_t reserved = 0;
};

}  // namespace lede::parse

// Read by ner/ner_tagger.cpp, written by learn/ner_trainer.cpp.
// "ner": NerSectionHeader, then a perceptron::WeightTable over kNerClassCount classes.
namespace lede::ner {

inline constexpr std::string_view kNerSectionName = "ner";

struct NerSectionHeader {
  std::uint32_t class_count = 0;
  std::uint32_t reserved = 0;
};

}  // namespace lede::ner

// Read by relations/relation_classifier.cpp, written by learn/relation_trainer.cpp.
// "relations": RelationSectionHeader, then a perceptron::WeightTable over the kRelationClassCount classes
//              of relation_kinds.hpp.
namespace lede::relations {

inline constexpr std::string_view kRelationSectionName = "relations";

struct RelationSectionHeader {
  std::uint32_t class_count = 0;
  // Added to the "no relation" score (in the table's stored units): the precision/recall trade-off tuned
  // on the dev split.
  std::int32_t none_bias = 0;
};

}  // namespace lede::relations
