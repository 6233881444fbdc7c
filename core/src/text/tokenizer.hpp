// Splits a document's text into tokens following the Universal Dependencies conventions of the EWT and
// GUM treebanks (the tagger and parser learn from them). The convention, in short:
// - whitespace separates; punctuation is split off, except inside abbreviations ("U.S.", "Gen.",
//   "e.g.", initials "J."), numbers ("1,000.50", "10:30", "2018-04-25"), URLs, emails, @handles and
//   #hashtags, which stay whole;
// - clitics are split: "company's" -> company 's, "don't" -> do n't, "parents'" -> parents ';
// - hyphens are tokens of their own ("Afghan-led" -> Afghan - led, "Lt-Gen" -> Lt - Gen), except after
//   bound prefixes of core/lexicons/hyphen_prefixes.tsv ("e-mail", "non-human") and in digit groups;
// - currency signs and unit suffixes are split from numbers ("$5" -> $ 5, "5pm" -> 5 pm, "2bn" -> 2 bn),
//   ordinal and decade suffixes are not ("25th", "1990s");
// - runs of the same punctuation ("...", "--", "!!!") are one token, as is "…".
// Linear in the text length.
#pragma once

#include "lede/document.hpp"

namespace lede::text {

// Fills document.tokens from document.text().
void tokenize(Document& document);

}  // namespace lede::text
