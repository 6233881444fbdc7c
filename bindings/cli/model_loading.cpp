#include "model_loading.hpp"

#include <sys/stat.h>
#include <cstdio>
#include <span>

#include "file_io.hpp"

namespace lede::cli {

std::optional<Analyzer> load_analyzer(const std::string& path, std::string& error) {
  std::string reason;
  const std::optional<std::string> bytes = read_file(path, reason);
  std::optional<Analyzer> analyzer;
  if (bytes) analyzer = Analyzer::load(std::as_bytes(std::span(bytes->data(), bytes->size())), reason);
  if (!analyzer) error = "cannot load model " + path + ": " + reason;
  return analyzer;
}

std::optional<Analyzer> analyzer_for(const Arguments& args, const char* command) {
  std::optional<std::string> path = args.value(kModelOption);
  if (path && args.has(kNoModelFlag)) {
    std::fprintf(stderr, "lede %s: --model and --no-model exclude each other\n", command);
    return std::nullopt;
  }
  if (args.has(kNoModelFlag)) return Analyzer();
  if (!path) {
    // The default model is optional: until one is trained and committed, the rules run alone.
    struct stat info {};
    if (stat(LEDE_DEFAULT_MODEL, &info) != 0) return Analyzer();
    path = default_model_path();
  }
  std::string error;
  std::optional<Analyzer> analyzer = load_analyzer(*path, error);
  if (!analyzer) std::fprintf(stderr, "lede %s: %s\n", command, error.c_str());
  return analyzer;
}

}  // namespace lede::cli
