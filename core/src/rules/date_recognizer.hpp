// DATE: absolute, partial and relative dates. Choices for ambiguous forms (see also tests):
// - "in 2018", "earlier in February", "on Tuesday": the preposition is not part of the date.
// - "the 1990s", "the mid-1990s", "the past decade", "the 21st century", "early 2018", "last April",
//   "earlier this month", "three years ago": the words that say which period are part of it.
// - A bare year 1900-2099 is a DATE only in date context (after in/since/by/until/of/from/... or an
//   edge word, before a month, or continuing a range "from 2010 to 2015"); otherwise CARDINAL.
// - Ranges: "April 24-25" is one DATE (the days share a month); "from 2010 to 2015" is two DATEs,
//   "2010" and "2015"; "2010-2015" written as one token is one DATE.
// - Durations without an anchor ("three years", "six months") are QUANTITY, not DATE.
// - "Tuesday morning", "last night", "this morning" are TIME (time_recognizer): smaller than a day.
#pragma once

#include <vector>

#include "lede/document.hpp"
#include "text/sentence_tokens.hpp"

namespace lede::rules {

void find_dates(const text::SentenceTokens& tokens, std::vector<Mention>& out);

}  // namespace lede::rules
