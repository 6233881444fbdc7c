#include "document/dep_labels.hpp"

#include <array>

namespace lede {
namespace {

constexpr std::array<std::string_view, kDepLabelCount> kNames = {
    "root",       "nsubj",         "nsubj:pass",   "obj",      "iobj",         "csubj",       "csubj:pass",
    "ccomp",      "xcomp",         "obl",          "obl:tmod", "obl:npmod",    "obl:agent",   "obl:unmarked",
    "vocative",   "expl",          "dislocated",   "advcl",    "advcl:relcl",  "advmod",      "discourse",
    "aux",        "aux:pass",      "cop",          "mark",     "nmod",         "nmod:poss",   "nmod:tmod",
    "nmod:npmod", "nmod:unmarked", "nmod:desc",    "appos",    "nummod",       "acl",         "acl:relcl",
    "amod",       "det",           "det:predet",   "case",     "conj",         "cc",          "cc:preconj",
    "fixed",      "flat",          "flat:foreign", "compound", "compound:prt", "list",        "parataxis",
    "orphan",     "goeswith",      "reparandum",   "punct",    "dep",          "nsubj:outer", "csubj:outer",
    "clf",        "det:poss",      "flat:name",
};

std::optional<std::uint8_t> exact(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<std::uint8_t>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view dep_label_name(std::uint8_t label) {
  return label < kNames.size() ? kNames[label] : std::string_view();
}

std::optional<std::uint8_t> dep_label_from_name(std::string_view name) {
  if (const auto found = exact(name)) return found;
  const std::size_t colon = name.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  return exact(name.substr(0, colon));
}

std::uint8_t base_label(std::uint8_t label) {
  const std::string_view name = dep_label_name(label);
  const std::size_t colon = name.find(':');
  if (colon == std::string_view::npos) return label;
  return exact(name.substr(0, colon)).value_or(label);
}

}  // namespace lede
