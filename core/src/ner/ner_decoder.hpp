// NER decoding of one document, shared by the runtime tagger and the trainer (which decodes the same way,
// updating at each token): greedy left to right, each token taking the best scoring class among those
// that keep the BILOU sequence well formed, given the classes already chosen to its left and the document
// memory (labels of the word's earlier occurrences), which each sentence updates once decoded.
// (A second pass with a whole-document verdict as a feature, trained on the trainer's own pass-1 output,
// was tried and lost ~0.3 dev F1: on training documents pass 1 is too accurate to teach when to override
// it. Jackknifed pass-1 labels would be the next thing to try.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

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

// A sentence of a document: tokens [begin, end) of the document's facts.
struct SentenceRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// Reusable buffers of decode_document.
struct DecodeScratch {
  std::vector<MemoryVerdict> memory;  // per token: the memory's verdict
};

// Decodes one sentence greedily. `choose(keys, key_count, token, previous, last)` returns the class of
// the token (the runtime: the best legal class; the trainer: the same, after learning from it).
template <typename Choose>
void decode_sentence(std::span<const TokenFacts> facts, SentenceRange range, const MemoryVerdict* memory,
                     Choose&& choose, std::uint8_t* classes) {
  std::uint64_t keys[kMaxNerFeatures];
  const std::span<const TokenFacts> sentence = facts.subspan(range.begin, range.end - range.begin);
  const SentenceFacts context = describe_sentence(sentence);
  std::uint8_t previous = kNoNerClass;
  std::uint8_t before_previous = kNoNerClass;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    const std::size_t t = range.begin + i;
    const std::size_t key_count = extract_ner_features(sentence, context, i, previous, before_previous, memory[t], keys);
    const std::uint8_t best = choose(keys, key_count, t, previous, i + 1 == sentence.size());
    classes[t] = best;
    before_previous = previous;
    previous = best;
  }
}

// A whole document: facts of all its tokens, its sentences in order; writes classes[token].
// `memory` is reset here.
template <typename Choose>
void decode_document(std::span<const TokenFacts> facts, std::span<const SentenceRange> sentences, DocumentMemory& memory,
                     DecodeScratch& scratch, Choose&& choose, std::uint8_t* classes) {
  memory.reset(facts.size());
  scratch.memory.assign(facts.size(), 0);
  for (const SentenceRange& range : sentences) {
    for (std::uint32_t t = range.begin; t < range.end; ++t) scratch.memory[t] = memory_verdict(memory, facts[t]);
    decode_sentence(facts, range, scratch.memory.data(), choose, classes);
    for (std::uint32_t t = range.begin; t < range.end; ++t) {
      if (is_remembered(facts[t])) memory.record(facts[t].lower, classes[t]);
    }
  }
}

}  // namespace lede::ner
