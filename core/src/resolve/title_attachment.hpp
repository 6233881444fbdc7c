// TITLE mentions joined to the person they describe: a TITLE mention belongs to the entity of the person it
// describes when that is known (so selecting the person lights it up), else to an entity of its own.
//
// First the places where the text itself ties a title to a name: right before it, stacked or past an
// honorific ("Colonel General Oleg Salyukov", "Foreign Minister Dr. X"), and in apposition on either side
// ("Salyukov, Commander of the Russian Ground Forces,"; "the army chief, General Bajwa,"). Then a title
// standing alone ("the COAS", "the defence minister") joins the one person who holds a matching title
// anywhere in the article: same head word, and its other words among the holder's ("army chief" matches
// "Chief of Army Staff" once "COAS" is expanded). Two holders, or none, and it stays an entity of its own;
// so does a title that names the office itself ("laid claim to the position of Emperor").
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "lede/document.hpp"
#include "resolve/disjoint_sets.hpp"

namespace lede::resolve {

// Unites each TITLE mention it can place with its person's mentions in `mention_sets`.
// `is_person_name[m]`: mention m is a PERSON name (after type repair). `defined` holds the article's
// own acronyms (acronyms.hpp), which expand titles too ("COAS" after "Chief of Army Staff (COAS)").
void attach_titles(const Document& document, const std::vector<bool>& is_person_name,
                   const std::unordered_map<std::string, std::string>& defined, DisjointSets& mention_sets);

// The title as an entity's "titles" list shows it: abbreviations and listed acronyms spelled out
// ("Gen." -> "General", "COAS" -> "Chief of Army Staff"), otherwise as written.
std::string title_display(const Document& document, const Mention& mention);

// Whether title mention `shorter` says less than `longer` about the same post: what a title standing alone
// would match ("Minister" in "Defence Minister", "Secretary" in "Education Secretary"), with fewer words.
// An entity's "titles" list leaves such a title out.
bool title_says_less(const Document& document, const Mention& shorter, const Mention& longer,
                     const std::unordered_map<std::string, std::string>& defined);

// The words that identify a title regardless of order and case ("chief army staff"), for de-duplicating
// an entity's titles.
std::string title_identity(const Document& document, const Mention& mention,
                           const std::unordered_map<std::string, std::string>& defined);

}  // namespace lede::resolve
