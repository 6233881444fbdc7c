#include "learn/fingerprint_table_builder.hpp"

#include <algorithm>

#include "perceptron/fingerprint_table.hpp"

namespace lede::learn {

FingerprintTableArrays build_fingerprint_table(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& entries,
                                               double fill) {
  // Fingerprint order (ties in input order), so that each slot's run stays sorted.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ordered;  // (fingerprint, index into entries)
  ordered.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    ordered.emplace_back(perceptron::fingerprint_of(entries[i].first), static_cast<std::uint32_t>(i));
  }
  std::sort(ordered.begin(), ordered.end());
  ordered.erase(
      std::unique(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
      ordered.end());

  const auto home_count = static_cast<std::size_t>(static_cast<double>(ordered.size()) / fill) + 8;
  std::vector<std::size_t> positions(ordered.size());
  std::size_t next_free = 0;
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    positions[i] = std::max(perceptron::home_slot(ordered[i].first, home_count), next_free);
    next_free = positions[i] + 1;
  }
  // Spare slots for runs that pass the last home slot, then the empty end slot that stops every walk.
  const std::size_t slots = std::max(home_count, next_free) + 1;
  FingerprintTableArrays table{std::vector<std::uint32_t>(slots, perceptron::kEmptySlot),
                               std::vector<std::uint32_t>(slots, 0)};
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    table.fingerprints[positions[i]] = ordered[i].first;
    table.payloads[positions[i]] = entries[ordered[i].second].second;
  }
  table.payloads.back() = static_cast<std::uint32_t>(home_count);
  return table;
}

}  // namespace lede::learn
