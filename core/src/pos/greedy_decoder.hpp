// Greedy left-to-right tagging of one sentence, shared by the runtime tagger and the trainer's dev
// evaluation: a word the tag dictionary is sure of takes its class; every other word takes the best
// scoring class given the features, which include the classes already chosen to its left.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "pos/pos_features.hpp"

namespace lede::pos {

// `add_scores(keys, key_count, scores)` adds the weights of the features to scores[0..class_count).
template <typename Score, typename AddScores>
void decode_greedy(std::span<const WordFacts> sentence, std::size_t class_count, AddScores&& add_scores,
                   Score* scores, std::uint8_t* classes) {
  std::uint64_t keys[kMaxPosFeatures];
  std::uint8_t previous = kNoClass;
  std::uint8_t before_previous = kNoClass;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    std::uint8_t best = sentence[i].dictionary_class;
    if (!sentence[i].dictionary_sure) {
      const std::size_t key_count = extract_pos_features(sentence, i, previous, before_previous, keys);
      for (std::size_t c = 0; c < class_count; ++c) scores[c] = 0;
      add_scores(keys, key_count, scores);
      best = 0;
      for (std::size_t c = 1; c < class_count; ++c) {
        if (scores[c] > scores[best]) best = static_cast<std::uint8_t>(c);
      }
    }
    classes[i] = best;
    before_previous = previous;
    previous = best;
  }
}

}  // namespace lede::pos
