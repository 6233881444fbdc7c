// Builds the two arrays of a perceptron::FingerprintTable from (key, payload) pairs, in the order
// given (so the same input always gives the same bytes).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace lede::learn {

struct FingerprintTableArrays {
  std::vector<std::uint32_t> fingerprints;
  std::vector<std::uint32_t> payloads;
};

// By default about 75% of the slots are used, which keeps the probes for absent keys (the common case
// for feature lookups) short; `fill` trades longer probes for fewer bytes.
FingerprintTableArrays build_fingerprint_table(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& entries,
                                               double fill = 0.75);

}  // namespace lede::learn
