// `lede model info|pack`: what a model file holds, and one model file assembled from the sections of
// others (the format: docs/model-format.md).
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "file_io.hpp"
#include "lede/model.hpp"
#include "model_loading.hpp"

namespace lede::cli {
namespace {

constexpr const char* kModelHelp = R"(usage: lede model info [PATH]
       lede model pack --out FILE [--name NAME] [--version VERSION] [--section NAME=FILE]...
                       [--provenance TEXT_FILE] [MODEL...]

info   prints what a model file holds: its name, version, format version and size, and for each
       section its name, size in bytes, template version and hash seed; then the text of the section
       "provenance" when there is one. PATH defaults to this build's model:
       )" LEDE_DEFAULT_MODEL R"(

pack   writes one model file (FILE) holding the sections of every MODEL, in order; a section of a later
       MODEL replaces one of the same name from an earlier one. Sections this build does not know are
       kept. Then --section NAME=FILE (repeatable) adds or replaces section NAME with the raw bytes of
       FILE (template version 0, hash seed 0: for data that needs neither, and for tests), and
       --provenance adds or replaces the section "provenance" with the contents of TEXT_FILE (UTF-8
       text: data, licenses, command, scores). --name and --version default to this build's
       model name and version, )" LEDE_MODEL_NAME " " LEDE_MODEL_VERSION
                                   R"(. FILE may be one of the MODELs; it is written
       through a temporary file, so a failed run leaves it as it was.

options:
  --help   this text

exit status: 0 on success, 1 if a file could not be read, was not a valid model, or could not be
written, 2 for a usage error.
)";

// A model file read into aligned memory and validated; `model` views `bytes`.
bool file_exists(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file != nullptr) std::fclose(file);
  return file != nullptr;
}

struct LoadedFile {
  AlignedBytes bytes;
  Model model;
};

std::optional<LoadedFile> read_model(const std::string& path, const char* command) {
  const std::optional<std::string> content = read_input(path, std::string("lede model ") + command);
  if (!content) {
    return std::nullopt;
  }
  LoadedFile file;
  file.bytes = AlignedBytes(std::as_bytes(std::span(content->data(), content->size())));
  std::string error;
  std::optional<Model> model = Model::load(file.bytes.span(), error);
  if (!model) {
    std::fprintf(stderr, "lede model %s: %s is not a valid model: %s\n", command, path.c_str(), error.c_str());
    return std::nullopt;
  }
  file.model = std::move(*model);
  return file;
}

int run_info(const Arguments& args) {
  if (args.positionals().size() > 2) {
    std::fprintf(stderr, "lede model info: one model file at a time (see lede model --help)\n");
    return 2;
  }
  std::string path = args.positionals().size() == 2 ? args.positionals()[1] : default_model_path();
  if (args.positionals().size() < 2 && !file_exists(path)) {
    std::fprintf(stderr, "lede model info: this build has no model yet (%s does not exist); give a PATH\n",
                 path.c_str());
    return 1;
  }
  const std::optional<LoadedFile> file = read_model(path, "info");
  if (!file) return 1;
  const Model& model = file->model;
  std::printf("file:           %s\n", path.c_str());
  std::printf("name:           %.*s\n", static_cast<int>(model.name().size()), model.name().data());
  std::printf("version:        %.*s\n", static_cast<int>(model.version().size()), model.version().data());
  std::printf("format version: %" PRIu32 "\n", model.format_version());
  std::printf("size:           %zu bytes\n", file->bytes.span().size());
  std::printf("sections:       %zu\n", model.sections().size());
  if (!model.sections().empty()) {
    std::printf("  %-31s %12s %9s %18s\n", "name", "bytes", "template", "hash seed");
    for (const ModelSection& section : model.sections()) {
      std::printf("  %-31.*s %12zu %9" PRIu32 " 0x%016" PRIx64 "\n", static_cast<int>(section.name.size()),
                  section.name.data(), section.bytes.size(), section.template_version, section.hash_seed);
    }
  }
  if (const ModelSection* provenance = model.section("provenance")) {
    std::printf("provenance:\n");
    std::fwrite(provenance->bytes.data(), 1, provenance->bytes.size(), stdout);
    if (!provenance->bytes.empty() && provenance->bytes.back() != std::byte{'\n'}) std::fputc('\n', stdout);
  }
  return 0;
}

