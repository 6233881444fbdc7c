// Storms as news names them: "Hurricane Helene", "Tropical Storm Isaac", "Cyclone Phailin" are EVENTs
// (the tagger, which saw few storms in its training news, reads most as people), with the words that
// make them storms ("Tropical" before "Storm Isaac"), and so is the bare name the article goes on with
// ("Helene's winds", "Phailin killed 45 people"). The resolve stage then joins the two by the storm's
// bare name (lexicon/storm_words.hpp). Not weapons named like storms ("Storm Shadow missiles").
#pragma once

#include <cstdint>
#include <vector>

#include "lede/document.hpp"

namespace lede::ner {

// Where a name the tagger found over [begin, end) begins when storm words stand right before it
// ("Tropical" before "Storm Isaac", "Hurricane" before "Helene"): the first of them, never before
// `previous_end`.
std::uint32_t storm_name_start(const Document& document, std::uint32_t begin, std::uint32_t end,
                               std::uint32_t previous_end);

// Types the storms among `names` (sorted, disjoint) EVENT, and every other name written as a storm's bare
// name.
void type_storm_names(const Document& document, std::vector<Mention>& names);

}  // namespace lede::ner
