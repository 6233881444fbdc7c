// Greedy left-to-right tagging of one sentence, shared by the runtime tagger and the trainer's dev
// evaluation: a word the tag dictionary is sure of takes its class; every other word takes the best
// scoring class given the features, which include the classes already chosen to its left.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "perceptron/argmax.hpp"
#include "pos/pos_features.hpp"

namespace lede::pos {

// `add_word_scores(word, scores)` adds to scores[0..class_count) the weights of the word's own features
// (extract_pos_word_features): the runtime keeps them per spelling (perceptron::WordScoreCache), the
// trainer computes them each time. `add_context_scores(sentence, i, previous, before_previous, scores)`
// adds those of its context (extract_pos_context_features; the runtime resolves some of them at load,
// PosDirectRows).
template <typename Score, typename AddWordScores, typename AddContextScores>
void decode_greedy(std::span<const WordFacts> sentence, std::size_t class_count, AddWordScores&& add_word_scores,
                   AddContextScores&& add_context_scores, Score* scores, std::uint8_t* classes) {
  std::uint8_t previous = kNoClass;
  std::uint8_t before_previous = kNoClass;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    std::uint8_t best = sentence[i].dictionary_class;
    if (!sentence[i].dictionary_sure) {
      for (std::size_t c = 0; c < class_count; ++c) scores[c] = 0;
      add_word_scores(sentence[i], scores);
      add_context_scores(sentence, i, previous, before_previous, scores);
      best = static_cast<std::uint8_t>(perceptron::first_argmax(scores, class_count));
    }
    classes[i] = best;
    before_previous = previous;
    previous = best;
  }
}

// add_word_scores for decode_greedy without a cache: the word's own features looked up each time.
// `add_scores(keys, key_count, scores)` adds the weights of features.
template <typename AddScores>
auto uncached_word_scores(AddScores& add_scores) {
  return [&add_scores](const WordFacts& word, auto* scores) {
    std::uint64_t keys[kMaxPosWordFeatures];
    add_scores(keys, extract_pos_word_features(word, keys), scores);
  };
}

// add_context_scores for decode_greedy: every context feature hashed and looked up (the trainer's).
template <typename AddScores>
auto hashed_context_scores(AddScores& add_scores) {
  return [&add_scores](std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                       std::uint8_t before_previous, auto* scores) {
    std::uint64_t keys[kMaxPosFeatures];
    add_scores(keys, extract_pos_context_features(sentence, i, previous, before_previous, keys), scores);
  };
}

}  // namespace lede::pos
