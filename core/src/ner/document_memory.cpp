#include "ner/document_memory.hpp"

#include <algorithm>

namespace lede::ner {

void DocumentMemory::reset(std::size_t token_count) {
  std::size_t slots = 64;
  while (slots < 2 * token_count) slots *= 2;  // at most half full: probes stay short
  mask_ = slots - 1;
  words_.assign(slots, 0);
  counts_.assign(slots * kOutcomes, 0);
}

std::size_t DocumentMemory::find_slot(std::uint64_t word) const {
  std::size_t slot = static_cast<std::size_t>(word) & mask_;
  while (words_[slot] != 0 && words_[slot] != word) slot = (slot + 1) & mask_;
  return slot;
}

MemoryVerdict DocumentMemory::verdict(std::uint64_t word) const {
  if (words_.empty() || word == 0) return 0;
  const std::size_t slot = find_slot(word);
  if (words_[slot] != word) return 0;
  const std::uint16_t* counts = &counts_[slot * kOutcomes];
  return static_cast<MemoryVerdict>(1 + (std::max_element(counts, counts + kOutcomes) - counts));
}

void DocumentMemory::record(std::uint64_t word, std::uint8_t cls) {
  if (words_.empty() || word == 0) return;
  const std::size_t slot = find_slot(word);
  words_[slot] = word;  // the table is sized for every token of the document: a free slot always exists
  const std::size_t outcome = cls == kOutside ? 0 : 1 + static_cast<std::size_t>(type_of(cls));
  std::uint16_t& count = counts_[slot * kOutcomes + outcome];
  if (count < UINT16_MAX) ++count;
}

}  // namespace lede::ner
