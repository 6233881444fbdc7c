// PERCENT: a number before a percent sign or word (core/lexicons/percent_signs.tsv): "5%", "5 percent",
// "5.5 per cent", "five percent", "5 percentage points" (a change in percent is PERCENT, as in OntoNotes).
#pragma once

#include <vector>

#include "lede/document.hpp"
#include "text/sentence_tokens.hpp"

namespace lede::rules {

void find_percents(const text::SentenceTokens& tokens, std::vector<Mention>& out);

}  // namespace lede::rules
