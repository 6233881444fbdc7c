// The shape of a word, a feature of the taggers: letters become X/x (Latin letters with marks too),
// digits d, any other non-ASCII character u,
// other characters stay; runs of one class are cut to `max_run`, so unseen words of one look share a
// shape: "Bajwa" and "Washington" are "Xxx" (max_run 2) or "Xx" (1); "1,250" is "d,dd".
#pragma once

#include <cstddef>
#include <string_view>

namespace lede::text {

// 'X' for an uppercase Latin letter with a mark (À..Þ, Ā, Ł, Š, ...: U+00C0..U+017F), 'x' for a
// lowercase one, 0 for any other code point.
char latin_letter_case(char32_t c);

// Whether a word opens with a capital letter: A..Z, or a Latin capital with a mark ("Ángel", "Łódź").
bool starts_with_capital(std::string_view form);

// Writes the shape into `out` (at most `capacity` bytes) and returns its length.
std::size_t word_shape(std::string_view form, int max_run, char* out, std::size_t capacity);

// A word's first 64 bytes lowercased (ASCII), where the taggers' affix features are read (longer words
// are rare; their tail adds nothing), and what its letters say about its case.
struct FoldedWord {
  static constexpr std::size_t kCapacity = 64;
  explicit FoldedWord(std::string_view form);
  std::string_view view() const { return {lower, size}; }

  char lower[kCapacity];
  std::size_t size = 0;        // min(form size, kCapacity)
  int letters = 0;             // ASCII letters among them
  bool any_lowercase = false;  // an ASCII lowercase letter among them
};

}  // namespace lede::text
