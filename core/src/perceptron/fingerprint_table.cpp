#include "perceptron/fingerprint_table.hpp"

namespace lede::perceptron {

std::optional<FingerprintTable> FingerprintTable::from_arrays(std::span<const std::uint32_t> fingerprints,
                                                              std::span<const std::uint32_t> payloads) {
  if (fingerprints.size() != payloads.size()) return std::nullopt;
  FingerprintTable table;
  if (fingerprints.empty()) return table;
  const std::uint32_t home_count = payloads.back();
  if (fingerprints.back() != kEmptySlot || home_count == 0 || home_count >= fingerprints.size()) return std::nullopt;
  table.fingerprints_ = fingerprints;
  table.payloads_ = payloads;
  table.home_count_ = home_count;
  return table;
}

}  // namespace lede::perceptron
