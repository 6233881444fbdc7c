// `lede export`: a saved (or corrected) lede/1 result in another format (README "The command line").
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "arguments.hpp"
#include "commands.hpp"
#include "file_io.hpp"
#include "lede/export.hpp"
#include "result_reader.hpp"

namespace lede::cli {
namespace {

constexpr const char* kExportHelp = R"(usage: lede export --format FORMAT [--text FILE] [RESULT.json]

Writes a lede/1 result (from lede analyze, or from the page, corrected or not; standard input when no
file is given) in another format, to standard output.

options:
  --format FORMAT   csv (one row per entity: id, type, name, mentions, salience, titles), csv-mentions,
                    csv-relations, csv-quotes (RFC 4180), brat (.ann standoff, code point offsets),
                    displacy (spaCy's manual render JSON), gexf (GEXF 1.3 for Gephi)
  --text FILE       the analyzed text: brat and displacy need it (a lede/1 result holds no text), and
                    csv-quotes fills its text column from it
  --help            this text

exit status: 0 on success, 1 if a file cannot be read or the result is not a valid lede/1 result (the
reason goes to standard error), 2 for a usage error.
)";

}  // namespace

int run_export(int argc, char** argv) {
  const Arguments args(argc, argv, 2, {"--help"}, {"--format", "--text"});
  if (!args.ok()) {
    std::fprintf(stderr, "lede export: %s (see lede export --help)\n", args.error().c_str());
    return 2;
  }
  if (args.has("--help")) {
    std::fputs(kExportHelp, stdout);
    return 0;
  }
  const std::optional<std::string> format_name = args.value("--format");
  const std::optional<ExportFormat> format = format_name ? export_format_from_string(*format_name) : std::nullopt;
  if (!format) {
    std::fprintf(stderr,
                 "lede export: --format must be one of csv, csv-mentions, csv-relations, csv-quotes, brat, "
                 "displacy, gexf (see lede export --help)\n");
    return 2;
  }
  const std::vector<std::string>& files = args.positionals();
  if (files.size() > 1) {
    std::fprintf(stderr, "lede export: one result at a time\n");
    return 2;
  }
  const std::string path = files.empty() ? "-" : files.front();
  const std::optional<std::string> content = read_input(path, "lede export");
  if (!content) return 1;
  const nlohmann::json json = nlohmann::json::parse(*content, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    std::fprintf(stderr, "lede export: %s is not JSON\n", path.c_str());
    return 1;
  }
  std::string error;
  std::optional<Result> result = read_lede_result(json, error);
  if (!result) {
    std::fprintf(stderr, "lede export: %s: %s\n", path.c_str(), error.c_str());
    return 1;
  }
  if (const auto text_path = args.value("--text")) {
    const std::optional<std::string> text = read_input(*text_path, "lede export");
    if (!text) return 1;
    result->text = Document(*text).text();  // invalid UTF-8 repaired as the analyzer repairs it
  }
  FileSink out(stdout);
  if (const std::string problem = write_export(*result, *format, out); !problem.empty()) {
    std::fprintf(stderr, "lede export: %s: %s\n", path.c_str(), problem.c_str());
    return 1;
  }
  std::fflush(stdout);
  return 0;
}

}  // namespace lede::cli
