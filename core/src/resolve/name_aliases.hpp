// Names of one entity written differently: "Qamar Javed Bajwa", "Javed Bajwa", "Bajwa" (surname),
// "Oleg" (given name, "General Oleg" -> Oleg Salyukov), and acronyms used without a definition whose
// initials spell a longer name ("IMF" -> "International Monetary Fund").
//
// In the spirit of the precise passes of the multi-pass sieve (Raghunathan et al. 2010; Lee et al. 2013):
// each pass links only when exactly one candidate fits, and names are looked up in indexes by surname,
// given name and initials, so the work grows with the number of distinct names, not with their square.
// Two people sharing a surname ("Hillary Clinton", "Bill Clinton") make a bare "Clinton" ambiguous: it
// joins one of them only when an honorific settles it ("Mrs Clinton"), else it stays an entity of its own.
#pragma once

#include <cstdint>
#include <vector>

#include "lede/document.hpp"
#include "resolve/disjoint_sets.hpp"
#include "resolve/gender.hpp"
#include "resolve/name_key.hpp"

namespace lede::resolve {

// One distinct key among a document's name mentions, with the mentions that have it.
struct NameForm {
  NameKey key;
  EntityType type = EntityType::Misc;  // the most frequent type among its mentions
  Gender gender = Gender::Unknown;     // a person's, from the given name of a multi-word form
  bool read_as_place = false;          // a place-typed name after "in", "to", "from"...: never a person
  std::vector<std::uint32_t> mentions;  // indices into Document::mentions, in text order
};

// Unites in `mention_sets` the mentions of each form and the forms that name the same entity.
// `mention_gender` is each document mention's own gender evidence (an honorific before it).
void link_name_aliases(const Document& document, const std::vector<NameForm>& forms,
                       const std::vector<Gender>& mention_gender, DisjointSets& mention_sets);

}  // namespace lede::resolve
