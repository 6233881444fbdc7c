// Acronyms defined in the text ("the National League for Democracy ( NLD )", "NDMA ( National Disaster
// Management Authority )"): the acronym names what the name beside it names, there and wherever else the
// document uses it ("NLD supporters"). The tagger sees each "NLD" alone and often misses it or reads it as
// something else; the definition settles it. The acronym's capitals must be the initials of the name's
// words in order (Schwartz & Hearst 2003 take the same letters-in-order view of abbreviation definitions),
// so "( Reuters )" after a name defines nothing. This is the one place that decides what the text defines:
// the definitions go into Document::acronyms, which the resolve stage reads to group the two forms.
#pragma once

#include <vector>

#include "lede/document.hpp"

namespace lede::ner {

// `names`: the tagger's mentions, sorted and disjoint; stays so. Sets document.acronyms.
void name_defined_acronyms(Document& document, std::vector<Mention>& names);

// An acronym used at least three times ("librarians fluent in DH", "DH projects", "the DH community"): a
// mention at each use in running text that the tagger left out, of the type a mention of it alone has
// elsewhere, else ORG, the likeliest reading in news (parties, agencies, companies: "KDP", "NLD",
// "OSCE"). Not a title's ("COAS"), a listed alias ("US"), or an acronym of things ("GDP", "CEO", "IPO").
// `names`: sorted and disjoint; stays so.
void name_repeated_acronyms(const Document& document, std::vector<Mention>& names);

}  // namespace lede::ner
