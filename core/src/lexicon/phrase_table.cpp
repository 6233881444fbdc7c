#include "lexicon/phrase_table.hpp"

#include "lexicon/embedded.hpp"

namespace lede::lexicon {

PhraseTable::PhraseTable(std::string_view lexicon, int case_column, int filter_column, std::string_view filter_value) {
  for_each_row(embedded_lexicon(lexicon), [&](const std::vector<std::string_view>& fields) {
    const auto column = [&](int index) {
      return index >= 0 && static_cast<std::size_t>(index) < fields.size() ? fields[static_cast<std::size_t>(index)]
                                                                           : std::string_view();
    };
    if (filter_column >= 0 && column(filter_column) != filter_value) return;
    Phrase phrase;
    phrase.exact_case = column(case_column) == "exact";
    std::string_view rest = fields[0];
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      phrase.words.push_back(rest.substr(0, space));
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    if (!phrase.words.empty()) by_first_word_[phrase.words.front()].push_back(std::move(phrase));
  });
}

bool PhraseTable::phrase_matches(const Phrase& phrase, const text::SentenceTokens& tokens, std::uint32_t i) {
  for (std::size_t k = 0; k < phrase.words.size(); ++k) {
    const std::uint32_t token = i + static_cast<std::uint32_t>(k);
    if (!tokens.contains(token)) return false;
    const std::string_view seen = tokens.text(token);
    const std::string_view word = phrase.words[k];
    if (phrase.exact_case ? seen != word : !text::equals_ignoring_case(seen, word)) return false;
  }
  return true;
}

std::uint32_t PhraseTable::match(const text::SentenceTokens& tokens, std::uint32_t i) const {
  std::uint32_t end = i;
  if (!tokens.contains(i)) return end;
  const std::vector<Phrase>* candidates = by_first_word_.find(tokens.text(i), tokens.folded_hash(i));
  if (candidates == nullptr) return end;
  for (const Phrase& phrase : *candidates) {
    const std::uint32_t phrase_end = i + static_cast<std::uint32_t>(phrase.words.size());
    if (phrase_end > end && phrase_matches(phrase, tokens, i)) end = phrase_end;
  }
  return end;
}

}  // namespace lede::lexicon
