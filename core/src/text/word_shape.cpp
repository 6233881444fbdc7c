#include "text/word_shape.hpp"

#include <algorithm>

#include "text/ascii_case.hpp"

namespace lede::text {

char latin_letter_case(char32_t c) {
  if (c >= 0xC0 && c <= 0xFF) {  // Latin-1: À..Þ upper, ß..ÿ lower, but × and ÷
    if (c == 0xD7 || c == 0xF7) return 0;
    return c <= 0xDE ? 'X' : 'x';
  }
  if (c >= 0x100 && c <= 0x17F) {              // Latin Extended-A: pairs, upper first, shifted by one in two runs
    if (c == 0x138 || c == 0x149) return 'x';  // ĸ, ŉ
    if (c == 0x178) return 'X';                // Ÿ
    const bool shifted = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    return ((c % 2 == 0) != shifted) ? 'X' : 'x';
  }
  return 0;
}

namespace {

// The case of the Latin letter with a mark that starts at form[i] (two UTF-8 bytes), or 0.
char latin_case_at(std::string_view form, std::size_t i) {
  const auto lead = static_cast<unsigned char>(form[i]);
  if (lead < 0xC3 || lead > 0xC5 || i + 1 >= form.size()) return 0;
  const auto next = static_cast<unsigned char>(form[i + 1]);
  if (next < 0x80 || next >= 0xC0) return 0;
  return latin_letter_case(static_cast<char32_t>((lead & 0x1FU) << 6 | (next & 0x3FU)));
}

}  // namespace

bool starts_with_capital(std::string_view form) {
  return !form.empty() && ((form[0] >= 'A' && form[0] <= 'Z') || latin_case_at(form, 0) == 'X');
}

std::size_t word_shape(std::string_view form, int max_run, char* out, std::size_t capacity) {
  std::size_t length = 0;
  char last = 0;
  int run = 0;
  for (std::size_t i = 0; i < form.size() && length < capacity; ++i) {
    const auto byte = static_cast<unsigned char>(form[i]);
    if (byte >= 0x80 && byte < 0xC0) continue;  // a UTF-8 continuation byte: counted with its lead
    // A Latin letter with a mark (two UTF-8 bytes, U+00C0..U+017F) has the shape of its base letter:
    // "Castaño" looks like "Castano", not like a word with a symbol in it.
    const char latin = latin_case_at(form, i);
    const char cls = latin != 0                     ? latin
                     : byte >= 0x80                 ? 'u'
                     : (byte >= 'A' && byte <= 'Z') ? 'X'
                     : (byte >= 'a' && byte <= 'z') ? 'x'
                     : (byte >= '0' && byte <= '9') ? 'd'
                                                    : static_cast<char>(byte);
    run = cls == last ? run + 1 : 1;
    last = cls;
    if (run <= max_run) out[length++] = cls;
  }
  return length;
}

FoldedWord::FoldedWord(std::string_view form) : size(std::min(form.size(), kCapacity)) {
  for (std::size_t i = 0; i < size; ++i) {
    const char c = form[i];
    const bool lowercase = c >= 'a' && c <= 'z';
    lower[i] = lowercase ? c : ascii_lower(c);
    if (lowercase) any_lowercase = true;
    if (lowercase || (c >= 'A' && c <= 'Z')) ++letters;
  }
}

}  // namespace lede::text
