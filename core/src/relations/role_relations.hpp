// `role` relations: a person and a post the text gives them, from the TITLE
// mentions the resolve stage attached to a person in the same sentence: premodifiers ("Foreign Minister
// Khawaja Asif", "U.S. president Donald Trump") and appositions ("Oleg Salyukov, the commander of the
// Russian Federation's Ground Forces"). The object is the organization or country of the post when the
// text states it right at the title: before it ("U.S. president", "Pakistan's foreign minister") or in
// its "of/at/for" complement ("commander of the Ground Forces"). A post in an organization (ORG) also
// gives a `member_of` relation between the two.
#pragma once

#include <vector>

#include "lede/document.hpp"
#include "parse/syntax.hpp"
#include "relations/relation_arguments.hpp"

namespace lede::relations {

void find_role_relations(const Document& document, const parse::DependencyIndex& index,
                         const MentionAtToken& mention_at, std::vector<Relation>& out);

}  // namespace lede::relations
