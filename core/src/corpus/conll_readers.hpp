// Readers of the annotated corpora in ../shared/data, turning each document into a Document whose
// tokens and sentences are the given ones (the text is rebuilt from them). Used by `--input` and by
// the evaluations. They parse bytes already in memory: the core does no I/O.
#pragma once

#include <string_view>
#include <vector>

#include "lede/document.hpp"

namespace lede::corpus {

// CoNLL-U (UD EWT, GUM). A document per "# newdoc" (or one for the whole input). The text of each
// sentence comes from "# text" when the words align with it, else from the forms and SpaceAfter=No;
// sentences of a paragraph are joined by a space (none after SpaceAfter=No), paragraphs ("# newpar")
// by a blank line. Tokens are syntactic words; a multiword token ("didn't") is split into its words
// when their forms spell it, else kept as one token. source_lines holds each token's input line.
std::vector<Document> read_conllu(std::string_view content);

// CoNLL-2003 (space-separated columns, NER last, "-DOCSTART-" between documents, blank lines between
// sentences). Text: tokens joined by spaces, sentences by newlines. source_lines holds each line.
std::vector<Document> read_conll2003(std::string_view content);

// The last column of each source line: the gold label of CoNLL-2003 documents.
std::string_view last_column(std::string_view line);

}  // namespace lede::corpus
