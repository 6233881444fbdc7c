#include "span_scores.hpp"

#include <cstdio>

namespace lede::cli {

std::string SpanScores::json() const {
  char buffer[200];
  std::snprintf(buffer, sizeof buffer,
                "{\"precision\":%.2f,\"recall\":%.2f,\"f1\":%.2f,\"gold\":%llu,\"predicted\":%llu}", precision(),
                recall(), f1(), static_cast<unsigned long long>(gold), static_cast<unsigned long long>(predicted));
  return buffer;
}

void score_spans(const std::vector<Span>& gold, const std::vector<Span>& predicted, SpanScores& scores,
                 std::vector<Span>* missed, std::vector<Span>* spurious) {
  scores.gold += gold.size();
  scores.predicted += predicted.size();
  std::size_t g = 0;
  std::size_t p = 0;
  while (g < gold.size() && p < predicted.size()) {
    if (gold[g] == predicted[p]) {
      ++scores.correct;
      ++g;
      ++p;
    } else if (gold[g] < predicted[p]) {
      if (missed != nullptr) missed->push_back(gold[g]);
      ++g;
    } else {
      if (spurious != nullptr) spurious->push_back(predicted[p]);
      ++p;
    }
  }
  for (; missed != nullptr && g < gold.size(); ++g) missed->push_back(gold[g]);
  for (; spurious != nullptr && p < predicted.size(); ++p) spurious->push_back(predicted[p]);
}

}  // namespace lede::cli
