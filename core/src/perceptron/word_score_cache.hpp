// The summed weights of a word's own features (those computed from its spelling alone: the word, its
// affixes, shape, tag-dictionary class), kept for the words of one document. Articles repeat their
// words ("said", the names, "that"), so a tagger scores each spelling's own features once per document
// instead of at every occurrence; only the features of the context are looked up again. The sums are
// the same integers either way, so tags do not change.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace lede::perceptron {

template <typename Score>
class WordScoreCache {
 public:
  // `width`: scores per word (the model's classes). `expected_words`: sizes the table (a document's
  // token count is a fine guess); it is direct-mapped, so a word whose slot is taken replaces the other.
  WordScoreCache(std::size_t width, std::size_t expected_words) : width_(width) {
    std::size_t slots = 64;
    while (slots < expected_words && slots < kMaxSlots) slots *= 2;
    mask_ = slots - 1;
    keys_.assign(slots, kEmpty);
    // Left uninitialized: a slot's sums are written on its first use (zeroing ~100 KB per article
    // would cost more than a short article's hits save).
    scores_.reset(new Score[slots * width]);
  }

  // Adds to scores[0..width) the cached sums of the spelling whose 64-bit hash is `spelling`, first
  // computing them with fill(sums) (sums zeroed; fill adds the word's feature weights) if absent.
  template <typename Fill>
  void add(std::uint64_t spelling, Fill&& fill, Score* scores) {
    Score* sums = slot_for(spelling, fill);
    for (std::size_t c = 0; c < width_; ++c) scores[c] = static_cast<Score>(scores[c] + sums[c]);
  }

 private:
  static constexpr std::size_t kMaxSlots = 8192;  // 8192 words x ~100 classes x 2 bytes: 1.6 MB at most
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};

  template <typename Fill>
  Score* slot_for(std::uint64_t spelling, Fill& fill) {
    const std::size_t slot = static_cast<std::size_t>(spelling ^ spelling >> 32) & mask_;
    Score* sums = scores_.get() + slot * width_;
    if (keys_[slot] != spelling || spelling == kEmpty) {
      for (std::size_t c = 0; c < width_; ++c) sums[c] = 0;
      fill(sums);
      keys_[slot] = spelling;
    }
    return sums;
  }

  std::size_t width_;
  std::size_t mask_ = 0;
  std::vector<std::uint64_t> keys_;
  std::unique_ptr<Score[]> scores_;
};

}  // namespace lede::perceptron
