// The parse stage: a Universal Dependencies tree for every sentence (Document::heads, ::deprels), from
// the "parse" section of the model file, read in place. Greedy arc-hybrid parsing (transition_system.hpp)
// with an averaged-perceptron model over the features of parse_features.hpp, on the POS stage's tags
// and lemmas: linear in the length of the text.
//
// Very long "sentences" (tables, lists, text without punctuation) are parsed in windows of at most
// kMaxWindow tokens, cut after a punctuation mark where one is near the limit; the root of every later
// window hangs from the first window's root as "dep". Heads never cross sentence boundaries.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>

#include "lede/document.hpp"
#include "lede/model.hpp"
#include "perceptron/weight_table.hpp"

namespace lede::parse {

inline constexpr std::size_t kMaxWindow = 150;

class DependencyParser {
 public:
  // Whether the model has the section this stage needs.
  static bool available(const Model& model);
  // Reads the section; nullopt with a one-line `error` when it is missing, of another template
  // version, or inconsistent. The parser points into the model's bytes: they must outlive it.
  static std::optional<DependencyParser> load(const Model& model, std::string& error);

  // Fills document.heads and document.deprels for every token, reading the POS layers (without them,
  // every word is parsed as untagged: poorly, but without failing).
  void parse(Document& document) const;

  // The same in steps (the analysis job's): start() sizes the layers, then parse() fills sentences
  // [first, end), in any order (sentences are parsed independently).
  void start(Document& document) const;
  void parse(Document& document, std::size_t first, std::size_t end) const;

  std::span<const std::uint8_t> labels() const { return labels_; }
  const perceptron::WeightTable& weights() const { return weights_; }

 private:
  template <typename Score>
  void parse_sentences(Document& document, std::size_t first, std::size_t end) const;  // scores in Score

  std::uint64_t seed_ = 0;
  std::span<const std::uint8_t> labels_;
  perceptron::WeightTable weights_;
};

}  // namespace lede::parse
