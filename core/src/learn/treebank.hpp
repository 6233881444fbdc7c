// Gold dependency trees of CoNLL-U corpora (UD EWT, GUM), read through corpus::read_conllu so that the
// words are exactly the tokens the runtime sees for `--input conllu`. Used by `lede train parse` and
// `lede eval parse`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lede/document.hpp"

namespace lede::learn {

// A head the treebank does not give: a multiword token kept whole (its words' heads are on lines the
// reader did not keep).
inline constexpr std::int32_t kUnknownHead = -2;

struct TreebankSentence {
  std::vector<std::string> forms;
  std::vector<std::string> lemmas;
  std::vector<std::uint8_t> xpos;  // kNoTag where there is no tag
  std::vector<std::uint8_t> upos;
  std::vector<std::int32_t> heads;   // index in the sentence, -1 for the root, kUnknownHead where unknown
  std::vector<std::uint8_t> labels;  // dep_labels.hpp numbers, kNoLabel where unknown
  // Every word has a known head and label (only such sentences are trained on).
  bool complete() const;
};

// The sentences of one Document read by corpus::read_conllu, with its gold trees. Tags and lemmas are
// the treebank's (gold), or with `document_tags` the document's own POS layers (the tagger's prediction,
// which must have run).
std::vector<TreebankSentence> treebank_sentences(const Document& document, bool document_tags);

// Makes a tree projective by lifting (Nivre & Nilsson 2005, without encoding the lifts in the labels):
// while an arc crosses another, the dependent of the shortest non-projective arc is re-attached to its
// head's head, keeping its label. Heads are sentence indices, -1 for the root; the tree must be complete.
// Returns how many arcs were lifted.
std::size_t projectivize(std::vector<std::int32_t>& heads);

}  // namespace lede::learn
