#include "rules/rule_recognizers.hpp"

#include <algorithm>
#include <cstdint>

#include "rules/date_recognizer.hpp"
#include "rules/money_recognizer.hpp"
#include "rules/number_recognizer.hpp"
#include "rules/percent_recognizer.hpp"
#include "rules/quantity_recognizer.hpp"
#include "rules/time_recognizer.hpp"
#include "text/sentence_tokens.hpp"

namespace lede::rules {

namespace {

// When two candidates of the same length overlap, the type that says more wins: "2018" after "in"
// is a DATE, not a CARDINAL; "1500 hours" is a TIME, not a QUANTITY.
int specificity(EntityType type) {
  switch (type) {
    case EntityType::Date: return 7;
    case EntityType::Time: return 6;
    case EntityType::Money: return 5;
    case EntityType::Percent: return 4;
    case EntityType::Quantity: return 3;
    case EntityType::Ordinal: return 2;
    case EntityType::Cardinal: return 1;
    default: return 0;
  }
}

void recognize_in_sentence(const text::SentenceTokens& tokens, std::vector<Mention>& candidates) {
  find_dates(tokens, candidates);
  find_times(tokens, candidates);
  find_money(tokens, candidates);
  find_percents(tokens, candidates);
  find_quantities(tokens, candidates);
  find_numbers(tokens, candidates);
}

// Runs `visit` over each sentence, clamped to the tokens; a document without sentences is one sentence.
// The sentences' tokens carry their lexicon hashes, computed once here.
template <class Visit>
void for_each_sentence(const Document& document, Visit&& visit) {
  const auto token_count = static_cast<std::uint32_t>(document.tokens.size());
  const std::vector<std::uint64_t> hashes = text::folded_word_hashes(document);
  if (document.sentences.empty()) {
    if (token_count > 0) visit(text::SentenceTokens(document, 0, token_count, hashes.data()));
    return;
  }
  for (const Sentence& sentence : document.sentences) {
    const std::uint32_t end = std::min(sentence.token_end, token_count);
    if (sentence.token_begin < end) visit(text::SentenceTokens(document, sentence.token_begin, end, hashes.data()));
  }
}

// Keeps the longest candidates (then the most specific), dropping any that overlaps one already kept,
// and returns the kept ones in text order. O(n log n) in the number of candidates; each candidate is
// a few tokens long, so marking its tokens is O(1).
std::vector<Mention> select_non_overlapping(std::vector<Mention> candidates, std::size_t token_count) {
  std::sort(candidates.begin(), candidates.end(), [](const Mention& a, const Mention& b) {
    const std::uint32_t length_a = a.token_end - a.token_begin;
    const std::uint32_t length_b = b.token_end - b.token_begin;
    if (length_a != length_b) return length_a > length_b;
    if (a.type != b.type) return specificity(a.type) > specificity(b.type);
    return a.token_begin < b.token_begin;
  });
  std::vector<bool> taken(token_count, false);
  std::vector<Mention> kept;
  for (const Mention& candidate : candidates) {
    const auto first = taken.begin() + candidate.token_begin;
    const auto last = taken.begin() + candidate.token_end;
    if (std::find(first, last, true) != last) continue;
    std::fill(first, last, true);
    kept.push_back(candidate);
  }
  std::sort(kept.begin(), kept.end(), [](const Mention& a, const Mention& b) { return a.token_begin < b.token_begin; });
  return kept;
}

}  // namespace

std::vector<Mention> recognize_rule_entities(const Document& document) {
  std::vector<Mention> candidates;
  for_each_sentence(document, [&](const text::SentenceTokens& tokens) { recognize_in_sentence(tokens, candidates); });
  return select_non_overlapping(std::move(candidates), document.tokens.size());
}

}  // namespace lede::rules
