// The analysis job (begin/step/result in the JavaScript API): a long text analyzed a slice at a time
// comes out byte for byte as Analyzer::analyze writes it, with progress that only moves forward.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lede/analyzer.hpp"
#include "lede/export.hpp"
#include "model_fixtures.hpp"

using namespace lede;

namespace {

std::string to_json(const Document& document, const Analyzer& analyzer) {
  StringSink sink;
  JsonOptions options;
  options.tokens = true;  // every layer: tags, lemmas, heads
  write_json(document, analyzer.model_info(), options, sink);
  return sink.text;
}

// The gold articles' texts (tests/gold/*.json) one after another, `copies` times: a long text of news.
std::string long_text(int copies) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(LEDE_TEST_GOLD_DIR)) {
    if (entry.path().extension() == ".json") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::string articles;
  for (const auto& path : paths) {
    const nlohmann::json gold = nlohmann::json::parse(test::read_text(path.string()).value_or("{}"));
    articles += gold.value("text", std::string()) + "\n\n";
  }
  std::string text;
  for (int c = 0; c < copies; ++c) text += articles;
  return text;
}

struct SteppedRun {
  std::string json;
  int steps = 0;
  std::vector<double> progress;
};

// One slice per step (a zero budget), recording the progress after each.
SteppedRun run_stepped(const Analyzer& analyzer, const std::string& text, const AnalyzeOptions& options) {
  SteppedRun run;
  AnalysisJob job(analyzer, text, options);
  while (!job.done()) {
    run.progress.push_back(job.step(std::chrono::nanoseconds(0)));
    ++run.steps;
  }
  run.json = to_json(job.document(), analyzer);
  return run;
}

void check_progress(const std::vector<double>& progress) {
  REQUIRE_FALSE(progress.empty());
  for (std::size_t i = 1; i < progress.size(); ++i) CHECK(progress[i] >= progress[i - 1]);
  CHECK(progress.front() >= 0.0);
  CHECK(progress.back() == 1.0);
  for (std::size_t i = 0; i + 1 < progress.size(); ++i) CHECK(progress[i] < 1.0);
}

}  // namespace

TEST_CASE("a long text analyzed in steps is the text analyzed at once", "[job]") {
  const Analyzer* analyzer = test::committed_model(test::kNeedsPos | test::kNeedsNer | test::kNeedsParse);
  if (analyzer == nullptr) return;
  const std::string text = long_text(3);
  REQUIRE(text.size() > 80'000);
  REQUIRE(text.find("[[") == std::string::npos);  // the articles' texts, not their annotated sources
  for (const Pipeline pipeline : {Pipeline::Full, Pipeline::Entities}) {
    AnalyzeOptions options;
    options.pipeline = pipeline;
    options.date = "2021-03-04";
    const SteppedRun stepped = run_stepped(*analyzer, text, options);
    INFO("pipeline " << to_string(pipeline) << ", " << stepped.steps << " steps");
    // Slices, not stages: the taggers (and the parser) took several steps each.
    CHECK(stepped.steps > kStageCount + 2);
    CHECK(stepped.json == to_json(analyzer->analyze(text, options), *analyzer));
    check_progress(stepped.progress);
  }
}

TEST_CASE("a step with a budget runs slices until the budget is spent", "[job]") {
  const Analyzer* analyzer = test::committed_model(test::kNeedsPos | test::kNeedsNer | test::kNeedsParse);
  if (analyzer == nullptr) return;
  const std::string text = long_text(2);
  AnalysisJob sliced(*analyzer, text);
  int zero_budget_steps = 0;
  while (!sliced.done()) {
    sliced.step(std::chrono::nanoseconds(0));
    ++zero_budget_steps;
  }
  AnalysisJob budgeted(*analyzer, text);
  int hour_steps = 0;
  while (!budgeted.done()) {
    budgeted.step(std::chrono::hours(1));
    ++hour_steps;
  }
  CHECK(hour_steps == 1);
  CHECK(zero_budget_steps > hour_steps);
  CHECK(to_json(sliced.document(), *analyzer) == to_json(budgeted.document(), *analyzer));
}

TEST_CASE("the job runs without a model, and on texts with no sentences", "[job]") {
  const Analyzer rules_only;
  for (const std::string& text : {std::string(), std::string("  \n\n \t"), long_text(1)}) {
    const SteppedRun stepped = run_stepped(rules_only, text, {});
    CHECK(stepped.json == to_json(rules_only.analyze(text), rules_only));
    check_progress(stepped.progress);
  }
  const Analyzer* analyzer = test::committed_model(test::kNeedsPos | test::kNeedsNer | test::kNeedsParse);
  if (analyzer == nullptr) return;
  for (const std::string& text : {std::string(), std::string("  \n\n \t"), std::string("\xff\xfe junk \x01")}) {
    const SteppedRun stepped = run_stepped(*analyzer, text, {});
    CHECK(stepped.json == to_json(analyzer->analyze(text), *analyzer));
    check_progress(stepped.progress);
  }
}
