// The features of the POS tagger: ONE definition, used by the runtime tagger and by the trainer, so the
// weights are always read with the templates they were learned with. A change to any template changes
// the model: bump kPosTemplateVersion, and the loader rejects older "pos" sections.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "perceptron/weight_table.hpp"

namespace lede::pos {

// 3: fingerprint tables in ordered linear probing (perceptron/fingerprint_table.hpp).
inline constexpr std::uint32_t kPosTemplateVersion = 3;

// A class (a combined XPOS+UPOS tag, see pos_model.hpp) that does not exist: no previous tag at the
// start of a sentence, or a word absent from the tag dictionary.
inline constexpr std::uint8_t kNoClass = 255;

// Everything about one word that does not depend on its neighbours, computed once per token.
struct WordFacts {
  std::uint64_t form = 0;                    // exact spelling: the tag dictionary's key
  std::uint64_t lower = 0;                   // lowercased (ASCII)
  std::uint64_t lower_form = 0;              // the lowercased spelling hashed as `form` is: its tag dictionary key
  std::uint64_t prefix[4] = {};              // prefix[k]: the first k + 1 bytes, lowercased
  std::uint64_t suffix[5] = {};              // suffix[k]: the last k + 1 bytes, lowercased
  std::uint64_t shape = 0;                   // "Xx", "dd.dd", "x-x": letters and digits collapsed to classes
  std::uint8_t flags = 0;                    // WordFlag bits
  std::uint8_t length = 0;                   // a bucket of the length in bytes
  std::uint8_t dictionary_class = kNoClass;  // the word's usual class, set from the tag dictionary
  bool dictionary_sure = false;              // ... and whether that class is all but certain
  std::uint8_t lower_class = kNoClass;       // for a word absent from the dictionary, the class of its
                                             // lowercased spelling (kNoClass if that is absent too)
};

enum WordFlag : std::uint8_t {
  kCapitalized = 1,
  kAllCaps = 2,
  kHasDigit = 4,
  kHasHyphen = 8,
  kHasNonAscii = 16,
  kUpperInside = 32,
};

// The facts of one word (the dictionary fields are left for the caller). `seed` is the model's hash seed.
WordFacts describe_word(std::string_view form, std::uint64_t seed);

// Sets the dictionary fields of `facts` with `find(key)`, which returns the dictionary payload (class |
// sure << 8) of a form key, or nothing. Trainer and runtime both call this.
template <typename Find>
void look_up_dictionary(WordFacts& facts, Find&& find) {
  if (const auto entry = find(facts.form)) {
    facts.dictionary_class = static_cast<std::uint8_t>(*entry & 0xFF);
    facts.dictionary_sure = (*entry >> 8) != 0;
  } else if (facts.lower_form != facts.form) {
    if (const auto lower = find(facts.lower_form)) facts.lower_class = static_cast<std::uint8_t>(*lower & 0xFF);
  }
}

inline constexpr std::size_t kMaxPosFeatures = 48;

// The feature keys of word `i` of a sentence, given the classes predicted for the two words before it
// (kNoClass where there are none). Writes at most kMaxPosFeatures keys; returns how many. They are the
// word's own features (the same wherever the word stands, so the tagger may add their scores once per
// word of a document) followed by the features of its context.
std::size_t extract_pos_features(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                                 std::uint8_t before_previous, std::uint64_t* keys);
// The two parts: the features of the spelling alone (at most kMaxPosWordFeatures), and the others.
inline constexpr std::size_t kMaxPosWordFeatures = 24;
std::size_t extract_pos_word_features(const WordFacts& word, std::uint64_t* keys);
std::size_t extract_pos_context_features(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                                         std::uint8_t before_previous, std::uint64_t* keys);

// The runtime's split of extract_pos_context_features: the features whose values are words are hashed
// and looked up per token; those whose values come from small sets (the classes of the two words before,
// the dictionary classes of the word and the next two, the flags of the word and its neighbours) have
// their rows resolved once, at load, into tables indexed by those values: ten of the 22 context features
// are then added without hashing or probing. Both walk the one definition of the features; a unit test
// checks that the split adds exactly what extract_pos_context_features (the trainer's) adds.
inline constexpr std::size_t kPosHashedContextFeatures = 12;
inline constexpr std::size_t kPosDirectContextFeatures = 10;

class PosDirectRows {
 public:
  PosDirectRows() = default;
  // The rows of every value of the direct features in `weights`, a table over `class_count` classes
  // (values of classes are below class_count, or kNoClass).
  PosDirectRows(const perceptron::WeightTable& weights, std::size_t class_count);

  // Word i's hashed context keys (returns their count, kPosHashedContextFeatures) and the rows of its
  // direct ones (kPosDirectContextFeatures of them, for WeightTable::add_row_at).
  std::size_t extract(std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                      std::uint8_t before_previous, std::uint64_t* keys, std::uint32_t* rows) const;

 private:
  // A class value's index: the class, or class_count for kNoClass.
  std::size_t slot(std::uint8_t cls) const { return cls < stride_ - 1 ? cls : stride_ - 1; }

  std::size_t stride_ = 1;  // class_count + 1
  // One table per direct template, laid end to end: where each starts, and its second value's count.
  std::vector<std::uint32_t> rows_;
  std::size_t offsets_[kPosDirectContextFeatures] = {};
  std::size_t seconds_[kPosDirectContextFeatures] = {};
};

}  // namespace lede::pos
