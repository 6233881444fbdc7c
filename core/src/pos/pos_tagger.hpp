// The POS stage: UPOS, XPOS and a lemma for every token, from the "pos" and "pos.lemmas" sections of
// the model file, read in place. Tags are predicted as one class per (XPOS, UPOS) pair seen in the
// training data, so the two layers always agree ("that"/WDT is PRON, "that"/IN is SCONJ).
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>

#include "lede/document.hpp"
#include "lede/model.hpp"
#include "perceptron/fingerprint_table.hpp"
#include "perceptron/spelling_memo.hpp"
#include "perceptron/weight_table.hpp"
#include "pos/lemmatizer.hpp"
#include "pos/pos_features.hpp"

namespace lede::pos {

class PosTagger {
 public:
  // Whether the model has the sections this stage needs.
  static bool available(const Model& model);
  // Reads the sections; nullopt with a one-line `error` when they are missing, of another template
  // version, or inconsistent. The tagger points into the model's bytes: they must outlive it.
  static std::optional<PosTagger> load(const Model& model, std::string& error);

  // Fills document.upos, .xpos and the lemmas for every token, sentence by sentence.
  void tag(Document& document) const;

  // The same in steps (the analysis job's): start() sizes the layers, then tag() fills sentences
  // [first, end), taken in order; tokens between sentences are lemmatized with the sentence after them
  // (or the last one). Word caches live per call, so the tags do not depend on the slicing.
  void start(Document& document) const;
  void tag(Document& document, std::size_t first, std::size_t end) const;

  // Whether the tag dictionary holds this spelling (a word seen at least a few times in training):
  // evaluations report known and unknown words apart.
  bool in_dictionary(std::string_view form) const {
    return dictionary_.find(describe_word(form, seed_).form).has_value();
  }

  std::size_t class_count() const { return class_xpos_.size(); }
  std::uint8_t class_xpos(std::uint8_t cls) const { return class_xpos_[cls]; }
  std::uint8_t class_upos(std::uint8_t cls) const { return class_upos_[cls]; }
  const perceptron::WeightTable& weights() const { return weights_; }

 private:
  template <typename Score>
  void tag_sentences(Document& document, std::size_t first, std::size_t end) const;  // scores in Score
  void lemmatize(Document& document, std::size_t token_begin, std::size_t token_end) const;

  // The facts of each word of the sentence, remembered per spelling for the rest of the document.
  void describe_sentence(const Document& document, const Sentence& sentence, std::span<WordFacts> facts,
                         perceptron::SpellingMemo<WordFacts>& memo) const;

  std::uint64_t seed_ = 0;
  std::span<const std::uint8_t> class_xpos_;
  std::span<const std::uint8_t> class_upos_;
  perceptron::FingerprintTable dictionary_;
  perceptron::WeightTable weights_;
  std::shared_ptr<const PosDirectRows> direct_rows_;  // built at load, shared by copies of the tagger
  Lemmatizer lemmatizer_;
};

}  // namespace lede::pos
