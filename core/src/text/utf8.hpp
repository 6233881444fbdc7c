// UTF-8 decoding shared by the Document (repair of invalid input) and the tokenizer (code points).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lede::text {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct DecodedCodepoint {
  char32_t value;        // kReplacementCharacter for an invalid sequence
  std::uint32_t length;  // bytes consumed, >= 1
  bool valid;
};

// Decodes the code point at `position`. An invalid sequence consumes its maximal subpart (Unicode
// 15, section 3.9, "U+FFFD substitution of maximal subparts"; the rule TextDecoder follows), so each
// bad sequence yields exactly one U+FFFD.
// ASCII, most of news text, is decoded inline: the tokenizer decodes every character of the text.
DecodedCodepoint decode_utf8_sequence(std::string_view text, std::size_t position);  // a lead >= 0x80
inline DecodedCodepoint decode_utf8(std::string_view text, std::size_t position) {
  const auto lead = static_cast<unsigned char>(text[position]);
  if (lead < 0x80) return {lead, 1, true};
  return decode_utf8_sequence(text, position);
}

// The number of bytes of a valid UTF-8 sequence that starts with `lead`.
inline std::uint32_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  return 2;
}

// Appends the UTF-8 encoding of a code point.
template <class String>
void append_utf8(String& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace lede::text
