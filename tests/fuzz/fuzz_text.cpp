// libFuzzer target: any bytes through the text layer (UTF-8 repair, tokenizer, sentence splitter) and
// the rule stages without a model, with JSON export; aborts when an invariant of the result breaks.
// Fast, so it reaches deep into the tokenizer; fuzz_pipeline adds the model's stages.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lede::Analyzer analyzer;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const lede::Document document = analyzer.analyze(input);
  fuzz::check_document(document);
  fuzz::check_json(document, analyzer);
  return 0;
}
