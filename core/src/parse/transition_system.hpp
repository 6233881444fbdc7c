// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011), as used with a dynamic
// oracle by Goldberg & Nivre 2013: a stack whose bottom is a virtual ROOT, a buffer of the words still
// to come, and three moves
//   SHIFT      push the first buffer word b0;
//   LEFT(l)    pop s0 and make it a dependent of b0 with label l;
//   RIGHT(l)   pop s0 and make it a dependent of s1 with label l.
// A sentence of n words takes exactly 2n moves, so parsing is linear in its length. RIGHT onto ROOT is
// allowed only once the buffer is empty and s0 is the last word on the stack, so every parse has
// exactly one root (labelled "root"), every word exactly one head and no cycles.
//
// The state keeps, for each word, what the feature templates ask about its dependents (the two
// leftmost and the two rightmost, how many on each side, which labels): arc-hybrid attaches a new left
// dependent of b0 always left of the earlier ones, and a new right dependent of s1 always right of the
// earlier ones, so each is one O(1) update. Buffers are reused across sentences: no allocation per word
// once they have grown.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "document/dep_labels.hpp"

namespace lede::parse {

enum class Move : std::uint8_t { Shift, Left, Right };

// What the features read about the dependents a word has so far.
struct Dependents {
  std::int32_t leftmost = -1;
  std::int32_t second_leftmost = -1;
  std::int32_t rightmost = -1;
  std::int32_t second_rightmost = -1;
  std::uint8_t left_count = 0;
  std::uint8_t right_count = 0;
  std::uint64_t left_labels = 0;  // bit (label % 64) per label seen on that side
  std::uint64_t right_labels = 0;
};

class ParseState {
 public:
  // Starts a sentence of `word_count` words: ROOT (index word_count) alone on the stack, every word in
  // the buffer, no arcs.
  void reset(std::size_t word_count);

  std::size_t word_count() const { return word_count_; }
  std::int32_t root() const { return static_cast<std::int32_t>(word_count_); }

  // The k-th word from the top of the stack (0 = s0), or -1 when the stack is shallower; ROOT counts.
  std::int32_t stack_at(std::size_t k) const { return k < stack_.size() ? stack_[stack_.size() - 1 - k] : -1; }
  std::size_t stack_size() const { return stack_.size(); }
  // The k-th word of the buffer (0 = b0), or -1 past its end.
  std::int32_t buffer_at(std::size_t k) const {
    return buffer_ + k < word_count_ ? static_cast<std::int32_t>(buffer_ + k) : -1;
  }
  std::size_t buffer_start() const { return buffer_; }
  bool buffer_empty() const { return buffer_ >= word_count_; }

  bool terminal() const { return buffer_empty() && stack_.size() == 1; }
  bool can_shift() const { return !buffer_empty(); }
  bool can_left() const { return !buffer_empty() && stack_.size() >= 2; }
  // RIGHT onto ROOT only as the very last move; otherwise s1 must be a word.
  bool can_right() const { return stack_.size() >= 3 || (stack_.size() == 2 && buffer_empty()); }
  // Whether a RIGHT now would attach to ROOT (and must carry the label root).
  bool right_attaches_root() const { return stack_.size() == 2; }

  void shift();
  void left(std::uint8_t label);
  void right(std::uint8_t label);
  void apply(Move move, std::uint8_t label);

  // The arcs so far: head of each word (-1 = none yet, word_count() = ROOT) and its label.
  std::int32_t head(std::size_t word) const { return heads_[word]; }
  std::uint8_t label(std::size_t word) const { return labels_[word]; }
  // Dependents of a word, or of ROOT (index word_count()).
  const Dependents& dependents(std::int32_t word) const { return dependents_[static_cast<std::size_t>(word)]; }

 private:
  void attach(std::int32_t head, std::int32_t dependent, std::uint8_t label, bool dependent_is_left);

  std::size_t word_count_ = 0;
  std::size_t buffer_ = 0;
  std::vector<std::int32_t> stack_;
  std::vector<std::int32_t> heads_;
  std::vector<std::uint8_t> labels_;
  std::vector<Dependents> dependents_;
};

}  // namespace lede::parse
