// `lede analyze`: text or CoNLL in, lede/1 JSON or CoNLL out (README "The command line", and `lede --help`).
#include <unistd.h>

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus/conll_readers.hpp"
#include "corpus_files.hpp"
#include "file_io.hpp"
#include "jsonl_batch.hpp"
#include "lede/analyzer.hpp"
#include "lede/export.hpp"
#include "model_loading.hpp"

namespace lede::cli {
namespace {

constexpr const char* kAnalyzeHelp = R"(usage: lede analyze [options] [FILE...]

Analyzes each FILE (or standard input when none is given, or for "-") as one document and writes the
result to standard output.

options:
  --jsonl                 input is JSON Lines: one {"id": ..., "text": ..., "date": ...} per line,
                          read as a stream; output is exactly one line per input line with the same
                          "id"; a bad line gives {"id": ..., "error": "..."} and the run goes on
  --threads N             with --jsonl: analyze N documents at once (one shared model); results keep
                          the input order unless --unordered
  --unordered             with --threads: write each result as soon as it is ready
  --max-bytes N           with --jsonl: a longer line is an error line (default 33554432: 32 MiB)
  --input FORMAT          text (default), conll2003 or conllu: CoNLL input keeps its tokens and sentences
  --format FORMAT         json (default; one object, or an array for several documents), jsonl (one
                          object per line, "id" = the file name), conll2003 (the input's columns + the
                          predicted NER label in IOB2), conllu (ten columns, NE=... in MISC); or, for
                          one text document, an export: csv (entities), csv-mentions, csv-relations,
                          csv-quotes, brat (.ann), displacy, gexf (see lede export --help)
  --offsets UNIT          utf16 (default, JavaScript string indices), codepoint, or byte (of the input)
  --tokens                include the tokens in JSON output
  --date YYYY-MM-DD       the document date (relative dates resolve against it)
  --today YYYY-MM-DD      the reader's day: without --date, a document date the text states without its
                          year ("NAIROBI, Dec 3 (Reuters) -") becomes the latest such day on or before it
  --pipeline NAME         full (default) or entities (no parser, relations, events: faster)
)" LEDE_CLI_MODEL_OPTIONS_HELP R"(  --help                  this text

With --jsonl and standard error a terminal, the documents done and the words/s show there.

exit status: 0 on success, 1 if an input or the model could not be read or (with --jsonl) any line gave
an error line, 2 for a usage error.
)";

enum class InputFormat { Text, Conll2003, Conllu };
enum class OutputFormat { Json, Jsonl, Conll2003, Conllu, Export };

struct AnalyzeSettings {
  InputFormat input = InputFormat::Text;
  OutputFormat output = OutputFormat::Json;
  ExportFormat export_format = ExportFormat::Csv;  // with OutputFormat::Export
  JsonOptions json;
  AnalyzeOptions analyze;
  bool jsonl_input = false;
  JsonlRun jsonl;  // with jsonl_input
};

// Writes a stream of results in the chosen format; with --format json, several results become an array.
class ResultWriter {
 public:
  ResultWriter(const AnalyzeSettings& settings, const Analyzer& analyzer, std::size_t expected_documents)
      : settings_(settings),
        analyzer_(analyzer),
        array_(settings.output == OutputFormat::Json && expected_documents > 1) {}

  void write(const Document& document, const std::string& id_json) {
    switch (settings_.output) {
      case OutputFormat::Json:
      case OutputFormat::Jsonl: {
        if (array_) out_.write(count_ == 0 ? "[" : ",\n");
        JsonOptions options = settings_.json;
        if (settings_.output == OutputFormat::Jsonl) options.id_json = id_json;
        write_json(document, analyzer_.model_info(), options, out_);
        if (!array_) out_.write("\n");
        break;
      }
      case OutputFormat::Conll2003: write_conll2003(document, out_); break;
      case OutputFormat::Conllu: write_conllu(document, out_); break;
      case OutputFormat::Export: {
        const Result result = result_of(document, analyzer_.model_info(), settings_.json.offsets);
        if (const std::string problem = write_export(result, settings_.export_format, out_); !problem.empty()) {
          std::fprintf(stderr, "lede analyze: %s\n", problem.c_str());
          failed_ = true;
        }
        break;
      }
    }
    ++count_;
  }

  // Whether a result could not be written (an export's reason went to stderr).
  bool failed() const { return failed_; }

