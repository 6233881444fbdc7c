// Titles of works and campaigns in quotation marks (" On the Waterfront ", " The Crying Game ",
// " Strike Hard "): news quotes them, and a short title-cased quotation in running text is nearly always a
// name. In CoNLL-2003 train, 44 such quotations of two words or more: 21 MISC, 9 ORG, 4 PER, 2 LOC, 6 with
// a name inside, 2 none. The tagger learns little from so few: it misses most, or drops a leading
// "The"/"A". This pass, after the tagger, names a quotation the tagger left unnamed as a WORK, and widens a
// MISC-type name inside one to the whole quotation. A quotation with a person, organization or place
// inside is left to the tagger.
#pragma once

#include <vector>

#include "lede/document.hpp"

namespace lede::ner {

// `names`: the tagger's mentions, sorted and disjoint; stays so.
void name_quoted_titles(const Document& document, std::vector<Mention>& names);

}  // namespace lede::ner
