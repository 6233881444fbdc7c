// `lede analyze --jsonl`: a stream of {"id", "text", "date"} lines analyzed one document at a time, on one
// or more threads sharing one model, with one output line per input line (../shared/DESIGN.md "Beyond one
// machine"). Memory holds the documents in flight, never the whole input.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lede/analyzer.hpp"
#include "lede/export.hpp"

namespace lede::cli {

struct JsonlRun {
  JsonOptions json;                    // offsets and tokens; id_json is set per line
  AnalyzeOptions analyze;              // pipeline, and the date of lines without one
  unsigned threads = 1;                // documents analyzed at once
  bool unordered = false;              // write each result as soon as it is ready
  std::size_t max_document_bytes = 0;  // a longer line is an error line (0: no limit)
  bool progress = false;               // documents and words/s on stderr, now and then
};

// Analyzes every line of the files ("-" = stdin) in turn. Returns the exit status: 0 when every line
// gave a result, 1 when a line was an error line or a file could not be read.
int analyze_jsonl(const std::vector<std::string>& files, const Analyzer& analyzer, const JsonlRun& run);

}  // namespace lede::cli
