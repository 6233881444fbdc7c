// How much an article is about each entity, 0..1, the shares summing to 1 over the entities: each
// mention counts (names most, then titles, then pronouns), more as a clause's subject and more in the
// lead (the headline and the first sentence of the body), and an entity introduced early gets a bonus.
// Dates and numbers weigh little: a reader asks who and what, not when.
#pragma once

#include <vector>

#include "lede/document.hpp"

namespace lede::resolve {

// Sets Entity::salience of every entity. `subject_of_mention[m]` flags subjects (grammatical_role.hpp).
void score_salience(Document& document, const std::vector<bool>& subject_of_mention);

}  // namespace lede::resolve
