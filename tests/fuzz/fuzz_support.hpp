// Shared by the libFuzzer targets: invariants of an analyzed Document, and the analyzer with the
// committed model (LEDE_FUZZ_MODEL, set by CMake), loaded once per process.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <span>
#include <string>
#include <vector>

#include "lede/analyzer.hpp"
#include "lede/export.hpp"

namespace fuzz {

// Aborts naming the broken invariant, so a crash report says which one.
#define FUZZ_REQUIRE(condition)                                                                \
  do {                                                                                         \
    if (!(condition)) {                                                                        \
      std::fprintf(stderr, "invariant broken at %s:%d: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                            \
    }                                                                                          \
  } while (false)

inline bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Tokens are non-empty, ordered, on code point boundaries and inside the text; sentences tile the tokens;
// mentions are ordered, non-overlapping and inside one sentence.
inline void check_document(const lede::Document& document) {
  const std::string& text = document.text();
  std::uint32_t previous_end = 0;
  for (const lede::Token& token : document.tokens) {
    FUZZ_REQUIRE(token.start < token.end && token.end <= text.size() && token.start >= previous_end);
    FUZZ_REQUIRE(!is_continuation_byte(text[token.start]));
    FUZZ_REQUIRE(token.end == text.size() || !is_continuation_byte(text[token.end]));
    previous_end = token.end;
  }
  std::uint32_t expected_begin = 0;
  for (const lede::Sentence& sentence : document.sentences) {
    FUZZ_REQUIRE(sentence.token_begin == expected_begin && sentence.token_begin < sentence.token_end);
    expected_begin = sentence.token_end;
  }
  FUZZ_REQUIRE(expected_begin == document.tokens.size());
  std::uint32_t previous_mention_end = 0;
  for (const lede::Mention& mention : document.mentions) {
    FUZZ_REQUIRE(mention.token_begin < mention.token_end && mention.token_end <= document.tokens.size());
    FUZZ_REQUIRE(mention.token_begin >= previous_mention_end);
    FUZZ_REQUIRE(document.sentence_of_token(mention.token_begin) == document.sentence_of_token(mention.token_end - 1));
    previous_mention_end = mention.token_end;
  }
  for (const lede::Relation& relation : document.relations) {
    FUZZ_REQUIRE(relation.sentence < document.sentences.size() && relation.start <= relation.end);
    FUZZ_REQUIRE(relation.end <= text.size());
  }
}

// The document as lede/1 JSON: an object, whatever the document holds.
inline void check_json(const lede::Document& document, const lede::Analyzer& analyzer) {
  lede::StringSink sink;
  lede::JsonOptions options;
  options.tokens = true;
  lede::write_json(document, analyzer.model_info(), options, sink);
  FUZZ_REQUIRE(!sink.text.empty() && sink.text.front() == '{' && sink.text.back() == '}');
}

// The analyzer with the committed model; aborts at once when the model cannot be loaded (a fuzz run
// without it would fuzz less than it says).
inline const lede::Analyzer& analyzer_with_model() {
  static const lede::Analyzer analyzer = [] {
    std::ifstream file(LEDE_FUZZ_MODEL, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::string error;
    std::optional<lede::Analyzer> loaded =
        lede::Analyzer::load(std::as_bytes(std::span<const char>(bytes.data(), bytes.size())), error);
    if (!loaded) {
      std::fprintf(stderr, "cannot load the model %s: %s\n", LEDE_FUZZ_MODEL, error.c_str());
      std::abort();
    }
    return std::move(*loaded);
  }();
  return analyzer;
}

}  // namespace fuzz
