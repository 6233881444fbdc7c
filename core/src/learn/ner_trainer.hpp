// Trains the "ner" section: an averaged structured perceptron over the features of ner/ner_features.hpp
// and a first-order transition matrix, decoded with Viterbi and the document memory exactly as at runtime
// (ner/ner_decoder.hpp). The section holds the weight table, then the transition matrix as
// kTransitionRows x kNerClassCount floats (the runtime divides them by the table's scale).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "learn/ner_corpus.hpp"
#include "learn/weight_table_writer.hpp"
#include "ner/gazetteer.hpp"
#include "scoring/scores.hpp"

namespace lede::learn {

struct NerTrainingOptions : SectionTrainingOptions {
  NerTrainingOptions() {
    epochs = 12;
    min_feature_count = 2;
  }
  // Runs trained apart, each in its own document order (shuffle_seed, shuffle_seed + 1, ...), whose averaged
  // weights are averaged (parameter mixing): less of the score is the luck of one order.
  int runs = 1;
  // After training and saving, tune per-type biases for starting and for going on with a name (PER, ORG,
  // LOC, MISC) on the dev data, scored with the saved table; written into the section's transitions.
  bool tune_type_bias = false;
};

struct NerTrainingResult : SectionTrainingResult {
  int best_epoch = 0;
  float type_bias[8] = {};        // tuned on dev (options.tune_type_bias), in the weights' units: starting a
                                  // name of each type (PER, ORG, LOC, MISC), then going on with one
  double dev_f1_float = 0.0;      // averaged weights before saving
  double dev_f1_quantized = 0.0;  // the saved (pruned, quantized) table, as the runtime reads it
  double dev_f1_untuned = 0.0;    // the same before the tuned biases (options.tune_type_bias)
  double seconds = 0.0;
};

// `dev` keeps CoNLL's tokens (the figure `lede eval ner` reports); `train` is usually both tokenizations.
// `gazetteer` (may be empty) must be the one the model will carry, built with options.hash_seed.
NerTrainingResult train_ner(const std::vector<NerDocument>& train, const std::vector<NerDocument>& dev,
                            const ner::Gazetteer& gazetteer, const NerTrainingOptions& options);

}  // namespace lede::learn