  void finish() {
    if (array_) out_.write(count_ == 0 ? "[]\n" : "]\n");
    std::fflush(stdout);
  }

 private:
  const AnalyzeSettings& settings_;
  const Analyzer& analyzer_;
  FileSink out_{stdout};
  bool array_;
  std::size_t count_ = 0;
  bool failed_ = false;
};

std::string quoted(const std::string& text) {
  StringSink sink;
  write_json_string(text, sink);
  return sink.text;
}

// Calls use(path, content) for each input that can be read; an unreadable one is reported (read_input
// says why) and skipped, and makes the status 1. The writer is finished after the last input.
template <class Use>
int for_each_readable_input(const std::vector<std::string>& files, ResultWriter& writer, Use&& use) {
  int status = 0;
  for (const std::string& path : files) {
    const std::optional<std::string> content = read_input(path, "lede");
    if (!content) {
      status = 1;
      continue;
    }
    use(path, *content);
  }
  writer.finish();
  return status;
}

// The documents of one input, analyzed; nullopt (after saying which lines, on stderr) when a CoNLL input
// has lines its reader cannot take: a file read with lines missing would shift every result after them.
std::optional<std::vector<Document>> documents_of(const std::string& path, std::string_view content,
                                                  const AnalyzeSettings& settings, const Analyzer& analyzer) {
  std::vector<Document> documents;
  if (settings.input == InputFormat::Text) {
    documents.push_back(analyzer.analyze(content, settings.analyze));
    return documents;
  }
  std::vector<corpus::LineProblem> problems;
  documents = settings.input == InputFormat::Conll2003 ? corpus::read_conll2003(content, &problems)
                                                       : corpus::read_conllu(content, &problems);
  if (print_line_problems("lede analyze", path, problems, "the file is not analyzed")) return std::nullopt;
  for (Document& document : documents) analyzer.analyze_tokenized(document, settings.analyze);
  return documents;
}

int analyze_files(const std::vector<std::string>& files, const Analyzer& analyzer, const AnalyzeSettings& settings) {
  const bool several = files.size() > 1 || settings.input != InputFormat::Text;
  ResultWriter writer(settings, analyzer, several ? 2 : 1);
  bool refused = false;
  const int status = for_each_readable_input(files, writer, [&](const std::string& path, std::string_view content) {
    const std::optional<std::vector<Document>> documents = documents_of(path, content, settings, analyzer);
    if (!documents) {
      refused = true;
      return;
    }
    for (const Document& document : *documents) writer.write(document, quoted(path));
  });
  return writer.failed() || refused ? 1 : status;
}

// The value of `name` among `choices`, or nullopt.
template <class Value>
std::optional<Value> choice(std::string_view name, std::initializer_list<std::pair<std::string_view, Value>> choices) {
  for (const auto& [word, value] : choices) {
    if (word == name) return value;
  }
  return std::nullopt;
}

// A whole positive decimal number, or nullopt.
std::optional<std::uint64_t> positive_number(const std::string& text) {
  std::uint64_t value = 0;
  const auto [end, code] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (code != std::errc() || end != text.data() + text.size() || value == 0) return std::nullopt;
  return value;
}

bool parse_settings(const Arguments& args, AnalyzeSettings& settings, std::string& error) {
  if (const auto input = args.value("--input")) {
    const auto format = choice<InputFormat>(
        *input, {{"text", InputFormat::Text}, {"conll2003", InputFormat::Conll2003}, {"conllu", InputFormat::Conllu}});
    if (!format) return error = "unknown input format '" + *input + "' (text, conll2003, conllu)", false;
    settings.input = *format;
  }
  if (const auto format = args.value("--format")) {
    const auto output = choice<OutputFormat>(*format, {{"json", OutputFormat::Json},
                                                       {"jsonl", OutputFormat::Jsonl},
                                                       {"conll2003", OutputFormat::Conll2003},
                                                       {"conllu", OutputFormat::Conllu}});
    if (const auto exported = export_format_from_string(*format)) {
      settings.output = OutputFormat::Export;
      settings.export_format = *exported;
    } else if (output) {
      settings.output = *output;
    } else {
      return error = "unknown output format '" + *format +
                     "' (json, jsonl, conll2003, conllu, csv, csv-mentions, csv-relations, csv-quotes, brat, "
                     "displacy, gexf)",
             false;
    }
  }
  if (const auto offsets = args.value("--offsets")) {
    const auto unit = offset_unit_from_string(*offsets);
    if (!unit) return error = "unknown offset unit '" + *offsets + "' (utf16, codepoint, byte)", false;
    settings.json.offsets = *unit;
  }
  if (const auto pipeline = args.value("--pipeline")) {
    const auto parsed = pipeline_from_string(*pipeline);
    if (!parsed) return error = "unknown pipeline '" + *pipeline + "' (full, entities)", false;
    settings.analyze.pipeline = *parsed;
  }
  if (const auto date = args.value("--date")) {
    if (!is_valid_iso_date(*date))
      return error = "--date must be a date written YYYY-MM-DD, not '" + *date + "'", false;
    settings.analyze.date = *date;
  }
  if (const auto today = args.value("--today")) {
    if (!is_valid_iso_date(*today))
      return error = "--today must be a date written YYYY-MM-DD, not '" + *today + "'", false;
    settings.analyze.today = *today;
  }
  settings.json.tokens = args.has("--tokens");
  settings.jsonl_input = args.has("--jsonl");
  if (settings.jsonl_input && settings.input != InputFormat::Text) {
    return error = "--jsonl reads text documents; it cannot be combined with --input " + *args.value("--input"), false;
  }
  if (settings.output == OutputFormat::Export && (settings.jsonl_input || settings.input != InputFormat::Text)) {
    return error = "--format " + *args.value("--format") + " exports one text document (not --jsonl or CoNLL input)",
           false;
  }
  if (settings.jsonl_input && (settings.output == OutputFormat::Conll2003 || settings.output == OutputFormat::Conllu)) {
    return error = "--jsonl writes one JSON line per input line; use --format json or jsonl", false;
  }
  if (settings.jsonl_input) settings.output = OutputFormat::Jsonl;
  if (!settings.jsonl_input && (args.value("--threads") || args.has("--unordered") || args.value("--max-bytes"))) {
    return error = "--threads, --unordered and --max-bytes go with --jsonl", false;
  }
  JsonlRun& jsonl = settings.jsonl;
  jsonl.json = settings.json;
  jsonl.analyze = settings.analyze;
  jsonl.unordered = args.has("--unordered");
  jsonl.progress = isatty(fileno(stderr)) != 0;
  jsonl.max_document_bytes = 32U << 20U;
  if (const auto threads = args.value("--threads")) {
    const std::optional<std::uint64_t> count = positive_number(*threads);
    if (!count || *count > 256) return error = "--threads takes a number from 1 to 256, not '" + *threads + "'", false;
    jsonl.threads = static_cast<unsigned>(*count);
  }
  if (jsonl.unordered && jsonl.threads <= 1) return error = "--unordered goes with --threads N (N > 1)", false;
  if (const auto bytes = args.value("--max-bytes")) {
    const std::optional<std::uint64_t> limit = positive_number(*bytes);
    if (!limit) return error = "--max-bytes takes a positive number of bytes, not '" + *bytes + "'", false;
    jsonl.max_document_bytes = static_cast<std::size_t>(*limit);
  }
  return true;
}

}  // namespace

