// Groups a document's tokens into sentences: final punctuation (aware of abbreviations, initials and
// closing quotes/brackets), paragraph breaks, lines without final punctuation (headlines, list items)
// and datelines ("ISLAMABAD:", "WASHINGTON (Reuters) -"). Linear in the number of tokens.
#pragma once

#include "lede/document.hpp"

namespace lede::text {

// Fills document.sentences so that they cover every token, in order, without gaps.
void split_sentences(Document& document);

}  // namespace lede::text
