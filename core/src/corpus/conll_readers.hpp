// Readers of the annotated corpora in ../shared/data, turning each document into a Document whose
// tokens and sentences are the given ones (the text is rebuilt from them). Used by `--input` and by
// the evaluations. They parse bytes already in memory: the core does no I/O.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lede/document.hpp"

namespace lede::corpus {

// A line a reader could not take: its 1-based number in the input and why. The line is skipped (it
// adds no token); the caller decides whether that fails the input (`lede analyze` refuses the file,
// the trainers and evaluations stop) — never a zero-length token or a silently shortened sentence.
struct LineProblem {
  std::size_t line = 0;
  std::string message;
};

// CoNLL-U (UD EWT, GUM). A document per "# newdoc" (or one for the whole input). The text of each
// sentence comes from "# text" when the words align with it, else from the forms and SpaceAfter=No;
// sentences of a paragraph are joined by a space (none after SpaceAfter=No), paragraphs ("# newpar")
// by a blank line. Tokens are syntactic words; a multiword token ("didn't") is split into its words
// when their forms spell it, else kept as one token. source_lines holds each token's input line.
// A word line needs 10 tab-separated columns, an ID (N, N-M or N.M) and a non-empty FORM.
std::vector<Document> read_conllu(std::string_view content, std::vector<LineProblem>* problems = nullptr);

// CoNLL-2003 (space-separated columns, NER last, "-DOCSTART-" between documents, blank lines between
// sentences). Text: tokens joined by spaces, sentences by newlines. source_lines holds each line.
// A token line starts with a non-empty form (a line that starts with a space or a tab has none).
std::vector<Document> read_conll2003(std::string_view content, std::vector<LineProblem>* problems = nullptr);

// The last column of each source line: the gold label of CoNLL-2003 documents.
std::string_view last_column(std::string_view line);

}  // namespace lede::corpus
