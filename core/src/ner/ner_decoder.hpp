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

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <type_traits>
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

// A buffer that grows without zeroing: the decoder writes a token's slots before it reads them, and
// zeroing kMaxNerFeatures slots per token of the longest sentence cost ~3% of the NER stage's instructions.
template <typename T>
class UnzeroedBuffer {
 public:
  T* data() { return data_.get(); }
  const T* data() const { return data_.get(); }
  void grow_to(std::size_t size) {
    if (size <= size_) return;
    data_.reset(new T[size]);  // default-initialized: left as it is
    size_ = size;
  }

 private:
  std::unique_ptr<T[]> data_;
  std::size_t size_ = 0;
};

// Reusable buffers of decode_document.
struct DecodeScratch {
  std::vector<MemoryVerdict> memory;   // per token: the memory's verdict
  UnzeroedBuffer<std::uint64_t> keys;  // per token of the current sentence: kMaxNerFeatures slots
  std::vector<std::uint8_t> key_counts;
  UnzeroedBuffer<std::uint32_t> rows;  // per token: kMaxNerFeatures slots for rows resolved at load
  std::vector<std::uint8_t> row_counts;
  std::vector<std::uint8_t> back;  // Viterbi back pointers, kNerClassCount per token
};

// The shape of the legal moves inside a sentence, derived from is_legal_transition at compile time.
// BILOU has two kinds of move: a class that ends a name or is outside one (O, L-x, U-x: the "closed"
// classes) may be followed by any class that starts a name or is outside one (O, B-x, U-x: the
// "opening" classes); an open name (B-x, I-x) continues with I-x or L-x of its type. The first kind is a
// dense closed x opening block that the Viterbi step scores as whole vectors; the second is a handful of
// pairs scored one by one. (The static_assert below fails if the labels ever break this shape.)
struct TransitionShape {
  std::uint8_t closed_count = 0;
  std::uint8_t closed[kNerClassCount] = {};  // ascending
  std::uint8_t opening_count = 0;
  std::uint8_t opening[kNerClassCount] = {};  // ascending
  bool is_opening[kNerClassCount] = {};
  // For each class that is not opening: its legal predecessors, ascending.
  std::uint8_t continuing_from_count[kNerClassCount] = {};
  std::uint8_t continuing_from[kNerClassCount][kNerClassCount] = {};
};
inline constexpr TransitionShape kTransitionShape = [] {
  TransitionShape shape{};
  for (std::uint8_t c = 0; c < kNerClassCount; ++c) {
    if (is_legal_transition(kOutside, c, false)) {
      shape.opening[shape.opening_count++] = c;
      shape.is_opening[c] = true;
    }
    if (is_legal_transition(c, kOutside, false)) shape.closed[shape.closed_count++] = c;
  }
  for (std::uint8_t c = 0; c < kNerClassCount; ++c) {
    if (shape.is_opening[c]) continue;
    for (std::uint8_t p = 0; p < kNerClassCount; ++p) {
      if (is_legal_transition(p, c, false)) shape.continuing_from[c][shape.continuing_from_count[c]++] = p;
    }
  }
  return shape;
}();
static_assert(
    [] {
      const TransitionShape& shape = kTransitionShape;
      bool closed[kNerClassCount] = {};
      for (std::uint8_t k = 0; k < shape.closed_count; ++k) closed[shape.closed[k]] = true;
      for (std::uint8_t p = 0; p < kNerClassCount; ++p) {
        for (std::uint8_t c = 0; c < kNerClassCount; ++c) {
          // Legal exactly on the closed x opening block, or between an open class and a continuing one.
          const bool in_block = closed[p] && shape.is_opening[c];
          const bool continuing = !closed[p] && !shape.is_opening[c];
          if (is_legal_transition(p, c, false) != in_block && !continuing) return false;
        }
      }
      for (std::uint8_t c = 0; c < kNerClassCount; ++c) {
        if (!shape.is_opening[c] && shape.continuing_from_count[c] == 0) return false;
      }
      return shape.opening_count > 0 && shape.closed_count > 0;
    }(),
    "BILOU moves are a closed x opening block plus continuations");

// The opening classes as vector lanes: their count rounded up to whole 128-bit vectors of int32.
inline constexpr std::size_t kOpeningLanes = (kTransitionShape.opening_count + 3) / 4 * 4;

// The emission scores of a token: kNerClassCount, padded as perceptron::WeightTable::add_row needs.
inline constexpr std::size_t kNerScoreWidth = perceptron::WeightTable::score_width_for(kNerClassCount);

// A prefetch that does nothing (the trainer's: its weights are a different table).
struct NoPrefetch {
  void operator()(const std::uint64_t*, std::size_t) const {}
};

