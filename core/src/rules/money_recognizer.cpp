#include "rules/money_recognizer.hpp"

#include <cstdint>

#include "lexicon/phrase_table.hpp"
#include "rules/number_recognizer.hpp"

namespace lede::rules {

namespace {

constexpr int kCaseColumn = 3;
constexpr int kPositionColumn = 2;

// "$ 5 million", "PKR 50,000".
std::uint32_t match_currency_first(const text::SentenceTokens& tokens, std::uint32_t i) {
  static const lexicon::PhraseTable prefixes("currencies", kCaseColumn, kPositionColumn, "prefix");
  const std::uint32_t amount = prefixes.match(tokens, i);
  if (amount == i) return i;
  const std::uint32_t end = match_cardinal(tokens, amount).end;
  return end > amount ? end : i;
}

// "5 million dollars", "20 cents".
std::uint32_t match_amount_first(const text::SentenceTokens& tokens, std::uint32_t i) {
  static const lexicon::PhraseTable suffixes("currencies", kCaseColumn, kPositionColumn, "suffix");
  const std::uint32_t currency = match_cardinal(tokens, i).end;
  if (currency == i) return i;
  const std::uint32_t end = suffixes.match(tokens, currency);
  return end > currency ? end : i;
}

}  // namespace

void find_money(const text::SentenceTokens& tokens, std::vector<Mention>& out) {
  for (std::uint32_t i = tokens.begin(); i < tokens.end(); ++i) {
    for (const std::uint32_t end : {match_currency_first(tokens, i), match_amount_first(tokens, i)}) {
      if (end > i) out.push_back(Mention{i, end, EntityType::Money});
    }
  }
}

}  // namespace lede::rules
