// What the document passes after the tagger share over its list of names (sorted by start, disjoint):
// which name covers each token, and putting the list back in order after a pass appended names to it
// (storm_names, based_organizations, law_names, acronyms).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "lede/document.hpp"

namespace lede::ner {

// For each token of the document, the index in `names` of the name that covers it, or -1.
inline std::vector<std::int32_t> name_at_tokens(const Document& document, const std::vector<Mention>& names) {
  std::vector<std::int32_t> name_at(document.tokens.size(), -1);
  for (std::size_t m = 0; m < names.size(); ++m) {
    for (std::uint32_t t = names[m].token_begin; t < names[m].token_end; ++t) name_at[t] = static_cast<std::int32_t>(m);
  }
  return name_at;
}

// A name of `type` over tokens [begin, end).
inline Mention name_over(std::uint32_t begin, std::uint32_t end, EntityType type) {
  Mention name;
  name.token_begin = begin;
  name.token_end = end;
  name.type = type;
  return name;
}

// Appends a name of `type` over tokens [begin, end) and marks its tokens in `name_at` (the caller sorts
// `names` by start again once done).
inline void append_name(std::vector<Mention>& names, std::vector<std::int32_t>& name_at, std::uint32_t begin,
                        std::uint32_t end, EntityType type) {
  names.push_back(name_over(begin, end, type));
  for (std::uint32_t t = begin; t < end; ++t) name_at[t] = static_cast<std::int32_t>(names.size() - 1);
}

// Sorts `names` by start again after names were appended to it.
inline void sort_by_start(std::vector<Mention>& names) {
  std::sort(names.begin(), names.end(),
            [](const Mention& a, const Mention& b) { return a.token_begin < b.token_begin; });
}

}  // namespace lede::ner
