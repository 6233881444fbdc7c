// `role` relations: a person and a post the text gives them, from the TITLE
// mentions the resolve stage attached to a person in the same sentence: premodifiers ("Foreign Minister
// Khawaja Asif", "U.S. president Donald Trump") and appositions ("Oleg Salyukov, the commander of the
// Russian Federation's Ground Forces"). The object is the organization or country of the post when the
// text states it right at the title: before it ("U.S. president", "Pakistan's foreign minister") or in
// its "of/at/for" complement ("commander of the Ground Forces"). A post in an organization (ORG) also
// gives a `member_of` relation between the two; so does a title that names the organization by a common
// noun ("said Linda Schmitt, a company spokeswoman") when the sentence names one organization, and the
// apposition "X, a company official" with a word no title list holds, and every name of a list after an
// organization and a plural of its people ("Bellona members Nils Bemer and Tomas Nilsen").
#pragma once

#include <vector>

#include "lede/document.hpp"
#include "parse/syntax.hpp"
#include "relations/relation_arguments.hpp"

namespace lede::relations {

void find_role_relations(const Document& document, const parse::DependencyIndex& index,
                         const MentionAtToken& mention_at, std::vector<Relation>& out);

}  // namespace lede::relations
