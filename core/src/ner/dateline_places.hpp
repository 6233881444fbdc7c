// The place of a news dateline ("LAHORE:", "NAIROBI —", "KEMEROVO, Russia (Sibir Press) —"): the words in
// capitals that open a paragraph's dateline sentence (the sentence splitter makes the dateline a sentence
// of its own, ending at its colon or dash) name a place. The tagger, which learned capitals from
// CoNLL-2003's headlines, misses some ("LAHORE:") and types others as organizations ("NAIROBI —"). This
// pass, after the tagger, names the capitals a GPE or retypes the tagger's name over exactly them.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "lede/document.hpp"

namespace lede::ner {

// `names`: the tagger's mentions, sorted and disjoint; stays so. `known_place(begin, end)`: whether the
// name lists hold tokens [begin, end) as a city, country or region; a place the tagger did not name is
// added only then ("PRESS DIGEST - Tunisia" is a wire slug, not a dateline).
void name_dateline_places(const Document& document, std::vector<Mention>& names,
                          const std::function<bool(std::uint32_t, std::uint32_t)>& known_place);

}  // namespace lede::ner
