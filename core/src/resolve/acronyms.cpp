#include "resolve/acronyms.hpp"

#include "lexicon/embedded.hpp"
#include "resolve/name_key.hpp"

namespace lede::resolve {

AliasLexicon::AliasLexicon() {
  lexicon::for_each_row(lexicon::embedded_lexicon("aliases"), [&](const std::vector<std::string_view>& fields) {
    if (fields.size() < 2) return;
    expansions_.emplace(folded_key(fields[0]), folded_key(fields[1]));
  });
}

const AliasLexicon& AliasLexicon::get() {
  static const AliasLexicon lexicon;
  return lexicon;
}

std::string_view AliasLexicon::expansion(std::string_view key) const {
  if (expansions_.empty()) return {};
  // unordered_map<std::string> has no heterogeneous lookup in C++20's libstdc++ 12 without a custom hash;
  // the keys are short, and this runs once per distinct name of a document.
  const auto found = expansions_.find(std::string(key));
  return found == expansions_.end() ? std::string_view() : std::string_view(found->second);
}

std::unordered_map<std::string, std::string> defined_acronyms(const Document& document) {
  std::unordered_map<std::string, std::string> defined;
  for (const AcronymDefinition& definition : document.acronyms) {
    NameKey acronym = name_key(document, definition.acronym, definition.acronym + 1, false);
    NameKey long_form = name_key(document, definition.long_begin, definition.long_end, false);
    if (acronym.text.empty() || acronym.text == long_form.text) continue;
    defined.emplace(std::move(acronym.text), std::move(long_form.text));
  }
  return defined;
}

std::string_view expand_key(std::string_view key, const std::unordered_map<std::string, std::string>& defined) {
  if (!defined.empty()) {
    const auto found = defined.find(std::string(key));
    if (found != defined.end()) return found->second;
  }
  const std::string_view listed = AliasLexicon::get().expansion(key);
  return listed.empty() ? key : listed;
}

}  // namespace lede::resolve
