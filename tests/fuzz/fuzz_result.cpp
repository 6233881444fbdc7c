// libFuzzer target: any bytes as a saved lede/1 result for `lede export`: read back into a lede::Result
// (or refused with a reason) and, when read, written in every export format, without a text and with the
// input itself as the text (spans that do not fit it must not be read past its end).
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "lede/result.hpp"
#include "result_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const nlohmann::json json = nlohmann::json::parse(input, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return 0;
  std::string error;
  std::optional<lede::Result> result = lede::cli::read_lede_result(json, error);
  if (!result) {
    FUZZ_REQUIRE(!error.empty());
    return 0;
  }
  for (const bool with_text : {false, true}) {
    if (with_text) result->text = lede::Document(input).text();
    for (const lede::ExportFormat format :
         {lede::ExportFormat::Csv, lede::ExportFormat::CsvMentions, lede::ExportFormat::CsvRelations,
          lede::ExportFormat::CsvQuotes, lede::ExportFormat::Brat, lede::ExportFormat::Displacy,
          lede::ExportFormat::Gexf}) {
      lede::StringSink sink;
      (void)lede::write_export(*result, format, sink);
    }
  }
  return 0;
}
