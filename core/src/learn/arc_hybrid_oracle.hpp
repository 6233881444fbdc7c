// The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2012, 2013: "Training deterministic
// parsers with non-deterministic oracles"): the cost of a move in ANY state, as the number of gold arcs
// it makes unreachable. Arc-hybrid is arc-decomposable, so for a projective gold tree these counts are
// exact, and the trainer can learn to recover from its own mistakes instead of only following the one
// gold path. With s0, s1 the stack top, b0 the buffer front and B the buffer:
//   SHIFT      loses b0's head if it is on the stack below s0, and b0's dependents on the stack;
//   LEFT(l)    loses s0's head if it is s1 or in B beyond b0, and s0's dependents in B;
//   RIGHT(l)   loses s0's head if it is in B, and s0's dependents in B;
// plus one for a wrong label on an arc whose head is right.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "parse/transition_system.hpp"

namespace lede::learn {

class ArcHybridOracle {
 public:
  // The gold tree of the sentence: heads as sentence indices with -1 for the root (it must be complete
  // and projective), labels as dep_labels.hpp numbers.
  void reset(std::span<const std::int32_t> heads, std::span<const std::uint8_t> labels);

  // The cost of every class (greedy_parser.hpp numbering over `labels`) in `state`; illegal classes get
  // kIllegal.
  void costs(const parse::ParseState& state, std::span<const std::uint8_t> labels, std::vector<int>& out) const;

  static constexpr int kIllegal = 1 << 20;

 private:
  std::int32_t head(std::int32_t word) const { return heads_[static_cast<std::size_t>(word)]; }
  int dependents_in_buffer(const parse::ParseState& state, std::int32_t word) const;
  int dependents_on_stack(const parse::ParseState& state, std::int32_t word) const;

  std::vector<std::int32_t> heads_;  // ROOT = word count
  std::vector<std::uint8_t> labels_;
  std::vector<std::uint32_t> dependent_begin_;  // dependents of word w: dependents_[begin[w], begin[w + 1])
  std::vector<std::int32_t> dependents_;
};

}  // namespace lede::learn
