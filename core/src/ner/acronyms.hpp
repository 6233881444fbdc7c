// Acronyms defined in the text ("the National League for Democracy ( NLD )"): the acronym names what the
// name before it names, there and wherever else the document uses it ("NLD supporters"). The tagger sees
// each "NLD" alone and often misses it or reads it as something else; the definition settles it. The
// acronym must match the initials of the name's words in order (Schwartz & Hearst 2003 take the same
// letters-in-order view of abbreviation definitions), so "( Reuters )" after a name defines nothing.
#pragma once

#include <vector>

#include "lede/document.hpp"

namespace lede::ner {

// `names`: the tagger's mentions, sorted and disjoint; stays so.
void name_defined_acronyms(const Document& document, std::vector<Mention>& names);

}  // namespace lede::ner
