// An open-addressing hash table stored as two flat arrays, read in place from model bytes: a 32-bit
// fingerprint per slot (0 = empty) and a 32-bit payload per slot. The home slot of a key comes from its
// low 32 bits scaled to the table size (any size, so the table can be filled to ~75% whatever the
// count); the fingerprint is its high bits; collisions probe the next slots. Built by the trainer (learn/fingerprint_table_builder.hpp), never
// rebuilt at load. A lookup of an absent key may, with probability ~load/2^32, return another key's
// payload: the price of not storing whole keys, harmless for feature weights.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace lede::perceptron {

constexpr std::uint32_t fingerprint_of(std::uint64_t key) {
  return static_cast<std::uint32_t>(key >> 32) | 1U;  // never 0, which marks an empty slot
}

// Lemire's multiply-shift range reduction: maps the key's low 32 bits evenly onto [0, size).
constexpr std::size_t home_slot(std::uint64_t key, std::size_t size) {
  return static_cast<std::size_t>(((key & 0xFFFFFFFFULL) * static_cast<std::uint64_t>(size)) >> 32);
}

class FingerprintTable {
 public:
  FingerprintTable() = default;
  // Both spans have the same size, and at least one slot is empty (or the table is empty).
  FingerprintTable(std::span<const std::uint32_t> fingerprints, std::span<const std::uint32_t> payloads)
      : fingerprints_(fingerprints), payloads_(payloads) {}

  std::optional<std::uint32_t> find(std::uint64_t key) const {
    if (fingerprints_.empty()) return std::nullopt;
    const std::uint32_t fingerprint = fingerprint_of(key);
    const std::size_t size = fingerprints_.size();
    for (std::size_t slot = home_slot(key, size);; slot = slot + 1 == size ? 0 : slot + 1) {
      const std::uint32_t found = fingerprints_[slot];
      if (found == fingerprint) return payloads_[slot];
      if (found == 0) return std::nullopt;
    }
  }

  std::size_t slot_count() const { return fingerprints_.size(); }

 private:
  std::span<const std::uint32_t> fingerprints_;
  std::span<const std::uint32_t> payloads_;
};

// True when the table is empty or has an empty slot, so find() terminates.
bool is_valid_fingerprint_table(std::span<const std::uint32_t> fingerprints);

}  // namespace lede::perceptron
