// The facade: one Analyzer runs the pipeline stages of DESIGN.md "Data flow" over many documents.
#pragma once

#include <string>
#include <string_view>

#include "lede/document.hpp"

namespace lede {

enum class Pipeline : std::uint8_t {
  Full,      // every stage
  Entities,  // no parser, relations or events: the fastest
};

std::string_view to_string(Pipeline pipeline);
std::optional<Pipeline> pipeline_from_string(std::string_view name);

struct AnalyzeOptions {
  Pipeline pipeline = Pipeline::Full;
  std::string date;  // document date, YYYY-MM-DD; empty = unknown
};

// The name and version written into every result's "model" field.
struct ModelInfo {
  std::string name = "lede-rules";
  std::string version = "0.1.0";
};

// Checks an ISO date "YYYY-MM-DD" for the date option (real calendar day, years 1..9999).
bool is_valid_iso_date(std::string_view date);

// Which stages run, each timed separately by `lede bench`.
enum class Stage : std::uint8_t { Tokenize, Split, Entities, Resolve };
inline constexpr int kStageCount = 4;
std::string_view to_string(Stage stage);

class Analyzer {
 public:
  Analyzer() = default;

  const ModelInfo& model() const { return model_; }

  // Analyzes raw text (any bytes; invalid UTF-8 is repaired).
  Document analyze(std::string_view text, const AnalyzeOptions& options = {}) const;

  // Runs the stages after tokenization on a document whose tokens and sentences are already set
  // (CoNLL input keeps the given tokens).
  void analyze_tokenized(Document& document, const AnalyzeOptions& options = {}) const;

  // Runs one stage on a document whose earlier stages have run. Exposed for benchmarks.
  void run_stage(Stage stage, Document& document, const AnalyzeOptions& options) const;

 private:
  ModelInfo model_;
};

}  // namespace lede
