// Builds the two arrays of a perceptron::FingerprintTable (ordered linear probing, see its header) from
// (key, payload) pairs. Deterministic: the same input gives the same bytes. Where two keys share a
// fingerprint, the one given first wins.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace lede::learn {

struct FingerprintTableArrays {
  std::vector<std::uint32_t> fingerprints;
  std::vector<std::uint32_t> payloads;
};

// `fill` is the share of the home slots used: about 4 probes per lookup at 0.85, 2 at 0.5.
FingerprintTableArrays build_fingerprint_table(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& entries,
                                               double fill = 0.75);

}  // namespace lede::learn
