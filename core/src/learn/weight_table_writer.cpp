#include "learn/weight_table_writer.hpp"

#include <algorithm>
#include <cmath>
#include <span>

#include "learn/fingerprint_table_builder.hpp"
#include "perceptron/weight_table.hpp"

namespace lede::learn {

float quantization_scale(float max_abs, int weight_bits) {
  const float levels = weight_bits == 8 ? 127.0F : 32767.0F;
  return max_abs > 0.0F ? max_abs / levels : 1.0F;
}

WeightTableStats write_weight_table(const AveragedPerceptron& model, const QuantizationOptions& options,
                                    ByteWriter& out) {
  const std::size_t classes = model.class_count();
  float max_abs = 0.0F;
  for (std::size_t row = 0; row < model.row_count(); ++row) {
    const float* weights = model.row_weights(row);
    for (std::size_t c = 0; c < classes; ++c) max_abs = std::max(max_abs, std::fabs(weights[c]));
  }
  const float scale = quantization_scale(max_abs, options.weight_bits);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> rows;
  std::vector<std::uint8_t> entry_classes;
  std::vector<std::int32_t> entry_weights;
  std::vector<std::int32_t> dense_weights;  // dense rows, class_count weights each
  const std::size_t dense_threshold = perceptron::dense_row_threshold(static_cast<std::uint32_t>(classes));
  for (std::size_t row = 0; row < model.row_count(); ++row) {
    const float* weights = model.row_weights(row);
    const std::size_t first = entry_classes.size();
    for (std::size_t c = 0; c < classes; ++c) {
      if (std::fabs(weights[c]) < options.prune_below) continue;
      const auto quantized = static_cast<std::int32_t>(std::lround(weights[c] / scale));
      if (quantized == 0) continue;
      entry_classes.push_back(static_cast<std::uint8_t>(c));
      entry_weights.push_back(quantized);
    }
    const std::size_t length = entry_classes.size() - first;
    if (length == 0) continue;
    if (length < dense_threshold) {
      rows.emplace_back(model.row_key(row),
                        perceptron::pack_row(static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(length)));
      continue;
    }
    // Move the row's entries into a dense row (pruned classes weigh 0 there).
    const std::size_t dense_index = dense_weights.size() / classes;
    dense_weights.resize(dense_weights.size() + classes, 0);
    for (std::size_t e = first; e < entry_classes.size(); ++e)
      dense_weights[dense_index * classes + entry_classes[e]] = entry_weights[e];
    entry_classes.resize(first);
    entry_weights.resize(first);
    rows.emplace_back(model.row_key(row),
                      perceptron::pack_row(static_cast<std::uint32_t>(dense_index), perceptron::kDenseRow));
  }
  const FingerprintTableArrays table = build_fingerprint_table(rows, options.table_fill);
  const std::size_t start = out.bytes().size();
  perceptron::WeightTableHeader header;
  header.class_count = static_cast<std::uint32_t>(classes);
  header.slot_count = static_cast<std::uint32_t>(table.fingerprints.size());
  header.entry_count = static_cast<std::uint32_t>(entry_classes.size());
  header.weight_bits = static_cast<std::uint32_t>(options.weight_bits);
  header.scale = scale;
  header.feature_count = static_cast<std::uint32_t>(rows.size());
  header.dense_row_count = static_cast<std::uint32_t>(dense_weights.size() / classes);
  out.write_value(header);
  out.write_array(std::span<const std::uint32_t>(table.fingerprints));
  out.write_array(std::span<const std::uint32_t>(table.payloads));
  out.write_array(std::span<const std::uint8_t>(entry_classes));
  if (options.weight_bits == 8) {
    out.write_array(std::span<const std::int8_t>(std::vector<std::int8_t>(entry_weights.begin(), entry_weights.end())));
    out.write_array(std::span<const std::int8_t>(std::vector<std::int8_t>(dense_weights.begin(), dense_weights.end())));
  } else {
    out.write_array(
        std::span<const std::int16_t>(std::vector<std::int16_t>(entry_weights.begin(), entry_weights.end())));
    out.write_array(
        std::span<const std::int16_t>(std::vector<std::int16_t>(dense_weights.begin(), dense_weights.end())));
  }
  std::size_t weights_kept = entry_classes.size();
  for (const std::int32_t weight : dense_weights) weights_kept += weight != 0 ? 1 : 0;
  return WeightTableStats{model.row_count(), rows.size(), weights_kept, scale, out.bytes().size() - start};
}

}  // namespace lede::learn
