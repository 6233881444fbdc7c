// Saves a trained AveragedPerceptron as a perceptron::WeightTable: weights closer to zero than the
// pruning threshold are dropped (with rows left empty), the rest are quantized to 8 or 16 bits with one
// scale for the whole table, and zero after rounding is dropped too.
#pragma once

#include <cstdint>
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

// The quantization step for a table whose largest absolute weight is `max_abs`.
float quantization_scale(float max_abs, int weight_bits);

WeightTableStats write_weight_table(const AveragedPerceptron& model, const QuantizationOptions& options,
                                    ByteWriter& out);

}  // namespace lede::learn
