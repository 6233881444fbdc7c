// Universal Dependencies relation labels as small numbers (Document::deprels). The numbering is part of
// the model file (the "parse" section lists the labels it predicts by these numbers): append only.
// Subtypes are labels of their own ("nsubj:pass", "obl:tmod", "compound:prt"), as the treebanks write them.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace lede {

// A token without a label (the parser did not run, or the label is unknown).
inline constexpr std::uint8_t kNoLabel = 255;

// Ids of the labels later stages test for by number.
// One row of names per line reads as the table it is.
// clang-format off
enum DepLabel : std::uint8_t {
  kRoot = 0, kNsubj, kNsubjPass, kObj, kIobj, kCsubj, kCsubjPass, kCcomp, kXcomp, kObl, kOblTmod, kOblNpmod,
  kOblAgent, kOblUnmarked, kVocative, kExpl, kDislocated, kAdvcl, kAdvclRelcl, kAdvmod, kDiscourse, kAux,
  kAuxPass, kCop, kMark, kNmod, kNmodPoss, kNmodTmod, kNmodNpmod, kNmodUnmarked, kNmodDesc, kAppos, kNummod,
  kAcl, kAclRelcl, kAmod, kDet, kDetPredet, kCase, kConj, kCc, kCcPreconj, kFixed, kFlat, kFlatForeign,
  kCompound, kCompoundPrt, kList, kParataxis, kOrphan, kGoeswith, kReparandum, kPunct, kDep, kNsubjOuter,
  kCsubjOuter, kClf, kDetPoss, kFlatName,
  kDepLabelCount
};
// clang-format on

// "" for kNoLabel or an unknown number.
std::string_view dep_label_name(std::uint8_t label);

// The id of a label name; a subtype this table lacks falls back to its base label ("obl:foo" -> obl);
// nullopt for a name with no known base.
std::optional<std::uint8_t> dep_label_from_name(std::string_view name);

// The base relation of a label: obl for obl:tmod, nsubj for nsubj:pass; itself for a base label.
std::uint8_t base_label(std::uint8_t label);

}  // namespace lede
