// Laws by their own names that the tagger leaves unnamed: "the HEROES Act", "the Clean Air Act of 1970",
// "the Official Secrets Act 1923". Capitalized words (one to five, "of"/"and"/"the" between them) ending
// in "Act" or "Acts", after "the" or a possessive, and the year that follows an act: a LAW mention. (Names
// the tagger did find get the same word and type in ner_tagger.cpp.)
#pragma once

#include <vector>

#include "lede/document.hpp"

namespace lede::ner {

// `names`: the tagger's mentions, sorted and disjoint; stays so.
void name_acts(const Document& document, std::vector<Mention>& names);

}  // namespace lede::ner
