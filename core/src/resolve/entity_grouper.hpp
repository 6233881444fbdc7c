// The resolve stage, first version: mentions with the same type and the same text are one entity.
// Aliases, titles, pronouns and salience by role come with the resolve issue.
#pragma once

#include "lede/document.hpp"

namespace lede::resolve {

// Fills document.entities (numbered in order of first mention) and each mention's entity.
void group_entities(Document& document);

}  // namespace lede::resolve
