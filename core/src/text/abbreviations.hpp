// Abbreviations that keep their period (core/lexicons/abbreviations.tsv), with what they tell the
// sentence splitter about the word that follows.
#pragma once

#include <string_view>

namespace lede::text {

enum class AbbreviationClass : unsigned char {
  None,
  Title,   // precedes a name ("Gen.", "Mr.", "Dr."): never ends a sentence
  Before,  // precedes a number or word ("No.", "Fig.", "approx."): never ends a sentence
  Any,     // may end a sentence ("Inc.", "U.S.", "etc.")
};

class AbbreviationLexicon {
 public:
  // `word` includes the final period. Case-sensitive: "Gen." is a title, "gen." is not listed.
  AbbreviationClass find(std::string_view word) const;
};

const AbbreviationLexicon& abbreviations();

// Initials and dotted acronyms: "J.", "U.S.", "e.g.", "a.m." (one letter then a period, repeated; a
// single letter only when it is a capital).
bool is_dotted_letters(std::string_view word);

}  // namespace lede::text
