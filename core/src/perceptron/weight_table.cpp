#include "perceptron/weight_table.hpp"

#include <algorithm>

namespace lede::perceptron {

bool WeightTable::read(SectionReader& reader) {
  header_ = reader.read_value<WeightTableHeader>();
  if (!reader.ok() || header_.class_count == 0 || header_.class_count > 255 ||
      (header_.weight_bits != 8 && header_.weight_bits != 16)) {
    return false;
  }
  const auto fingerprints = reader.read_array<std::uint32_t>(header_.slot_count);
  const auto payloads = reader.read_array<std::uint32_t>(header_.slot_count);
  classes_ = reader.read_array<std::uint8_t>(header_.entry_count);
  const std::size_t dense_weights = std::size_t{header_.dense_row_count} * header_.class_count;
  if (header_.weight_bits == 8) {
    weights8_ = reader.read_array<std::int8_t>(header_.entry_count);
    dense8_ = reader.read_array<std::int8_t>(dense_weights);
  } else {
    weights16_ = reader.read_array<std::int16_t>(header_.entry_count);
    dense16_ = reader.read_array<std::int16_t>(dense_weights);
  }
  if (!reader.ok()) return false;
  auto rows = FingerprintTable::from_arrays(fingerprints, payloads);
  // Every row must lie inside the entry arrays and name real classes: checked once here so that
  // add_row() needs no checks in the hot loop.
  const auto row_fits = [this](std::uint32_t row) {
    const std::uint64_t first = row >> kRowLengthBits;
    const std::uint64_t length = row & kDenseRow;
    return length == kDenseRow ? first < header_.dense_row_count : first + length <= header_.entry_count;
  };
  if (!rows || !rows->all_payloads(row_fits)) return false;
  for (const std::uint8_t cls : classes_) {
    if (cls >= header_.class_count) return false;
  }
  rows_ = *rows;
  auto widened = std::make_shared<WidenedDenseRows>();
  const std::size_t count = header_.class_count;
  const std::size_t width = score_width();
  const auto widen = [&](auto stored, auto& out) {
    out.assign(std::size_t{header_.dense_row_count} * width, 0);
    for (std::size_t row = 0; row < header_.dense_row_count; ++row) {
      std::copy_n(stored.data() + row * count, count, out.data() + row * width);
    }
  };
  if (header_.weight_bits == 8) {
    widen(dense8_, widened->narrow);
  } else {
    widen(dense16_, widened->wide);
  }
  widened_ = std::move(widened);
  return true;
}

}  // namespace lede::perceptron
