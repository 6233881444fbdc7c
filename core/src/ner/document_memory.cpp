#include "ner/document_memory.hpp"

#include <algorithm>

namespace lede::ner {

void DocumentMemory::reset(std::size_t token_count) {
  // A short document's words all fit the first table; a long one's grow it (grow()).
  std::size_t slots = 64;
  while (slots < 2 * token_count && slots < 4096) slots *= 2;
  mask_ = slots - 1;
  used_ = 0;
  words_.assign(slots, 0);
  counts_.assign(slots * kOutcomes, 0);
  cases_.assign(slots, 0);
}

void DocumentMemory::grow() {
  std::vector<std::uint64_t> words(words_.size() * 2, 0);
  std::vector<std::uint16_t> counts(counts_.size() * 2, 0);
  std::vector<std::uint8_t> cases(cases_.size() * 2, 0);
  const std::size_t mask = words.size() - 1;
  for (std::size_t old = 0; old < words_.size(); ++old) {
    if (words_[old] == 0) continue;
    std::size_t slot = static_cast<std::size_t>(words_[old]) & mask;
    while (words[slot] != 0) slot = (slot + 1) & mask;
    words[slot] = words_[old];
    std::copy_n(&counts_[old * kOutcomes], kOutcomes, &counts[slot * kOutcomes]);
    cases[slot] = cases_[old];
  }
  words_ = std::move(words);
  counts_ = std::move(counts);
  cases_ = std::move(cases);
  mask_ = mask;
}

std::size_t DocumentMemory::claim_slot(std::uint64_t word) {
  std::size_t slot = find_slot(word);
  if (words_[slot] == word) return slot;
  if (2 * (used_ + 1) > words_.size()) {  // at most half full: probes stay short
    grow();
    slot = find_slot(word);
  }
  words_[slot] = word;
  ++used_;
  return slot;
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
  if (std::all_of(counts, counts + kOutcomes, [](std::uint16_t c) { return c == 0; })) return 0;
  return static_cast<MemoryVerdict>(1 + (std::max_element(counts, counts + kOutcomes) - counts));
}

void DocumentMemory::record(std::uint64_t word, std::uint8_t cls) {
  if (words_.empty() || word == 0) return;
  const std::size_t slot = claim_slot(word);
  const std::size_t outcome = cls == kOutside ? 0 : 1 + static_cast<std::size_t>(type_of(cls));
  std::uint16_t& count = counts_[slot * kOutcomes + outcome];
  if (count < UINT16_MAX) ++count;
}

void DocumentMemory::note_case(std::uint64_t word, std::uint8_t bits) {
  if (words_.empty() || word == 0 || bits == 0) return;
  cases_[claim_slot(word)] |= bits;
}

std::uint8_t DocumentMemory::case_of(std::uint64_t word) const {
  if (words_.empty() || word == 0) return 0;
  const std::size_t slot = find_slot(word);
  return words_[slot] == word ? cases_[slot] : 0;
}

void note_sentence_case(DocumentMemory& memory, std::span<const TokenFacts> sentence) {
  if (describe_sentence(sentence).all_caps) return;  // headline capitals say nothing
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    const TokenFacts& token = sentence[i];
    if (token.flags & kLowercase) {
      memory.note_case(token.lower, kSeenLowercase);
    } else if (i > 0 && (token.flags & kCapitalized) && !(token.flags & kAllCaps)) {
      memory.note_case(token.lower, kSeenCapitalized);
    }
  }
}

void apply_document_case(const DocumentMemory& memory, std::span<TokenFacts> sentence) {
  for (TokenFacts& token : sentence) token.document_case = memory.case_of(token.lower);
}

}  // namespace lede::ner
