// A map from ASCII case-folded words to values, for the word lists the recognizers ask about.
#pragma once

#include <cstdint>
#include <forward_list>
#include <string>
#include <string_view>
#include <unordered_map>

#include "text/ascii_case.hpp"

namespace lede::lexicon {

// A map from case-folded words to values, built once from a lexicon. Keys are ASCII-lowercased; a
// lookup folds the word into a stack buffer, so it never allocates. The recognizers ask about every
// token several times and almost every answer is "no": a one-hash Bloom filter over the folded words
// answers most of those with a few instructions, before any hash-map probe.
template <class Value>
class FoldedWordMap {
 public:
  // The value of `word`, inserted as Value{} when new.
  Value& operator[](std::string_view word) {
    std::string key(word);
    text::ascii_lower_in_place(key);
    const std::uint64_t hash = text::folded_word_hash(key);
    filter_[(hash >> 6) % kFilterWords] |= std::uint64_t{1} << (hash & 63);
    const auto found = map_.find(key);
    if (found != map_.end()) return found->second;
    keys_.push_front(std::move(key));
    return map_[keys_.front()];
  }

  const Value* find(std::string_view word) const {
    return word.size() > kLongestWord ? nullptr : find(word, text::folded_word_hash(word));
  }

  // The same, given text::folded_word_hash(word), for callers that computed it once for many lookups.
  const Value* find(std::string_view word, std::uint64_t hash) const {
    char buffer[kLongestWord];
    if (word.size() > sizeof buffer) return nullptr;
    if ((filter_[(hash >> 6) % kFilterWords] >> (hash & 63) & 1U) == 0) return nullptr;
    const auto found = map_.find(text::ascii_lower(word, buffer, sizeof buffer));
    return found == map_.end() ? nullptr : &found->second;
  }

 private:
  static constexpr std::size_t kLongestWord = 64;   // no lexicon word is longer
  static constexpr std::size_t kFilterWords = 256;  // 16,384 bits: ~2% false "maybe" for 300 words
  std::uint64_t filter_[kFilterWords] = {};
  std::forward_list<std::string> keys_;  // stable storage for the views in map_
  std::unordered_map<std::string_view, Value> map_;
};

}  // namespace lede::lexicon
