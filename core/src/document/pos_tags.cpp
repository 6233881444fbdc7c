#include "document/pos_tags.hpp"

#include <array>

namespace lede {
namespace {

constexpr std::array<std::string_view, kUposCount> kUposNames = {"ADJ",   "ADP",   "ADV", "AUX",  "CCONJ", "DET",
                                                                 "INTJ",  "NOUN",  "NUM", "PART", "PRON",  "PROPN",
                                                                 "PUNCT", "SCONJ", "SYM", "VERB", "X"};
static_assert(kUposNames[kUposAdp] == "ADP" && kUposNames[kUposAux] == "AUX" && kUposNames[kUposNoun] == "NOUN" &&
              kUposNames[kUposPropn] == "PROPN" && kUposNames[kUposSconj] == "SCONJ" &&
              kUposNames[kUposVerb] == "VERB");

// Penn Treebank tags plus the additions of the English web treebanks (ADD, AFX, GW, HYPH, NFP, XX).
constexpr std::array<std::string_view, kXposCount> kXposNames = {
    "CC",  "CD",   "DT",    "EX",    "FW",  "IN",   "JJ",   "JJR", "JJS", "LS",  "MD",  "NN", "NNS",
    "NNP", "NNPS", "PDT",   "POS",   "PRP", "PRP$", "RB",   "RBR", "RBS", "RP",  "SYM", "TO", "UH",
    "VB",  "VBD",  "VBG",   "VBN",   "VBP", "VBZ",  "WDT",  "WP",  "WP$", "WRB", ".",   ",",  ":",
    "``",  "''",   "-LRB-", "-RRB-", "$",   "#",    "HYPH", "NFP", "ADD", "AFX", "GW"};

template <std::size_t N>
std::optional<std::uint8_t> find_name(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<std::uint8_t>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view upos_name(std::uint8_t upos) { return upos < kUposCount ? kUposNames[upos] : ""; }
std::string_view xpos_name(std::uint8_t xpos) { return xpos < kXposCount ? kXposNames[xpos] : ""; }
std::optional<std::uint8_t> upos_from_name(std::string_view name) { return find_name(kUposNames, name); }
std::optional<std::uint8_t> xpos_from_name(std::string_view name) {
  // "XX" (unknown) appears in EWT a handful of times; it is folded into FW, its closest tag here.
  if (name == "XX") return find_name(kXposNames, "FW");
  return find_name(kXposNames, name);
}

bool is_proper_noun_upos(std::uint8_t upos) { return upos == 11; }

}  // namespace lede
