#include "ner/acronyms.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "text/ascii_case.hpp"

namespace lede::ner {
namespace {

constexpr std::size_t kMinAcronym = 2;
constexpr std::size_t kMaxAcronym = 8;

using text::ascii_lower;
using text::is_ascii_lower;
using text::is_ascii_upper;

// An acronym token: 2 to 8 characters, capitals (and digits or '&' after the first), at least two capitals.
bool looks_like_acronym(std::string_view token) {
  if (token.size() < kMinAcronym || token.size() > kMaxAcronym || !is_ascii_upper(token[0])) return false;
  std::size_t capitals = 0;
  for (const char c : token) {
    if (is_ascii_upper(c))
      ++capitals;
    else if (!(c >= '0' && c <= '9') && c != '&')
      return false;
  }
  return capitals >= 2;
}

// The initials of a name's words, lowercased: "U.N. Interim Force in Lebanon" -> "unifil" (each letter of
// a dotted abbreviation counts, as "U.N." is written for "United Nations").
std::string initials(const Document& document, const Mention& name) {
  std::string letters;
  for (std::uint32_t t = name.token_begin; t < name.token_end; ++t) {
    const std::string_view word = document.token_text(t);
    if (word.empty()) continue;
    if (word.find('.') != std::string_view::npos) {
      for (const char c : word) {
        if (is_ascii_upper(c)) letters += ascii_lower(c);
      }
    } else if (is_ascii_upper(word[0]) || is_ascii_lower(word[0])) {
      letters += ascii_lower(word[0]);
    }
  }
  return letters;
}

// Whether the acronym's capitals are the initials in order, the first of them the first initial.
bool defines(std::string_view acronym, std::string_view initials) {
  std::size_t i = 0;
  bool first = true;
  for (const char c : acronym) {
    if (!is_ascii_upper(c)) continue;
    const char wanted = ascii_lower(c);
    if (first) {
      if (initials.empty() || initials[0] != wanted) return false;
      i = 1;
      first = false;
      continue;
    }
    while (i < initials.size() && initials[i] != wanted) ++i;
    if (i == initials.size()) return false;
    ++i;
  }
  return !first;
}

struct Definition {
  std::string_view acronym;
  EntityType type;
};

}  // namespace

void name_defined_acronyms(const Document& document, std::vector<Mention>& names) {
  std::vector<Definition> definitions;
  for (const Mention& name : names) {
    const std::uint32_t open = name.token_end;
    if (name.token_end - name.token_begin < 2 || open + 2 >= document.tokens.size()) continue;
    if (document.token_text(open) != "(" || document.token_text(open + 2) != ")") continue;
    const std::string_view acronym = document.token_text(open + 1);
    if (!looks_like_acronym(acronym) || !defines(acronym, initials(document, name))) continue;
    const bool known =
        std::any_of(definitions.begin(), definitions.end(), [&](const Definition& d) { return d.acronym == acronym; });
    if (!known) definitions.push_back({acronym, name.type});
  }
  if (definitions.empty()) return;
  // Every use of a defined acronym: a one-token name of its type, unless it is part of a longer name.
  std::vector<std::int32_t> owner(document.tokens.size(), -1);
  for (std::size_t m = 0; m < names.size(); ++m) {
    for (std::uint32_t t = names[m].token_begin; t < names[m].token_end; ++t) owner[t] = static_cast<std::int32_t>(m);
  }
  std::vector<Mention> added;
  for (std::uint32_t t = 0; t < document.tokens.size(); ++t) {
    const std::string_view token = document.token_text(t);
    if (!looks_like_acronym(token)) continue;
    const auto definition =
        std::find_if(definitions.begin(), definitions.end(), [&](const Definition& d) { return d.acronym == token; });
    if (definition == definitions.end()) continue;
    if (owner[t] < 0) {
      Mention use;
      use.token_begin = t;
      use.token_end = t + 1;
      use.type = definition->type;
      added.push_back(use);
    } else if (Mention& name = names[static_cast<std::size_t>(owner[t])]; name.token_end - name.token_begin == 1) {
      name.type = definition->type;
    }
  }
  if (added.empty()) return;
  names.insert(names.end(), added.begin(), added.end());
  std::sort(names.begin(), names.end(),
            [](const Mention& a, const Mention& b) { return a.token_begin < b.token_begin; });
}

}  // namespace lede::ner
