// The model file (docs/model-format.md): one binary file holds every trained section (POS, parser,
// NER, relations, compiled lexicons). A header with magic, format version, model name and version; a
// section table (unknown sections are skipped, so the format can grow); per-section template version
// and hash seed; a checksum. Section data is aligned so arrays are used in place from the loaded bytes.
// The same code loads it natively and in wasm; a truncated, corrupt or wrong-version file is rejected
// with a clear error, never a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

// Every section's data starts at a multiple of this many bytes from the start of the file, so arrays of
// any scalar type can be read in place when the file's bytes are themselves so aligned.
inline constexpr std::size_t kModelSectionAlignment = 64;
// The layout this build writes and the newest it reads (docs/model-format.md describes it).
inline constexpr std::uint32_t kModelFormatVersion = 1;
// Limits checked by Model::load and ModelBuilder (a file beyond them is corrupt, not big).
inline constexpr std::size_t kModelMaxSections = 1024;
inline constexpr std::size_t kModelMaxSectionName = 31;  // bytes, NUL-padded to 32 in the table
inline constexpr std::size_t kModelMaxLabel = 255;       // bytes of the model's name or version

struct ModelSection {
  std::string_view name;               // e.g. "pos", "pos.lemmas", "ner"; at most 31 bytes
  std::uint32_t template_version = 0;  // the feature templates the weights were trained with
  std::uint64_t hash_seed = 0;         // the seed of the feature hash the weights were trained with
  std::span<const std::byte> bytes;    // points into the loaded file
};

// A read-only view of a model file held in memory. Copying the view does not copy the bytes; the
// caller keeps the bytes alive (and at an address aligned to kModelSectionAlignment: load rejects other
// addresses) as long as the view and anything built from its sections are used. Every section's bytes
// therefore start at an address aligned to kModelSectionAlignment.
class Model {
 public:
  // Validates `bytes` (magic, format version, sizes, section table, checksum) and indexes the sections.
  // On failure returns nullopt and writes a one-line reason to `error` ("not a Lede model (bad magic)",
  // "truncated: ...", "checksum mismatch: the file is corrupt", "format version 7 is newer than this
  // build reads (1)", ...).
  static std::optional<Model> load(std::span<const std::byte> bytes, std::string& error);

  std::string_view name() const { return name_; }
  std::string_view version() const { return version_; }
  std::uint32_t format_version() const { return format_version_; }
  const std::vector<ModelSection>& sections() const { return sections_; }
  // The section with this name, or nullptr.
  const ModelSection* section(std::string_view name) const;

 private:
  std::string_view name_;
  std::string_view version_;
  std::uint32_t format_version_ = 0;
  std::vector<ModelSection> sections_;
};

// Assembles a model file from sections (used by `lede train` and `lede model pack`; not in the wasm).
class ModelBuilder {
 public:
  // Sections keep the order they are added in; adding a name twice replaces the earlier one (in its
  // place). Returns false, adding nothing, for a name that is not valid_section_name.
  bool add_section(std::string_view name, std::uint32_t template_version, std::uint64_t hash_seed,
                   std::span<const std::byte> bytes);
  // The complete file: header, section table, strings, aligned data, checksum. Empty (and a reason in
  // `error` when given) if the name or version is not a valid_label.
  std::vector<std::byte> build(std::string_view model_name, std::string_view model_version,
                               std::string* error = nullptr) const;
  std::size_t section_count() const { return sections_.size(); }

  // 1 to kModelMaxSectionName bytes, no NUL.
  static bool valid_section_name(std::string_view name);
  // A model name or version: 1 to kModelMaxLabel bytes, no NUL.
  static bool valid_label(std::string_view label);

 private:
  struct PendingSection {
    std::string name;
    std::uint32_t template_version;
    std::uint64_t hash_seed;
    std::vector<std::byte> bytes;
  };
  std::vector<PendingSection> sections_;
};

// Bytes aligned for Model::load: a file's contents copied into storage aligned to
// kModelSectionAlignment (std::vector<std::byte> only guarantees the alignment of operator new).
class AlignedBytes {
 public:
  AlignedBytes() = default;
  explicit AlignedBytes(std::span<const std::byte> bytes);
  // `size` bytes of aligned storage, not yet written: for a caller that fills it in place (the wasm
  // binding copies a model straight from JavaScript into it, with no copy in between). Empty when the
  // memory cannot be had.
  static AlignedBytes uninitialized(std::size_t size);
  std::span<const std::byte> span() const { return {data_, size_}; }
  std::byte* data() { return data_; }
  ~AlignedBytes();
  AlignedBytes(AlignedBytes&& other) noexcept;
  AlignedBytes& operator=(AlignedBytes&& other) noexcept;
  AlignedBytes(const AlignedBytes&) = delete;
  AlignedBytes& operator=(const AlignedBytes&) = delete;

 private:
  std::byte* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace lede
