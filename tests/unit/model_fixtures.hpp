// Helpers shared by the unit tests that need files: the text of a file, and the committed model (loaded
// once per path for all tests).
//
// One rule for every test that needs the committed model (core/models/, or the file that a test's
// override variable names, to check a freshly trained model):
//  - the model file is absent: the test is skipped, with a warning that says so;
//  - the file exists but cannot be read, does not load, or lacks a section the test needs: the test FAILS.
#pragma once

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
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

// What a test needs of the model (or-ed together).
enum ModelNeed : unsigned {
  kNeedsNothing = 0,    // the file loads
  kNeedsPos = 1,        // the POS tagger and lemmatizer
  kNeedsNer = 2,        // the name tagger
  kNeedsParse = 4,      // the dependency parser
  kNeedsRelations = 8,  // the relation classifier
};

// The model file's path: the committed model, or the file named by `override_variable` when that
// environment variable is set.
inline std::string model_path(const char* override_variable = nullptr) {
  const char* override_path = override_variable != nullptr ? std::getenv(override_variable) : nullptr;
  return override_path != nullptr ? std::string(override_path) : std::string(LEDE_TEST_MODEL);
}

// The model file's bytes, read once per path; nullptr (with a warning: the test is to be skipped) when the
// file is absent. Fails the test when the file exists but cannot be read.
inline const std::string* model_file(const char* override_variable = nullptr) {
  static std::map<std::string, std::optional<std::string>> files;
  const std::string path = model_path(override_variable);
  auto found = files.find(path);
  if (found == files.end()) {
    std::error_code error;
    const bool exists = std::filesystem::exists(path, error);
    std::optional<std::string> bytes;
    if (exists) {
      bytes = read_text(path);
      if (!bytes) FAIL("the model file " << path << " exists but cannot be read");
    }
    found = files.emplace(path, std::move(bytes)).first;
  }
  if (!found->second) {
    WARN("skipped: no model file at " << path << " (scripts/train.sh makes one)");
    return nullptr;
  }
  return &*found->second;
}

// The model as an Analyzer, loaded once per path. nullptr (with a warning: return and skip) when the file
// is absent; the test fails when the file does not load or lacks what `needs` names.
inline const Analyzer* committed_model(unsigned needs, const char* override_variable = nullptr) {
  struct Loaded {
    std::optional<Analyzer> analyzer;
    std::string error;
  };
  static std::map<std::string, Loaded> models;
  const std::string* bytes = model_file(override_variable);
  if (bytes == nullptr) return nullptr;
  const std::string path = model_path(override_variable);
  auto found = models.find(path);
  if (found == models.end()) {
    Loaded loaded;
    loaded.analyzer = Analyzer::load(std::as_bytes(std::span(bytes->data(), bytes->size())), loaded.error);
    found = models.emplace(path, std::move(loaded)).first;
  }
  const Loaded& loaded = found->second;
  if (!loaded.analyzer) FAIL("the model " << path << " does not load: " << loaded.error);
  const Analyzer& analyzer = *loaded.analyzer;
  if ((needs & kNeedsPos) != 0 && !analyzer.has_pos()) FAIL("the model " << path << " has no POS tagger section");
  if ((needs & kNeedsNer) != 0 && !analyzer.has_ner()) FAIL("the model " << path << " has no \"ner\" section");
  if ((needs & kNeedsParse) != 0 && !analyzer.has_parse()) FAIL("the model " << path << " has no parser section");
  if ((needs & kNeedsRelations) != 0 && !analyzer.has_relation_classifier()) {
    FAIL("the model " << path << " has no relation classifier section");
  }
  return &analyzer;
}

// The committed model with a name tagger (LEDE_NER_TEST_MODEL overrides the path, to check a freshly
// trained one), under the rule above.
inline const Analyzer* ner_model() { return committed_model(kNeedsNer, "LEDE_NER_TEST_MODEL"); }

}  // namespace lede::test
