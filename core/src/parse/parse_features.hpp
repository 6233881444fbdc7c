// The features of the dependency parser: ONE definition, used by the runtime parser and by the trainer,
// so the weights are always read with the templates they were learned with. A change to any template
// changes the model: bump kParseTemplateVersion, and the loader rejects older "parse" sections.
//
// The templates follow Zhang & Nivre 2011 ("Transition-based dependency parsing with rich non-local
// features"), adapted to arc-hybrid, where the arcs to be decided join s0 with b0 (LEFT) and s1 with
// s0 (RIGHT): words, tags and lemmas of s0-s2 and b0-b2, pairs and triples of them, the leftmost and
// rightmost dependents (and the second ones) with their labels, distances, valencies and label sets.
#pragma once

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
// returns how many.
std::size_t extract_parse_features(const ParseState& state, std::span<const ParseWord> words, std::uint64_t* keys);

}  // namespace lede::parse
