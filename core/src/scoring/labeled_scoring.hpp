// Per-label tables of precision, recall and F1 over sets of labeled tuples (relations, typed entities):
// a prediction is right when the gold set holds the same tuple (strict matching: every field equal).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <map>
#include <set>
#include <string>

#include "scoring/scores.hpp"

namespace lede::scoring {

// Counts of each of a fixed list of labels, and the micro average over every tuple (of any label).
template <std::size_t N>
struct LabeledScores {
  std::array<Prf, N> types{};
  Prf micro;
};

// Adds one document's tuples: `label_of(tuple)` gives a tuple's label, compared with `labels`.
template <typename Tuple, std::size_t N, typename LabelOf>
void score_labeled_sets(const std::set<Tuple>& gold, const std::set<Tuple>& predicted,
                        const std::array<const char*, N>& labels, const LabelOf& label_of, LabeledScores<N>& scores) {
  for (std::size_t t = 0; t < N; ++t) {
    const auto of_label = [&](const Tuple& x) { return label_of(x) == labels[t]; };
    Prf& s = scores.types[t];
    s.gold += static_cast<std::size_t>(std::count_if(gold.begin(), gold.end(), of_label));
    s.predicted += static_cast<std::size_t>(std::count_if(predicted.begin(), predicted.end(), of_label));
    for (const Tuple& p : predicted) {
      if (of_label(p) && gold.count(p) > 0) ++s.correct;
    }
  }
  scores.micro.gold += gold.size();
  scores.micro.predicted += predicted.size();
  for (const Tuple& p : predicted) scores.micro.correct += gold.count(p);
}

// Adds one document's tuples to the counts of whatever labels they have (`label_of(tuple)`, a string),
// and to `all` over every label.
template <typename Tuple, typename LabelOf>
void score_sets_by_label(const std::set<Tuple>& gold, const std::set<Tuple>& predicted, const LabelOf& label_of,
                         std::map<std::string, Prf>& by_label, Prf& all) {
  all.gold += gold.size();
  all.predicted += predicted.size();
  for (const Tuple& p : predicted) all.correct += gold.count(p);
  for (const Tuple& g : gold) ++by_label[label_of(g)].gold;
  for (const Tuple& p : predicted) {
    Prf& label = by_label[label_of(p)];
    ++label.predicted;
    label.correct += gold.count(p);
  }
}

// The tuples of `from` that `other` lacks, in order (missed gold tuples, or spurious predicted ones).
template <typename Tuple>
std::set<Tuple> tuples_missing_from(const std::set<Tuple>& from, const std::set<Tuple>& other) {
  std::set<Tuple> missing;
  for (const Tuple& t : from) {
    if (other.count(t) == 0) missing.insert(t);
  }
  return missing;
}

}  // namespace lede::scoring
