// Organizations the tagger left unnamed, named by where they are based: "Volkswagen, based in Wolfsburg,",
// "Pemex, the state oil company based in Mexico City" (document/base_phrase.hpp). The proper nouns right
// before the comma of such an apposition, which names a place, are an ORG mention. The tagger misses
// companies most at the start of a sentence, where a capital says nothing.
#pragma once

#include <vector>

#include "lede/document.hpp"

namespace lede::ner {

// `names`: the tagger's mentions, sorted and disjoint; stays so.
void name_based_organizations(const Document& document, std::vector<Mention>& names);

}  // namespace lede::ner
