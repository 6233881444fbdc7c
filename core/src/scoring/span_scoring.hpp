// Exact-match scoring of spans: a predicted span is right when both of its ends equal a gold span's.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "lede/document.hpp"
#include "scoring/scores.hpp"

namespace lede::scoring {

using Span = std::pair<std::uint32_t, std::uint32_t>;  // [start, end)

// Adds one document's gold and predicted items to `scores`; both lists sorted ascending. Items only in
// the gold go to `missed`, items only predicted to `spurious`, when those are given.
template <typename Item>
void score_sorted(const std::vector<Item>& gold, const std::vector<Item>& predicted, Prf& scores,
                  std::vector<Item>* missed = nullptr, std::vector<Item>* spurious = nullptr) {
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

// score_sorted for spans, sorted by start then end.
inline void score_spans(const std::vector<Span>& gold, const std::vector<Span>& predicted, Prf& scores,
                        std::vector<Span>* missed = nullptr, std::vector<Span>* spurious = nullptr) {
  score_sorted(gold, predicted, scores, missed, spurious);
}

// The character spans of a document's tokens and of its sentences, in order (what `lede eval tokenize`
// compares).
std::vector<Span> token_spans(const Document& document);
std::vector<Span> sentence_spans(const Document& document);

}  // namespace lede::scoring
