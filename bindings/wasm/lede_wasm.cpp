// Embind glue for the web module. lede.js is the public API; this file
// is its private back end, so it stays small and never lets a C++ exception or a crash-worthy input
// reach JavaScript:
//  - text arrives as UTF-8 bytes (a Uint8Array from TextEncoder into a std::string parameter). A JS
//    string would be converted by this Emscripten's Embind with lone surrogates swallowing the next
//    character (seen with Emscripten 3.1.6), shifting every later offset.
//  - a model file arrives the same way (a Uint8Array into a std::string parameter: its raw bytes).
//  - results and errors both leave as one JSON string: a lede/1 object, or {"error": "..."}. lede.js
//    turns the latter into a JavaScript Error. The module is built with -fno-exceptions.
#include <emscripten/bind.h>

#include <optional>
#include <span>
#include <string>

#include "lede/analyzer.hpp"
#include "lede/export.hpp"
#include "lede/stage_timing.hpp"

namespace {

std::string error_json(const std::string& message) {
  lede::StringSink sink;
  sink.write("{\"error\":");
  lede::write_json_string(message, sink);
  sink.write("}");
  return sink.text;
}

// One analyzer per JavaScript analyzer object; it owns the loaded model (rules only until load()).
class WasmAnalyzer {
 public:
  // Loads a model file (its bytes); "" on success, else the reason it was rejected (the analyzer is
  // then unchanged).
  std::string load(const std::string& model_file) {
    std::string error;
    std::optional<lede::Analyzer> loaded =
        lede::Analyzer::load(std::as_bytes(std::span(model_file.data(), model_file.size())), error);
    if (!loaded) return error.empty() ? "invalid model" : error;
    analyzer_ = std::move(*loaded);
    return "";
  }

  // The whole analysis behind analyzer.analyze(): options arrive already checked by lede.js and are
  // checked again here, so a direct caller of the module gets the same clear errors.
  std::string analyze(const std::string& text, bool tokens, const std::string& date, const std::string& pipeline,
                      const std::string& offsets) const {
    lede::AnalyzeOptions options;
    const auto parsed_pipeline = lede::pipeline_from_string(pipeline);
    if (!parsed_pipeline) return error_json("unknown pipeline '" + pipeline + "' (full, entities)");
    options.pipeline = *parsed_pipeline;
    if (!date.empty()) {
      if (!lede::is_valid_iso_date(date)) {
        return error_json("date must be a real calendar day written YYYY-MM-DD, not '" + date + "'");
      }
      options.date = date;
    }
    lede::JsonOptions json;
    const auto unit = lede::offset_unit_from_string(offsets);
    if (!unit) return error_json("unknown offset unit '" + offsets + "' (utf16, codepoint, byte)");
    json.offsets = *unit;
    json.tokens = tokens;

    const lede::Document document = analyzer_.analyze(text, options);
    lede::StringSink sink;
    sink.text.reserve(text.size() * 2 + 256);
    lede::write_json(document, analyzer_.model_info(), json, sink);
    return std::move(sink.text);
  }

  // Seconds spent in each stage (and the export, last) analyzing `text`, as JSON {"tokens":N,"stages":{..}}:
  // the per-stage figures of scripts/bench.sh for the wasm build, measured like `lede bench` measures them.
  std::string time_stages(const std::string& text) const {
    lede::StageTimes times;
    lede::time_stages(analyzer_, text, lede::AnalyzeOptions{}, times);
    std::string json = "{\"tokens\":" + std::to_string(times.tokens) + ",\"stages\":{";
    for (int s = 0; s <= lede::kStageCount; ++s) {
      const std::string_view name = s < lede::kStageCount ? lede::to_string(static_cast<lede::Stage>(s)) : "export";
      json += (s == 0 ? "\"" : ",\"") + std::string(name) +
              "\":" + std::to_string(times.seconds[static_cast<std::size_t>(s)]);
    }
    return json + "}}";
  }

  std::string model_name() const { return analyzer_.model_info().name; }
  std::string model_version() const { return analyzer_.model_info().version; }

 private:
  lede::Analyzer analyzer_;
};

std::string version() { return LEDE_VERSION; }

// The same date check as the CLI's --date, so lede.js can reject a bad date before encoding the text.
bool is_valid_date(const std::string& date) { return lede::is_valid_iso_date(date); }

}  // namespace

EMSCRIPTEN_BINDINGS(lede) {
  emscripten::function("version", &version);
  emscripten::function("isValidDate", &is_valid_date);
  emscripten::class_<WasmAnalyzer>("Analyzer")
      .constructor<>()
      .function("load", &WasmAnalyzer::load)
      .function("analyze", &WasmAnalyzer::analyze)
      .function("timeStages", &WasmAnalyzer::time_stages)
      .function("modelName", &WasmAnalyzer::model_name)
      .function("modelVersion", &WasmAnalyzer::model_version);
}
