#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include "lede/analyzer.hpp"
#include "ner/ner_tagger.hpp"
#include "parse/dependency_parser.hpp"
#include "pos/pos_tagger.hpp"

namespace lede {
namespace {

// What each stage costs per token, in tens of nanoseconds (natively, a 300 KB article, `lede bench`):
// progress is the share of the weighted work done, so the bar moves at an even pace through the parser.
constexpr std::array<std::uint32_t, kStageCount> kStageCost = {
    19,   // tokenize
    1,    // split
    49,   // pos
    459,  // parse
    104,  // ner
    43,   // rules
    7,    // resolve
    10,   // relations
    6,    // events
};

// Tokens per slice of the stepped stages: about 5 ms of work natively (a step checks the clock between
// slices), and enough tokens that a slice's word caches still pay.
constexpr std::size_t kSliceCost = 500'000;  // in kStageCost units
// finish()'s slices: a whole article at once, a long text in parts, so that what a slice needs (the NER's
// facts, ~120 bytes a token) stays bounded while the result stays the same.
constexpr std::size_t kFinishSliceTokens = 1 << 16;

std::size_t slice_tokens(Stage stage) {
  return std::max<std::size_t>(256, kSliceCost / kStageCost[static_cast<std::size_t>(stage)]);
}

}  // namespace

struct AnalysisJob::State {
  const Analyzer* analyzer = nullptr;
  AnalyzeOptions options;
  Document document;
  int stage = 0;                         // the next Stage to run (kStageCount: done)
  std::size_t next_sentence = 0;         // POS and parse: the first sentence not yet done
  std::size_t tokens_done = 0;           // in the current stage, for progress
  bool stage_started = false;            // POS, parse: the layers are sized
  std::optional<ner::NerPass> ner_pass;  // NER: between start and the mentions

  bool runs(Stage s) const {
    switch (s) {
      case Stage::Pos: return analyzer->pos_tagger_ != nullptr;
      case Stage::Parse: return analyzer->parser_ != nullptr && options.pipeline == Pipeline::Full;
      case Stage::Ner: return analyzer->ner_tagger_ != nullptr;
      case Stage::Relations: return options.pipeline == Pipeline::Full;
      default: return true;
    }
  }

  void next_stage() {
    ++stage;
    next_sentence = 0;
    tokens_done = 0;
    stage_started = false;
  }

  // The end of the next slice of sentences from next_sentence: at least one, then up to `max_tokens`.
  std::size_t slice_end(std::size_t max_tokens) const {
    const std::vector<Sentence>& sentences = document.sentences;
    std::size_t end = next_sentence;
    std::size_t tokens = 0;
    do {
      tokens += sentences[end].token_end - sentences[end].token_begin;
      ++end;
    } while (end < sentences.size() && tokens < max_tokens);
    return end;
  }

  // Runs the next slice of work: up to `max_tokens` tokens of a stepped stage, or a whole other stage.
  void run_slice(std::size_t max_tokens) {
    const Stage current = static_cast<Stage>(stage);
    if (!runs(current)) {
      next_stage();
      return;
    }
    switch (current) {
      case Stage::Pos: {
        const pos::PosTagger& tagger = *analyzer->pos_tagger_;
        run_sentences(
            max_tokens, [&] { tagger.start(document); },
            [&](std::size_t first, std::size_t end) { tagger.tag(document, first, end); });
        return;
      }
      case Stage::Parse: {
        const parse::DependencyParser& parser = *analyzer->parser_;
        run_sentences(
            max_tokens, [&] { parser.start(document); },
            [&](std::size_t first, std::size_t end) { parser.parse(document, first, end); });
        return;
      }
      case Stage::Ner: {
        const ner::NerTagger& tagger = *analyzer->ner_tagger_;
        if (!ner_pass) ner_pass = tagger.start(document);
        tagger.decode(*ner_pass, max_tokens);
        tokens_done = ner_pass->decoded == 0 ? 0 : ner_pass->ranges[ner_pass->decoded - 1].end;
        if (ner_pass->done()) {
          tagger.add_mentions(document, *ner_pass);
          ner_pass.reset();
          next_stage();
        }
        return;
      }
      default:
        analyzer->run_stage(current, document, options);
        next_stage();
        return;
    }
  }

  // The next slice of a stage that fills sentences in order: start() once, then run(first, end).
  template <typename Start, typename Run>
  void run_sentences(std::size_t max_tokens, Start&& start, Run&& run) {
    if (!stage_started) start();
    stage_started = true;
    const std::size_t end = document.sentences.empty() ? 0 : slice_end(max_tokens);
    run(next_sentence, end);
    advance_sentences(end);
  }

  void advance_sentences(std::size_t end) {
    next_sentence = end;
    if (end >= document.sentences.size()) {
      next_stage();
    } else {
      tokens_done = document.sentences[end].token_begin;
    }
  }

  double progress() const {
    if (stage >= kStageCount) return 1.0;
    const double tokens = static_cast<double>(std::max<std::size_t>(1, document.tokens.size()));
    double total = 0;
    double done = 0;
    for (int s = 0; s < kStageCount; ++s) {
      if (!runs(static_cast<Stage>(s))) continue;
      const double cost = kStageCost[static_cast<std::size_t>(s)];
      total += cost;
      if (s < stage) done += cost;
      if (s == stage) done += cost * std::min(1.0, static_cast<double>(tokens_done) / tokens);
    }
    // Short of 1 until the last stage has run.
    return total == 0 ? 0.0 : std::min(done / total, 0.999);
  }
};

AnalysisJob::AnalysisJob(const Analyzer& analyzer, std::string_view text, const AnalyzeOptions& options)
    : state_(std::make_unique<State>()) {
  state_->analyzer = &analyzer;
  state_->options = options;
  state_->document = Document(text);
  state_->document.date = options.date;
}

AnalysisJob::AnalysisJob(const Analyzer& analyzer, Document tokenized, const AnalyzeOptions& options)
    : state_(std::make_unique<State>()) {
  state_->analyzer = &analyzer;
  state_->options = options;
  state_->document = std::move(tokenized);
  state_->document.date = options.date;
  state_->stage = static_cast<int>(Stage::Pos);
}

AnalysisJob::AnalysisJob(AnalysisJob&&) noexcept = default;
AnalysisJob& AnalysisJob::operator=(AnalysisJob&&) noexcept = default;
AnalysisJob::~AnalysisJob() = default;

double AnalysisJob::step(std::chrono::nanoseconds budget) {
  const auto started = std::chrono::steady_clock::now();
  while (!done()) {
    state_->run_slice(slice_tokens(static_cast<Stage>(state_->stage)));
    if (std::chrono::steady_clock::now() - started >= budget) break;
  }
  return progress();
}

void AnalysisJob::finish() {
  while (!done()) state_->run_slice(kFinishSliceTokens);
}

bool AnalysisJob::done() const { return state_->stage >= kStageCount; }
double AnalysisJob::progress() const { return state_->progress(); }
const Document& AnalysisJob::document() const { return state_->document; }
Document AnalysisJob::take_document() { return std::move(state_->document); }

}  // namespace lede
