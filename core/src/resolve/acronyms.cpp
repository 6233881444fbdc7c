#include "resolve/acronyms.hpp"

#include "lexicon/embedded.hpp"
#include "resolve/name_key.hpp"
#include "text/ascii_case.hpp"

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

namespace {

// An acronym token: 2 to 8 capitals (periods allowed, "U.N."), nothing else but digits ("G20").
bool acronym_token(std::string_view token, std::string& letters) {
  letters.clear();
  std::size_t capitals = 0;
  std::size_t lowercase = 0;
  for (char c : token) {
    if (c >= 'A' && c <= 'Z') {
      ++capitals;
      letters.push_back(text::ascii_lower(c));
    } else if (c >= '0' && c <= '9') {
      letters.push_back(c);
    } else if (c != '.' && !(c >= 'a' && c <= 'z')) {
      return false;
    } else if (c >= 'a' && c <= 'z') {
      ++lowercase;  // "NoK", "PhD": one lowercase letter inside is fine ("McDonald" is no acronym)
      letters.push_back(c);
    }
  }
  return capitals >= 2 && lowercase <= 1 && letters.size() <= 8 && token.front() >= 'A' && token.front() <= 'Z';
}

bool plausible_definition(std::string_view acronym, std::string_view long_key) {
  return !acronym.empty() && !long_key.empty() && acronym.front() == long_key.front() &&
         long_key.find(' ') != std::string_view::npos;
}

}  // namespace

std::unordered_map<std::string, std::string> defined_acronyms(const Document& document) {
  std::unordered_map<std::string, std::string> defined;
  std::string letters;
  const auto& mentions = document.mentions;
  const std::size_t token_count = document.tokens.size();
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const Mention& mention = mentions[m];
    // "LONG FORM ( ACR )"
    const std::uint32_t open = mention.token_end;
    if (open + 2 < token_count && document.token_text(open) == "(" && document.token_text(open + 2) == ")" &&
        acronym_token(document.token_text(open + 1), letters)) {
      const NameKey long_form = name_key(document, mention.token_begin, mention.token_end, false);
      if (plausible_definition(letters, long_form.text) && letters != long_form.text)
        defined.emplace(letters, long_form.text);
    }
    // "ACR ( LONG FORM )"
    if (mention.token_begin >= 2 && mention.token_end < token_count &&
        document.token_text(mention.token_begin - 1) == "(" && document.token_text(mention.token_end) == ")" &&
        acronym_token(document.token_text(mention.token_begin - 2), letters)) {
      const NameKey long_form = name_key(document, mention.token_begin, mention.token_end, false);
      if (plausible_definition(letters, long_form.text) && letters != long_form.text)
        defined.emplace(letters, long_form.text);
    }
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
