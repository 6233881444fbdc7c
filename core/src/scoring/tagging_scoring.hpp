// Word-level scores of the POS tagger, lemmatizer and parser against the gold layers of CoNLL-U
// documents (`lede eval pos`, `lede eval parse`), on the given tokens.
#pragma once

#include <array>
#include <cstddef>

#include "document/dep_labels.hpp"
#include "lede/document.hpp"
#include "pos/pos_tagger.hpp"
#include "scoring/scores.hpp"

namespace lede::scoring {

// UPOS, XPOS and lemma accuracy, lemmas apart for nouns, verbs and adjectives, and UPOS apart for words in
// and out of the tag dictionary.
struct PosScores {
  Accuracy upos, xpos, lemma, content_lemma, known_upos, unknown_upos;
};

// Adds a document read from CoNLL-U whose POS layers the tagger has since filled; words of a multiword
// token kept whole have no gold tag and are skipped.
void score_pos(const Document& tagged, const pos::PosTagger& tagger, PosScores& scores);

// Attachment with and without punctuation (CoNLL 2018 counts it), and per dependency label the arcs
// predicted and gold with that label and those right in head and label.
struct ParseScores {
  AttachmentScores all, without_punct;
  std::array<Prf, lede::kDepLabelCount> labels{};
  std::size_t sentences = 0;
};

// Adds a document read from CoNLL-U that the parser has since parsed, over the words with a known gold head.
void score_parse(const Document& parsed, ParseScores& scores);

}  // namespace lede::scoring
