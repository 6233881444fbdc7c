// Writers of analysis results: lede/1 JSON (streamed, no DOM), CoNLL-2003 and CoNLL-U over a Document, and
// the export formats (CSV tables, brat, displaCy, GEXF) over a lede/1 Result (result.hpp), so that a saved
// or corrected result exports as a fresh one does. The caller supplies where the bytes go: no I/O here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lede/document.hpp"
#include "lede/result.hpp"
#include "lede/types.hpp"

namespace lede {

// Receives output in pieces. Writers call write() often with small pieces; sinks buffer.
class OutputSink {
 public:
  virtual ~OutputSink() = default;
  virtual void write(std::string_view bytes) = 0;
};

class StringSink final : public OutputSink {
 public:
  void write(std::string_view bytes) override { text.append(bytes); }
  std::string text;
};

struct JsonOptions {
  OffsetUnit offsets = OffsetUnit::Utf16;
  bool tokens = false;       // include the tokens array
  std::string_view id_json;  // if set, written first as "id" (already JSON: a number or a quoted string)
};

// One lede/1 result as a single line of JSON, without a trailing newline.
void write_json(const Document& document, const ModelInfo& model, const JsonOptions& options, OutputSink& out);

// A JSON string literal (with quotes) for `text`, which must be valid UTF-8.
void write_json_string(std::string_view text, OutputSink& out);

// The names as the CoNLL-2003 view sees them, sorted and never overlapping: the mentions with a CoNLL-2003
// label (pronouns aside), and the nested names (Document::nested_names) inside mentions without one (the
// MISC "C$" in the MONEY "C$ 0.45"). Read by write_conll2003 and by `lede eval ner`.
std::vector<Mention> conll2003_names(const Document& document);

// CoNLL-2003: one token per line with the input's columns (or the token alone for text input) and the
// predicted CoNLL-2003 NER label in IOB2 as the last column; blank line between sentences.
void write_conll2003(const Document& document, OutputSink& out);

// CoNLL-U: every sentence with "# text", ten columns per token (layers not predicted yet are "_"),
// SpaceAfter=No where no space follows, and the predicted mention in MISC as NE=B-TYPE / I-TYPE.
void write_conllu(const Document& document, OutputSink& out);

// The export formats of ../shared/DESIGN.md "Exports": "csv" (one row per entity), "csv-mentions",
// "csv-relations", "csv-quotes", "brat" (.ann), "displacy" (JSON) and "gexf".
enum class ExportFormat : std::uint8_t { Csv, CsvMentions, CsvRelations, CsvQuotes, Brat, Displacy, Gexf };
std::string_view to_string(ExportFormat format);
std::optional<ExportFormat> export_format_from_string(std::string_view name);

// Writes `result` in `format`. Returns an empty string, or a one-line reason nothing (or not all) was
// written: the result does not hold together (check_result), or the format needs the text it lacks.
std::string write_export(const Result& result, ExportFormat format, OutputSink& out);

}  // namespace lede