int run_pack(const Arguments& args) {
  const std::optional<std::string> out = args.value("--out");
  if (!out) {
    std::fprintf(stderr, "lede model pack: --out FILE is required (see lede model --help)\n");
    return 2;
  }
  const std::string name = args.value("--name").value_or(LEDE_MODEL_NAME);
  const std::string version = args.value("--version").value_or(LEDE_MODEL_VERSION);
  if (!ModelBuilder::valid_label(name) || !ModelBuilder::valid_label(version)) {
    std::fprintf(stderr, "lede model pack: --name and --version must be 1 to %zu bytes\n", kModelMaxLabel);
    return 2;
  }
  const std::vector<std::string> inputs(args.positionals().begin() + 1, args.positionals().end());
  const std::optional<std::string> provenance_path = args.value("--provenance");
  const std::vector<std::string> raw_sections = args.values("--section");
  if (inputs.empty() && !provenance_path && raw_sections.empty()) {
    std::fprintf(stderr, "lede model pack: nothing to pack: give MODEL files, --section or --provenance\n");
    return 2;
  }

  ModelBuilder builder;
  for (const std::string& input : inputs) {
    const std::optional<LoadedFile> file = read_model(input, "pack");
    if (!file) return 1;
    for (const ModelSection& section : file->model.sections()) {
      builder.add_section(section.name, section.template_version, section.hash_seed, section.bytes);
    }
  }
  for (const std::string& raw : raw_sections) {
    const std::size_t equals = raw.find('=');
    const std::string section_name = raw.substr(0, equals);
    if (equals == std::string::npos || !ModelBuilder::valid_section_name(section_name)) {
      std::fprintf(stderr, "lede model pack: --section takes NAME=FILE with a NAME of 1 to %zu bytes, not '%s'\n",
                   kModelMaxSectionName, raw.c_str());
      return 2;
    }
    const std::string path = raw.substr(equals + 1);
    const std::optional<std::string> data = read_input(path, "lede model pack");
    if (!data) {
      return 1;
    }
    builder.add_section(section_name, 0, 0, std::as_bytes(std::span(data->data(), data->size())));
  }
  if (provenance_path) {
    const std::optional<std::string> text = read_input(*provenance_path, "lede model pack");
    if (!text) {
      return 1;
    }
    builder.add_section("provenance", 0, 0, std::as_bytes(std::span(text->data(), text->size())));
  }
  std::string error;
  const std::vector<std::byte> bytes = builder.build(name, version, &error);
  if (bytes.empty()) {
    std::fprintf(stderr, "lede model pack: %s\n", error.c_str());
    return 2;
  }
  if (!write_file(*out, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), error)) {
    std::fprintf(stderr, "lede model pack: cannot write %s: %s\n", out->c_str(), error.c_str());
    return 1;
  }
  std::fprintf(stderr, "lede model pack: wrote %s (%s %s, %zu bytes, %zu section%s)\n", out->c_str(), name.c_str(),
               version.c_str(), bytes.size(), builder.section_count(), builder.section_count() == 1 ? "" : "s");
  return 0;
}

}  // namespace

int run_model(int argc, char** argv) {
  const Arguments args(argc, argv, 2, {"--help"}, {"--out", "--name", "--version", "--provenance", "--section"});
  if (!args.ok()) {
    std::fprintf(stderr, "lede model: %s (see lede model --help)\n", args.error().c_str());
    return 2;
  }
  const std::vector<std::string>& positionals = args.positionals();
  if (args.has("--help") || (!positionals.empty() && positionals[0] == "help")) {
    std::fputs(kModelHelp, stdout);
    return 0;
  }
  if (positionals.empty()) {
    std::fprintf(stderr, "lede model: say info or pack (see lede model --help)\n");
    return 2;
  }
  const bool pack_options = args.value("--out") || args.value("--name") || args.value("--version") ||
                            args.value("--provenance") || args.value("--section");
  if (positionals[0] == "info") {
    if (pack_options) {
      std::fprintf(stderr, "lede model info: --out, --name, --version, --section and --provenance belong to pack\n");
      return 2;
    }
    return run_info(args);
  }
  if (positionals[0] == "pack") return run_pack(args);
  std::fprintf(stderr, "lede model: unknown subcommand '%s' (info, pack)\n", positionals[0].c_str());
  return 2;
}

}  // namespace lede::cli
