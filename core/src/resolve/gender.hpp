// Grammatical gender of people, from what the text shows: a given name ("Oleg"), an honorific or title
// ("Mrs", "Queen"), and the pronouns already linked to the person. Used only to keep "she" away from a
// man; unknown agrees with everything.
#pragma once

#include <cstdint>
#include <string_view>

#include "lede/document.hpp"

namespace lede::resolve {

enum class Gender : std::uint8_t { Unknown, Male, Female, Mixed };

// Joins two pieces of evidence: unknown yields to the other, a disagreement is Mixed (no pronoun agrees).
Gender combine(Gender a, Gender b);
// Whether a pronoun of gender `pronoun` may stand for a person of gender `person`.
bool agrees(Gender person, Gender pronoun);

class GenderLexicon {
 public:
  // The tables built from the embedded name_genders.tsv and gendered_titles.tsv (built once, thread-safe).
  static const GenderLexicon& get();

  // "Oleg" -> Male; Unknown for names used for both genders or not listed. Case-insensitive.
  Gender of_given_name(std::string_view name) const;
  // "Mrs", "Mrs.", "queen" -> Female. Case-insensitive, a final period ignored.
  Gender of_title_word(std::string_view word) const;

 private:
  GenderLexicon();
  struct Impl;
  const Impl* impl_;
};

// The gender a person mention shows by itself: its first word's given name, or an honorific or
// gendered title right before it ("Mr Khan", "Queen Elizabeth").
Gender gender_of_person(const Document& document, const Mention& mention, std::string_view first_word);

}  // namespace lede::resolve
