// Short forms that name the same thing as a longer name: acronyms an article defines ("Chief of Army
// Staff (COAS)", "NDMA (National Disaster Management Authority)") and the common ones of
// core/lexicons/aliases.tsv ("US", "U.S.", "USA" -> "United States"). Both rewrite a mention's key to the
// key of the long form, so the exact-match step groups them. Acronyms an article uses without defining
// are matched by initials in name_aliases.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "lede/document.hpp"

namespace lede::resolve {

class AliasLexicon {
 public:
  // The table built from the embedded aliases.tsv (built once, thread-safe).
  static const AliasLexicon& get();
  // The key of the name an alias key stands for ("us" -> "united states"), or an empty view.
  std::string_view expansion(std::string_view key) const;

 private:
  AliasLexicon();
  std::unordered_map<std::string, std::string> expansions_;
};

// The acronyms the document defines (Document::acronyms, found by the NER stage): acronym key -> the key
// of its long form.
std::unordered_map<std::string, std::string> defined_acronyms(const Document& document);

// The key after the document's own definitions, then the lexicon: the key of the longest known form.
std::string_view expand_key(std::string_view key, const std::unordered_map<std::string, std::string>& defined);

}  // namespace lede::resolve
