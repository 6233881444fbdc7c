// Greedy parsing of one sentence, shared by the runtime parser and the trainer's dev evaluation: at
// each state, the best scoring legal move is taken. Classes of the linear model:
//   0 = SHIFT, 1 + 2i = LEFT(labels[i]), 2 + 2i = RIGHT(labels[i]),
// where labels[] is the model's label list (dep_labels.hpp numbers; labels[0] is root). A RIGHT onto
// ROOT must be RIGHT(root), and no other move may use root, so every parse has exactly one root.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>

#include "parse/parse_features.hpp"
#include "parse/transition_system.hpp"
#include "perceptron/argmax.hpp"

namespace lede::parse {

inline constexpr std::size_t kShiftClass = 0;
inline constexpr std::size_t kRootLabelIndex = 0;

constexpr std::size_t class_count_for(std::size_t label_count) { return 1 + 2 * label_count; }
constexpr Move class_move(std::size_t cls) { return cls == 0 ? Move::Shift : cls % 2 == 1 ? Move::Left : Move::Right; }
constexpr std::size_t class_label_index(std::size_t cls) { return (cls - 1) / 2; }
constexpr std::size_t left_class(std::size_t label_index) { return 1 + 2 * label_index; }
constexpr std::size_t right_class(std::size_t label_index) { return 2 + 2 * label_index; }

// Whether `cls` may be taken in `state`.
inline bool is_legal(const ParseState& state, std::size_t cls) {
  if (cls == kShiftClass) return state.can_shift();
  const bool root_label = class_label_index(cls) == kRootLabelIndex;
  if (class_move(cls) == Move::Left) return !root_label && state.can_left();
  return state.can_right() && root_label == state.right_attaches_root();
}

// The legal class with the highest score (ties: the lowest class). The state must not be terminal.
static_assert(kShiftClass == 0 && kRootLabelIndex == 0 && class_move(1) == Move::Left && class_move(2) == Move::Right,
              "best_legal_class numbers the classes this way");

// Legality depends only on the move and on whether the label is ROOT, so it is decided once per state,
// not per class (is_legal states the same rule class by class). The illegal classes' scores are set to
// the lowest value of Score (the trainer's float scores included), which no sum of weights reaches
// (WeightTable::fits_narrow_scores keeps int16 sums within +-32767; int32 sums are far from their limit), so the first
// highest score is the best legal class, found by perceptron::first_argmax without a dependent compare per class.
template <typename Score>
std::size_t best_legal_class(const ParseState& state, Score* scores, std::size_t class_count) {
  constexpr Score kIllegal = std::numeric_limits<Score>::lowest();
  const bool left = state.can_left();
  const bool right = state.can_right();
  const bool right_to_root = state.right_attaches_root();
  if (!state.can_shift()) scores[kShiftClass] = kIllegal;
  // Class 1 is LEFT with ROOT (never legal), class 2 RIGHT with ROOT; from 3 on, odd is LEFT, even RIGHT.
  scores[1] = kIllegal;
  if (!(right && right_to_root)) scores[2] = kIllegal;
  if (!left) {
    for (std::size_t c = 3; c < class_count; c += 2) scores[c] = kIllegal;
  }
  if (!right || right_to_root) {
    for (std::size_t c = 4; c < class_count; c += 2) scores[c] = kIllegal;
  }
  return perceptron::first_argmax(scores, class_count);
}

// Parses a sentence of `word_count` words into `state` (its heads and labels: word_count stands for
// ROOT, labels are dep_labels.hpp numbers). `score_state(state, scores)` sets scores[0..class_count) to
// the model's scores of the state's moves.
template <typename Score, typename ScoreState>
void parse_greedy(std::size_t word_count, std::span<const std::uint8_t> labels, ScoreState&& score_state, Score* scores,
                  ParseState& state) {
  const std::size_t class_count = class_count_for(labels.size());
  state.reset(word_count);
  while (!state.terminal()) {
    // Where one move is legal (an empty stack, or only ROOT and one word left) nothing needs scoring.
    if (!state.can_left() && !state.can_right()) {
      state.shift();
      continue;
    }
    if (state.buffer_empty() && state.right_attaches_root()) {
      state.right(labels[kRootLabelIndex]);
      continue;
    }
    score_state(static_cast<const ParseState&>(state), scores);
    const std::size_t best = best_legal_class(state, scores, class_count);
    state.apply(class_move(best), best == kShiftClass ? kNoLabel : labels[class_label_index(best)]);
  }
}

// A score_state for parse_greedy from all the state's features: `add_scores(keys, key_count, scores)`
// adds the weights of the features to scores[0..class_count).
template <typename Score, typename AddScores>
auto scores_of_all_features(std::span<const ParseWord> words, std::size_t class_count, AddScores& add_scores) {
  return [words, class_count, &add_scores](const ParseState& state, Score* scores) {
    std::uint64_t keys[kMaxParseFeatures];
    const std::size_t key_count = extract_parse_features(state, words, keys);
    for (std::size_t c = 0; c < class_count; ++c) scores[c] = 0;
    add_scores(keys, key_count, scores);
  };
}

}  // namespace lede::parse
