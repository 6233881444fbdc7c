// The comparable form of a name mention: what is left of "the U.S.'s", "BAJWA" or "Doe, John" once case,
// periods, a leading "the", a possessive and the inversion are undone ("us", "bajwa", "john doe").
// Every alias test of the resolve stage compares these keys, never the raw text, so headline casing and
// punctuation variants meet.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "lede/document.hpp"

namespace lede::resolve {

struct NameKey {
  std::string text;              // words folded to ASCII lowercase, periods dropped, joined by single spaces
  std::uint32_t first_end = 0;   // text[0, first_end): the first word (a given name, for persons)
  std::uint32_t last_begin = 0;  // text[last_begin, last_end): the last word before a suffix ("Jr"): a surname
  std::uint32_t last_end = 0;
  std::uint16_t words = 0;
  bool all_capitals = false;    // every letter written in capitals ("BAJWA MEETS"): a headline's casing
  bool acronym_shaped = false;  // one word of 2 to 6 capitals, periods allowed ("NDMA", "U.S.")

  std::string_view first_word() const { return std::string_view(text).substr(0, first_end); }
  std::string_view last_word() const { return std::string_view(text).substr(last_begin, last_end - last_begin); }
};

// The key of tokens [begin, end) of a document. `person` turns "Doe, John" around; other names keep
// commas as written ("Washington, D.C." stays one place).
NameKey name_key(const Document& document, std::uint32_t begin, std::uint32_t end, bool person);

// The key of a name written in a lexicon: the same folding, words split on spaces.
std::string folded_key(std::string_view written);

// Recomputes the word facts of a key whose text was replaced (by an alias's expansion).
void index_words(NameKey& key);

// The initials of a key's words, two ways: of every word ("chief of army staff" -> "coas") and of the
// words other than function words ("cas"); empty when the key has fewer than two words.
std::string initials_of_all_words(std::string_view key);
std::string initials_of_content_words(std::string_view key);

}  // namespace lede::resolve
