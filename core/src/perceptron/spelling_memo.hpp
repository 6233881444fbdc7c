// Per-document memory keyed by a token's spelling. Articles repeat their words, so the taggers do the
// work that depends on a spelling alone once per document: its feature facts (hashes, shape, tag-
// dictionary entry), the summed weights of its own features (word_score_cache.hpp), its lemma per tag.
// Keyed by a 64-bit hash of the spelling (with whatever else the value depends on); direct-mapped, so a
// spelling whose slot is taken replaces the other. The value is the same either way: only the work
// changes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>
#include <vector>

namespace lede::perceptron {

// The slots of such a table: which key each holds.
class SpellingSlots {
 public:
  // `expected_spellings` sizes the table (a document's token count is a fine guess): a power of two
  // between 64 and 8192.
  explicit SpellingSlots(std::size_t expected_spellings) {
    std::size_t slots = 64;
    while (slots < expected_spellings && slots < kMaxSlots) slots *= 2;
    keys_.assign(slots, kEmpty);
  }

  std::size_t count() const { return keys_.size(); }

  struct Claim {
    std::size_t slot;
    bool held;  // the slot already held `key`; otherwise the caller fills it now
  };
  // The slot of `key`, which holds `key` from now on.
  Claim claim(std::uint64_t key) {
    const std::size_t slot = static_cast<std::size_t>(key ^ key >> 32) & (keys_.size() - 1);
    const bool held = keys_[slot] == key && key != kEmpty;
    keys_[slot] = key;
    return {slot, held};
  }

 private:
  static constexpr std::size_t kMaxSlots = 8192;
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};

  std::vector<std::uint64_t> keys_;
};

// One value per spelling.
template <typename Value>
class SpellingMemo {
  static_assert(std::is_trivially_copyable_v<Value>, "values are kept as raw bytes");

 public:
  explicit SpellingMemo(std::size_t expected_spellings) : slots_(expected_spellings) {
    // Raw bytes, not constructed values: a slot is written before it is read, and constructing (zeroing)
    // a table per document would cost more than a short article's hits save.
    values_.reset(new unsigned char[slots_.count() * sizeof(Value)]);
  }

  // The value for `key`, from compute() the first time (and after an eviction).
  template <typename Compute>
  Value get(std::uint64_t key, Compute&& compute) {
    const SpellingSlots::Claim claim = slots_.claim(key);
    unsigned char* bytes = values_.get() + claim.slot * sizeof(Value);
    Value value;
    if (claim.held) {
      std::memcpy(&value, bytes, sizeof(Value));
    } else {
      value = compute();
      std::memcpy(bytes, &value, sizeof(Value));
    }
    return value;
  }

 private:
  SpellingSlots slots_;
  std::unique_ptr<unsigned char[]> values_;
};

}  // namespace lede::perceptron
