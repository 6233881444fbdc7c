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

  // Finds keys[0..count) at once: writes the payloads of the keys the table holds, in key order, to
  // `found` (room for `count`) and returns how many. The batch is for the memory, not the arithmetic: the
  // home slot of every key is read in one loop that branches on nothing it reads, so the cache misses of
  // different keys overlap (out-of-order execution keeps many in flight, natively and in wasm, which has
  // no prefetch), where find() after find() waits out each miss before the next one starts: its probe
  // loop's exit depends on the loaded fingerprint, a branch the processor cannot predict. Then the
  // payloads of the hits are read the same way.
  std::size_t find_many(const std::uint64_t* keys, std::size_t count, std::uint32_t* found) const {
    if (home_count_ == 0) return 0;
    std::size_t hits = 0;
    for (std::size_t first = 0; first < count; first += kBatch) {
      const std::size_t n = count - first < kBatch ? count - first : kBatch;
      hits += find_batch(keys + first, n, found + hits);
    }
    return hits;
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
  static constexpr std::size_t kBatch = 128;

  std::size_t find_batch(const std::uint64_t* keys, std::size_t n, std::uint32_t* found) const {
    std::uint32_t wanted[kBatch];
    std::uint32_t slots[kBatch];
    std::uint32_t seen[kBatch];
    // 1. Every key's home slot: independent loads.
    for (std::size_t i = 0; i < n; ++i) {
      wanted[i] = fingerprint_of(keys[i]);
      slots[i] = static_cast<std::uint32_t>(home_slot(wanted[i], home_count_));
      seen[i] = fingerprints_[slots[i]];
    }
    // 2. The walks (their slots are mostly in lines step 1 brought in). Whether a walk goes on past a slot
    // is a coin toss the processor mispredicts half the time, so the first four steps are counted without
    // branches. Counting is enough: the used slots' fingerprints ascend across the whole array (keys are
    // inserted in fingerprint order at or after their monotone home slots), and a slot after an empty one
    // holds a key whose home lies past that empty slot, so once a walk meets a fingerprint not smaller than
    // its own, no later slot holds a smaller one. Only a walk longer than four goes on in a loop. The
    // hits' slots are kept, in order, by a store every key makes and a count only a hit advances.
    const std::size_t slot_count = fingerprints_.size();
    std::size_t hits = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint32_t want = wanted[i];
      std::uint32_t slot = slots[i];
      if (slot + 4 <= slot_count) {
        const std::uint32_t* next = fingerprints_.data() + slot;
        slot += (seen[i] < want ? 1U : 0U) + (next[1] < want ? 1U : 0U) + (next[2] < want ? 1U : 0U) +
                (next[3] < want ? 1U : 0U);
      }
      std::uint32_t fingerprint = fingerprints_[slot];
      while (fingerprint < want) fingerprint = fingerprints_[++slot];
      slots[hits] = slot;
      hits += fingerprint == want ? 1 : 0;
    }
    // 3. The hits' payloads: independent loads again.
    for (std::size_t h = 0; h < hits; ++h) found[h] = payloads_[slots[h]];
    return hits;
  }

  std::span<const std::uint32_t> fingerprints_;
  std::span<const std::uint32_t> payloads_;
  std::size_t home_count_ = 0;  // 0: an empty table
};

}  // namespace lede::perceptron
