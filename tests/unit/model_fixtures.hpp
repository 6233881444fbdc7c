// Helpers shared by the unit tests that need files: the text of a file, and the committed model with a
// name tagger (loaded once for all tests).
#pragma once

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <span>
#include <sstream>
#include <string>

#include "lede/analyzer.hpp"

namespace lede::test {

inline std::optional<std::string> read_text(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return std::nullopt;
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

// The committed model when it loads and has an "ner" section (LEDE_NER_TEST_MODEL overrides the path, to
// check a freshly trained one); nullopt, and the tests that need it skip, otherwise.
inline const std::optional<Analyzer>& ner_model() {
  static const std::optional<Analyzer> analyzer = []() -> std::optional<Analyzer> {
    const char* override_path = std::getenv("LEDE_NER_TEST_MODEL");
    const std::optional<std::string> bytes = read_text(override_path != nullptr ? override_path : LEDE_TEST_MODEL);
    if (!bytes) return std::nullopt;
    std::string error;
    auto loaded = Analyzer::load(std::as_bytes(std::span(bytes->data(), bytes->size())), error);
    if (!loaded) WARN("model not loaded: " << error);
    if (!loaded || !loaded->has_ner()) return std::nullopt;
    return loaded;
  }();
  return analyzer;
}

}  // namespace lede::test
