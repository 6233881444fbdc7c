// Laws by their own names that the tagger leaves unnamed: "the HEROES Act", "the Clean Air Act of 1970",
// "the Official Secrets Act 1923". Capitalized words (one to five, "of"/"and"/"the" between them) ending
// in "Act" or "Acts", after "the" or a possessive, and the year that follows an act: a LAW mention. (Names
// the tagger did find get the same word and type through law_name_end, in ner_tagger.cpp.)
#pragma once

#include <vector>

#include "lede/document.hpp"

namespace lede::ner {

// `names`: the tagger's mentions, sorted and disjoint; stays so.
void name_acts(const Document& document, std::vector<Mention>& names);

// Where a name the tagger ended at `end` ends when the word after it makes it a law's or a treaty's:
// "the Paris Agreement", "the Kyoto Protocol", "the Control of Narcotic Substances Act 1997" (an act's
// year with it). `end` itself when no such word follows.
std::uint32_t law_name_end(const Document& document, std::uint32_t end);

}  // namespace lede::ner
