#include "perceptron/fingerprint_table.hpp"

#include <algorithm>

namespace lede::perceptron {

bool is_valid_fingerprint_table(std::span<const std::uint32_t> fingerprints) {
  if (fingerprints.empty()) return true;
  return std::find(fingerprints.begin(), fingerprints.end(), 0U) != fingerprints.end();
}

}  // namespace lede::perceptron
