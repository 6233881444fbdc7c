// Pairs quotation marks into quoted spans, token by token, in one pass.
//
// Marks: curly double quotes (“ ”), low-9 („), guillemets (« »), the PTB pair (`` ''), and the straight
// double quote ("), whose direction is read from its spacing: glued to the word after it and not to the
// word before, it opens; glued to the word before, it closes; otherwise it toggles. Single quotes are not
// quote marks here: ’ is far more often an apostrophe, and single quotes only nest inside double ones.
//
// News conventions handled:
// - A quote that runs over several paragraphs leaves each paragraph open and re-opens the next one with
//   an opening mark; the pairs join into one quote (the re-opening marks fall inside its span).
// - A paragraph that ends with its quote still open, followed by one that does not re-open, means an
//   unbalanced mark: that quote is dropped. An opening mark while a quote is open restarts it. So a text
//   full of unbalanced marks costs one pass and yields no span longer than the paragraphs it pairs.
#pragma once

#include <cstdint>
#include <vector>

#include "lede/document.hpp"

namespace lede::text {

struct QuotedSpan {
  std::uint32_t open = 0;   // token index of the opening mark
  std::uint32_t close = 0;  // token index of the closing mark; the quoted words are (open, close)
};

enum class QuoteMark : std::uint8_t { None, Opening, Closing, Either };

QuoteMark quote_mark(const Document& document, std::uint32_t token);

// Every quoted span with at least one token inside, in text order, never overlapping.
std::vector<QuotedSpan> find_quoted_spans(const Document& document);

}  // namespace lede::text
