// Groups a document's tokens into sentences: final punctuation (aware of abbreviations, initials and
// closing quotes/brackets), paragraph breaks, lines without final punctuation (headlines, list items)
// and datelines ("ISLAMABAD:", "WASHINGTON (Reuters) -"). Linear in the number of tokens.
#pragma once

#include <cstdint>

#include "lede/document.hpp"

namespace lede::text {

// The most tokens a sentence of raw text may have; a longer run is cut (split_sentences).
inline constexpr std::uint32_t kLongestSentence = 1000;

// Fills document.sentences so that they cover every token, in order, without gaps; none is longer than
// kLongestSentence tokens.
void split_sentences(Document& document);

}  // namespace lede::text
