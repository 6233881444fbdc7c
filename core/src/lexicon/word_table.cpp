#include "lexicon/word_table.hpp"

#include <charconv>

#include "lexicon/embedded.hpp"
#include "text/ascii_case.hpp"

namespace lede::lexicon {

WordTable::WordTable(std::string_view name, bool fold_case, int key_column, int value_column) : fold_case_(fold_case) {
  for_each_row(embedded_lexicon(name), [&](const std::vector<std::string_view>& fields) {
    if (static_cast<int>(fields.size()) <= key_column) return;
    std::uint32_t value = 0;
    if (value_column >= 0 && static_cast<int>(fields.size()) > value_column) {
      const std::string_view text = fields[static_cast<std::size_t>(value_column)];
      std::from_chars(text.data(), text.data() + text.size(), value);
    }
    insert(fields[static_cast<std::size_t>(key_column)], value);
  });
}

void WordTable::insert(std::string_view word, std::uint32_t value) {
  std::string key(word);
  if (fold_case_) text::ascii_lower_in_place(key);
  if (map_.count(key) != 0) return;  // the first row of a word wins
  keys_.push_front(std::move(key));
  map_.emplace(keys_.front(), value);
}

std::uint32_t WordTable::find(std::string_view word) const {
  // Case folding goes through a stack buffer; words longer than it are never in these lists.
  char buffer[64];
  if (word.size() > sizeof buffer) return kMissing;
  const std::string_view key = fold_case_ ? text::ascii_lower(word, buffer, sizeof buffer) : word;
  const auto found = map_.find(key);
  return found == map_.end() ? kMissing : found->second;
}

}  // namespace lede::lexicon
