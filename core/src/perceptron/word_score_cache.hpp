// The summed weights of a word's own features (those computed from its spelling alone: the word, its
// affixes, shape, tag-dictionary class), kept for the words of one document (spelling_memo.hpp): a
// tagger scores each spelling's own features once per document instead of at every occurrence; only the
// features of the context are looked up again. The sums are the same integers either way, so tags do
// not change.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include "perceptron/spelling_memo.hpp"

namespace lede::perceptron {

template <typename Score>
class WordScoreCache {
 public:
  // `width`: scores per word (the weight table's score_width()). `expected_words`: sizes the table.
  WordScoreCache(std::size_t width, std::size_t expected_words) : width_(width), slots_(expected_words) {
    // Left uninitialized: a slot's sums are written on its first use (zeroing ~100 KB per article
    // would cost more than a short article's hits save). At most 8192 words x ~100 classes x 2 bytes.
    scores_.reset(new Score[slots_.count() * width]);
  }

  // Adds to scores[0..width) the cached sums of the spelling whose 64-bit hash is `spelling`, first
  // computing them with fill(sums) (sums zeroed; fill adds the word's feature weights) if absent.
  template <typename Fill>
  void add(std::uint64_t spelling, Fill&& fill, Score* scores) {
    const SpellingSlots::Claim claim = slots_.claim(spelling);
    Score* sums = scores_.get() + claim.slot * width_;
    if (!claim.held) {
      for (std::size_t c = 0; c < width_; ++c) sums[c] = 0;
      fill(sums);
    }
    for (std::size_t c = 0; c < width_; ++c) scores[c] = static_cast<Score>(scores[c] + sums[c]);
  }

 private:
  std::size_t width_;
  SpellingSlots slots_;
  std::unique_ptr<Score[]> scores_;
};

}  // namespace lede::perceptron
