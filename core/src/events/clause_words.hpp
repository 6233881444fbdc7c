// Word-level questions the events rules ask about a token: is it a verb, a finite verb, punctuation,
// a mention; read from the POS layer when the analyzer has a model, else from the token alone.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lede/document.hpp"

namespace lede::events {

// Penn tags of verbs (VB, VBD, VBG, VBN, VBP, VBZ) and modals (MD).
bool is_verb_tag(std::uint8_t xpos);
// A verb that carries tense: VBD, VBP, VBZ, MD.
bool is_finite_verb(const Document& document, std::uint32_t token);
// VBG or VBN: "founded", "speaking".
bool is_participle(const Document& document, std::uint32_t token);
bool is_punctuation(const Document& document, std::uint32_t token);
// ADP or a preposition-like word that ends a speaker's name and starts its modifier ("a spokesman for
// the ministry", "sources close to the talks").
bool starts_modifier(const Document& document, std::uint32_t token);
bool is_word(const Document& document, std::uint32_t token, std::string_view lower);

// For each token, the index of the mention covering it, or -1. One O(n) pass per document.
std::vector<std::int32_t> mention_at_tokens(const Document& document);

}  // namespace lede::events
