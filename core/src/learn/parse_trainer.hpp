// Trains the "parse" section: an averaged perceptron over the features of parse/parse_features.hpp,
// learning greedy arc-hybrid parsing with the dynamic oracle of arc_hybrid_oracle.hpp (Goldberg & Nivre
// 2012): at every state the model's best legal move is compared with the best-scoring move of zero
// cost, and after the first epochs the trainer follows the model's own (possibly wrong) move most of the
// time, so that it learns to continue well from the states its mistakes lead to. Non-projective gold
// trees are projectivized by lifting before training (the parse is scored against the original tree).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "learn/treebank.hpp"
#include "learn/weight_table_writer.hpp"
#include "scoring/scores.hpp"

namespace lede::learn {

struct ParseTrainingOptions : SectionTrainingOptions {
  ParseTrainingOptions() {
    epochs = 7;
    min_feature_count = 20;  // counted along the oracle's paths
  }
  // shuffle_seed also draws the exploration.
  int static_epochs = 1;             // epochs that follow the oracle only, before exploring
  double explore_probability = 0.9;  // after those, follow the model's own move this often
  // Also report size and dev scores of the saved table at each of these pruning thresholds (for tuning
  // --prune against the section's byte budget); the section is written with quantization.prune_below.
  std::vector<float> prune_sweep;
};

// Attachment scores over the words with a known gold head.
using AttachmentScores = scoring::AttachmentScores;

struct ParseTrainingResult : SectionTrainingResult {
  std::size_t label_count = 0;
  std::size_t train_sentences = 0;
  std::size_t lifted_arcs = 0;
  AttachmentScores dev_float;      // the averaged weights before saving
  AttachmentScores dev_quantized;  // the saved (pruned, quantized) table
};

ParseTrainingResult train_parse(const std::vector<TreebankSentence>& train, const std::vector<TreebankSentence>& dev,
                                const ParseTrainingOptions& options);

}  // namespace lede::learn
