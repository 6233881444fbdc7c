// A read-only map from words to small integer values, built once from an embedded lexicon.
#pragma once

#include <cstdint>
#include <forward_list>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lede::lexicon {

class WordTable {
 public:
  static constexpr std::uint32_t kMissing = UINT32_MAX;

  // Loads rows of lexicon `name`: column `key_column` is the word, `value_column` (if >= 0) a
  // non-negative integer value (0 when absent). With fold_case the keys are stored ASCII-lowercased
  // and lookups fold case too.
  WordTable(std::string_view name, bool fold_case, int key_column = 0, int value_column = -1);
  explicit WordTable(bool fold_case = false) : fold_case_(fold_case) {}

  void insert(std::string_view word, std::uint32_t value);
  std::uint32_t find(std::string_view word) const;
  bool contains(std::string_view word) const { return find(word) != kMissing; }
  std::size_t size() const { return map_.size(); }

 private:
  bool fold_case_ = false;
  std::forward_list<std::string> keys_;  // stable storage for the views in map_
  std::unordered_map<std::string_view, std::uint32_t> map_;
};

}  // namespace lede::lexicon
