// CARDINAL and ORDINAL, and the number phrases MONEY, PERCENT and QUANTITY are built on: digits
// ("3", "1,000", "3.5"), number words ("two", "twenty-five", "three hundred and fifty"), scales after
// either ("1.5 million", "2bn", "a dozen") and ordinals ("25th", "second", "twenty-first").
#pragma once

#include <cstdint>
#include <vector>

#include "lede/document.hpp"
#include "text/sentence_tokens.hpp"

namespace lede::rules {

struct NumberPhrase {
  std::uint32_t end = 0;  // exclusive; equal to the start when nothing matched
  double value = 0;       // what the phrase says: 25 for "twenty-five", 1.5e6 for "1.5 million"
};

// A cardinal number phrase starting at token i. Years, clock times and dates written as one number
// token are not cardinals here; whether "2018" is a DATE is the date recognizer's call.
NumberPhrase match_cardinal(const text::SentenceTokens& tokens, std::uint32_t i);

// An ordinal starting at token i: "25th", "second", "twenty-first".
NumberPhrase match_ordinal(const text::SentenceTokens& tokens, std::uint32_t i);

// Appends every CARDINAL and ORDINAL of the sentence.
void find_numbers(const text::SentenceTokens& tokens, std::vector<Mention>& out);

}  // namespace lede::rules
