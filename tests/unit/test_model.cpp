// The model file (core/src/model): round trips through ModelBuilder and Model::load, and rejection of
// every truncation, every single bit flip, and hand-made bad headers and tables (with the checksum
// recomputed so that validation, not the checksum, has to catch them).
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "lede/analyzer.hpp"
#include "lede/model.hpp"
#include "model/model_layout.hpp"

namespace {

namespace layout = lede::model_layout;

std::vector<std::byte> bytes_of(std::string_view text) {
  std::vector<std::byte> bytes(text.size());
  std::memcpy(bytes.data(), text.data(), text.size());
  return bytes;
}

std::vector<std::byte> pattern(std::size_t size, unsigned seed) {
  std::vector<std::byte> bytes(size);
  for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<std::byte>((i * 31 + seed * 7 + 1) & 0xFF);
  return bytes;
}

// A small model: two sections of awkward sizes (so padding is exercised) and a provenance text.
std::vector<std::byte> small_model() {
  lede::ModelBuilder builder;
  REQUIRE(builder.add_section("pos", 3, 0x1234'5678'9ABC'DEF0ULL, pattern(100, 1)));
  REQUIRE(builder.add_section("ner", 7, 42, pattern(13, 2)));
  REQUIRE(builder.add_section("provenance", 0, 0, bytes_of("trained on nothing\n")));
  return builder.build("lede-test", "0.0.1");
}

// Model::load over an aligned copy; the copy lives in `storage`.
std::optional<lede::Model> load(const std::vector<std::byte>& file, lede::AlignedBytes& storage, std::string& error) {
  storage = lede::AlignedBytes(file);
  return lede::Model::load(storage.span(), error);
}

std::string load_error(const std::vector<std::byte>& file) {
  lede::AlignedBytes storage;
  std::string error;
  const auto model = load(file, storage, error);
  if (model) return "(loaded)";
  CHECK(!error.empty());
  CHECK(error.find('\n') == std::string::npos);
  return error;
}

void reseal(std::vector<std::byte>& file) {
  layout::write_le<std::uint64_t>(file.data() + layout::kChecksumAt, layout::model_checksum(file));
}

template <typename T>
std::vector<std::byte> patched(std::vector<std::byte> file, std::size_t at, T value) {
  layout::write_le<T>(file.data() + at, value);
  reseal(file);
  return file;
}

std::size_t entry(std::size_t index, std::size_t field) {
  return layout::kHeaderSize + index * layout::kTableEntrySize + field;
}

std::uint64_t entry_u64(const std::vector<std::byte>& file, std::size_t index, std::size_t field) {
  return layout::read_le<std::uint64_t>(file.data() + entry(index, field));
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a built model loads with the same sections, aligned", "[model]") {
  const std::vector<std::byte> file = small_model();
  REQUIRE(file.size() % lede::kModelSectionAlignment == 0);
  lede::AlignedBytes storage;
  std::string error;
  const auto model = load(file, storage, error);
  REQUIRE(model);
  CHECK(error.empty());
  CHECK(model->name() == "lede-test");
  CHECK(model->version() == "0.0.1");
  CHECK(model->format_version() == lede::kModelFormatVersion);
  REQUIRE(model->sections().size() == 3);
  CHECK(model->sections()[0].name == "pos");
  CHECK(model->sections()[1].name == "ner");
  CHECK(model->sections()[2].name == "provenance");

  const lede::ModelSection* pos = model->section("pos");
  REQUIRE(pos != nullptr);
  CHECK(pos->template_version == 3);
  CHECK(pos->hash_seed == 0x1234'5678'9ABC'DEF0ULL);
  const std::vector<std::byte> expected = pattern(100, 1);
  REQUIRE(pos->bytes.size() == expected.size());
  CHECK(std::memcmp(pos->bytes.data(), expected.data(), expected.size()) == 0);
  const lede::ModelSection* ner = model->section("ner");
  REQUIRE(ner != nullptr);
  CHECK(ner->template_version == 7);
  CHECK(ner->hash_seed == 42);
  CHECK(ner->bytes.size() == 13);
  for (const lede::ModelSection& section : model->sections()) {
    CHECK(reinterpret_cast<std::uintptr_t>(section.bytes.data()) % lede::kModelSectionAlignment == 0);
    CHECK(section.bytes.data() >= storage.span().data());
    CHECK(section.bytes.data() + section.bytes.size() <= storage.span().data() + storage.span().size());
  }
  CHECK(model->section("parser") == nullptr);

  // The same sections built again give the same bytes (no uninitialized padding, no timestamps).
  CHECK(small_model() == file);
}

TEST_CASE("sections not known to this build are kept and ignored", "[model]") {
  lede::ModelBuilder builder;
  REQUIRE(builder.add_section("pos", 1, 1, pattern(10, 3)));
  REQUIRE(builder.add_section("from.the.future", 99, 5, pattern(5000, 4)));
  const std::vector<std::byte> file = builder.build("m", "1");
  lede::AlignedBytes storage;
  std::string error;
  const auto model = load(file, storage, error);
  REQUIRE(model);
  REQUIRE(model->section("from.the.future") != nullptr);
  CHECK(model->section("from.the.future")->bytes.size() == 5000);
  CHECK(model->section("pos")->bytes.size() == 10);
}

TEST_CASE("the builder replaces a section added twice and refuses bad names", "[model]") {
  lede::ModelBuilder builder;
  REQUIRE(builder.add_section("a", 1, 1, pattern(10, 1)));
  REQUIRE(builder.add_section("b", 1, 1, pattern(10, 2)));
  REQUIRE(builder.add_section("a", 2, 9, pattern(3, 3)));
  CHECK_FALSE(builder.add_section("", 1, 1, {}));
  CHECK_FALSE(builder.add_section(std::string(32, 'x'), 1, 1, {}));
  CHECK(builder.add_section(std::string(31, 'x'), 1, 1, {}));  // the longest name; an empty section
  CHECK_FALSE(builder.add_section(std::string_view("a\0b", 3), 1, 1, {}));
  CHECK(builder.section_count() == 3);
  std::string build_error;
  CHECK(builder.build("", "1", &build_error).empty());
  CHECK(contains(build_error, "model name"));
  CHECK(builder.build("name", std::string(256, 'v'), &build_error).empty());
  CHECK(contains(build_error, "model version"));

  const std::vector<std::byte> file = builder.build("m", std::string(255, 'v'));
  lede::AlignedBytes storage;
  std::string error;
  const auto model = load(file, storage, error);
  REQUIRE(model);
  REQUIRE(model->sections().size() == 3);
  CHECK(model->sections()[0].name == "a");  // in the place of the first
  CHECK(model->sections()[0].template_version == 2);
  CHECK(model->sections()[0].bytes.size() == 3);
  CHECK(model->sections()[2].bytes.empty());
  CHECK(model->version().size() == 255);
}

TEST_CASE("a model without sections loads", "[model]") {
  const std::vector<std::byte> file = lede::ModelBuilder().build("empty", "0");
  lede::AlignedBytes storage;
  std::string error;
  const auto model = load(file, storage, error);
  REQUIRE(model);
  CHECK(model->sections().empty());
}

TEST_CASE("every truncation of a model is rejected", "[model]") {
  const std::vector<std::byte> file = small_model();
  CHECK(load_error({}) == "empty file");
  for (std::size_t size = 1; size < file.size(); ++size) {
    const std::string error =
        load_error(std::vector<std::byte>(file.begin(), file.begin() + static_cast<std::ptrdiff_t>(size)));
    INFO("prefix of " << size << " bytes: " << error);
    CHECK(contains(error, "truncated"));
  }
  std::vector<std::byte> longer = file;
  longer.push_back(std::byte{0});
  CHECK(contains(load_error(longer), "file size mismatch"));
}

TEST_CASE("every single bit flip of a model is rejected", "[model]") {
  const std::vector<std::byte> file = small_model();
  std::vector<std::byte> flipped = file;
  for (std::size_t i = 0; i < file.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      flipped[i] = file[i] ^ static_cast<std::byte>(1U << bit);
      const std::string error = load_error(flipped);
      INFO("byte " << i << " bit " << bit);
      CHECK(error != "(loaded)");
    }
    flipped[i] = file[i];
  }
}

TEST_CASE("files that are not models, or newer ones, are rejected by name", "[model]") {
  const std::vector<std::byte> file = small_model();
  CHECK(load_error(bytes_of("hello")) == "not a Lede model (bad magic)");
  CHECK(load_error(bytes_of("LEDE")) == "truncated: 4 bytes, shorter than the 64-byte header");
  std::vector<std::byte> magic = file;
  magic[0] = std::byte{'X'};
  reseal(magic);
  CHECK(load_error(magic) == "not a Lede model (bad magic)");
  CHECK(load_error(patched<std::uint32_t>(file, layout::kFormatVersionAt, 2)) ==
        "format version 2 is newer than this build reads (1)");
  CHECK(load_error(patched<std::uint32_t>(file, layout::kFormatVersionAt, 0)) == "invalid format version 0");
  std::vector<std::byte> corrupt = file;
  corrupt[corrupt.size() - 70] ^= std::byte{0x10};
  CHECK(load_error(corrupt) == "checksum mismatch: the file is corrupt");
}

TEST_CASE("absurd sizes, counts and offsets are rejected by validation", "[model]") {
  const std::vector<std::byte> file = small_model();
  const auto size = static_cast<std::uint64_t>(file.size());
  constexpr auto kMax = std::numeric_limits<std::uint64_t>::max();

  SECTION("header fields") {
    CHECK(contains(load_error(patched<std::uint32_t>(file, layout::kHeaderSizeAt, 8)), "invalid header size 8"));
    CHECK(
        contains(load_error(patched<std::uint32_t>(file, layout::kHeaderSizeAt, 0xFFFFFFF8U)), "invalid header size"));
    CHECK(
        contains(load_error(patched<std::uint32_t>(file, layout::kSectionCountAt, 5000)), "absurd section count 5000"));
    CHECK(contains(load_error(patched<std::uint32_t>(file, layout::kSectionCountAt, 0xFFFFFFFFU)),
                   "absurd section count"));
    CHECK(contains(load_error(patched<std::uint32_t>(file, layout::kSectionCountAt, 1000)), "section table"));
    CHECK(contains(load_error(patched<std::uint64_t>(file, layout::kFileSizeAt, size - 1)), "file size mismatch"));
    CHECK(contains(load_error(patched<std::uint64_t>(file, layout::kFileSizeAt, kMax)), "truncated"));
    CHECK(contains(load_error(patched<std::uint64_t>(file, layout::kNameOffsetAt, kMax)), "model name offset"));
    CHECK(contains(load_error(patched<std::uint64_t>(file, layout::kNameOffsetAt, 10)),
                   "model name offset 10 is out of bounds"));
    CHECK(contains(load_error(patched<std::uint64_t>(file, layout::kVersionOffsetAt, size)), "model version offset"));
    // The name pointed into a section's data: it overlaps it, or runs to the end without a NUL.
    const std::uint64_t pos_offset = entry_u64(file, 0, layout::kEntryOffsetAt);
    CHECK(contains(load_error(patched<std::uint64_t>(file, layout::kNameOffsetAt, pos_offset)), "overlap"));
    std::vector<std::byte> unterminated = file;
    unterminated.back() = std::byte{'x'};
    CHECK(contains(load_error(patched<std::uint64_t>(unterminated, layout::kNameOffsetAt, size - 1)),
                   "not NUL-terminated"));
    std::vector<std::byte> empty_name = patched<std::uint64_t>(file, layout::kNameOffsetAt, size - 1);
    CHECK(contains(load_error(empty_name), "model name is empty"));
  }

  SECTION("section table entries") {
    const std::uint64_t pos_offset = entry_u64(file, 0, layout::kEntryOffsetAt);
    const std::uint64_t ner_offset = entry_u64(file, 1, layout::kEntryOffsetAt);
    CHECK(contains(load_error(patched<std::uint64_t>(file, entry(1, layout::kEntryOffsetAt), ner_offset + 1)),
                   "section 'ner': offset " + std::to_string(ner_offset + 1) + " is not a multiple of 64"));
    CHECK(contains(load_error(patched<std::uint64_t>(file, entry(1, layout::kEntryOffsetAt), 1ULL << 63)),
                   "run past the end"));
    CHECK(contains(load_error(patched<std::uint64_t>(file, entry(1, layout::kEntrySizeAt), kMax)), "run past the end"));
    CHECK(contains(load_error(patched<std::uint64_t>(file, entry(1, layout::kEntrySizeAt), size - ner_offset + 1)),
                   "run past the end"));
    CHECK(contains(load_error(patched<std::uint64_t>(file, entry(1, layout::kEntryOffsetAt), pos_offset)),
                   "section 'pos' and section 'ner' overlap"));
    CHECK(
        contains(load_error(patched<std::uint64_t>(file, entry(0, layout::kEntrySizeAt), ner_offset - pos_offset + 1)),
                 "overlap"));
    CHECK(contains(load_error(patched<std::uint64_t>(file, entry(0, layout::kEntryOffsetAt), 64)),
                   "overlaps the header or the section table"));
    CHECK(contains(load_error(patched<std::uint64_t>(file, entry(0, layout::kEntryOffsetAt), 0)),
                   "overlaps the header or the section table"));

    std::vector<std::byte> unterminated = file;
    std::memset(unterminated.data() + entry(1, layout::kEntryNameAt), 'n', layout::kSectionNameField);
    reseal(unterminated);
    CHECK(load_error(unterminated) == "section 1: name is not NUL-terminated");
    std::vector<std::byte> nameless = file;
    std::memset(nameless.data() + entry(1, layout::kEntryNameAt), 0, layout::kSectionNameField);
    reseal(nameless);
    CHECK(load_error(nameless) == "section 1: empty name");
    std::vector<std::byte> padding = file;
    padding[entry(1, layout::kEntryNameAt) + 20] = std::byte{'z'};
    reseal(padding);
    CHECK(load_error(padding) == "section 1: name padding is not zero");
    std::vector<std::byte> twice = file;
    std::memcpy(twice.data() + entry(1, layout::kEntryNameAt), "pos", 3);
    reseal(twice);
    CHECK(load_error(twice) == "section 'pos' appears twice");
  }
}

TEST_CASE("bytes not aligned in memory are refused", "[model]") {
  const std::vector<std::byte> file = small_model();
  std::vector<std::byte> copy(file.size() + 1);
  std::memcpy(copy.data() + 1, file.data(), file.size());
  const lede::AlignedBytes aligned(copy);  // so the model starts at an aligned address + 1
  std::string error;
  CHECK_FALSE(lede::Model::load(aligned.span().subspan(1), error));
  CHECK(contains(error, "aligned"));
}

TEST_CASE("AlignedBytes copies, moves and frees", "[model]") {
  const std::vector<std::byte> bytes = pattern(1000, 5);
  lede::AlignedBytes a(bytes);
  CHECK(reinterpret_cast<std::uintptr_t>(a.span().data()) % lede::kModelSectionAlignment == 0);
  CHECK(std::memcmp(a.span().data(), bytes.data(), bytes.size()) == 0);
  lede::AlignedBytes b(std::move(a));
  CHECK(a.span().empty());  // NOLINT(bugprone-use-after-move): moved-from is documented as empty
  CHECK(b.span().size() == 1000);
  lede::AlignedBytes c(pattern(10, 6));
  c = std::move(b);
  CHECK(c.span().size() == 1000);
  CHECK(lede::AlignedBytes(std::span<const std::byte>()).span().empty());
}

TEST_CASE("AlignedBytes::uninitialized is written in place and taken by load_owned without a copy", "[model]") {
  CHECK(lede::AlignedBytes::uninitialized(0).span().empty());
  // More than any machine has: empty, not a throw or an abort (the wasm build has no exceptions).
  CHECK(lede::AlignedBytes::uninitialized(std::numeric_limits<std::size_t>::max() / 2).span().empty());

  lede::ModelBuilder builder;
  REQUIRE(builder.add_section("future.stage", 3, 0x1234'5678'9ABC'DEF0ULL, pattern(100, 1)));
  const std::vector<std::byte> file = builder.build("lede-test", "0.0.2");
  lede::AlignedBytes bytes = lede::AlignedBytes::uninitialized(file.size());
  REQUIRE(bytes.span().size() == file.size());
  CHECK(reinterpret_cast<std::uintptr_t>(bytes.data()) % lede::kModelSectionAlignment == 0);
  std::memcpy(bytes.data(), file.data(), file.size());
  const std::byte* written = bytes.data();
  std::string error;
  const std::optional<lede::Analyzer> analyzer = lede::Analyzer::load_owned(std::move(bytes), error);
  REQUIRE(analyzer);
  CHECK(analyzer->model_info().version == "0.0.2");
  REQUIRE(analyzer->model_file() != nullptr);
  CHECK(analyzer->model_file()->section("future.stage")->bytes.data() > written);  // in the bytes written
  CHECK(analyzer->model_file()->section("future.stage")->bytes.data() < written + file.size());

  lede::AlignedBytes corrupt = lede::AlignedBytes::uninitialized(file.size());
  std::memcpy(corrupt.data(), file.data(), file.size());
  corrupt.data()[100] ^= std::byte{1};
  CHECK_FALSE(lede::Analyzer::load_owned(std::move(corrupt), error));
  CHECK(error == "checksum mismatch: the file is corrupt");
}

TEST_CASE("an analyzer loads a model file and shares it between copies", "[model]") {
  const lede::Analyzer rules;
  CHECK(rules.model_file() == nullptr);
  CHECK(rules.model_info().name == "lede-rules");

  // Sections no stage reads: the analyzer keeps them and runs the rules (a "pos" or "ner" section
  // of made-up bytes would rightly be rejected by its stage).
  lede::ModelBuilder builder;
  REQUIRE(builder.add_section("future.stage", 3, 0x1234'5678'9ABC'DEF0ULL, pattern(100, 1)));
  REQUIRE(builder.add_section("provenance", 0, 0, bytes_of("trained on nothing\n")));
  const std::vector<std::byte> file = builder.build("lede-test", "0.0.1");
  std::string error;
  const std::optional<lede::Analyzer> analyzer = lede::Analyzer::load(file, error);
  REQUIRE(analyzer);
  CHECK(analyzer->model_info().name == "lede-test");
  CHECK(analyzer->model_info().version == "0.0.1");
  REQUIRE(analyzer->model_file() != nullptr);
  const lede::ModelSection* future = analyzer->model_file()->section("future.stage");
  REQUIRE(future != nullptr);
  CHECK(reinterpret_cast<std::uintptr_t>(future->bytes.data()) % lede::kModelSectionAlignment == 0);

  // A section a stage reads, but made of garbage, fails the load with that stage's reason.
  CHECK_FALSE(lede::Analyzer::load(small_model(), error));
  CHECK_FALSE(error.empty());

  lede::Analyzer copy = *analyzer;
  CHECK(copy.model_file() == analyzer->model_file());  // the same bytes, not a copy
  const lede::Document document = copy.analyze("Prices rose 5% on 24 April 2018.");
  CHECK(!document.mentions.empty());

  std::vector<std::byte> corrupt = file;
  corrupt[100] ^= std::byte{1};
  CHECK_FALSE(lede::Analyzer::load(corrupt, error));
  CHECK(error == "checksum mismatch: the file is corrupt");
  CHECK_FALSE(lede::Analyzer::load({}, error));
  CHECK(error == "empty file");
}