// The decoder's features of a token: every one hashed (extract_ner_features: the trainer's, and the
// definition). The runtime passes NerDirectRows::extract instead, which gives some as resolved rows.
struct AllHashed {
  std::size_t operator()(std::span<const TokenFacts> sentence, SentenceFacts context, std::size_t i,
                         MemoryVerdict memory, std::uint64_t* keys, std::uint32_t*, std::size_t& row_count) const {
    row_count = 0;
    return extract_ner_features(sentence, context, i, memory, keys);
  }
};

// How many tokens ahead the decoder asks for the weights of a token's features to be fetched: the
// table's lines arrive from the cache while the tokens in between are scored.
inline constexpr std::size_t kPrefetchAhead = 2;

// Decodes one sentence with Viterbi over the legal BILOU sequences. `features(sentence, context, i,
// memory, keys, rows, row_count)` gives a token's feature keys and rows (AllHashed: keys only);
// `emit(keys, key_count, rows, row_count, scores)` adds their scores to scores[0..kNerClassCount) (the
// array has kNerScoreWidth entries); `transitions[transition_row(p) * kNerClassCount + c]` scores class c
// after p. `prefetch(keys, key_count)` is told each token's keys kPrefetchAhead tokens before emit. The
// sentence's keys stay in scratch.keys for the caller.
//
// `Emission` is the type of the emission scores emit() adds to (Score when void): int16 when the weight
// table allows (WeightTable::fits_narrow_scores), twice the classes per vector add; they are added to the
// Score of the paths.
template <typename Emission = void, typename Score, typename Emit, typename Prefetch = NoPrefetch,
          typename Features = AllHashed>
void decode_sentence(std::span<const TokenFacts> facts, SentenceRange range, const MemoryVerdict* memory,
                     const Score* transitions, Emit&& emit, DecodeScratch& scratch, std::uint8_t* classes,
                     Prefetch&& prefetch = {}, Features&& features = {}) {
  const std::span<const TokenFacts> sentence = facts.subspan(range.begin, range.end - range.begin);
  const std::size_t n = sentence.size();
  if (n == 0) return;
  const SentenceFacts context = describe_sentence(sentence);
  scratch.keys.grow_to(n * kMaxNerFeatures);
  if (scratch.key_counts.size() < n) scratch.key_counts.resize(n);
  scratch.rows.grow_to(n * kMaxNerFeatures);
  if (scratch.row_counts.size() < n) scratch.row_counts.resize(n);
  if (scratch.back.size() < n * kNerClassCount) scratch.back.resize(n * kNerClassCount);
  // Dead states (no legal path) score kDead, far below any real score but safe to add to.
  constexpr Score kDead = static_cast<Score>(-1e9);
  // The closed x opening block of the transition scores, one row of kOpeningLanes per closed class.
  Score block[kNerClassCount * kOpeningLanes];
  for (std::uint8_t k = 0; k < kTransitionShape.closed_count; ++k) {
    for (std::size_t lane = 0; lane < kOpeningLanes; ++lane) {
      const std::size_t cell = kTransitionShape.closed[k] * kNerClassCount + kTransitionShape.opening[lane];
      block[k * kOpeningLanes + lane] = lane < kTransitionShape.opening_count ? transitions[cell] : kDead;
    }
  }
  Score best[kNerClassCount];
  Score next[kNerClassCount];
  // The features of every token first (they depend on the words and the memory, not on the decoding), so
  // that their weights can be fetched ahead.
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t* keys = scratch.keys.data() + i * kMaxNerFeatures;
    std::size_t row_count = 0;
    scratch.key_counts[i] = static_cast<std::uint8_t>(features(sentence, context, i, memory[range.begin + i], keys,
                                                               scratch.rows.data() + i * kMaxNerFeatures, row_count));
    scratch.row_counts[i] = static_cast<std::uint8_t>(row_count);
    if (i < kPrefetchAhead) prefetch(keys, scratch.key_counts[i]);
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (i + kPrefetchAhead < n) {
      prefetch(scratch.keys.data() + (i + kPrefetchAhead) * kMaxNerFeatures, scratch.key_counts[i + kPrefetchAhead]);
    }
    const std::uint64_t* keys = scratch.keys.data() + i * kMaxNerFeatures;
    const std::size_t count = scratch.key_counts[i];
    std::conditional_t<std::is_void_v<Emission>, Score, Emission> emission[kNerScoreWidth] = {};
    emit(keys, count, scratch.rows.data() + i * kMaxNerFeatures, scratch.row_counts[i], emission);
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
      // rule. The closed x opening block as vectors over the opening classes (padding lanes score kDead),
      // then the continuations pair by pair: 97 of the 289 pairs of classes.
      const TransitionShape& shape = kTransitionShape;
      Score top[kOpeningLanes];
      Score arg[kOpeningLanes];
      for (std::size_t lane = 0; lane < kOpeningLanes; ++lane) {
        top[lane] = best[shape.closed[0]] + block[lane];
        arg[lane] = shape.closed[0];
      }
      for (std::uint8_t k = 1; k < shape.closed_count; ++k) {
        const Score from = best[shape.closed[k]];
        const Score* row = block + k * kOpeningLanes;
        const auto p = static_cast<Score>(shape.closed[k]);
        for (std::size_t lane = 0; lane < kOpeningLanes; ++lane) {
          const Score s = from + row[lane];
          arg[lane] = s > top[lane] ? p : arg[lane];
          top[lane] = s > top[lane] ? s : top[lane];
        }
      }
      for (std::uint8_t lane = 0; lane < shape.opening_count; ++lane) {
        const std::uint8_t c = shape.opening[lane];
        next[c] = (last && opens_name(c)) || top[lane] <= kDead / 2 ? kDead : top[lane] + emission[c];
        back[c] = static_cast<std::uint8_t>(arg[lane]);
      }
      for (std::uint8_t c = 0; c < kNerClassCount; ++c) {
        if (shape.is_opening[c]) continue;
        std::uint8_t from = shape.continuing_from[c][0];
        Score best_score = best[from] + transitions[from * kNerClassCount + c];
        for (std::uint8_t k = 1; k < shape.continuing_from_count[c]; ++k) {
          const std::uint8_t p = shape.continuing_from[c][k];
          const Score s = best[p] + transitions[p * kNerClassCount + c];
          if (s > best_score) {
            best_score = s;
            from = p;
          }
        }
        next[c] = (last && opens_name(c)) || best_score <= kDead / 2 ? kDead : best_score + emission[c];
        back[c] = from;
      }
    }
    for (std::size_t c = 0; c < kNerClassCount; ++c) best[c] = next[c];
  }
  std::uint8_t end_class = kOutside;
  for (std::uint8_t c = 0; c < kNerClassCount; ++c) {
    if (best[c] > best[end_class]) end_class = c;
  }
  for (std::size_t i = n; i > 0; --i) {
    classes[range.begin + i - 1] = end_class;
    end_class = scratch.back[(i - 1) * kNerClassCount + end_class];
  }
}

