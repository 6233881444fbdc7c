// Greedy left-to-right NER decoding of one sentence, shared by the runtime tagger and the trainer (which
// decodes the same way before each update): each token takes the best scoring class among those that
// keep the BILOU sequence well formed, given the classes already chosen to its left and the document
// memory, which it then updates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "ner/document_memory.hpp"
#include "ner/ner_features.hpp"
#include "ner/ner_labels.hpp"

namespace lede::ner {

// Only words that look like names consult and feed the memory: "the" says nothing about "The".
constexpr bool is_remembered(const TokenFacts& token) { return (token.flags & (kCapitalized | kAllCaps)) != 0; }

// The highest scoring class that may follow `previous` (the first one on ties).
template <typename Score>
std::uint8_t best_legal_class(const Score* scores, std::uint8_t previous, bool last) {
  std::uint8_t best = kNoNerClass;
  for (std::uint8_t c = 0; c < kNerClassCount; ++c) {
    if (!is_legal_transition(previous, c, last)) continue;
    if (best == kNoNerClass || scores[c] > scores[best]) best = c;
  }
  return best;
}

// The memory's verdict on token i, as the features see it.
inline MemoryVerdict memory_verdict(const DocumentMemory& memory, const TokenFacts& token) {
  return is_remembered(token) ? memory.verdict(token.lower) : 0;
}

// `add_scores(keys, key_count, scores)` adds the weights of the features to scores[0..kNerClassCount).
template <typename Score, typename AddScores>
void decode_sentence(std::span<const TokenFacts> sentence, DocumentMemory& memory, AddScores&& add_scores,
                     std::uint8_t* classes) {
  std::uint64_t keys[kMaxNerFeatures];
  Score scores[kNerClassCount];
  const SentenceFacts context = describe_sentence(sentence);
  std::uint8_t previous = kNoNerClass;
  std::uint8_t before_previous = kNoNerClass;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    const MemoryVerdict verdict = memory_verdict(memory, sentence[i]);
    const std::size_t key_count = extract_ner_features(sentence, context, i, previous, before_previous, verdict, keys);
    for (std::size_t c = 0; c < kNerClassCount; ++c) scores[c] = 0;
    add_scores(keys, key_count, scores);
    const std::uint8_t best = best_legal_class(scores, previous, i + 1 == sentence.size());
    classes[i] = best;
    before_previous = previous;
    previous = best;
  }
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    if (is_remembered(sentence[i])) memory.record(sentence[i].lower, classes[i]);
  }
}

}  // namespace lede::ner
