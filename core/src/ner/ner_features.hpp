// The features of the statistical NER tagger: ONE definition, used by the runtime tagger and by the
// trainer, so the weights are always read with the templates they were learned with. A change to any
// template changes the model: bump kNerTemplateVersion, and the loader rejects older "ner" sections.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ner/ner_labels.hpp"
#include "perceptron/weight_table.hpp"

namespace lede::ner {

// 3: fingerprint tables in ordered linear probing (perceptron/fingerprint_table.hpp).
inline constexpr std::uint32_t kNerTemplateVersion = 3;

// Everything about one token that does not depend on its neighbours, computed once per token.
struct TokenFacts {
  std::uint64_t form = 0;                  // exact spelling
  std::uint64_t lower = 0;                 // lowercased (ASCII): also the key of the document memory
  std::uint64_t prefix[4] = {0, 0, 0, 0};  // of the lowercased word, 1 to 4 bytes
  std::uint64_t suffix[4] = {0, 0, 0, 0};
  std::uint64_t shape = 0;         // "Xxxd": letters and digits as classes, runs cut to two
  std::uint64_t short_shape = 0;   // runs cut to one: "Xx" for every capitalized word
  std::uint8_t flags = 0;          // TokenFlag bits
  std::uint64_t gazetteer = 0;     // the name lists of phrases over the token (Gazetteer::mark)
  std::uint8_t document_case = 0;  // DocumentCase bits: how the document writes the word elsewhere
};

enum DocumentCase : std::uint8_t {
  kSeenCapitalized = 1,  // capitalized inside a normal-case sentence
  kSeenLowercase = 2,
};

enum TokenFlag : std::uint8_t {
  kCapitalized = 1,  // first byte an uppercase ASCII letter
  kAllCaps = 2,      // two or more letters, none lowercase
  kHasDigit = 4,
  kHasHyphen = 8,
  kNonAscii = 16,
  kLowercase = 32,  // starts with a lowercase letter
  kNoLetters = 64,  // punctuation, numbers, symbols
};

// The facts of one token. `seed` is the model's hash seed.
TokenFacts describe_token(std::string_view form, std::uint64_t seed);

// What a sentence says about the capitalization of its words: in an all-caps headline or dateline
// ("SOCCER - JAPAN GET LUCKY WIN", "BRUSSELS 1996-08-22") capitals carry no information.
struct SentenceFacts {
  bool all_caps = false;  // no token has a lowercase letter, and some have letters
  bool numeric = false;   // a results or table line: a third of its tokens or more hold digits
};
SentenceFacts describe_sentence(std::span<const TokenFacts> tokens);

// What earlier tokens of the same document with the same lowercased word were labelled, as a small
// number: 0 nothing known, 1 mostly O, 2 + t mostly type t. Lets a name tagged confidently once
// ("Blackburn" after "Peter") inform its later, harder mentions ("Blackburn said").
using MemoryVerdict = std::uint8_t;

inline constexpr std::size_t kMaxNerFeatures = 80;

// The feature keys of token `i` (none depends on the classes of other tokens: the decoder's transition
// matrix scores those), given the document memory's verdict on the token. Writes at most
// kMaxNerFeatures keys; returns how many. The first kNerWordFeatureCount keys are the token's own
// features (its spelling's: the same wherever it stands), key kNerSpellingKey naming the spelling, so the
// tagger may score them once per spelling of a document (perceptron::WordScoreCache).
inline constexpr std::size_t kNerWordFeatureCount = 12;
inline constexpr std::size_t kNerSpellingKey = 1;
std::size_t extract_ner_features(std::span<const TokenFacts> sentence, SentenceFacts context, std::size_t i,
                                 MemoryVerdict memory, std::uint64_t* keys);

// The runtime's split of extract_ner_features (as pos_features.hpp's for POS): the features whose values
// are words or shapes are hashed and looked up per token (the token's own kNerWordFeatureCount first, as in
// extract_ner_features); those whose values come from small sets (flags and place, the memory's verdict,
// the document case, list memberships) have their rows resolved once, at load, into tables indexed by
// those values. Both walk the one definition of the features; a unit test checks that the split adds
// exactly what extract_ner_features (the trainer's) adds.
class NerDirectRows {
 public:
  NerDirectRows() = default;
  // The rows of every value of the direct features in `weights`.
  explicit NerDirectRows(const perceptron::WeightTable& weights);

  // Token i's hashed keys (returns their count; at most kMaxNerFeatures) and the rows of its direct
  // features (row_count of them, for WeightTable::add_row_at; at most kMaxNerFeatures in all).
  std::size_t extract(std::span<const TokenFacts> sentence, SentenceFacts context, std::size_t i, MemoryVerdict memory,
                      std::uint64_t* keys, std::uint32_t* rows, std::size_t& row_count) const;

 private:
  std::vector<std::uint32_t> rows_;  // one table per direct template, laid end to end
  std::size_t offsets_[8] = {};      // where each table starts (ner_features.cpp asserts 8 suffice)
};

// Transitions (previous class -> class) are scored apart, by a (kNerClassCount + 1) x kNerClassCount
// matrix whose last row is the sentence start; the Viterbi decoder combines them with the features.
inline constexpr std::size_t kTransitionRows = kNerClassCount + 1;
constexpr std::size_t transition_row(std::uint8_t previous) {
  return previous == kNoNerClass ? kNerClassCount : previous;
}

}  // namespace lede::ner
