// The features of the POS tagger: ONE definition, used by the runtime tagger and by the trainer, so the
// weights are always read with the templates they were learned with. A change to any template changes
// the model: bump kPosTemplateVersion, and the loader rejects older "pos" sections.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace lede::pos {

inline constexpr std::uint32_t kPosTemplateVersion = 1;

// A class (a combined XPOS+UPOS tag, see pos_model.hpp) that does not exist: no previous tag at the
// start of a sentence, or a word absent from the tag dictionary.
inline constexpr std::uint8_t kNoClass = 255;

// Everything about one word that does not depend on its neighbours, computed once per token.
struct WordFacts {
  std::uint64_t form = 0;   // exact spelling: the tag dictionary's key
  std::uint64_t lower = 0;  // lowercased (ASCII)
  std::uint64_t prefix1 = 0;
  std::uint64_t prefix3 = 0;
  std::uint64_t suffix1 = 0;
  std::uint64_t suffix2 = 0;
  std::uint64_t suffix3 = 0;
  std::uint64_t suffix4 = 0;
  std::uint64_t shape = 0;  // "Xx", "dd.dd", "x-x": letters and digits collapsed to classes
  std::uint8_t flags = 0;   // WordFlag bits
  std::uint8_t dictionary_class = kNoClass;  // the word's usual class, set from the tag dictionary
  bool dictionary_sure = false;               // ... and whether that class is all but certain
};

enum WordFlag : std::uint8_t {
  kCapitalized = 1,
  kAllCaps = 2,
  kHasDigit = 4,
  kHasHyphen = 8,
  kHasNonAscii = 16,
};

// The facts of one word (the dictionary fields are left for the caller). `seed` is the model's hash seed.
WordFacts describe_word(std::string_view form, std::uint64_t seed);

inline constexpr std::size_t kMaxPosFeatures = 32;

// The feature keys of word `i` of a sentence, given the classes predicted for the two words before it
// (kNoClass where there are none). Writes at most kMaxPosFeatures keys; returns how many.
std::size_t extract_pos_features(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                                 std::uint8_t before_previous, std::uint64_t* keys);

}  // namespace lede::pos
