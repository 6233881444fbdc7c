#include "lede/analyzer.hpp"

#include "events/events_stage.hpp"
#include "ner/mention_merge.hpp"
#include "ner/ner_tagger.hpp"
#include "parse/dependency_parser.hpp"
#include "pos/pos_tagger.hpp"
#include "relations/relation_extractor.hpp"
#include "resolve/entity_grouper.hpp"
#include "rules/rule_recognizers.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

namespace lede {

std::string_view to_string(Pipeline pipeline) { return pipeline == Pipeline::Full ? "full" : "entities"; }

std::optional<Pipeline> pipeline_from_string(std::string_view name) {
  if (name == "full") return Pipeline::Full;
  if (name == "entities") return Pipeline::Entities;
  return std::nullopt;
}

std::string_view to_string(Stage stage) {
  switch (stage) {
    case Stage::Tokenize: return "tokenize";
    case Stage::Split: return "split";
    case Stage::Pos: return "pos";
    case Stage::Parse: return "parse";
    case Stage::Ner: return "ner";
    case Stage::RuleMentions: return "rules";
    case Stage::Resolve: return "resolve";
    case Stage::Relations: return "relations";
    case Stage::Events: return "events";
  }
  return "";
}

std::optional<Analyzer> Analyzer::load(std::span<const std::byte> model_file, std::string& error) {
  return load_owned(AlignedBytes(model_file), error);
}

std::optional<Analyzer> Analyzer::load_owned(AlignedBytes model_file, std::string& error) {
  auto loaded = std::make_shared<LoadedModel>();
  loaded->bytes = std::move(model_file);
  std::optional<Model> model = Model::load(loaded->bytes.span(), error);
  if (!model) return std::nullopt;
  loaded->model = std::move(*model);
  Analyzer analyzer;
  analyzer.model_info_.name = std::string(loaded->model.name());
  analyzer.model_info_.version = std::string(loaded->model.version());
  analyzer.loaded_ = std::move(loaded);
  if (pos::PosTagger::available(analyzer.loaded_->model)) {
    std::optional<pos::PosTagger> tagger = pos::PosTagger::load(analyzer.loaded_->model, error);
    if (!tagger) return std::nullopt;
    analyzer.pos_tagger_ = std::make_shared<const pos::PosTagger>(std::move(*tagger));
  }
  if (ner::NerTagger::available(analyzer.loaded_->model)) {
    std::optional<ner::NerTagger> tagger = ner::NerTagger::load(analyzer.loaded_->model, error);
    if (!tagger) return std::nullopt;
    analyzer.ner_tagger_ = std::make_shared<const ner::NerTagger>(std::move(*tagger));
  }
  if (parse::DependencyParser::available(analyzer.loaded_->model)) {
    std::optional<parse::DependencyParser> parser = parse::DependencyParser::load(analyzer.loaded_->model, error);
    if (!parser) return std::nullopt;
    analyzer.parser_ = std::make_shared<const parse::DependencyParser>(std::move(*parser));
  }
  std::optional<relations::RelationExtractor> extractor =
      relations::RelationExtractor::load(analyzer.loaded_->model, error);
  if (!extractor) return std::nullopt;
  analyzer.relation_extractor_ = std::make_shared<const relations::RelationExtractor>(std::move(*extractor));
  return analyzer;
}

namespace {

// The rule stages, each in a function of its own rather than inlined into run_stage. A WebAssembly
// engine compiles a function on its first call and re-compiles it optimized once it is hot, a function
// at a time: with every stage inlined, run_stage was the module's largest function (a sixth of its
// code), compiled whole before the first stage could run and optimized whole, at length, in the
// threads a cold page needs for its first result.
[[gnu::noinline]] void tokenize_stage(Document& document) { text::tokenize(document); }
[[gnu::noinline]] void split_stage(Document& document) { text::split_sentences(document); }
[[gnu::noinline]] void rule_mentions_stage(Document& document) {
  document.mentions = ner::merge_mentions(document, document.mentions, rules::recognize_rule_entities(document),
                                          &document.nested_names);
}
[[gnu::noinline]] void resolve_stage(Document& document) { resolve::group_entities(document); }
[[gnu::noinline]] void dates_stage(Document& document, std::string_view today) {
  events::normalize_dates(document, today);
}
[[gnu::noinline]] void quotes_stage(Document& document) { events::find_quotes_and_timeline(document); }

}  // namespace

void Analyzer::run_stage(Stage stage, Document& document, const AnalyzeOptions& options) const {
  switch (stage) {
    case Stage::Tokenize: tokenize_stage(document); break;
    case Stage::Split: split_stage(document); break;
    case Stage::Pos:
      if (pos_tagger_) pos_tagger_->tag(document);
      break;
    case Stage::Parse:
      if (parser_ && options.pipeline == Pipeline::Full) parser_->parse(document);
      break;
    case Stage::Ner:
      if (ner_tagger_) ner_tagger_->add_mentions(document);
      break;
    case Stage::RuleMentions: rule_mentions_stage(document); break;
    case Stage::Resolve: resolve_stage(document); break;
    case Stage::Relations:
      if (options.pipeline != Pipeline::Full) break;
      if (relation_extractor_) {
        relation_extractor_->extract(document);
      } else {
        relations::RelationExtractor().extract(document);  // rules only: the patterns
      }
      break;
    case Stage::Events:
      dates_stage(document, options.today);
      if (options.pipeline == Pipeline::Full) quotes_stage(document);
      break;
  }
}

bool Analyzer::has_relation_classifier() const { return relation_extractor_ && relation_extractor_->has_classifier(); }

Document Analyzer::analyze(std::string_view text, const AnalyzeOptions& options) const {
  AnalysisJob job(*this, text, options);
  job.finish();
  return job.take_document();
}

void Analyzer::analyze_tokenized(Document& document, const AnalyzeOptions& options) const {
  AnalysisJob job(*this, std::move(document), options);
  job.finish();
  document = job.take_document();
}

}  // namespace lede
