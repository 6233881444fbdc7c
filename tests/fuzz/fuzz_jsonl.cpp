// libFuzzer target: any bytes as one line of `lede analyze --jsonl` input: the lone-surrogate repair, the
// id salvage of a malformed line, the JSON parse and (for a request with a text) the analysis. A salvaged
// id must be a JSON string or number; a repaired line must hold no lone surrogate escape.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "jsonl_lines.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const std::string repaired = lede::cli::replace_lone_surrogate_escapes(line);
  if (!lede::cli::has_surrogate_escape(line)) FUZZ_REQUIRE(repaired == line);
  const nlohmann::json request = nlohmann::json::parse(repaired, nullptr, /*allow_exceptions=*/false);
  if (request.is_discarded()) {
    if (const auto id = lede::cli::salvage_id(line)) {
      const nlohmann::json parsed = nlohmann::json::parse(*id, nullptr, /*allow_exceptions=*/false);
      FUZZ_REQUIRE(parsed.is_string() || parsed.is_number());
    }
    return 0;
  }
  if (!request.is_object()) return 0;
  const auto text = request.find("text");
  if (text == request.end() || !text->is_string()) return 0;
  static const lede::Analyzer analyzer;
  const lede::Document document = analyzer.analyze(text->get_ref<const std::string&>());
  fuzz::check_document(document);
  return 0;
}
