#include "lede/stage_timing.hpp"

#include <chrono>

#include "lede/export.hpp"

namespace lede {
namespace {

using Clock = std::chrono::steady_clock;

// A sink that only counts, so the export is timed without the cost of where its bytes would go.
class CountingSink final : public OutputSink {
 public:
  void write(std::string_view bytes) override { bytes_ += bytes.size(); }

 private:
  std::size_t bytes_ = 0;
};

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

void time_stages(const Analyzer& analyzer, std::string_view text, const AnalyzeOptions& options, StageTimes& times) {
  Clock::time_point start = Clock::now();
  Document document(text);
  document.date = options.date;
  times.seconds[static_cast<std::size_t>(Stage::Tokenize)] += seconds_since(start);
  for (int s = 0; s < kStageCount; ++s) {
    start = Clock::now();
    analyzer.run_stage(static_cast<Stage>(s), document, options);
    times.seconds[static_cast<std::size_t>(s)] += seconds_since(start);
  }
  start = Clock::now();
  CountingSink sink;
  write_json(document, analyzer.model_info(), JsonOptions{}, sink);
  times.seconds[kStageCount] += seconds_since(start);
  times.tokens += document.tokens.size();
}

}  // namespace lede
