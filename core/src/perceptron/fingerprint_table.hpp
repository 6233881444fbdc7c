// An open-addressing hash table stored as two flat arrays, read in place from model bytes: a 32-bit
// fingerprint per slot and a 32-bit payload per slot. Built by the trainer
// (learn/fingerprint_table_builder.hpp), never rebuilt at load.
//
// Ordered linear probing (Amble & Knuth, "Ordered hash tables", 1974): a key's home slot is computed
// from its fingerprint by a monotone map (fingerprint * home_count >> 32), and the builder inserts keys
// in fingerprint order, so every run of used slots is sorted by fingerprint. An empty slot holds the
// largest fingerprint, kEmptySlot. A lookup walks from the home slot while the slots hold smaller
// fingerprints: it stops at its own key, at a larger one or at an empty slot, so a search for an absent
// key — the common case for feature lookups — costs about as few probes as a search for a present one
// (a plain linear-probing table filled to 85% needs ~22 probes per miss, this one ~4). Runs never wrap:
// the arrays end with spare slots and one final empty slot, whose payload holds home_count.
//
// A lookup of an absent key may, with probability ~probes/2^32, return another key's payload: the price
// of not storing whole keys, harmless for feature weights.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace lede::perceptron {

inline constexpr std::uint32_t kEmptySlot = 0xFFFFFFFFU;

constexpr std::uint32_t fingerprint_of(std::uint64_t key) {
  const auto high = static_cast<std::uint32_t>(key >> 32);
  return high == kEmptySlot ? kEmptySlot - 1 : high;
}

// Lemire's multiply-shift range reduction, monotone in the fingerprint: maps it evenly onto [0, count).
constexpr std::size_t home_slot(std::uint32_t fingerprint, std::size_t home_count) {
  return static_cast<std::size_t>((static_cast<std::uint64_t>(fingerprint) * home_count) >> 32);
}

class FingerprintTable {
 public:
  FingerprintTable() = default;

  // The table over two arrays read from a model, or nullopt when they cannot be one: different sizes, or
  // a non-empty table whose last slot is not the empty end slot with a home count in [1, size). Those
  // checks are what make find() safe on any bytes: every walk ends at the last slot at the latest.
  static std::optional<FingerprintTable> from_arrays(std::span<const std::uint32_t> fingerprints,
                                                     std::span<const std::uint32_t> payloads);

  std::optional<std::uint32_t> find(std::uint64_t key) const {
    if (home_count_ == 0) return std::nullopt;
    const std::uint32_t fingerprint = fingerprint_of(key);
    const std::uint32_t* slot = fingerprints_.data() + home_slot(fingerprint, home_count_);
    while (*slot < fingerprint) ++slot;
    if (*slot != fingerprint) return std::nullopt;
    return payloads_[static_cast<std::size_t>(slot - fingerprints_.data())];
  }

  // Asks for the lines a find(key) reads first (the home slot's fingerprint and payload) to be brought
  // into the cache, without waiting for them. A hint: natively a prefetch instruction; WebAssembly has
  // none, and there it does nothing.
  void prefetch(std::uint64_t key) const {
    if (home_count_ == 0) return;
    const std::size_t slot = home_slot(fingerprint_of(key), home_count_);
    __builtin_prefetch(fingerprints_.data() + slot);
    __builtin_prefetch(payloads_.data() + slot);
  }

  // Whether `valid(payload)` holds for every used slot: loaders check payloads once, so lookups need not.
  template <typename Valid>
  bool all_payloads(Valid&& valid) const {
    for (std::size_t slot = 0; slot < fingerprints_.size(); ++slot) {
      if (fingerprints_[slot] != kEmptySlot && !valid(payloads_[slot])) return false;
    }
    return true;
  }

  std::size_t slot_count() const { return fingerprints_.size(); }

 private:
  std::span<const std::uint32_t> fingerprints_;
  std::span<const std::uint32_t> payloads_;
  std::size_t home_count_ = 0;  // 0: an empty table
};

}  // namespace lede::perceptron
