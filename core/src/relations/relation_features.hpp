// The features of the relation classifier: ONE definition, used by the runtime (relation_classifier.cpp)
// and by the trainer (learn/relation_trainer.cpp), so the weights are always read with the templates they
// were learned with. A change to any template changes the model: bump kRelationTemplateVersion, and the
// loader rejects older "relations" sections.
//
// A candidate is an ordered pair of mentions of one sentence, first and second in text order. The
// templates are the classic ones of feature-based relation extraction (Roth & Yih 2004 on CoNLL04; Zhou
// et al. 2005; the dependency paths of Bunescu & Mooney 2005 and Mintz et al. 2009), each conjoined with
// the pair of argument types: the words between the two (as a bag, the first and last, their count), the
// words just outside, the arguments' head words, the labeled dependency path between their heads with and
// without the words on it, the lowest common ancestor, each argument's own dependency label, and how many
// other candidates stand between.
#pragma once

#include <cstddef>
#include <cstdint>

#include "lede/document.hpp"
#include "parse/syntax.hpp"
#include "relations/relation_kinds.hpp"

namespace lede::relations {

inline constexpr std::uint32_t kRelationTemplateVersion = 1;
inline constexpr std::size_t kMaxRelationFeatures = 80;

// One side of a candidate pair: a mention's tokens, its syntactic head and its coarse type.
struct RelationArgument {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;  // exclusive
  std::uint32_t head = 0;
  ArgumentType type = ArgumentType::Other;
};

// The token of [begin, end) whose head lies outside the span (the first such), or the last token
// without a parse.
std::uint32_t span_head(const parse::DependencyIndex& index, std::uint32_t begin, std::uint32_t end);

struct RelationFeatureContext {
  const Document& document;
  const parse::DependencyIndex& index;
  std::uint64_t seed = 0;  // the model's hash seed
};

// The feature keys of the pair (first before second in the text, same sentence). `candidates_between`:
// how many other candidate mentions lie between them. Writes at most kMaxRelationFeatures keys; returns
// how many.
std::size_t extract_relation_features(const RelationFeatureContext& context, const RelationArgument& first,
                                      const RelationArgument& second, std::uint32_t candidates_between,
                                      std::uint64_t* keys);

}  // namespace lede::relations
