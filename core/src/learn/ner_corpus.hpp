// CoNLL-2003 as the NER trainer and evaluations see it: documents of sentences of token forms with gold
// names. CoNLL-2003 keeps hyphenated words whole ("German-born" MISC) while the runtime tokenizer splits
// hyphens (text/tokenizer.hpp); split_hyphens re-tokenizes such words the runtime's way and keeps the
// name on its name-like parts ("German" MISC, "Inzamam-ul-Haq" PER whole, "U.S.-led" -> "U.S.").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lede/document.hpp"
#include "ner/named_spans.hpp"

namespace lede::learn {

struct NerSentence {
  std::vector<std::string> forms;
  std::vector<std::uint32_t> starts;  // byte offset of each form in the document's text
  std::vector<ner::NamedSpan> names;  // token indices within the sentence
  // Tokens whose class is unknown (empty: none): the trainer learns nothing from them, taking its own
  // guess there as right. CoNLL04's "Other" spans (dates, numbers, events: neither O nor MISC here).
  std::vector<std::uint8_t> unlabeled;
};

struct NerDocument {
  std::vector<NerSentence> sentences;
};

// The gold names of a sentence's tokens from their IOB labels (IOB1 or IOB2), by the conlleval rules: a
// name starts at B-X, or at I-X after anything but X; it ends before the next token that does not
// continue it. Labels other than PER, ORG, LOC, MISC read as O.
std::vector<ner::NamedSpan> chunk_iob_labels(const std::vector<std::string_view>& labels);

// One CoNLL-2003 document (from corpus::read_conll2003) with its gold names, tokens as given or split
// at hyphens as the runtime tokenizer splits them.
NerDocument ner_document(const Document& conll, bool split_hyphens);

// All documents of a CoNLL-2003 file.
std::vector<NerDocument> read_ner_conll2003(std::string_view content, bool split_hyphens);

}  // namespace lede::learn
