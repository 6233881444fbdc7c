// QUANTITY: a number with a unit of measure (core/lexicons/units.tsv): "10 km", "10km", "5,000 tonnes",
// "1.5 million barrels", "50 miles", "30 degrees Celsius". Choices for ambiguous forms:
// - Durations are QUANTITY: "three years", "six months" (anchored ones are DATE: "three years ago").
// - Hyphenated measures before a noun are QUANTITY too: "two-day" in "a two-day visit", "10-km".
// - A scale glued to digits is a scale, not a unit: "5m people" is CARDINAL 5 million, "$10m" MONEY;
//   spaced, "10 m" is ten metres.
#pragma once

#include <vector>

#include "lede/document.hpp"
#include "text/sentence_tokens.hpp"

namespace lede::rules {

void find_quantities(const text::SentenceTokens& tokens, std::vector<Mention>& out);

}  // namespace lede::rules
