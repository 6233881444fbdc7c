#include "parse/transition_system.hpp"

namespace lede::parse {

void ParseState::reset(std::size_t word_count) {
  word_count_ = word_count;
  buffer_ = 0;
  stack_.clear();
  stack_.reserve(word_count + 1);
  stack_.push_back(static_cast<std::int32_t>(word_count));
  heads_.assign(word_count, -1);
  labels_.assign(word_count, kNoLabel);
  dependents_.assign(word_count + 1, Dependents{});
}

void ParseState::shift() {
  stack_.push_back(static_cast<std::int32_t>(buffer_));
  ++buffer_;
}

void ParseState::left(std::uint8_t label) {
  const std::int32_t dependent = stack_.back();
  stack_.pop_back();
  attach(static_cast<std::int32_t>(buffer_), dependent, label, /*dependent_is_left=*/true);
}

void ParseState::right(std::uint8_t label) {
  const std::int32_t dependent = stack_.back();
  stack_.pop_back();
  attach(stack_.back(), dependent, label, /*dependent_is_left=*/false);
}

void ParseState::apply(Move move, std::uint8_t label) {
  switch (move) {
    case Move::Shift: shift(); break;
    case Move::Left: left(label); break;
    case Move::Right: right(label); break;
  }
}

void ParseState::attach(std::int32_t head, std::int32_t dependent, std::uint8_t label, bool dependent_is_left) {
  heads_[static_cast<std::size_t>(dependent)] = head;
  labels_[static_cast<std::size_t>(dependent)] = label;
  Dependents& of = dependents_[static_cast<std::size_t>(head)];
  const std::uint64_t bit = std::uint64_t{1} << (label % 64);
  if (dependent_is_left) {
    of.second_leftmost = of.leftmost;
    of.leftmost = dependent;
    if (of.left_count < 255) ++of.left_count;
    of.left_labels |= bit;
  } else {
    of.second_rightmost = of.rightmost;
    of.rightmost = dependent;
    if (of.right_count < 255) ++of.right_count;
    of.right_labels |= bit;
  }
}

}  // namespace lede::parse
