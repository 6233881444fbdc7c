// Membership in the short closed word lists written into the code ("the", "a", "an", ...). A linear
// scan: the lists are a few dozen words, and most lookups end at the first byte compared. Longer lists
// live in core/lexicons and are read through lexicon::WordTable.
#pragma once

#include <initializer_list>
#include <string_view>

#include "text/ascii_case.hpp"

namespace lede::text {

// Whether `word` is one of `words` (a std::array, a C array or a braced list of string views).
template <class Words>
constexpr bool is_one_of(std::string_view word, const Words& words) {
  for (const std::string_view entry : words) {
    if (entry == word) return true;
  }
  return false;
}

constexpr bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return is_one_of<std::initializer_list<std::string_view>>(word, words);
}

// The same, ignoring ASCII case on both sides.
template <class Words>
constexpr bool is_one_of_ignoring_case(std::string_view word, const Words& words) {
  for (const std::string_view entry : words) {
    if (equals_ignoring_case(entry, word)) return true;
  }
  return false;
}

// Whether `word` is the possessive ending the tokenizer splits off a name: "'s" or "’s" (as written: no
// capital "'S", no bare apostrophe).
constexpr bool is_possessive_s(std::string_view word) { return word == "'s" || word == "\u2019s"; }

}  // namespace lede::text
