// Which model `lede analyze` and `lede bench` run with: --model PATH, --no-model, or the default.
#pragma once

#include <optional>
#include <string>

#include "arguments.hpp"
#include "lede/analyzer.hpp"

namespace lede::cli {

// The options this adds to a command: "--model" (takes a path) and "--no-model" (a flag).
inline constexpr const char* kModelOption = "--model";
inline constexpr const char* kNoModelFlag = "--no-model";

// The help text of those options, spliced into the commands' --help literals.
#define LEDE_CLI_MODEL_OPTIONS_HELP                                                         \
  "  --model PATH            the model file (default: this build's model when it exists,\n" \
  "                          " LEDE_DEFAULT_MODEL                                           \
  ";\n"                                                                                     \
  "                          without one the rule-based stages run alone)\n"                \
  "  --no-model              rules only, even when the default model exists\n"

// The default model file of this build (core/models/<name>-<version>.model in the source tree).
inline std::string default_model_path() { return LEDE_DEFAULT_MODEL; }

// Reads and validates a model file into an analyzer. On failure returns nullopt and sets `error` to
// "cannot load model PATH: REASON".
std::optional<Analyzer> load_analyzer(const std::string& path, std::string& error);

// The analyzer the options ask for. On failure prints "lede COMMAND: cannot load model PATH: REASON" to
// stderr and returns nullopt (the command then exits with status 1).
std::optional<Analyzer> analyzer_for(const Arguments& args, const char* command);

}  // namespace lede::cli
