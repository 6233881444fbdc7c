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

struct PosTrainingOptions : SectionTrainingOptions {};  // the shared defaults: 10 epochs, features seen twice

struct PosTrainingResult : SectionTrainingResult {
  std::size_t class_count = 0;
  std::size_t dictionary_words = 0;
  double dev_accuracy_float = 0.0;      // class accuracy of the averaged weights before saving
  double dev_accuracy_quantized = 0.0;  // ... and of the saved (pruned, quantized) table
};

PosTrainingResult train_pos(const std::vector<TaggedSentence>& train, const std::vector<TaggedSentence>& dev,
                            const PosTrainingOptions& options);

}  // namespace lede::learn
