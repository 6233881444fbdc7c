#include "learn/fingerprint_table_builder.hpp"

#include "perceptron/fingerprint_table.hpp"

namespace lede::learn {

FingerprintTableArrays build_fingerprint_table(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& entries,
                                               double fill) {
  const std::size_t slots = fill == 0.75 ? entries.size() * 4 / 3 + 8
                                         : static_cast<std::size_t>(static_cast<double>(entries.size()) / fill) + 8;
  FingerprintTableArrays table{std::vector<std::uint32_t>(slots, 0), std::vector<std::uint32_t>(slots, 0)};
  for (const auto& [key, payload] : entries) {
    const std::uint32_t fingerprint = perceptron::fingerprint_of(key);
    std::size_t slot = perceptron::home_slot(key, slots);
    while (table.fingerprints[slot] != 0 && table.fingerprints[slot] != fingerprint) slot = slot + 1 == slots ? 0 : slot + 1;
    if (table.fingerprints[slot] == fingerprint) continue;  // a fingerprint collision: the first key wins
    table.fingerprints[slot] = fingerprint;
    table.payloads[slot] = payload;
  }
  return table;
}

}  // namespace lede::learn