int run_analyze(int argc, char** argv) {
  const Arguments args(argc, argv, 2, {"--jsonl", "--unordered", "--tokens", "--help", kNoModelFlag},
                       {"--input", "--format", "--offsets", "--date", "--today", "--pipeline", "--threads",
                        "--max-bytes", kModelOption});
  if (!args.ok()) {
    std::fprintf(stderr, "lede analyze: %s (see lede analyze --help)\n", args.error().c_str());
    return 2;
  }
  if (args.has("--help")) {
    std::fputs(kAnalyzeHelp, stdout);
    return 0;
  }
  AnalyzeSettings settings;
  std::string error;
  if (!parse_settings(args, settings, error)) {
    std::fprintf(stderr, "lede analyze: %s\n", error.c_str());
    return 2;
  }
  std::vector<std::string> files = args.positionals();
  if (files.empty()) files.push_back("-");
  if (settings.output == OutputFormat::Export && files.size() > 1) {
    std::fprintf(stderr, "lede analyze: --format %s exports one document at a time\n", args.value("--format")->c_str());
    return 2;
  }
  const std::optional<Analyzer> analyzer = analyzer_for(args, "analyze");
  if (!analyzer) return 1;
  return settings.jsonl_input ? analyze_jsonl(files, *analyzer, settings.jsonl)
                              : analyze_files(files, *analyzer, settings);
}

}  // namespace lede::cli
