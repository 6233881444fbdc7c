// libFuzzer target: any bytes through the whole pipeline with the committed model (POS tagger, name
// tagger, parser, relation classifier, resolution, events) and the JSON export; aborts when an invariant
// of the result breaks. (fuzz_text runs the same bytes through the rules alone, much faster.)
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const lede::Analyzer& analyzer = fuzz::analyzer_with_model();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // The first byte picks the pipeline, so both are fuzzed.
  lede::AnalyzeOptions options;
  if (size > 0 && (data[0] & 1) != 0) options.pipeline = lede::Pipeline::Entities;
  const lede::Document document = analyzer.analyze(input, options);
  fuzz::check_document(document);
  fuzz::check_json(document, analyzer);
  return 0;
}
