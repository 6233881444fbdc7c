// Time spent in each pipeline stage and in the JSON export: what `lede bench` and the wasm benchmark
// report, measured by one piece of code in both.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "lede/analyzer.hpp"

namespace lede {

struct StageTimes {
  std::array<double, kStageCount + 1> seconds{};  // by Stage; the last entry is the JSON export
  std::size_t tokens = 0;
};

// Analyzes `text` stage by stage (decoding counts as tokenization), writes the JSON to a counting sink,
// and adds each step's time and the token count to `times`.
void time_stages(const Analyzer& analyzer, std::string_view text, const AnalyzeOptions& options, StageTimes& times);

}  // namespace lede
