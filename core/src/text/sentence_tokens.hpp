// One sentence's tokens behind bounds-checked lookups, as the rule recognizers and the date normalizer
// walk them.
//
// Every matcher over it follows one convention: `match_x(tokens, i)` returns the exclusive end of what
// it recognized starting at token i, or i itself when nothing matched. Indices are document token
// indices; an index outside the sentence (including i - 1 wrapping below 0) reads as "no token".
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lede/document.hpp"
#include "text/ascii_case.hpp"

namespace lede::text {

// folded_word_hash of every token of a document, computed once: the rule recognizers look each token up
// in the lexicons ~17 times, and hashing it each time was a quarter of their time.
inline std::vector<std::uint64_t> folded_word_hashes(const Document& document) {
  std::vector<std::uint64_t> hashes(document.tokens.size());
  for (std::size_t t = 0; t < hashes.size(); ++t) {
    hashes[t] = folded_word_hash(document.token_text(static_cast<std::uint32_t>(t)));
  }
  return hashes;
}

class SentenceTokens {
 public:
  // `folded_hashes`, when given, is folded_word_hashes(document), which folded_hash() then reads.
  SentenceTokens(const Document& document, std::uint32_t begin, std::uint32_t end,
                 const std::uint64_t* folded_hashes = nullptr)
      : document_(document), begin_(begin), end_(end), folded_hashes_(folded_hashes) {}

  std::uint32_t begin() const { return begin_; }
  std::uint32_t end() const { return end_; }
  bool contains(std::uint32_t i) const { return i >= begin_ && i < end_; }

  // The token's text, or "" outside the sentence.
  std::string_view text(std::uint32_t i) const { return contains(i) ? document_.token_text(i) : std::string_view(); }
  bool is_kind(std::uint32_t i, TokenKind kind) const { return contains(i) && document_.tokens[i].kind == kind; }
  bool is_number(std::uint32_t i) const { return is_kind(i, TokenKind::Number); }
  bool is_word(std::uint32_t i) const { return is_kind(i, TokenKind::Word); }
  // folded_word_hash(text(i)).
  std::uint64_t folded_hash(std::uint32_t i) const {
    return contains(i) && folded_hashes_ != nullptr ? folded_hashes_[i] : folded_word_hash(text(i));
  }
  // Whether token i is `lower`, ignoring ASCII case.
  bool is(std::uint32_t i, std::string_view lower) const { return equals_folded(text(i), lower); }
  // Whether token i touches the one before it ("2" "bn" in "2bn", "-" "five" in "twenty-five").
  bool glued(std::uint32_t i) const { return contains(i) && i > begin_ && !document_.tokens[i].space_before; }
  // Whether token i is "-" touching the tokens on both sides ("twenty-five", "mid-1990s", "F-16").
  bool is_joining_hyphen(std::uint32_t i) const { return text(i) == "-" && glued(i) && glued(i + 1); }

 private:
  const Document& document_;
  std::uint32_t begin_;
  std::uint32_t end_;
  const std::uint64_t* folded_hashes_;  // indexed by document token, or nullptr
};

}  // namespace lede::text
