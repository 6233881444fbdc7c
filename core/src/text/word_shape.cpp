#include "text/word_shape.hpp"

#include <algorithm>

#include "text/ascii_case.hpp"

namespace lede::text {

std::size_t word_shape(std::string_view form, int max_run, char* out, std::size_t capacity) {
  std::size_t length = 0;
  char last = 0;
  int run = 0;
  for (std::size_t i = 0; i < form.size() && length < capacity; ++i) {
    const auto byte = static_cast<unsigned char>(form[i]);
    if (byte >= 0x80 && byte < 0xC0) continue;  // a UTF-8 continuation byte: counted with its lead
    const char cls = byte >= 0x80                   ? 'u'
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
