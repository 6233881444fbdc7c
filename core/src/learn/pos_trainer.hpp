// Trains the "pos" section: the class set (XPOS+UPOS pairs), the tag dictionary, and an averaged
// perceptron over the features of pos/pos_features.hpp, decoded greedily exactly as at runtime.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "learn/tagged_corpus.hpp"
#include "learn/weight_table_writer.hpp"

namespace lede::learn {

struct PosTrainingOptions {
  int epochs = 10;
  std::uint64_t shuffle_seed = 1;        // the order of sentences in each epoch; fixed for reproducibility
  std::uint64_t hash_seed = 0x6c656465;  // "lede": written to the section, read back by the runtime
  int min_feature_count = 2;             // features seen fewer times in the training data are never learned
  QuantizationOptions quantization;
  std::function<void(const std::string&)> progress;  // one line per epoch and per step
};

struct PosTrainingResult {
  std::vector<std::byte> section;
  std::uint64_t hash_seed = 0;
  std::size_t class_count = 0;
  std::size_t dictionary_words = 0;
  WeightTableStats weights;
  double dev_accuracy_float = 0.0;      // class accuracy of the averaged weights before saving
  double dev_accuracy_quantized = 0.0;  // ... and of the saved (pruned, quantized) table
};

PosTrainingResult train_pos(const std::vector<TaggedSentence>& train, const std::vector<TaggedSentence>& dev,
                            const PosTrainingOptions& options);

}  // namespace lede::learn
