// Precision, recall and F1 of predicted spans against gold spans (exact match of both ends).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace lede::cli {

using Span = std::pair<std::uint32_t, std::uint32_t>;

struct SpanScores {
  std::uint64_t gold = 0;
  std::uint64_t predicted = 0;
  std::uint64_t correct = 0;

  double precision() const { return predicted == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / static_cast<double>(predicted); }
  double recall() const { return gold == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / static_cast<double>(gold); }
  double f1() const {
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
  }
  // {"precision":..,"recall":..,"f1":..,"gold":..,"predicted":..}
  std::string json() const;
};

// Adds the counts of one document; both lists sorted by start then end. Appends the spans that differ
// to the `missed` (gold only) and `spurious` (predicted only) lists when they are given.
void score_spans(const std::vector<Span>& gold, const std::vector<Span>& predicted, SpanScores& scores,
                 std::vector<Span>* missed = nullptr, std::vector<Span>* spurious = nullptr);

}  // namespace lede::cli
