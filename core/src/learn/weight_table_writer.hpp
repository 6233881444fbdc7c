// Saves a trained AveragedPerceptron as a perceptron::WeightTable: weights closer to zero than the
// pruning threshold are dropped (with rows left empty), the rest are quantized to 8 or 16 bits with one
// scale for the whole table, and zero after rounding is dropped too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "learn/averaged_perceptron.hpp"
#include "learn/byte_writer.hpp"

namespace lede::learn {

struct QuantizationOptions {
  int weight_bits = 8;       // 8 or 16
  float prune_below = 0.0F;  // absolute weights under this are dropped before quantization
  double table_fill = 0.75;  // the share of the feature table's slots used (see fingerprint_table_builder.hpp)
};

struct WeightTableStats {
  std::size_t rows_in = 0;
  std::size_t rows_kept = 0;
  std::size_t weights_kept = 0;
  float scale = 0.0F;
  std::size_t bytes = 0;
};

// What every trainer of a perceptron section is told. Each trainer's options start from these, with its
// own number of epochs and feature-count floor.
struct SectionTrainingOptions {
  int epochs = 10;
  int min_feature_count = 2;             // features seen fewer times in the training data are never learned
  std::uint64_t shuffle_seed = 1;        // the order of the training data in each epoch; fixed for reproducibility
  std::uint64_t hash_seed = 0x6c656465;  // "lede": written to the section, read back by the runtime
  QuantizationOptions quantization;
  std::function<void(const std::string&)> progress;  // one line per epoch and per step
};

// What every such trainer gives back: the section's bytes, the hash seed in them, the saved table's size.
struct SectionTrainingResult {
  std::vector<std::byte> section;
  std::uint64_t hash_seed = 0;
  WeightTableStats weights;
};

// The quantization step for a table whose largest absolute weight is `max_abs`.
float quantization_scale(float max_abs, int weight_bits);

WeightTableStats write_weight_table(const AveragedPerceptron& model, const QuantizationOptions& options,
                                    ByteWriter& out);

// The bytes of a section that is a header (and its arrays), written by `write_head(ByteWriter&)`, then the
// saved weight table, which `stats` describes afterwards.
template <typename WriteHead>
std::vector<std::byte> weight_table_section(const AveragedPerceptron& model, const QuantizationOptions& options,
                                            WeightTableStats& stats, WriteHead&& write_head) {
  ByteWriter out;
  write_head(out);
  stats = write_weight_table(model, options, out);
  return out.take();
}

}  // namespace lede::learn
