// Scores parser states with the weights of the slot features (parse_features.hpp) summed once per word
// and slot of a sentence. A greedy parse visits ~2 states per word, and each word passes through most
// slots (b2, b1, b0, s0, s1, s2, and as a dependent) in several states: the 43 keys of a state's slot
// features — their hashing, table probes and sparse rows — become 14 additions of short vectors that
// stay in the cache (parse +12-16% natively and in the wasm, docs/decisions.md). Only the 61 joint
// features are looked up per state. The scores are the same integers as from all the features at once
// (integer sums do not depend on their order, and WeightTable::fits_narrow_scores bounds every partial
// sum of int16 scores too), so the parses are identical.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "parse/parse_features.hpp"
#include "parse/transition_system.hpp"
#include "perceptron/weight_table.hpp"

namespace lede::parse {

template <typename Score>
class SlotScorer {
 public:
  explicit SlotScorer(const perceptron::WeightTable& weights) : weights_(&weights) {}

  // Starts a sentence: forgets the sums of the previous one. `words` must outlive its states' scoring.
  void start(std::span<const ParseWord> words) {
    words_ = words;
    offsets_.assign((words.size() + 2) * kWordSlotCount, kNotSummed);
    sums_.clear();
  }

  // Sets scores[0..score_width()) to the scores of the state's moves (a score_state for parse_greedy).
  void operator()(const ParseState& state, Score* scores) {
    const SlotWords slots = slot_words(state);
    std::uint32_t offsets[kWordSlotCount];
    for (std::size_t slot = 0; slot < kWordSlotCount; ++slot) {
      offsets[slot] = sum_of(static_cast<WordSlot>(slot), slots[slot], state);
    }
    add_slot_sums(offsets, scores);
    std::uint64_t keys[kMaxParseFeatures];
    const std::size_t key_count = extract_joint_features(state, slots, words_, keys);
    weights_->add_rows(keys, key_count, scores);
  }

 private:
  static constexpr std::uint32_t kNotSummed = 0xFFFFFFFFU;

  // scores = the sum of the slots' sums, eight classes at a time (one 128-bit vector of int16) through
  // all the slots, so that the running sum stays in registers.
  void add_slot_sums(const std::uint32_t* offsets, Score* __restrict scores) const {
    const Score* sums = sums_.data();  // only now: summing a new slot may have moved sums_
    const std::size_t width = weights_->score_width();
    for (std::size_t c = 0; c < width; c += 8) {
      Score total[8];
      for (std::size_t lane = 0; lane < 8; ++lane) total[lane] = sums[offsets[0] + c + lane];
      for (std::size_t slot = 1; slot < kWordSlotCount; ++slot) {
        const Score* __restrict row = sums + offsets[slot] + c;
        for (std::size_t lane = 0; lane < 8; ++lane) total[lane] = static_cast<Score>(total[lane] + row[lane]);
      }
      for (std::size_t lane = 0; lane < 8; ++lane) scores[c + lane] = total[lane];
    }
  }

  // Where in sums_ the slot features of `word` in `slot` are summed, summing them on first use. A word
  // is an index of the sentence, ROOT (words_.size()) or nobody (-1, kept as words_.size() + 1).
  std::uint32_t sum_of(WordSlot slot, std::int32_t word, const ParseState& state) {
    const std::size_t entry = word < 0 ? words_.size() + 1 : static_cast<std::size_t>(word);
    std::uint32_t& offset = offsets_[entry * kWordSlotCount + slot];
    if (offset == kNotSummed) {
      const std::size_t width = weights_->score_width();
      offset = static_cast<std::uint32_t>(sums_.size());
      sums_.resize(sums_.size() + width, Score{0});
      std::uint64_t keys[kMaxSlotFeatures];
      const std::size_t key_count =
          slot_features(slot, slot_word(words_, word, state.root()), slot_label(state, word), keys);
      weights_->add_rows(keys, key_count, sums_.data() + offset);
    }
    return offset;
  }

  const perceptron::WeightTable* weights_;
  std::span<const ParseWord> words_;
  std::vector<std::uint32_t> offsets_;  // per word (ROOT and nobody included) and slot, or kNotSummed
  std::vector<Score> sums_;             // score_width() scores per summed word and slot
};

}  // namespace lede::parse
