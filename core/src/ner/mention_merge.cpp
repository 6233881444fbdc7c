#include "ner/mention_merge.hpp"

#include <algorithm>

#include "ner/title_recognizer.hpp"

namespace lede::ner {

namespace {

// A rule mention that covers a name is the better reading of those words: "Tuesday, April 24th 2018"
// is one DATE, not a DATE around a PERSON "April"; "$5 million" is MONEY whatever the tagger made of it.
// Numbers alone (CARDINAL, ORDINAL) never outrank a name of the same words ("Seven Network").
bool rule_covers(const Mention& rule, const Mention& name) {
  const bool inside = rule.token_begin <= name.token_begin && name.token_end <= rule.token_end;
  const bool same = rule.token_begin == name.token_begin && rule.token_end == name.token_end;
  const bool number = rule.type == EntityType::Cardinal || rule.type == EntityType::Ordinal;
  return inside && !(same && number) && name.type != EntityType::Title;
}

// The names that no rule mention covers (the others go to `covered`, when given); both lists sorted and
// non-overlapping, so one pass suffices.
std::vector<Mention> names_not_covered(const std::vector<Mention>& named, const std::vector<Mention>& rules,
                                       std::vector<Mention>* covered) {
  std::vector<Mention> kept;
  kept.reserve(named.size());
  std::size_t r = 0;
  for (const Mention& name : named) {
    if (is_rule_type(name.type)) continue;
    while (r < rules.size() && rules[r].token_end <= name.token_begin) ++r;
    if (r < rules.size() && rule_covers(rules[r], name)) {
      if (covered != nullptr) covered->push_back(name);
      continue;
    }
    kept.push_back(name);
  }
  return kept;
}

// A name whose last words begin a longer DATE ("Updated Dec" before "Dec. 3, 2024", which the tagger read as
// an ORG at the head of a page) gives those words to the date: a day, month and year stated in full are
// a date whatever the tagger made of the month. What stays before it remains a name, unless it is one
// word opening a line, which is a heading's or a credit's cue ("Updated", "Posted"), not a name.
void yield_month_to_dates(const Document& document, std::vector<Mention>& names, const std::vector<Mention>& rules) {
  std::size_t r = 0;
  std::size_t kept = 0;
  for (Mention name : names) {
    while (r < rules.size() && rules[r].token_end <= name.token_begin) ++r;
    if (r < rules.size()) {
      const Mention& date = rules[r];
      const bool tail = date.type == EntityType::Date && date.token_begin > name.token_begin &&
                        date.token_begin < name.token_end && date.token_end > name.token_end;
      if (tail) {
        name.token_end = date.token_begin;
        const bool cue = name.token_end - name.token_begin == 1 &&
                         (name.token_begin == 0 || document.tokens[name.token_begin].newline_before);
        if (cue) continue;
      }
    }
    names[kept++] = name;
  }
  names.resize(kept);
}

}  // namespace

std::vector<Mention> merge_mentions(const std::vector<Mention>& all_named, const std::vector<Mention>& rules,
                                    std::vector<Mention>* covered) {
  if (covered != nullptr) covered->clear();
  const std::vector<Mention> named = names_not_covered(all_named, rules, covered);
  std::vector<Mention> merged;
  merged.reserve(named.size() + rules.size());
  std::size_t n = 0;
  const auto next_named = [&]() -> const Mention* {
    while (n < named.size() && is_rule_type(named[n].type)) ++n;
    return n < named.size() ? &named[n] : nullptr;
  };
  std::uint32_t covered_until = 0;  // end of the last mention kept
  for (const Mention& rule : rules) {
    // Names starting before this rule mention ends come first; a rule mention overlapping one is dropped.
    while (const Mention* name = next_named()) {
      if (name->token_begin >= rule.token_end) break;
      merged.push_back(*name);
      covered_until = std::max(covered_until, name->token_end);
      ++n;
    }
    const Mention* following = next_named();
    const bool overlaps_previous = rule.token_begin < covered_until;
    const bool overlaps_next = following != nullptr && following->token_begin < rule.token_end;
    if (!overlaps_previous && !overlaps_next) merged.push_back(rule);
  }
  while (const Mention* name = next_named()) {
    merged.push_back(*name);
    ++n;
  }
  return merged;
}

std::vector<Mention> merge_mentions(const Document& document, const std::vector<Mention>& named,
                                    const std::vector<Mention>& rules, std::vector<Mention>* covered) {
  std::vector<Mention> names;
  names.reserve(named.size());
  for (const Mention& m : named) {
    if (!is_rule_type(m.type)) names.push_back(m);
  }
  yield_month_to_dates(document, names, rules);
  return merge_mentions(add_titles(document, std::move(names)), rules, covered);
}

}  // namespace lede::ner
