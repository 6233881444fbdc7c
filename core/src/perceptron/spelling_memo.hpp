// A value computed from a token's spelling alone (its feature facts: hashes of the word, affixes and
// shape, its tag-dictionary entry), remembered for the other occurrences of that spelling in the same
// document. Keyed by a 64-bit hash of the spelling; direct-mapped, so a spelling whose slot is taken
// replaces the other. The value is the same either way: only the work changes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>
#include <vector>

namespace lede::perceptron {

template <typename Value>
class SpellingMemo {
  static_assert(std::is_trivially_copyable_v<Value>, "values are kept as raw bytes");

 public:
  // `expected_spellings` sizes the table (a document's token count is a fine guess).
  explicit SpellingMemo(std::size_t expected_spellings) {
    std::size_t slots = 64;
    while (slots < expected_spellings && slots < kMaxSlots) slots *= 2;
    keys_.assign(slots, kEmpty);
    // Raw bytes, not constructed values: a slot is written before it is read, and constructing (zeroing)
    // a table per document would cost more than a short article's hits save.
    values_.reset(new unsigned char[slots * sizeof(Value)]);
  }

  // The value for `spelling`, from compute() the first time (and after an eviction).
  template <typename Compute>
  Value get(std::uint64_t spelling, Compute&& compute) {
    const std::size_t slot = static_cast<std::size_t>(spelling ^ spelling >> 32) & (keys_.size() - 1);
    unsigned char* bytes = values_.get() + slot * sizeof(Value);
    Value value;
    if (keys_[slot] == spelling && spelling != kEmpty) {
      std::memcpy(&value, bytes, sizeof(Value));
    } else {
      value = compute();
      std::memcpy(bytes, &value, sizeof(Value));
      keys_[slot] = spelling;
    }
    return value;
  }

 private:
  static constexpr std::size_t kMaxSlots = 8192;
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};

  std::vector<std::uint64_t> keys_;
  std::unique_ptr<unsigned char[]> values_;
};

}  // namespace lede::perceptron
