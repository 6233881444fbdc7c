// Trains the "relations" section: an averaged perceptron (Collins 2002) over the features of
// relations/relation_features.hpp, deciding for every ordered pair of gold entity mentions of a CoNLL04
// sentence which relation holds and in which direction (relation_kinds.hpp classes). The sentences are
// tagged and parsed by our own analyzer on their given tokens, so the features see the same POS and
// parse layers as at run time. The number of epochs and the bias against "no relation" are chosen on
// the dev split (pair-level F1 with gold entities); nothing is tuned on test data.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "learn/conll04_corpus.hpp"
#include "learn/weight_table_writer.hpp"
#include "lede/analyzer.hpp"
#include "scoring/scores.hpp"

namespace lede::learn {

struct RelationTrainingOptions : SectionTrainingOptions {
  RelationTrainingOptions() {
    epochs = 20;  // at most; the best epoch on dev is kept
    min_feature_count = 1;
  }
  // Runs trained apart, each in its own order (shuffle_seed, shuffle_seed + 1, ...), each keeping its best
  // epoch on dev; their weights are averaged (parameter mixing) before the bias is chosen.
  int runs = 1;
  // Also learn from the pairs of the mentions our NER finds in the training sentences (labeled by the
  // gold entities they match), besides the gold entities' pairs.
  bool predicted_entities = true;
};

// Pair-level scores: a predicted relation is right when both entities, the direction and the kind are.
using PairScores = scoring::Prf;

struct RelationTrainingResult : SectionTrainingResult {
  std::size_t train_pairs = 0;
  std::size_t train_relations = 0;
  int best_epoch = 0;        // of the first run
  float none_bias = 0.0F;    // in real weight units
  PairScores dev_float;      // the averaged weights with the chosen bias
  PairScores dev_quantized;  // the saved table
};

// `analyzer` tags and parses the sentences (it needs POS and parse sections to give the features a parse).
RelationTrainingResult train_relations(const std::vector<Conll04Sentence>& train,
                                       const std::vector<Conll04Sentence>& dev, const Analyzer& analyzer,
                                       const RelationTrainingOptions& options);

}  // namespace lede::learn
