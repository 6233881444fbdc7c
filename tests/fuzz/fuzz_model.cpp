// libFuzzer target: any bytes as a model file. Model::load must reject or accept without touching memory
// outside the buffer; an accepted model's sections must lie inside it, aligned, with distinct names, and
// building the same sections again must give a model that loads to the same contents, and the analyzer
// must load it or refuse it with a reason. Each input is
// loaded twice: as it is, and with its checksum recomputed, so that the fuzzer reaches the validation
// behind the checksum too.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string>

#include "lede/analyzer.hpp"
#include "lede/model.hpp"
#include "model/model_layout.hpp"

namespace {

// Aborts naming the broken invariant, so a crash report says which one.
#define require(condition)                                                                         \
  do {                                                                                             \
    if (!(condition)) {                                                                            \
      std::fprintf(stderr, "fuzz_model: invariant broken at line %d: %s\n", __LINE__, #condition); \
      std::abort();                                                                                \
    }                                                                                              \
  } while (false)

void check(std::span<const std::byte> input) {
  const lede::AlignedBytes bytes(input);
  std::string error;
  const std::optional<lede::Model> model = lede::Model::load(bytes.span(), error);
  if (!model) {
    require(!error.empty() && error.find('\n') == std::string::npos);
    return;
  }
  const std::byte* begin = bytes.span().data();
  const std::byte* end = begin + bytes.span().size();
  lede::ModelBuilder builder;
  for (const lede::ModelSection& section : model->sections()) {
    require(section.bytes.data() >= begin && section.bytes.data() + section.bytes.size() <= end);
    require(reinterpret_cast<std::uintptr_t>(section.bytes.data()) % lede::kModelSectionAlignment == 0);
    require(model->section(section.name) == &section);
    require(builder.add_section(section.name, section.template_version, section.hash_seed, section.bytes));
  }
  // A round trip through the builder keeps everything.
  const std::vector<std::byte> rebuilt = builder.build(model->name(), model->version());
  require(!rebuilt.empty());
  const lede::AlignedBytes rebuilt_bytes(rebuilt);
  const std::optional<lede::Model> reloaded = lede::Model::load(rebuilt_bytes.span(), error);
  require(reloaded.has_value());
  const lede::Model& again = *reloaded;
  require(again.name() == model->name() && again.version() == model->version());
  require(again.sections().size() == model->sections().size());
  for (std::size_t i = 0; i < again.sections().size(); ++i) {
    const lede::ModelSection& a = model->sections()[i];
    const lede::ModelSection& b = again.sections()[i];
    require(a.name == b.name && a.template_version == b.template_version && a.hash_seed == b.hash_seed);
    require(a.bytes.size() == b.bytes.size() &&
            (a.bytes.empty() || std::memcmp(a.bytes.data(), b.bytes.data(), a.bytes.size()) == 0));
  }
  // The stages read their sections (a "pos" or "ner" section of made-up bytes must be refused with a
  // reason, never crash); a model whose sections no stage reads loads and analyzes.
  const std::optional<lede::Analyzer> analyzer = lede::Analyzer::load(rebuilt, error);
  if (!analyzer) {
    require(!error.empty() && error.find('\n') == std::string::npos);
    return;
  }
  require(analyzer->model_file() != nullptr);
  require(!analyzer->analyze("Gen. Bajwa met him in Moscow on 24 April 2018.").tokens.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::byte> input = std::as_bytes(std::span(data, size));
  check(input);
  if (size >= lede::model_layout::kHeaderSize) {
    std::vector<std::byte> resealed(input.begin(), input.end());
    lede::model_layout::write_le<std::uint64_t>(resealed.data() + lede::model_layout::kChecksumAt,
                                                lede::model_layout::model_checksum(resealed));
    check(resealed);
  }
  return 0;
}
