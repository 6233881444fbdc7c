// Words as every speed figure of the project counts them (lede bench, --jsonl's progress, and the node
// benchmarks beside compromise and wink-nlp): runs of characters between whitespace.
#pragma once

#include <cstddef>
#include <string_view>

namespace lede::cli {

inline std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace lede::cli
