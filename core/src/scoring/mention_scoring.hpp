// Mentions against the gold articles' mentions (`lede eval doc`): exact span (UTF-16 offsets) and type,
// per type, micro over all types, micro over the name types (everything the rule layer does not
// produce: PERSON ... MISC and TITLE), and on the CoNLL-2003 mapping (conll2003_label: PER, ORG, LOC, MISC;
// other types ignored).
#pragma once

#include <array>
#include <vector>

#include "lede/document.hpp"
#include "scoring/scores.hpp"
#include "scoring/span_scoring.hpp"

namespace lede::scoring {

inline constexpr std::array<const char*, 4> kConll2003Types = {"PER", "ORG", "LOC", "MISC"};

struct TypedSpan {
  Span span;
  EntityType type;
};

struct MentionScores {
  std::array<Prf, kEntityTypeCount> per_type{};
  Prf all;
  Prf names;
  std::array<Prf, kConll2003Types.size()> conll{};
  Prf conll_micro;

  // Adds one article's gold and predicted mentions (any order).
  void add(const std::vector<TypedSpan>& gold, const std::vector<TypedSpan>& predicted);
};

// The document's mentions as the gold articles annotate them: names and rule mentions with UTF-16
// spans, pronouns left out.
std::vector<TypedSpan> scored_mentions(const Document& document);

// The mentions of `from` that `other` has no mention of the same span and type for, in order.
std::vector<TypedSpan> unmatched_mentions(const std::vector<TypedSpan>& from, const std::vector<TypedSpan>& other);

}  // namespace lede::scoring
