// `lives_in` relations that news copy states in set phrases beside a person's name, whatever the
// classifier makes of the sentence: a hometown after a comma, with or without an age ("Norman Vaughan,
// 83, of Trapper Creek", "Ortega, of Lima"), "from" after a form of "be" ("Tsuruyama is from Yatsushiro",
// "who was from Kano"), a relative clause of residence ("Osman, 58, who has lived in Cairo", "who grew up
// in Lagos", "who was born in Kano"), and a hometown or a native place ("Nelson's hometown of Abbott", "Ortega, a
// native of Lima"). A place written right after that one and taken to hold it ("Trapper Creek, Alaska,",
// "Yatsushiro in Kumamoto Prefecture in southern Japan") is where the person lives too. In mention order, each person's
// places outward; the caller drops the rest of a chain with its first.
#pragma once

#include <vector>

#include "lede/document.hpp"
#include "relations/relation_arguments.hpp"

namespace lede::relations {

// The place written after the place mention `place` with a comma, as the last name of its phrase, which
// holds it: "Trapper Creek, Alaska,", "Rockville, Md." (not "offices in London, Paris, Berlin"); -1 for none.
std::int32_t enclosing_place(const Document& document, const MentionAtToken& mention_at, std::int32_t place);

void find_home_phrases(const Document& document, const MentionAtToken& mention_at, std::vector<Relation>& out);

// Whether an organization's name modifies the common noun right after it (before `limit`), so that a
// place's possessive before the name owns the noun phrase, not the organization: "Ukraine's NATO allies",
// "Britain's EU membership".
bool name_modifies_a_noun(const Document& document, const Mention& organization, std::uint32_t limit);

// `based_in` from a place's "-based" before or in apposition to an organization's name ("Abuja-based
// Cowrie Capital", "Safaricom, the Nairobi-based operator", "the Lagos-based lender, Access Bank,"), from
// "based in" or "headquartered in" after it ("Volkswagen, based in Wolfsburg,"), and from a place that owns
// the name or stands in its description ("Germany's Nordwolke AG", "Nimbus Cloud, a US software company").
// In mention order.
void find_base_phrases(const Document& document, const MentionAtToken& mention_at, std::vector<Relation>& out);

}  // namespace lede::relations
