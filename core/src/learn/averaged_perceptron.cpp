#include "learn/averaged_perceptron.hpp"

namespace lede::learn {

void AveragedPerceptron::add_scores(const std::uint64_t* keys, std::size_t count, float* scores, bool averaged) const {
  for (std::size_t k = 0; k < count; ++k) {
    const auto row = rows_.find(keys[k]);
    if (row == rows_.end()) continue;
    const std::size_t first = static_cast<std::size_t>(row->second) * class_count_;
    for (std::size_t c = 0; c < class_count_; ++c) {
      scores[c] += averaged ? averaged_weight(first + c) : weights_[first + c];
    }
  }
}

void AveragedPerceptron::update(const std::uint64_t* keys, std::size_t count, std::size_t truth, std::size_t guess) {
  if (truth == guess) return;
  for (std::size_t k = 0; k < count; ++k) {
    if (restricted_ && admitted_.count(keys[k]) == 0) continue;
    const std::size_t first = find_or_add_row(keys[k]) * class_count_;
    change(first + truth, 1.0F);
    change(first + guess, -1.0F);
  }
}

void AveragedPerceptron::average() {
  for (std::size_t cell = 0; cell < weights_.size(); ++cell) {
    weights_[cell] = averaged_weight(cell);
    totals_[cell] = static_cast<double>(weights_[cell]) * static_cast<double>(now_);
    stamps_[cell] = now_;
  }
}

void AveragedPerceptron::add_weights(const AveragedPerceptron& other, float factor) {
  for (std::size_t row = 0; row < other.row_keys_.size(); ++row) {
    const std::size_t first = find_or_add_row(other.row_keys_[row]) * class_count_;
    for (std::size_t c = 0; c < class_count_; ++c)
      weights_[first + c] += factor * other.weights_[row * class_count_ + c];
  }
  for (std::size_t cell = 0; cell < weights_.size(); ++cell) {
    totals_[cell] = static_cast<double>(weights_[cell]) * static_cast<double>(now_);
    stamps_[cell] = now_;
  }
}

std::size_t AveragedPerceptron::find_or_add_row(std::uint64_t key) {
  const auto [row, added] = rows_.try_emplace(key, static_cast<std::uint32_t>(row_keys_.size()));
  if (added) {
    row_keys_.push_back(key);
    weights_.resize(weights_.size() + class_count_, 0.0F);
    totals_.resize(totals_.size() + class_count_, 0.0);
    stamps_.resize(stamps_.size() + class_count_, now_);
  }
  return row->second;
}

void AveragedPerceptron::change(std::size_t cell, float delta) {
  totals_[cell] += static_cast<double>(now_ - stamps_[cell]) * weights_[cell];
  stamps_[cell] = now_;
  weights_[cell] += delta;
}

float AveragedPerceptron::averaged_weight(std::size_t cell) const {
  if (now_ == 0) return weights_[cell];
  const double total = totals_[cell] + static_cast<double>(now_ - stamps_[cell]) * weights_[cell];
  return static_cast<float>(total / static_cast<double>(now_));
}

}  // namespace lede::learn
