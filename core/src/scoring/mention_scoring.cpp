#include "scoring/mention_scoring.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

#include "ner/mention_merge.hpp"

namespace lede::scoring {
namespace {

// The "names" row counts TITLE mentions too: everything the rule recognizers do not find.
bool is_name_or_title(EntityType type) { return !is_rule_type(type); }

int conll_index(EntityType type) {
  const std::string_view label = conll2003_label(type);
  for (std::size_t i = 0; i < kConll2003Types.size(); ++i) {
    if (label == kConll2003Types[i]) return static_cast<int>(i);
  }
  return -1;
}

// The spans `keep` selects, as (group, span) keys: the group goes before the span so that a group
// standing for the type makes exact span + type match key equality.
void add_group(const std::vector<TypedSpan>& gold, const std::vector<TypedSpan>& predicted, Prf& scores,
               const auto& keep, const auto& group) {
  const auto collect = [&](const std::vector<TypedSpan>& from) {
    std::vector<std::pair<int, Span>> out;
    for (const TypedSpan& s : from) {
      if (keep(s.type)) out.emplace_back(group(s.type), s.span);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  score_sorted(collect(gold), collect(predicted), scores);
}

}  // namespace

void MentionScores::add(const std::vector<TypedSpan>& gold, const std::vector<TypedSpan>& predicted) {
  const auto one_group = [](EntityType) { return 0; };
  const auto by_type = [](EntityType type) { return static_cast<int>(type); };
  for (int t = 0; t < kEntityTypeCount; ++t) {
    add_group(
        gold, predicted, per_type[static_cast<std::size_t>(t)],
        [t](EntityType type) { return static_cast<int>(type) == t; }, one_group);
  }
  add_group(
      gold, predicted, all, [](EntityType) { return true; }, by_type);
  add_group(gold, predicted, names, is_name_or_title, by_type);
  for (std::size_t c = 0; c < kConll2003Types.size(); ++c) {
    add_group(
        gold, predicted, conll[c], [c](EntityType type) { return conll_index(type) == static_cast<int>(c); },
        one_group);
  }
  add_group(
      gold, predicted, conll_micro, [](EntityType type) { return conll_index(type) >= 0; }, conll_index);
}

std::vector<TypedSpan> scored_mentions(const Document& document) {
  const OffsetMap utf16(document, OffsetUnit::Utf16);
  std::vector<TypedSpan> mentions;
  for (const Mention& m : document.mentions) {
    if (m.pronoun) continue;  // the gold articles annotate names, not pronouns
    mentions.push_back({{utf16(document.mention_start(m)), utf16(document.mention_end(m))}, m.type});
  }
  return mentions;
}

std::vector<TypedSpan> unmatched_mentions(const std::vector<TypedSpan>& from, const std::vector<TypedSpan>& other) {
  std::vector<TypedSpan> unmatched;
  for (const TypedSpan& s : from) {
    const bool matched = std::any_of(other.begin(), other.end(),
                                     [&](const TypedSpan& o) { return o.span == s.span && o.type == s.type; });
    if (!matched) unmatched.push_back(s);
  }
  return unmatched;
}

}  // namespace lede::scoring
