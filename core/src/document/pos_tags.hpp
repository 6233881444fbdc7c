// The two tag sets the tagger writes: Universal POS tags (UPOS) and Penn Treebank tags (XPOS, as in UD
// EWT and GUM). Tags are small numbers in Document::upos / Document::xpos; these tables name them. The
// numbering is part of the model file (a class is stored as its XPOS and UPOS numbers): append only.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace lede {

// A token without a tag (e.g. a multiword token kept whole in CoNLL-U input).
inline constexpr std::uint8_t kNoTag = 255;

inline constexpr std::uint8_t kUposCount = 17;

// The UPOS numbers, for stages that test a tag by number (pos_tags.cpp checks them against the names).
// One row of names per line reads as the table it is.
// clang-format off
enum Upos : std::uint8_t {
  kUposAdj = 0, kUposAdp, kUposAdv, kUposAux, kUposCconj, kUposDet, kUposIntj, kUposNoun, kUposNum,
  kUposPart, kUposPron, kUposPropn, kUposPunct, kUposSconj, kUposSym, kUposVerb, kUposX
};
// clang-format on
static_assert(kUposX + 1 == kUposCount);
inline constexpr std::uint8_t kXposCount = 50;

// "" for kNoTag or an unknown number.
std::string_view upos_name(std::uint8_t upos);
std::string_view xpos_name(std::uint8_t xpos);
std::optional<std::uint8_t> upos_from_name(std::string_view name);
std::optional<std::uint8_t> xpos_from_name(std::string_view name);

// Proper nouns keep their case in lemmas ("Bajwa"); every other lemma is lowercase ("the").
bool is_proper_noun_upos(std::uint8_t upos);

}  // namespace lede
