// Relations read off one clause of the parse: every verb whose subject and object, or subject and
// prepositional object, are entities gives a relation:
//   - `met` for meeting verbs ("met", "met with", "hosted", "held talks with"; "X and Y met"), symmetric,
//     subject first in the text, between people and organizations;
//   - `visited` for "visit", "tour", "arrive in/at", "travel to" from a person or organization to a place;
//   - `open` for any other verb, with a normalized predicate: the lemma, its particle, and the preposition
//     of the prepositional object ("talk with") or of a complement after the object ("accuse of");
//     a light verb keeps its noun ("hold talks with").
// Passives are turned active ("Pakistan was accused by Trump" -> Trump accuse Pakistan); coordinated
// subjects and objects are expanded ("Russia, China and Iran have endorsed X" -> three relations);
// negation is kept as a flag; a pronoun subject stands for the entity the resolve stage linked it to,
// and a relative pronoun for the noun its clause modifies.
#pragma once

#include <vector>

#include "lede/document.hpp"
#include "parse/syntax.hpp"
#include "relations/relation_arguments.hpp"

namespace lede::relations {

// Appends the relations of every clause; needs the parse (nothing without it).
void find_clause_relations(const Document& document, const parse::DependencyIndex& index,
                           const MentionAtToken& mention_at, std::vector<Relation>& out);

}  // namespace lede::relations
