// Multi-token phrases of a lexicon, matched against a sentence's tokens.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/folded_word_map.hpp"
#include "text/sentence_tokens.hpp"

namespace lede::lexicon {

// Multi-token phrases of a lexicon ("square kilometres", "Rs .", "US dollars"), written with their
// tokens separated by one space. Matching is case-insensitive unless the row says "exact".
class PhraseTable {
 public:
  // Loads column 0 of the rows of `lexicon` whose `filter_column` equals `filter_value` (all rows when
  // filter_column < 0); `case_column` holds "exact" or "fold".
  PhraseTable(std::string_view lexicon, int case_column, int filter_column = -1, std::string_view filter_value = {});

  // The end of the longest phrase starting at token i, or i when none does.
  std::uint32_t match(const text::SentenceTokens& tokens, std::uint32_t i) const;

 private:
  struct Phrase {
    std::vector<std::string_view> words;  // views into the embedded lexicon, which lives forever
    bool exact_case = false;
  };
  static bool phrase_matches(const Phrase& phrase, const text::SentenceTokens& tokens, std::uint32_t i);

  FoldedWordMap<std::vector<Phrase>> by_first_word_;
};

}  // namespace lede::lexicon
