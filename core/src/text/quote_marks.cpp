#include "text/quote_marks.hpp"

#include <string_view>

namespace lede::text {
namespace {

// Where a straight quote stands: after a space (or an opening bracket or dash) it usually opens.
bool opens_by_spacing(const Document& document, std::uint32_t token) {
  if (token == 0 || document.tokens[token].space_before) return true;
  const std::string_view before = document.token_text(token - 1);
  return before == "(" || before == "[" || before == "—" || before == "–" || before == "-" || before == ":";
}

bool glued_to_next(const Document& document, std::uint32_t token) {
  return token + 1 < document.tokens.size() && !document.tokens[token + 1].space_before &&
         !document.tokens[token + 1].newline_before;
}

}  // namespace

QuoteMark quote_mark(const Document& document, std::uint32_t token) {
  const Token& t = document.tokens[token];
  if (t.kind != TokenKind::Punct && t.kind != TokenKind::Symbol) return QuoteMark::None;
  const std::string_view text = document.token_text(t);
  if (text == "“" || text == "„" || text == "«" || text == "``") return QuoteMark::Opening;
  if (text == "”" || text == "»" || text == "''") return QuoteMark::Closing;
  if (text != "\"") return QuoteMark::None;
  const bool opens = opens_by_spacing(document, token);
  const bool glued_after = glued_to_next(document, token);
  if (opens && glued_after) return QuoteMark::Opening;
  if (!opens && !glued_after) return QuoteMark::Closing;
  return QuoteMark::Either;
}

std::vector<QuotedSpan> find_quoted_spans(const Document& document) {
  std::vector<QuotedSpan> spans;
  constexpr std::uint32_t kNone = UINT32_MAX;
  std::uint32_t open = kNone;
  const auto n = static_cast<std::uint32_t>(document.tokens.size());
  for (std::uint32_t i = 0; i < n; ++i) {
    const QuoteMark mark = quote_mark(document, i);
    if (open != kNone && document.tokens[i].paragraph_before) {
      // The paragraph ended inside a quote: it goes on only if this paragraph re-opens it.
      if (mark == QuoteMark::Opening || mark == QuoteMark::Either) continue;
      open = kNone;
    }
    if (mark == QuoteMark::None) continue;
    const bool closes = open != kNone && (mark == QuoteMark::Closing || mark == QuoteMark::Either);
    if (closes) {
      if (i > open + 1) spans.push_back(QuotedSpan{open, i});
      open = kNone;
    } else if (mark != QuoteMark::Closing) {
      open = i;  // a new quote, or a restart after an unbalanced opening mark
    }
  }
  return spans;
}

}  // namespace lede::text
