#include "text/abbreviations.hpp"

#include "lexicon/embedded.hpp"
#include "lexicon/word_table.hpp"
#include "text/char_class.hpp"

namespace lede::text {
namespace {

AbbreviationClass class_from_name(std::string_view name) {
  if (name == "title") return AbbreviationClass::Title;
  if (name == "before") return AbbreviationClass::Before;
  return AbbreviationClass::Any;
}

const lexicon::WordTable& table() {
  static const lexicon::WordTable abbreviation_table = [] {
    lexicon::WordTable built(/*fold_case=*/false);
    lexicon::for_each_row(lexicon::embedded_lexicon("abbreviations"), [&](const std::vector<std::string_view>& fields) {
      const AbbreviationClass cls = class_from_name(fields.size() > 1 ? fields[1] : "any");
      built.insert(fields[0], static_cast<std::uint32_t>(cls));
    });
    return built;
  }();
  return abbreviation_table;
}

}  // namespace

AbbreviationClass AbbreviationLexicon::find(std::string_view word) const {
  const std::uint32_t value = table().find(word);
  return value == lexicon::WordTable::kMissing ? AbbreviationClass::None : static_cast<AbbreviationClass>(value);
}

const AbbreviationLexicon& abbreviations() {
  static const AbbreviationLexicon lexicon;
  return lexicon;
}

bool is_dotted_letters(std::string_view word) {
  if (word.size() < 2 || word.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < word.size(); i += 2) {
    if (!is_ascii_letter(static_cast<unsigned char>(word[i])) || word[i + 1] != '.') return false;
  }
  return word.size() > 2 || is_ascii_upper(static_cast<unsigned char>(word[0]));
}

}  // namespace lede::text
