// The resolve stage: mentions grouped into entities, each with a canonical name,
// the titles the text gives it, and a salience; pronouns linked to the entities they stand for.
//
// The steps, each in a file of its own:
//   title_holders     a name in a title holder's place is a PERSON, however the tagger typed it
//   name_key          mentions' comparable forms (case, periods, possessives, "Doe, John")
//   acronyms          defined and common acronyms rewritten to their long forms ("COAS", "U.S.")
//   name_aliases      same names, surnames, given names, initials; ambiguous surnames kept apart
//   (here)            type repair: an entity's type is the weighted majority of its names' types
//   title_attachment  TITLE mentions joined to the person who holds the title
//   pronoun_resolver  he/she/it/they... joined to a preceding entity, or left out when unsure
//   canonical_name    the entity's name; salience: its share of the article's attention
// Dates, numbers and other rule mentions group by type and identical text.
#pragma once

#include "lede/document.hpp"

namespace lede::resolve {

// Fills document.entities (numbered in order of first mention), each mention's entity, and adds the
// resolved pronouns to document.mentions (Mention::pronoun). Running it again gives the same result.
void group_entities(Document& document);

}  // namespace lede::resolve
