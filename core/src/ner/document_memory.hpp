// What the NER tagger has labelled each capitalized word so far in a document (an "extended prediction
// history", Ratinov & Roth 2009): names are repeated in news, and the first, fullest mention ("Peter
// Blackburn", "the European Commission") is easier than the later ones ("Blackburn", "Commission").
// A flat open-addressing table that doubles when half full: sized by the document's distinct words, not
// its tokens (a 1 MB text has ~300,000 tokens but ~20,000 words); lookups allocate nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ner/ner_features.hpp"
#include "ner/ner_labels.hpp"

namespace lede::ner {

class DocumentMemory {
 public:
  // Empties the memory (`token_count`: the document's tokens, a bound on its words; kept for the
  // callers, the table grows as words come).
  void reset(std::size_t token_count);

  // The verdict on a word seen before (0 when unseen or when the memory is full).
  MemoryVerdict verdict(std::uint64_t word) const;

  // Counts one more token of this word labelled `cls`.
  void record(std::uint64_t word, std::uint8_t cls);

  // How the document writes a word where its case means something (TokenFacts::document_case bits):
  // "Japan" in a headline "JAPAN GET LUCKY WIN" or "Rescue" at a sentence start are read against it.
  void note_case(std::uint64_t word, std::uint8_t bits);
  std::uint8_t case_of(std::uint64_t word) const;

 private:
  static constexpr std::size_t kOutcomes = 1 + kNamedTypeCount;  // O, then the types
  std::size_t find_slot(std::uint64_t word) const;

  // The slot of `word`, claimed (and the table grown) when it is new.
  std::size_t claim_slot(std::uint64_t word);
  void grow();

  std::size_t mask_ = 0;
  std::size_t used_ = 0;               // slots holding a word
  std::vector<std::uint64_t> words_;   // 0 = empty slot (a word hashing to 0 is simply not remembered)
  std::vector<std::uint16_t> counts_;  // slot * kOutcomes + outcome
  std::vector<std::uint8_t> cases_;    // per slot
};

// The two passes of document case: note every sentence, then set the sentences' document_case.
void note_sentence_case(DocumentMemory& memory, std::span<const TokenFacts> sentence);
// (Any facts will do: a sentence's, or a document's spellings.)
void apply_document_case(const DocumentMemory& memory, std::span<TokenFacts> sentence);

}  // namespace lede::ner
