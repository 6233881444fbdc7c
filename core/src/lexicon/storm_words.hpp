// The words that open a storm's name in the news: "Hurricane Helene", "Typhoon Yagi", "Cyclone Phailin",
// "Tropical Storm Isaac", "Super Typhoon Haiyan", "Storm Ciarán". Shared by the NER stage (such a name is
// an EVENT, and so is the bare name after it: "Helene's winds") and the resolve stage (whose key for the
// storm is its bare name, so that "Helene" joins "Hurricane Helene").
#pragma once

#include <cstdint>
#include <string_view>

#include "lede/document.hpp"
#include "text/word_lists.hpp"

namespace lede::lexicon {

// A capitalized word that names a kind of storm by itself.
inline bool is_storm_word(std::string_view word) {
  return text::is_one_of(word, {"Hurricane", "Typhoon", "Cyclone", "Storm", "Depression"});
}

// How many of tokens [begin, end) open the name as a storm's ("Tropical Storm" 2, "Hurricane" 1, 0 for
// none), when a name follows them.
inline std::uint32_t storm_words_opening(const Document& document, std::uint32_t begin, std::uint32_t end) {
  std::uint32_t t = begin;
  if (t < end && text::is_one_of(document.token_text(t), {"Tropical", "Super", "Severe", "Extremely"})) ++t;
  if (t < end && text::is_one_of(document.token_text(t), {"Severe", "Cyclonic"})) ++t;
  if (t >= end || !is_storm_word(document.token_text(t))) return 0;
  ++t;
  return t < end ? t - begin : 0;
}

}  // namespace lede::lexicon
