// Fine types for the tagger's coarse ones: LOC becomes GPE, LOC or FAC and
// MISC becomes NORP, EVENT, WORK or MISC, from the name lists that hold the whole name and from its
// last word ("Heathrow Airport" FAC, "Black Sea" LOC, "World Cup" EVENT). PER and ORG map directly.
#pragma once

#include <cstdint>
#include <string_view>

#include "lede/document.hpp"

#include "lede/types.hpp"
#include "ner/named_spans.hpp"

namespace lede::ner {

// `lists`: the gazetteer lists holding the name as a whole (Gazetteer::lists, 0 when unknown);
// `last_word` and `word_count` describe the name's tokens.
EntityType fine_type(NamedType type, std::uint32_t lists, std::string_view last_word, std::size_t word_count);

// The fine type corrected by the words around the name: a name opening with "Tomb", "Mausoleum",
// "Shrine", "Memorial", "Monument", "Statue", "Palace", ... is a FAC; a person or place name followed by
// "network", "group", "militia", "movement", "faction", "cartel" or "gang" names an ORG, and so does a
// name ending in "Taliban", "Brotherhood" or "Mujahideen" ("the Afghan Taliban", read as MISC); a person's
// or an organization's name ending in a word only places end in ("Dan Sai District", "Trapper Creek") or
// opening with "Mount"/"Lake" is a place, and a place's ending in "College"/"University" an ORG
// (docs/decisions.md "Types from a name's own words"). `next_word`: the token after the name ("" at the
// end).
EntityType type_in_context(EntityType type, std::string_view first_word, std::string_view last_word,
                           std::string_view next_word, std::size_t word_count);

// Last words of armed forces' names: "Forces", "Army", "Navy", "Guard", "Corps", ...
bool is_force_word(std::string_view word);

// The first token of a monument's name that starts before the tagger's name: "the Tomb of the Unknown
// Soldier" when the tagger found "Unknown Soldier" (`begin`), or `begin` itself. `previous_end`: where
// the mention before it ends (the name never grows over it).
std::uint32_t monument_start(const Document& document, std::uint32_t begin, std::uint32_t previous_end);

// The same for an institution's head word: "the Organization of the Petroleum Exporting Countries", "the
// Bank of England" when the tagger found only the name after "of [the]"; or `begin`.
std::uint32_t institution_start(const Document& document, std::uint32_t begin, std::uint32_t previous_end);

}  // namespace lede::ner
