#include "text/utf8.hpp"

namespace lede::text {

DecodedCodepoint decode_utf8_sequence(std::string_view text, std::size_t position) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(position);

  // Table 3-7 of the Unicode standard: the allowed range of the second byte depends on the lead.
  std::uint32_t length = 0;
  unsigned char second_low = 0x80;
  unsigned char second_high = 0xBF;
  char32_t value = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    value = lead & 0x0F;
    if (lead == 0xE0) second_low = 0xA0;   // no overlong forms
    if (lead == 0xED) second_high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    value = lead & 0x07;
    if (lead == 0xF0) second_low = 0x90;   // no overlong forms
    if (lead == 0xF4) second_high = 0x8F;  // nothing above U+10FFFF
  } else {
    return {kReplacementCharacter, 1, false};
  }

  for (std::uint32_t i = 1; i < length; ++i) {
    const std::size_t at = position + i;
    const unsigned char low = i == 1 ? second_low : 0x80;
    const unsigned char high = i == 1 ? second_high : 0xBF;
    if (at >= text.size() || byte(at) < low || byte(at) > high) {
      return {kReplacementCharacter, i, false};  // the maximal subpart ends before this byte
    }
    value = (value << 6) | (byte(at) & 0x3F);
  }
  return {value, length, true};
}

}  // namespace lede::text
