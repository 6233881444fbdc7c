// The weights of a linear model over hashed features, read in place from a model section: for each
// feature, the non-zero class weights that survived pruning, stored together (a sparse row), quantized
// to 8 or 16 bits with one scale for the table. Scores are sums of integers; the scale only matters
// for reporting, since the best class does not change when every score is multiplied by it.
#pragma once

#include <cstdint>
#include <span>

#include "perceptron/fingerprint_table.hpp"
#include "perceptron/section_reader.hpp"

namespace lede::perceptron {

struct WeightTableHeader {
  std::uint32_t class_count = 0;
  std::uint32_t slot_count = 0;
  std::uint32_t entry_count = 0;  // non-zero weights in all rows
  std::uint32_t weight_bits = 0;  // 8 or 16
  float scale = 1.0F;             // real weight = stored weight * scale
  std::uint32_t feature_count = 0;
};

// A slot's payload: where its row starts in the entry arrays and how many entries it has.
constexpr std::uint32_t kRowLengthBits = 8;
constexpr std::uint32_t pack_row(std::uint32_t first_entry, std::uint32_t length) {
  return first_entry << kRowLengthBits | length;
}

class WeightTable {
 public:
  WeightTable() = default;
  // Reads a table written by learn::write_weight_table; false if the bytes are inconsistent.
  bool read(SectionReader& reader);

  std::uint32_t class_count() const { return header_.class_count; }
  const WeightTableHeader& header() const { return header_; }

  // Adds the feature's row to scores[0..class_count). Absent features add nothing.
  void add_row(std::uint64_t key, std::int32_t* scores) const {
    const auto row = rows_.find(key);
    if (!row) return;
    const std::uint32_t first = *row >> kRowLengthBits;
    const std::uint32_t end = first + (*row & ((1U << kRowLengthBits) - 1));
    if (header_.weight_bits == 8) {
      for (std::uint32_t e = first; e < end; ++e) scores[classes_[e]] += weights8_[e];
    } else {
      for (std::uint32_t e = first; e < end; ++e) scores[classes_[e]] += weights16_[e];
    }
  }

 private:
  WeightTableHeader header_;
  FingerprintTable rows_;
  std::span<const std::uint8_t> classes_;
  std::span<const std::int8_t> weights8_;
  std::span<const std::int16_t> weights16_;
};

}  // namespace lede::perceptron
