// Names of one entity written differently: "Qamar Javed Bajwa", "Javed Bajwa", "Bajwa" (surname),
// "Oleg" (given name, "General Oleg" -> Oleg Salyukov), and acronyms used without a definition whose
// initials spell a longer name ("IMF" -> "International Monetary Fund").
//
// In the spirit of the precise passes of the multi-pass sieve (Raghunathan et al. 2010; Lee et al. 2013):
// each pass links only when exactly one candidate fits, and names are looked up in indexes by surname,
// given name and initials, so the work grows with the number of distinct names, not with their square.
// Two people sharing a surname ("Hillary Clinton", "Bill Clinton") make a bare "Clinton" ambiguous: it
// joins one of them only when an honorific settles it ("Mrs Clinton"), else it stays an entity of its own.
// An honorific of the other gender keeps a single word apart even from the one full name that has it
// ("Mr Marbles", the dog of "Jenna Marbles"; "Mr Smith" and "Mrs Smith" are two people). A name after "a"
// or "an" ("a Moreau") joins nothing, and a "person" named like a building or an institution ("Socotra
// Hotel") lends none of its words.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lede/document.hpp"
#include "resolve/disjoint_sets.hpp"
#include "resolve/gender.hpp"
#include "resolve/name_key.hpp"

namespace lede::resolve {

// One distinct key among a document's name mentions, with the mentions that have it.
struct NameForm {
  NameKey key;
  EntityType type = EntityType::Misc;   // the most frequent type among its mentions
  Gender gender = Gender::Unknown;      // a person's, from the given name of a multi-word form
  bool read_as_place = false;           // a place-typed name after "in", "to", "from"...: never a person
  bool indefinite = false;              // "a Moreau", "an Einstein": one mention, someone else of that name
  std::vector<std::uint32_t> mentions;  // indices into Document::mentions, in text order
};

// Whether a name's last word ends the name of a building, an institution, a place or a series and never a
// person's ("Socotra Hotel", "Shah Mosque" tagged PERSON). Such a "person" lends no surname or given name
// to the words inside it, and no title before it is its own. Words that are surnames too ("Park", "Hall",
// "Court", "Lake", "Temple", "Tower", "Street") are not among them.
bool ends_an_institution(std::string_view last_word);

// Unites in `mention_sets` the mentions of each form and the forms that name the same entity.
// `mention_gender` is each document mention's own gender evidence (an honorific before it).
void link_name_aliases(const Document& document, const std::vector<NameForm>& forms,
                       const std::vector<Gender>& mention_gender, DisjointSets& mention_sets);

}  // namespace lede::resolve
