#include "text/token_kind.hpp"

#include "text/char_class.hpp"
#include "text/utf8.hpp"

namespace lede::text {

TokenKind token_kind_of(std::string_view token_text) {
  if (token_text.empty()) return TokenKind::Symbol;
  const char32_t first = decode_utf8(token_text, 0).value;
  if (is_ascii_digit(first)) return TokenKind::Number;
  switch (classify(first)) {
    case CharClass::Word: return TokenKind::Word;
    case CharClass::Punct: return TokenKind::Punct;
    default: return TokenKind::Symbol;
  }
}

}  // namespace lede::text
