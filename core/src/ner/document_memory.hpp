// What the NER tagger has labelled each capitalized word so far in a document (an "extended prediction
// history", Ratinov & Roth 2009): names are repeated in news, and the first, fullest mention ("Peter
// Blackburn", "the European Commission") is easier than the later ones ("Blackburn", "Commission").
// A flat open-addressing table sized once per document; lookups and updates allocate nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "ner/ner_features.hpp"
#include "ner/ner_labels.hpp"

namespace lede::ner {

class DocumentMemory {
 public:
  // Empties the memory for a document of up to `token_count` tokens.
  void reset(std::size_t token_count);

  // The verdict on a word seen before (0 when unseen or when the memory is full).
  MemoryVerdict verdict(std::uint64_t word) const;

  // Counts one more token of this word labelled `cls`.
  void record(std::uint64_t word, std::uint8_t cls);

 private:
  static constexpr std::size_t kOutcomes = 1 + kNamedTypeCount;  // O, then the types
  std::size_t find_slot(std::uint64_t word) const;

  std::size_t mask_ = 0;
  std::vector<std::uint64_t> words_;     // 0 = empty slot (a word hashing to 0 is simply not remembered)
  std::vector<std::uint16_t> counts_;    // slot * kOutcomes + outcome
};

}  // namespace lede::ner
