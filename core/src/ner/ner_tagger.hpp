// The statistical NER stage: PER/ORG/LOC/MISC names over a document's tokens, from the "ner" section of
// the model file, read in place. Fine types (GPE, NORP, ...) are given afterwards by fine_typing.hpp.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "lede/document.hpp"
#include "lede/model.hpp"
#include "ner/document_memory.hpp"
#include "ner/gazetteer.hpp"
#include "ner/named_spans.hpp"
#include "ner/ner_decoder.hpp"
#include "ner/ner_features.hpp"
#include "perceptron/weight_table.hpp"

namespace lede::ner {

// One document's tagging, run a slice of sentences at a time (the analysis job's steps) or all at once
// (tag, mentions): the same facts and the same document memory either way, so the same names. A token's
// facts are kept once per spelling (a long text repeats its words: ~120 bytes per token otherwise) and
// put together for the sentences of the slice being decoded.
struct NerPass {
  std::vector<TokenFacts> spellings;       // the facts of each spelling, document_case set
  std::vector<std::uint32_t> spelling_of;  // per token: its index in `spellings`
  std::vector<std::uint64_t> gazetteer;    // per token: the name lists of phrases over it
  std::vector<std::uint8_t> classes;       // per token, once decoded
  std::vector<SentenceRange> ranges;       // the non-empty sentences, in order
  std::size_t decoded = 0;                 // ranges decoded so far
  DocumentMemory memory;
  DecodeScratch scratch;
  std::vector<TokenFacts> slice_facts;      // the facts of the slice being decoded
  std::vector<SentenceRange> slice_ranges;  // its sentences, from 0

  bool done() const { return decoded == ranges.size(); }
  // The facts of token `t` that do not depend on where it stands (not its gazetteer lists).
  const TokenFacts& spelling_facts(std::size_t t) const { return spellings[spelling_of[t]]; }
};

class NerTagger {
 public:
  // Whether the model has the section this stage needs.
  static bool available(const Model& model);
  // Reads the section; nullopt with a one-line `error` when it is of another template version or
  // inconsistent. The tagger points into the model's bytes: they must outlive it.
  static std::optional<NerTagger> load(const Model& model, std::string& error);

  // The names in the document, sentence by sentence, in text order. Buffers are per call, so one
  // tagger serves many documents (and threads).
  std::vector<NamedSpan> tag(const Document& document) const;

  // Sets document.mentions to the names, with fine types (fine_typing.hpp), in text order, and
  // document.acronyms to the acronyms they define (acronyms.hpp), whose other uses become names too.
  void add_mentions(Document& document) const;

  // The same in steps: start() describes every token and reads how the document writes each word;
  // decode() then decodes the next sentences in order (at least one, then until `max_tokens` tokens are
  // done); once the pass is done(), add_mentions(document, pass) does what add_mentions(document) does.
  NerPass start(const Document& document) const;
  void decode(NerPass& pass, std::size_t max_tokens) const;
  void add_mentions(Document& document, const NerPass& pass) const;

  // The name lists of the model (empty without a "ner.gazetteer" section); fine typing reads them.
  const Gazetteer& gazetteer() const { return gazetteer_; }
  std::uint64_t hash_seed() const { return seed_; }
  const perceptron::WeightTable& weights() const { return weights_; }

 private:
  std::vector<Mention> mentions(const Document& document, const NerPass& pass) const;
  // The name lists that hold tokens [begin, end) as a whole phrase (Gazetteer::lists), 0 for a phrase
  // longer than the lists' phrases.
  std::uint32_t phrase_lists(const NerPass& pass, std::uint32_t begin, std::uint32_t end) const;

  // Viterbi over the pass's ranges [first, end) (ner_decoder.hpp), emission scores summed as Emission.
  template <typename Emission>
  void decode_ranges(NerPass& pass, std::size_t first, std::size_t end) const;

  std::uint64_t seed_ = 0;
  perceptron::WeightTable weights_;
  std::shared_ptr<const NerDirectRows> direct_rows_;  // built at load from weights_, shared by copies
  std::array<std::int32_t, kTransitionRows * kNerClassCount> transitions_{};  // in the table's units
  Gazetteer gazetteer_;
};

}  // namespace lede::ner
