// A multiclass averaged perceptron over hashed features (Collins 2002; the greedy tagger of Honnibal's
// "A good part-of-speech tagger in about 200 lines of Python"). Each feature key owns one row of
// class_count weights, stored contiguously in flat arrays, so scoring a feature touches one cache-
// friendly run of memory. Averaging is lazy: each weight remembers when it last changed and its running
// total is brought up to date only when it changes again (or at the end).
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace lede::learn {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(std::size_t class_count) : class_count_(class_count) {}

  std::size_t class_count() const { return class_count_; }
  std::size_t row_count() const { return row_keys_.size(); }

  // Restricts learning to these features (the others are too rare to generalize); without a call,
  // every feature may learn.
  void admit_only(std::unordered_set<std::uint64_t> keys) {
    admitted_ = std::move(keys);
    restricted_ = true;
  }

  // Adds the current weights (averaged ones with `averaged`) of the features to scores[0..class_count).
  void add_scores(const std::uint64_t* keys, std::size_t count, float* scores, bool averaged = false) const;
  // add_scores of the averaged weights, as a callable for the decoders' scoring hooks.
  auto averaged_scorer() const {
    return
        [this](const std::uint64_t* keys, std::size_t count, float* scores) { add_scores(keys, count, scores, true); };
  }

  // One training instance seen: advances the clock the averages are taken over. Call once per instance,
  // before its update.
  void tick() { ++now_; }

  // The perceptron rule: +1 to the true class and -1 to the guess on every feature. No-op if equal.
  void update(const std::uint64_t* keys, std::size_t count, std::size_t truth, std::size_t guess);

  // Replaces each weight by its average over all instances seen.
  void average();

  // Adds `factor` times the other model's current weights (rows it lacks are added): mixes the averaged
  // weights of runs trained apart. Use on a model that is no longer trained.
  void add_weights(const AveragedPerceptron& other, float factor);

  // The rows, for saving: key and class_count weights each.
  std::uint64_t row_key(std::size_t row) const { return row_keys_[row]; }
  const float* row_weights(std::size_t row) const { return &weights_[row * class_count_]; }

 private:
  std::size_t find_or_add_row(std::uint64_t key);
  void change(std::size_t cell, float delta);
  float averaged_weight(std::size_t cell) const;

  std::size_t class_count_;
  std::uint64_t now_ = 0;
  bool restricted_ = false;
  std::unordered_set<std::uint64_t> admitted_;
  std::unordered_map<std::uint64_t, std::uint32_t> rows_;  // feature key -> row
  std::vector<std::uint64_t> row_keys_;
  std::vector<float> weights_;         // row * class_count + class
  std::vector<double> totals_;         // sum of the weight over the instances up to stamps_
  std::vector<std::uint64_t> stamps_;  // the instance at which the weight last changed
};

}  // namespace lede::learn
