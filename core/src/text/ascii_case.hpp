// ASCII case folding, the one home of it. Lexicons, keys and features fold only ASCII letters: a
// byte >= 0x80 (part of a UTF-8 sequence) is left as it is, so folding never breaks a code point and
// never depends on a locale.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "perceptron/feature_hash.hpp"
#include "text/char_class.hpp"  // is_ascii_upper, is_ascii_lower, is_ascii_digit (a byte >= 0x80 is none)

namespace lede::text {

constexpr char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

inline void ascii_lower_in_place(std::string& text) {
  for (char& c : text) c = ascii_lower(c);
}

inline std::string ascii_lower_copy(std::string_view text) {
  std::string lower(text);
  ascii_lower_in_place(lower);
  return lower;
}

// ASCII lowercase into `buffer` (at most `capacity` bytes); returns the view, or an empty view when the
// word is longer than the buffer. For case-folded lookups without allocating.
inline std::string_view ascii_lower(std::string_view word, char* buffer, std::size_t capacity) {
  if (word.size() > capacity) return {};
  for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = ascii_lower(word[i]);
  return std::string_view(buffer, word.size());
}

// Whether `word` is `lower` but for ASCII case; `lower` must already be lowercase.
constexpr bool equals_folded(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (ascii_lower(word[i]) != lower[i]) return false;
  }
  return true;
}

// Whether two words are equal but for ASCII case (neither needs to be lowercase).
constexpr bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

constexpr bool starts_uppercase(std::string_view word) { return !word.empty() && is_ascii_upper(word.front()); }

// Two capital letters at least and no lowercase one: "LAHORE", "BOGOTÁ", "U.S.", "COAS" (a headline's or a
// dateline's words, an acronym), not "A" or "McDonald".
constexpr bool is_in_capitals(std::string_view word) {
  std::size_t letters = 0;
  for (const char c : word) {
    if (is_ascii_lower(c)) return false;
    if (is_ascii_upper(c)) ++letters;
  }
  return letters >= 2;
}

// "May", "MAY", "Sept." but not "may" or "mAY": how proper nouns look in running text and headlines.
constexpr bool is_title_or_upper_case(std::string_view word) {
  if (!starts_uppercase(word)) return false;
  bool has_lower = false;
  bool has_upper_after_first = false;
  for (std::size_t i = 1; i < word.size(); ++i) {
    has_lower = has_lower || is_ascii_lower(word[i]);
    has_upper_after_first = has_upper_after_first || is_ascii_upper(word[i]);
  }
  return !(has_lower && has_upper_after_first);
}

// The hash by which the lexicons' word maps (lexicon::FoldedWordMap) look a word up: FNV-1a over its
// ASCII-lowercased bytes.
constexpr std::uint64_t folded_word_hash(std::string_view word) {
  std::uint64_t hash = perceptron::kFnvOffset;
  for (const char c : word) hash = perceptron::fnv_step(hash, ascii_lower(c));
  return hash;
}

}  // namespace lede::text
