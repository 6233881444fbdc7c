// `lede bench [FILE...]`: throughput of each stage and of the whole pipeline, median of repeats.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "file_io.hpp"
#include "lede/analyzer.hpp"
#include "lede/export.hpp"
#include "lede/stage_timing.hpp"
#include "model_loading.hpp"
#include "word_count.hpp"

namespace lede::cli {
namespace {

constexpr const char* kBenchHelp = R"(usage: lede bench [options] [FILE...]

Runs the pipeline over the FILEs (or standard input) several times and prints, for each stage and for
the whole pipeline with JSON export, the median time and the throughput in tokens/s and in words/s
(whitespace-separated words, the unit used to compare with other tools), and each stage's throughput in
its fastest run (on a shared machine, the run least slowed down by others).

options:
  --repeat N        runs to take the median of (default 7)
  --pipeline NAME   full (default) or entities
)" LEDE_CLI_MODEL_OPTIONS_HELP R"(  --help            this text

The last line of the output is a JSON summary.
)";

using Clock = std::chrono::steady_clock;

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values.empty() ? 0.0 : values[values.size() / 2];
}

// The fastest run: on a shared machine, the one least slowed by others (they only ever slow it down).
double fastest(const std::vector<double>& values) {
  return values.empty() ? 0.0 : *std::min_element(values.begin(), values.end());
}

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

int run_bench(int argc, char** argv) {
  const Arguments args(argc, argv, 2, {"--help", kNoModelFlag}, {"--repeat", "--pipeline", kModelOption});
  if (!args.ok()) {
    std::fprintf(stderr, "lede bench: %s (see lede bench --help)\n", args.error().c_str());
    return 2;
  }
  if (args.has("--help")) {
    std::fputs(kBenchHelp, stdout);
    return 0;
  }
  int repeats = 7;
  if (const auto repeat = args.value("--repeat")) {
    repeats = std::atoi(repeat->c_str());
    if (repeats < 1 || repeats > 1000) {
      std::fprintf(stderr, "lede bench: --repeat must be between 1 and 1000\n");
      return 2;
    }
  }
  AnalyzeOptions options;
  if (const auto pipeline = args.value("--pipeline")) {
    const auto parsed = pipeline_from_string(*pipeline);
    if (!parsed) {
      std::fprintf(stderr, "lede bench: unknown pipeline '%s' (full, entities)\n", pipeline->c_str());
      return 2;
    }
    options.pipeline = *parsed;
  }
  // Loading (reading, checking the checksum, indexing the sections) is timed: the first result waits on it.
  const Clock::time_point load_start = Clock::now();
  const std::optional<Analyzer> loaded = analyzer_for(args, "bench");
  if (!loaded) return 1;
  const double load_seconds = seconds_since(load_start);
  const Analyzer& analyzer = *loaded;
  std::vector<std::string> files = args.positionals();
  if (files.empty()) files.push_back("-");
  std::vector<std::string> texts;
  std::size_t words = 0;
  std::size_t bytes = 0;
  for (const std::string& path : files) {
    std::optional<std::string> content = read_input(path, "lede bench");
    if (!content) {
      return 1;
    }
    words += count_words(*content);
    bytes += content->size();
    texts.push_back(std::move(*content));
  }

  std::vector<std::vector<double>> stage_seconds(kStageCount + 1);  // + export
  std::vector<double> total_seconds;
  std::size_t tokens = 0;
  for (int r = 0; r < repeats; ++r) {
    StageTimes times;
    const Clock::time_point run_start = Clock::now();
    for (const std::string& text : texts) time_stages(analyzer, text, options, times);
    tokens = times.tokens;
    const std::array<double, kStageCount + 1>& seconds = times.seconds;
    total_seconds.push_back(seconds_since(run_start));
    for (std::size_t s = 0; s < seconds.size(); ++s) stage_seconds[s].push_back(seconds[s]);
  }

  std::printf("model: %s %s (%s), loaded in %.3f ms\n", analyzer.model_info().name.c_str(),
              analyzer.model_info().version.c_str(), analyzer.model_file() != nullptr ? "model file" : "rules only",
              load_seconds * 1000.0);
  std::printf("input: %zu file%s, %zu bytes, %zu words, %zu tokens; median of %d runs\n", files.size(),
              files.size() == 1 ? "" : "s", bytes, words, tokens, repeats);
  std::printf("%-10s %10s %14s %14s %18s\n", "stage", "ms", "tokens/s", "words/s", "fastest run tok/s");
  std::string json = "{\"task\":\"bench\",\"words\":" + std::to_string(words) +
                     ",\"tokens\":" + std::to_string(tokens) + ",\"stages\":{";
  const auto report = [&](const std::string& name, const std::vector<double>& runs, bool first) {
    const double secs = median(runs);
    const double safe = std::max(secs, 1e-9);
    const double best = std::max(fastest(runs), 1e-9);
    std::printf("%-10s %10.3f %14.0f %14.0f %18.0f\n", name.c_str(), secs * 1000.0, static_cast<double>(tokens) / safe,
                static_cast<double>(words) / safe, static_cast<double>(tokens) / best);
    char entry[240];
    std::snprintf(entry, sizeof entry,
                  "%s\"%s\":{\"ms\":%.3f,\"tokens_per_s\":%.0f,\"words_per_s\":%.0f,\"best_tokens_per_s\":%.0f}",
                  first ? "" : ",", name.c_str(), secs * 1000.0, static_cast<double>(tokens) / safe,
                  static_cast<double>(words) / safe, static_cast<double>(tokens) / best);
    json += entry;
  };
  for (std::size_t s = 0; s < static_cast<std::size_t>(kStageCount); ++s) {
    report(std::string(to_string(static_cast<Stage>(s))), stage_seconds[s], s == 0);
  }
  report("export", stage_seconds[kStageCount], false);
  json += "},\"total\":";
  const double total = std::max(median(total_seconds), 1e-9);
  std::printf("%-10s %10.3f %14.0f %14.0f\n", "total", total * 1000.0, static_cast<double>(tokens) / total,
              static_cast<double>(words) / total);
  char entry[200];
  std::snprintf(entry, sizeof entry, "{\"ms\":%.3f,\"tokens_per_s\":%.0f,\"words_per_s\":%.0f}}", total * 1000.0,
                static_cast<double>(tokens) / total, static_cast<double>(words) / total);
  json += entry;
  std::printf("%s\n", json.c_str());
  return 0;
}

}  // namespace lede::cli
