// Organizations the text describes as organizations, where the tagger typed them as people or left them
// unnamed. News introduces a company or a group with a common noun that says what it is, in an apposition
// after its name ("Taylor Wimpey, one of the country's largest housebuilders,", "Shelter, a housing
// charity based in London,", "Nimbus Cloud, a US software company,") or right before it ("the French firm
// Celeste Data", "consumer group Choice", "supermarket chain Coles"), and a "person" that takes "which"
// ("Denmark's Bavarian Nordic, which makes the vaccine") is none, nor a "place" whose company title
// follows ("Amazon's chief executive", "Google CEO"); a name so described is an ORG,
// and so is every other mention of the same words in the document ("Nimbus" after "Nimbus Cloud"). The
// tagger, trained on Reuters' 1996 names, reads unfamiliar two-word company names as people's.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "lede/document.hpp"

namespace lede::ner {

// `names`: the tagger's mentions, sorted and disjoint; stays so. `known_place(begin, end)`: whether the
// tokens name a listed city, country or region (those keep their type before a company's title: "Hong
// Kong's chief executive").
void type_described_organizations(const Document& document, std::vector<Mention>& names,
                                  const std::function<bool(std::uint32_t, std::uint32_t)>& known_place);

}  // namespace lede::ner
