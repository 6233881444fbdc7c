// The export formats by name, and write_export(), which checks a result and hands it to its writer.
#include <array>
#include <string>

#include "export/export_support.hpp"

namespace lede {
namespace exporting {
void write_csv_entities(const Result& result, OutputSink& out);
void write_csv_mentions(const Result& result, OutputSink& out);
void write_csv_relations(const Result& result, OutputSink& out);
void write_csv_quotes(const Result& result, OutputSink& out);
std::string write_brat(const Result& result, OutputSink& out);
std::string write_displacy(const Result& result, OutputSink& out);
void write_gexf(const Result& result, OutputSink& out);
}  // namespace exporting

namespace {

constexpr std::array<std::pair<ExportFormat, std::string_view>, 7> kNames = {{
    {ExportFormat::Csv, "csv"},
    {ExportFormat::CsvMentions, "csv-mentions"},
    {ExportFormat::CsvRelations, "csv-relations"},
    {ExportFormat::CsvQuotes, "csv-quotes"},
    {ExportFormat::Brat, "brat"},
    {ExportFormat::Displacy, "displacy"},
    {ExportFormat::Gexf, "gexf"},
}};

}  // namespace

std::string_view to_string(ExportFormat format) {
  for (const auto& [value, name] : kNames) {
    if (value == format) return name;
  }
  return {};
}

std::optional<ExportFormat> export_format_from_string(std::string_view name) {
  for (const auto& [value, known] : kNames) {
    if (known == name) return value;
  }
  return std::nullopt;
}

std::string write_export(const Result& result, ExportFormat format, OutputSink& out) {
  if (std::string problem = check_result(result); !problem.empty()) return "not a valid lede/1 result: " + problem;
  switch (format) {
    case ExportFormat::Csv: exporting::write_csv_entities(result, out); return {};
    case ExportFormat::CsvMentions: exporting::write_csv_mentions(result, out); return {};
    case ExportFormat::CsvRelations: exporting::write_csv_relations(result, out); return {};
    case ExportFormat::CsvQuotes: exporting::write_csv_quotes(result, out); return {};
    case ExportFormat::Brat: return exporting::write_brat(result, out);
    case ExportFormat::Displacy: return exporting::write_displacy(result, out);
    case ExportFormat::Gexf: exporting::write_gexf(result, out); return {};
  }
  return "unknown export format";
}

}  // namespace lede
