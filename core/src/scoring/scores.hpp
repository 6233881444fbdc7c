// The score types every evaluation and every trainer's dev figure share: precision, recall and F1 from
// counts, accuracy, and attachment scores. All figures are percentages (0 to 100), and a ratio over
// nothing is 0, so an empty gold set or no prediction at all gives 0 rather than a division by zero.
#pragma once

#include <cstddef>

namespace lede::scoring {

// `part` of `whole` in percent; 0 when `whole` is 0.
inline double percent(double part, double whole) { return whole == 0.0 ? 0.0 : 100.0 * part / whole; }

// The harmonic mean of a precision and a recall (in percent); 0 when both are 0. Computed from the
// percentages rather than the counts so that every printed F1 is the same number to the last bit.
inline double f1(double precision, double recall) {
  return precision + recall == 0.0 ? 0.0 : 2.0 * precision * recall / (precision + recall);
}

// Counts of a set of predictions against a set of gold answers: `correct` are predictions in the gold.
struct Prf {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t correct = 0;

  double precision() const { return percent(static_cast<double>(correct), static_cast<double>(predicted)); }
  double recall() const { return percent(static_cast<double>(correct), static_cast<double>(gold)); }
  double f1() const { return scoring::f1(precision(), recall()); }

  // Micro-averaging: the counts of several documents or types add up.
  Prf& operator+=(const Prf& other) {
    gold += other.gold;
    predicted += other.predicted;
    correct += other.correct;
    return *this;
  }
};

// The share of decisions that are right.
struct Accuracy {
  std::size_t correct = 0;
  std::size_t total = 0;

  void add(bool right) {
    correct += right ? 1 : 0;
    ++total;
  }
  double percent() const { return scoring::percent(static_cast<double>(correct), static_cast<double>(total)); }
};

// Dependency attachment over the words with a known gold head: UAS counts the right heads, LAS the right
// heads with the right label.
struct AttachmentScores {
  std::size_t words = 0;
  std::size_t head_right = 0;
  std::size_t both_right = 0;

  void add(bool head, bool label) {
    ++words;
    head_right += head ? 1 : 0;
    both_right += head && label ? 1 : 0;
  }
  double uas() const { return percent(static_cast<double>(head_right), static_cast<double>(words)); }
  double las() const { return percent(static_cast<double>(both_right), static_cast<double>(words)); }
};

}  // namespace lede::scoring
