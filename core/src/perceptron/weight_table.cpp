#include "perceptron/weight_table.hpp"

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
  if (header_.weight_bits == 8) {
    weights8_ = reader.read_array<std::int8_t>(header_.entry_count);
  } else {
    weights16_ = reader.read_array<std::int16_t>(header_.entry_count);
  }
  if (!reader.ok() || !is_valid_fingerprint_table(fingerprints)) return false;
  // Every row must lie inside the entry arrays and name real classes: checked once here so that
  // add_row() needs no checks in the hot loop.
  for (std::size_t slot = 0; slot < fingerprints.size(); ++slot) {
    if (fingerprints[slot] == 0) continue;
    const std::uint64_t first = payloads[slot] >> kRowLengthBits;
    const std::uint64_t length = payloads[slot] & ((1U << kRowLengthBits) - 1);
    if (first + length > header_.entry_count) return false;
  }
  for (const std::uint8_t cls : classes_) {
    if (cls >= header_.class_count) return false;
  }
  rows_ = FingerprintTable(fingerprints, payloads);
  return true;
}

}  // namespace lede::perceptron
