// MONEY: an amount with its currency, before or after it (core/lexicons/currencies.tsv): "$5 million",
// "$5.2bn", "US$ 100", "£30", "€1.5 billion", "Rs 2bn", "Rs. 2 billion", "PKR 50,000",
// "5 million dollars", "a million dollars", "20 cents". The sign is part of the mention.
#pragma once

#include <vector>

#include "lede/document.hpp"
#include "text/sentence_tokens.hpp"

namespace lede::rules {

void find_money(const text::SentenceTokens& tokens, std::vector<Mention>& out);

}  // namespace lede::rules