// Sentences of a document, in order, continuing the decoding of the ones before them (a whole document
// at once, or a slice at a time: the result is the same). `memory` and `scratch.memory` must have been
// started with start_document_decoding. `after(range)` runs once each sentence is decoded (keys in
// scratch), before the memory learns from it. `prefetch` and `features` as for decode_sentence.
template <typename Emission = void, typename Score, typename Emit, typename After, typename Prefetch = NoPrefetch,
          typename Features = AllHashed>
void decode_sentences(std::span<const TokenFacts> facts, std::span<const SentenceRange> sentences,
                      DocumentMemory& memory, DecodeScratch& scratch, const Score* transitions, Emit&& emit,
                      After&& after, std::uint8_t* classes, Prefetch&& prefetch = {}, Features&& features = {}) {
  for (const SentenceRange& range : sentences) {
    for (std::uint32_t t = range.begin; t < range.end; ++t) scratch.memory[t] = memory_verdict(memory, facts[t]);
    decode_sentence<Emission>(facts, range, scratch.memory.data(), transitions, emit, scratch, classes, prefetch,
                              features);
    after(range);
    for (std::uint32_t t = range.begin; t < range.end; ++t) {
      if (is_remembered(facts[t])) memory.record(facts[t].lower, classes[t]);
    }
  }
}

// Empties the memory and the per-token verdicts for a document of `token_count` tokens.
inline void start_document_decoding(std::size_t token_count, DocumentMemory& memory, DecodeScratch& scratch) {
  memory.reset(token_count);
  scratch.memory.assign(token_count, 0);
}

// A whole document: facts of all its tokens, its sentences in order; writes classes[token].
// `memory` is reset here; the rest as for decode_sentences.
template <typename Emission = void, typename Score, typename Emit, typename After, typename Prefetch = NoPrefetch,
          typename Features = AllHashed>
void decode_document(std::span<const TokenFacts> facts, std::span<const SentenceRange> sentences,
                     DocumentMemory& memory, DecodeScratch& scratch, const Score* transitions, Emit&& emit,
                     After&& after, std::uint8_t* classes, Prefetch&& prefetch = {}, Features&& features = {}) {
  start_document_decoding(facts.size(), memory, scratch);
  decode_sentences<Emission>(facts, sentences, memory, scratch, transitions, emit, after, classes, prefetch, features);
}

}  // namespace lede::ner
