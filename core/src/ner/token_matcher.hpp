// Helpers shared by the rule recognizers: one sentence's tokens behind bounds-checked lookups, the
// shapes of number tokens ("1,000", "25th", "1990s", "10:30", "2018-04-25"), case-folded word maps and
// multi-token phrase tables built from the embedded lexicons.
//
// Every matcher in this folder follows one convention: `match_x(tokens, i)` returns the exclusive end
// of what it recognized starting at token i, or i itself when nothing matched. Indices are document
// token indices; an index outside the sentence (including i - 1 wrapping below 0) reads as "no token".
#pragma once

#include <cstdint>
#include <forward_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lede/document.hpp"
#include "perceptron/feature_hash.hpp"

namespace lede::ner {

// ASCII case-insensitive comparison; `lower` must already be lowercase.
bool equals_folded(std::string_view word, std::string_view lower);
bool starts_uppercase(std::string_view word);
// "May", "MAY", "Sept." but not "may" or "mAY": how proper nouns look in running text and headlines.
bool is_title_or_upper_case(std::string_view word);

class SentenceTokens {
 public:
  SentenceTokens(const Document& document, std::uint32_t begin, std::uint32_t end)
      : document_(document), begin_(begin), end_(end) {}

  std::uint32_t begin() const { return begin_; }
  std::uint32_t end() const { return end_; }
  bool contains(std::uint32_t i) const { return i >= begin_ && i < end_; }

  // The token's text, or "" outside the sentence.
  std::string_view text(std::uint32_t i) const {
    return contains(i) ? document_.token_text(i) : std::string_view();
  }
  bool is_kind(std::uint32_t i, TokenKind kind) const {
    return contains(i) && document_.tokens[i].kind == kind;
  }
  bool is_number(std::uint32_t i) const { return is_kind(i, TokenKind::Number); }
  bool is_word(std::uint32_t i) const { return is_kind(i, TokenKind::Word); }
  // Whether token i is `lower`, ignoring ASCII case.
  bool is(std::uint32_t i, std::string_view lower) const { return equals_folded(text(i), lower); }
  // Whether token i touches the one before it ("2" "bn" in "2bn", "-" "five" in "twenty-five").
  bool glued(std::uint32_t i) const {
    return contains(i) && i > begin_ && !document_.tokens[i].space_before;
  }
  // Whether token i is "-" touching the tokens on both sides ("twenty-five", "mid-1990s", "F-16").
  bool is_joining_hyphen(std::uint32_t i) const {
    return text(i) == "-" && glued(i) && glued(i + 1);
  }

 private:
  const Document& document_;
  std::uint32_t begin_;
  std::uint32_t end_;
};

// What a number token (TokenKind::Number, or a decade written "'90s") looks like.
enum class NumberShape : std::uint8_t {
  None,        // not a number token we understand ("3G", "853-3242", "1/2")
  Integer,     // "2018", "1,000,000" (grouped: see NumberToken::grouped)
  Decimal,     // "3.5", "1,000.50"
  Ordinal,     // "25th", "1st"
  Decade,      // "1990s", "90s", "'90s"
  Clock,       // "10:30", "10:30:15"
  Date,        // "2018-04-25", "04/25/2018", "25.04.2018"
  DayRange,    // "24-25" (as in "April 24-25")
  YearRange,   // "2010-2015", "2010-15"
};

struct NumberToken {
  NumberShape shape = NumberShape::None;
  double value = 0;       // Integer/Decimal: the number; Ordinal: its number; Decade: its first year;
                          // Clock: the hour; DayRange/YearRange: the first day or year
  int digits = 0;         // digits before any separator (Integer: all of them)
  bool grouped = false;   // written with thousands separators ("1,000")
};

NumberToken read_number_token(std::string_view text);

// A bare 4-digit year as calendars in news use them: "1990", not "1,990" nor "0990".
bool is_plain_year(const NumberToken& number, double lowest, double highest);

// A map from case-folded words to values, built once from a lexicon. Keys are ASCII-lowercased; a
// lookup folds the word into a stack buffer, so it never allocates. The recognizers ask about every
// token several times and almost every answer is "no": a one-hash Bloom filter over the folded words
// answers most of those with a few instructions, before any hash-map probe.
template <class Value>
class FoldedWordMap {
 public:
  // The value of `word`, inserted as Value{} when new.
  Value& operator[](std::string_view word) {
    std::string key(word);
    for (char& c : key) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    std::uint64_t hash = perceptron::kFnvOffset;
    for (const char c : key) hash = perceptron::fnv_step(hash, c);
    filter_[(hash >> 6) % kFilterWords] |= std::uint64_t{1} << (hash & 63);
    const auto found = map_.find(key);
    if (found != map_.end()) return found->second;
    keys_.push_front(std::move(key));
    return map_[keys_.front()];
  }

  const Value* find(std::string_view word) const {
    char buffer[kLongestWord];
    if (word.size() > sizeof buffer) return nullptr;
    std::uint64_t hash = perceptron::kFnvOffset;
    for (std::size_t i = 0; i < word.size(); ++i) {
      const char c = word[i];
      buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      hash = perceptron::fnv_step(hash, buffer[i]);
    }
    if ((filter_[(hash >> 6) % kFilterWords] >> (hash & 63) & 1U) == 0) return nullptr;
    const auto found = map_.find(std::string_view(buffer, word.size()));
    return found == map_.end() ? nullptr : &found->second;
  }

 private:
  static constexpr std::size_t kLongestWord = 64;  // no lexicon word is longer
  static constexpr std::size_t kFilterWords = 256;  // 16,384 bits: ~2% false "maybe" for 300 words
  std::uint64_t filter_[kFilterWords] = {};
  std::forward_list<std::string> keys_;            // stable storage for the views in map_
  std::unordered_map<std::string_view, Value> map_;
};

// Multi-token phrases of a lexicon ("square kilometres", "Rs .", "US dollars"), written with their
// tokens separated by one space. Matching is case-insensitive unless the row says "exact".
class PhraseTable {
 public:
  // Loads column 0 of the rows of `lexicon` whose `filter_column` equals `filter_value` (all rows when
  // filter_column < 0); `case_column` holds "exact" or "fold".
  PhraseTable(std::string_view lexicon, int case_column, int filter_column = -1,
              std::string_view filter_value = {});

  // The end of the longest phrase starting at token i, or i when none does.
  std::uint32_t match(const SentenceTokens& tokens, std::uint32_t i) const;

 private:
  struct Phrase {
    std::vector<std::string_view> words;  // views into the embedded lexicon, which lives forever
    bool exact_case = false;
  };
  static bool phrase_matches(const Phrase& phrase, const SentenceTokens& tokens, std::uint32_t i);

  FoldedWordMap<std::vector<Phrase>> by_first_word_;
};

}  // namespace lede::ner
