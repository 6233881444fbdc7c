// Character classes of code points, as the tokenizer and sentence splitter need them. Deliberately
// small: letters of every script count as word characters without a Unicode database, since only the
// punctuation, symbols and spaces decide where tokens end.
#pragma once

namespace lede::text {

enum class CharClass : unsigned char { Space, Newline, Control, Word, Punct, Symbol };

constexpr bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_upper(char32_t c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char32_t c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_letter(char32_t c) { return is_ascii_upper(c) || is_ascii_lower(c); }

constexpr CharClass classify(char32_t c) {
  if (c < 0x80) {
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f') return CharClass::Newline;
    if (c == ' ' || c == '\t') return CharClass::Space;
    if (c < 0x20 || c == 0x7F) return CharClass::Control;
    if (is_ascii_letter(c) || is_ascii_digit(c)) return CharClass::Word;
    if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '|' || c == '~' || c == '%') {
      return CharClass::Symbol;
    }
    return CharClass::Punct;
  }
  if (c == 0x85 || c == 0x2028 || c == 0x2029) return CharClass::Newline;
  if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 ||
      c == 0xFEFF) {
    return CharClass::Space;
  }
  if (c < 0xA0 || (c >= 0x200C && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)) return CharClass::Control;
  if (c == 0xA1 || c == 0xA7 || c == 0xAB || c == 0xB6 || c == 0xB7 || c == 0xBB || c == 0xBF ||
      (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || (c >= 0x2E00 && c <= 0x2E7F) ||
      (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || (c >= 0xFF01 && c <= 0xFF0F)) {
    return CharClass::Punct;
  }
  if ((c >= 0xA2 && c <= 0xA9) || c == 0xAC || c == 0xAE || c == 0xAF || c == 0xB0 || c == 0xB1 || c == 0xB4 ||
      c == 0xD7 || c == 0xF7 || (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2100 && c <= 0x214F) ||
      (c >= 0x2190 && c <= 0x23FF) || (c >= 0x2500 && c <= 0x27BF) || (c >= 0x2900 && c <= 0x2BFF) ||
      (c >= 0x1F000 && c <= 0x1FAFF) || c == 0xFFFD) {
    return CharClass::Symbol;
  }
  return CharClass::Word;
}

constexpr bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
constexpr bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }
// A token that closes a dateline or sets a byline's parts apart: a colon or a dash ("-", "--", "–", "—").
constexpr bool is_dash_or_colon(std::string_view token) {
  return token == "-" || token == "\u2014" || token == "\u2013" || token == ":" || token == "--";
}
constexpr bool is_opening_bracket(char32_t c) { return c == '(' || c == '[' || c == '{'; }
constexpr bool is_closing_bracket(char32_t c) { return c == ')' || c == ']' || c == '}'; }
constexpr bool is_quote(char32_t c) {
  return c == '"' || c == '\'' || c == '`' || c == 0xAB || c == 0xBB || (c >= 0x2018 && c <= 0x201F);
}
constexpr bool is_sentence_final(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049 ||
         c == 0x3002;
}

}  // namespace lede::text
