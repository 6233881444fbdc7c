// `lede corpus summarize`: the entities of many results (JSON Lines from `lede analyze --jsonl` or
// `--format jsonl`) merged across documents by type + canonical name, the same merge as the page's
// library (lede::Corpus), as CSV or GEXF. Reads a line at a time: memory is that of the distinct
// entities (and, for GEXF, their pairs), not of the documents.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "file_io.hpp"
#include "lede/corpus.hpp"

namespace lede::cli {
namespace {

constexpr const char* kCorpusHelp = R"(usage: lede corpus summarize [--format csv|gexf] [RESULTS.jsonl...]

Reads lede/1 results, one per line (what `lede analyze --jsonl` or `--format jsonl` writes; standard
input when no file is given, or for "-"), and merges their entities across documents by type and
canonical name, as the page's library does. Writes standard output:
  csv   (default) type, name, articles, mentions: one row per merged entity, most widespread first
  gexf  GEXF 1.3: a node per merged entity, an edge between two named in the same documents (weighted by
        how many; the first 100 entities of each document are paired)

Error lines ({"id": ..., "error": ...}) are not documents: they are counted and skipped. A line that is
not a lede/1 result is skipped with a warning naming it. A summary line goes to standard error.

exit status: 0 on success, 1 if a file could not be read or a line was not a result, 2 for a usage error.
)";

// Adds one JSONL line's entities to the corpus. Returns "" on success, "error" for an error line, or why
// the line is not a result.
std::string add_line(std::string_view line, Corpus& corpus) {
  const nlohmann::json result = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (result.is_discarded() || !result.is_object()) return "not JSON";
  if (result.contains("error")) return "error";
  const auto entities = result.find("entities");
  if (entities == result.end() || !entities->is_array()) return "no \"entities\" array (not a lede/1 result)";
  std::vector<Corpus::ArticleEntity> named;
  named.reserve(entities->size());
  for (const nlohmann::json& entity : *entities) {
    if (!entity.is_object()) return "an entity is not an object";
    const auto type = entity.find("type");
    const auto name = entity.find("name");
    const auto mentions = entity.find("mentions");
    if (type == entity.end() || !type->is_string() || name == entity.end() || !name->is_string() ||
        mentions == entity.end() || !mentions->is_array()) {
      return "an entity lacks its type, name or mentions";
    }
    named.push_back({type->get_ref<const std::string&>(), name->get_ref<const std::string&>(),
                     static_cast<std::uint32_t>(mentions->size())});
  }
  corpus.add_article(named);
  return {};
}

int summarize(const Arguments& args) {
  const char* command = "lede corpus summarize";
  const std::string format = args.value("--format").value_or("csv");
  if (format != "csv" && format != "gexf") {
    std::fprintf(stderr, "%s: --format must be csv or gexf, not '%s'\n", command, format.c_str());
    return 2;
  }
  std::vector<std::string> files = args.positionals();
  if (files.empty()) files.push_back("-");
  Corpus corpus(/*with_pairs=*/format == "gexf");
  bool failed = false;
  std::size_t error_lines = 0;
  std::size_t bad_lines = 0;
  LineReader reader(files, command);
  while (const std::optional<std::string_view> next = reader.next()) {
    std::string_view line = *next;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    const std::string problem = add_line(line, corpus);
    if (problem == "error") {
      ++error_lines;
    } else if (!problem.empty()) {
      if (++bad_lines <= 10) {
        std::fprintf(stderr, "%s: %s:%zu: %s (skipped)\n", command, reader.path().c_str(), reader.line_number(),
                     problem.c_str());
      }
      failed = true;
    }
  }
  failed = failed || reader.unreadable();
  FileSink out(stdout);
  if (format == "csv") {
    write_corpus_csv(corpus, out);
  } else {
    write_corpus_gexf(corpus, out);
  }
  std::fprintf(stderr, "%s: %u documents, %zu entities; %zu error lines and %zu other lines skipped\n", command,
               corpus.article_count(), corpus.entities().size(), error_lines, bad_lines);
  return failed ? 1 : 0;
}

}  // namespace

int run_corpus(int argc, char** argv) {
  return run_task(argc, argv, "corpus", kCorpusHelp, {"--help"}, {"--format"}, {{"summarize", summarize}});
}

}  // namespace lede::cli
