// NER decoding of one document, shared by the runtime tagger and the trainer (which decodes the same way
// and learns from each decoded sentence: a structured perceptron): Viterbi over the well-formed BILOU
// sequences of each sentence, a token's score being its features' scores plus a first-order transition
// score (previous class -> class), given the document memory (labels of the word's earlier occurrences),
// which each sentence updates once decoded. Viterbi replaced greedy decoding with the two previous
// classes as features: +2.9 dev F1 (89.33 -> 92.19 through `lede eval ner`), a smaller model, no slower.
// (A second pass with a whole-document verdict as a feature, trained on the trainer's own pass-1 output,
// was tried with the greedy decoder and lost ~0.3 dev F1: on training documents pass 1 is too accurate to
// teach when to override it. Jackknifed pass-1 labels would be the next thing to try.)
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "ner/document_memory.hpp"
#include "ner/ner_features.hpp"
#include "ner/ner_labels.hpp"
#include "perceptron/weight_table.hpp"

namespace lede::ner {

// Only words that look like names consult and feed the memory: "the" says nothing about "The".
constexpr bool is_remembered(const TokenFacts& token) { return (token.flags & (kCapitalized | kAllCaps)) != 0; }

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
  std::vector<std::uint64_t> keys;    // per token of the current sentence: kMaxNerFeatures slots
  std::vector<std::uint8_t> key_counts;
  std::vector<std::uint8_t> back;     // Viterbi back pointers, kNerClassCount per token
};

// The classes that may precede each class inside a sentence, in ascending order (is_legal_transition).
struct LegalPredecessors {
  std::uint8_t count = 0;
  std::uint8_t from[kNerClassCount] = {};
};
inline constexpr auto kLegalPredecessors = [] {
  std::array<LegalPredecessors, kNerClassCount> table{};
  for (std::uint8_t c = 0; c < kNerClassCount; ++c) {
    for (std::uint8_t p = 0; p < kNerClassCount; ++p) {
      if (is_legal_transition(p, c, false)) table[c].from[table[c].count++] = p;
    }
  }
  return table;
}();
static_assert([] {
  for (const LegalPredecessors& legal : kLegalPredecessors) {
    if (legal.count == 0) return false;
  }
  return true;
}(), "every class has a legal predecessor");

// The emission scores of a token: kNerClassCount, padded as perceptron::WeightTable::add_row needs.
inline constexpr std::size_t kNerScoreWidth = perceptron::WeightTable::score_width_for(kNerClassCount);

// Decodes one sentence with Viterbi over the legal BILOU sequences. `emit(keys, key_count, scores)` adds
// the feature scores of a token to scores[0..kNerClassCount) (the array has kNerScoreWidth entries);
// `transitions[transition_row(p) * kNerClassCount + c]` scores class c after p. The token's keys stay in scratch.keys for the caller.
template <typename Score, typename Emit>
void decode_sentence(std::span<const TokenFacts> facts, SentenceRange range, const MemoryVerdict* memory,
                     const Score* transitions, Emit&& emit, DecodeScratch& scratch, std::uint8_t* classes) {
  const std::span<const TokenFacts> sentence = facts.subspan(range.begin, range.end - range.begin);
  const std::size_t n = sentence.size();
  if (n == 0) return;
  const SentenceFacts context = describe_sentence(sentence);
  if (scratch.keys.size() < n * kMaxNerFeatures) scratch.keys.resize(n * kMaxNerFeatures);
  if (scratch.key_counts.size() < n) scratch.key_counts.resize(n);
  if (scratch.back.size() < n * kNerClassCount) scratch.back.resize(n * kNerClassCount);
  // Dead states (no legal path) score kDead, far below any real score but safe to add to.
  constexpr Score kDead = static_cast<Score>(-1e9);
  Score best[kNerClassCount];
  Score next[kNerClassCount];
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t* keys = scratch.keys.data() + i * kMaxNerFeatures;
    const std::size_t count = extract_ner_features(sentence, context, i, memory[range.begin + i], keys);
    scratch.key_counts[i] = static_cast<std::uint8_t>(count);
    Score emission[kNerScoreWidth] = {};
    emit(keys, count, emission);
    const bool last = i + 1 == n;
    std::uint8_t* back = scratch.back.data() + i * kNerClassCount;
    if (i == 0) {
      for (std::uint8_t c = 0; c < kNerClassCount; ++c) {
        const bool legal = is_legal_transition(kNoNerClass, c, last);
        next[c] = legal ? transitions[kNerClassCount * kNerClassCount + c] + emission[c] : kDead;
        back[c] = kNoNerClass;
      }
    } else {
      // For each class, the best legal previous class: the first of the highest, as back[] needs a fixed
      // rule. Only the legal moves are tried (about a third of all pairs in BILOU).
      for (std::uint8_t c = 0; c < kNerClassCount; ++c) {
        const LegalPredecessors& legal = kLegalPredecessors[c];
        std::uint8_t arg = legal.from[0];
        Score top = best[arg] + transitions[arg * kNerClassCount + c];
        for (std::uint8_t k = 1; k < legal.count; ++k) {
          const std::uint8_t p = legal.from[k];
          const Score s = best[p] + transitions[p * kNerClassCount + c];
          if (s > top) {
            top = s;
            arg = p;
          }
        }
        next[c] = (last && opens_name(c)) || top <= kDead / 2 ? kDead : top + emission[c];
        back[c] = arg;
      }
    }
    for (std::size_t c = 0; c < kNerClassCount; ++c) best[c] = next[c];
  }
  std::uint8_t end_class = kOutside;
  for (std::uint8_t c = 0; c < kNerClassCount; ++c) {
    if (best[c] > best[end_class]) end_class = c;
  }
  for (std::size_t i = n; i-- > 0;) {
    classes[range.begin + i] = end_class;
    end_class = scratch.back[i * kNerClassCount + end_class];
  }
}

// A whole document: facts of all its tokens, its sentences in order; writes classes[token].
// `memory` is reset here. `after(range)` runs once each sentence is decoded (keys in scratch), before
// the memory learns from it.
template <typename Score, typename Emit, typename After>
void decode_document(std::span<const TokenFacts> facts, std::span<const SentenceRange> sentences, DocumentMemory& memory,
                     DecodeScratch& scratch, const Score* transitions, Emit&& emit, After&& after, std::uint8_t* classes) {
  memory.reset(facts.size());
  scratch.memory.assign(facts.size(), 0);
  for (const SentenceRange& range : sentences) {
    for (std::uint32_t t = range.begin; t < range.end; ++t) scratch.memory[t] = memory_verdict(memory, facts[t]);
    decode_sentence(facts, range, scratch.memory.data(), transitions, emit, scratch, classes);
    after(range);
    for (std::uint32_t t = range.begin; t < range.end; ++t) {
      if (is_remembered(facts[t])) memory.record(facts[t].lower, classes[t]);
    }
  }
}

}  // namespace lede::ner
