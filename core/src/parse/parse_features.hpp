// The features of the dependency parser: ONE definition, used by the runtime parser and by the trainer,
// so the weights are always read with the templates they were learned with. A change to any template
// changes the model: bump kParseTemplateVersion, and the loader rejects older "parse" sections.
//
// The templates follow Zhang & Nivre 2011 ("Transition-based dependency parsing with rich non-local
// features"), adapted to arc-hybrid, where the arcs to be decided join s0 with b0 (LEFT) and s1 with
// s0 (RIGHT): words, tags and lemmas of s0-s2 and b0-b2, pairs and triples of them, the leftmost and
// rightmost dependents (and the second ones) with their labels, distances, valencies and label sets.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "parse/transition_system.hpp"

namespace lede::parse {

inline constexpr std::uint32_t kParseTemplateVersion = 1;
inline constexpr std::size_t kMaxParseFeatures = 104;

// Everything about one word that does not change while parsing, computed once per token.
struct ParseWord {
  std::uint64_t form = 0;   // lowercased spelling (ASCII), hashed
  std::uint64_t lemma = 0;  // the POS stage's lemma, hashed
  std::uint8_t tag = 0;     // XPOS (Penn Treebank) number, kNoTag when untagged
  std::uint8_t upos = 0;    // UPOS number
};

// `seed` is the model's hash seed.
ParseWord describe_parse_word(std::string_view form, std::string_view lemma, std::uint8_t xpos, std::uint8_t upos,
                              std::uint64_t seed);

// The feature keys of a parser state over the sentence's words. Writes at most kMaxParseFeatures keys;
// returns how many. They are the slot features of each slot's word and the joint features below.
std::size_t extract_parse_features(const ParseState& state, std::span<const ParseWord> words, std::uint64_t* keys);

// The positions a state's features read words from: the top three of the stack, the first three of the
// buffer, and the outermost dependents (L/R: leftmost/rightmost, 2: the second one) of s0, s1 and b0.
enum WordSlot : std::uint8_t {
  kSlotS0,
  kSlotS1,
  kSlotS2,
  kSlotB0,
  kSlotB1,
  kSlotB2,
  kSlotS0L,
  kSlotS0R,
  kSlotB0L,
  kSlotS1R,
  kSlotS1L,
  kSlotS0L2,
  kSlotS0R2,
  kSlotB0L2,
  kWordSlotCount
};
inline constexpr std::size_t kMaxSlotFeatures = 4;

// The word in each slot of a state: an index into the sentence, state.root() for ROOT, -1 for nobody.
using SlotWords = std::array<std::int32_t, kWordSlotCount>;
SlotWords slot_words(const ParseState& state);
// The word a slot holds: words[i], or stand-ins for ROOT (i == root) and for nobody (i < 0).
const ParseWord& slot_word(std::span<const ParseWord> words, std::int32_t i, std::int32_t root);
// The label the slot features read for a slot's word (a dependent's label; 254 for nobody and for ROOT).
std::uint64_t slot_label(const ParseState& state, std::int32_t word);

// The keys of the templates that read one slot alone: its word (and, for a dependent, its label). Writes
// at most kMaxSlotFeatures keys; returns how many. They depend on the word only — a dependent's label is
// fixed once it is attached — so the parser sums their weights once per word and slot of a sentence
// instead of once per state (dependency_parser.cpp).
std::size_t slot_features(WordSlot slot, const ParseWord& word, std::uint64_t label, std::uint64_t* keys);

// The keys of the other templates: pairs and triples of slots, distances, valencies, label sets.
std::size_t extract_joint_features(const ParseState& state, const SlotWords& slots, std::span<const ParseWord> words,
                                   std::uint64_t* keys);

}  // namespace lede::parse
