// The facade: one Analyzer runs the pipeline stages, in order, over many documents.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lede/document.hpp"
#include "lede/model.hpp"

namespace lede {

namespace pos {
class PosTagger;
}
namespace ner {
class NerTagger;
}
namespace parse {
class DependencyParser;
}
namespace relations {
class RelationExtractor;
}

enum class Pipeline : std::uint8_t {
  Full,      // every stage
  Entities,  // no parser, relations or events: the fastest
};

std::string_view to_string(Pipeline pipeline);
std::optional<Pipeline> pipeline_from_string(std::string_view name);

struct AnalyzeOptions {
  Pipeline pipeline = Pipeline::Full;
  std::string date;  // document date, YYYY-MM-DD; empty = unknown
  // The reader's day, YYYY-MM-DD, or empty. Used only when `date` is empty, to give a year to a document
  // date the text states without one ("NAIROBI, Dec 3 (Reuters) -"): the latest such day on or before it.
  std::string today;
};

// Which stages run, each timed separately by `lede bench`.
// Parse builds the dependency tree (Pipeline::Full only). Ner finds the statistical names (PERSON, ORG,
// GPE, NORP, ...); RuleMentions adds the rule recognizers' mentions (DATE, MONEY, ...) around them.
// Relations finds typed and open relations between entities (Pipeline::Full only).
// Events normalizes DATE values (both pipelines) and finds quotes, their speakers, relation and quote
// dates and the timeline (Pipeline::Full only).
enum class Stage : std::uint8_t { Tokenize, Split, Pos, Parse, Ner, RuleMentions, Resolve, Relations, Events };
inline constexpr int kStageCount = 9;
std::string_view to_string(Stage stage);

class AnalysisJob;

class Analyzer {
 public:
  // Rules only: no model file (the statistical stages are skipped).
  Analyzer() = default;

  // An analyzer with a model file: copies `model_file` into aligned memory that the analyzer (and
  // every copy of it) shares, and validates it. On failure returns nullopt and sets `error` to a
  // one-line reason (Model::load's).
  static std::optional<Analyzer> load(std::span<const std::byte> model_file, std::string& error);
  // The same, taking ownership of aligned bytes instead of copying them.
  static std::optional<Analyzer> load_owned(AlignedBytes model_file, std::string& error);

  // The name and version written into results: the model file's, or "lede-rules" without one.
  const ModelInfo& model_info() const { return model_info_; }

  // The loaded model file, or nullptr without one. Its sections' bytes stay valid and 64-byte aligned
  // as long as any copy of this analyzer lives.
  const Model* model_file() const { return loaded_ ? &loaded_->model : nullptr; }

  // Whether the pos stage runs (the model file has its sections): tags and lemmas for every token.
  bool has_pos() const { return pos_tagger_ != nullptr; }
  // Whether the ner stage runs (the model file has an "ner" section): statistical names.
  bool has_ner() const { return ner_tagger_ != nullptr; }
  // Whether the parse stage runs in the full pipeline (the model file has a "parse" section).
  bool has_parse() const { return parser_ != nullptr; }
  // Whether the relations stage has its classifier (the model file has a "relations" section); the
  // pattern relations run without one.
  bool has_relation_classifier() const;

  // Analyzes raw text (any bytes; invalid UTF-8 is repaired).
  Document analyze(std::string_view text, const AnalyzeOptions& options = {}) const;

  // Runs the stages after tokenization on a document whose tokens and sentences are already set
  // (CoNLL input keeps the given tokens).
  void analyze_tokenized(Document& document, const AnalyzeOptions& options = {}) const;

  // Runs one stage on a document whose earlier stages have run. Exposed for benchmarks.
  void run_stage(Stage stage, Document& document, const AnalyzeOptions& options) const;

 private:
  friend class AnalysisJob;  // runs the stages a slice at a time

  struct LoadedModel {
    AlignedBytes bytes;
    Model model;  // views into `bytes`
  };

  ModelInfo model_info_;
  std::shared_ptr<const LoadedModel> loaded_;              // shared: copying an analyzer does not copy the model
  std::shared_ptr<const pos::PosTagger> pos_tagger_;       // when the model has POS sections; reads loaded_
  std::shared_ptr<const ner::NerTagger> ner_tagger_;       // when the model has an "ner" section; reads loaded_
  std::shared_ptr<const parse::DependencyParser> parser_;  // when the model has a "parse" section; reads loaded_
  // Always set by load (patterns need no model); with the classifier when the model has a "relations"
  // section. Null in a default-constructed analyzer, whose relations stage runs the patterns alone.
  std::shared_ptr<const relations::RelationExtractor> relation_extractor_;
};

// One analysis in steps (the JavaScript API's begin/step/result): the same Document and the same stages
// as Analyzer::analyze, which runs a job to its end, so a stepped result is the unstepped one. The POS,
// parse and NER stages advance a slice of sentences per step, the others a whole stage; between steps a
// caller reports progress, and may simply drop the job.
class AnalysisJob {
 public:
  // Starts analyzing `text` (any bytes; invalid UTF-8 is repaired). The analyzer must outlive the job.
  AnalysisJob(const Analyzer& analyzer, std::string_view text, const AnalyzeOptions& options = {});
  // Continues from a document whose tokens and sentences are already set (CoNLL input): the POS stage on.
  AnalysisJob(const Analyzer& analyzer, Document tokenized, const AnalyzeOptions& options = {});
  AnalysisJob(AnalysisJob&&) noexcept;
  AnalysisJob& operator=(AnalysisJob&&) noexcept;
  ~AnalysisJob();

  // Runs slices of work until `budget` has passed (at least one slice: a fast stage whole, or a few
  // milliseconds of a tagger's sentences) and returns the progress, 0 to 1 (1 exactly when done()).
  double step(std::chrono::nanoseconds budget);
  // Runs to the end, without looking at the clock (a whole article is one slice of each stage).
  void finish();

  bool done() const;
  // The share of the work done, by each stage's measured cost per token.
  double progress() const;
  const Document& document() const;
  // The analyzed document (after done(); the job is spent).
  Document take_document();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace lede
