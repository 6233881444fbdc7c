// ModelBuilder: writes the model file format of model_layout.hpp (for `lede train` and `lede model pack`;
// the web module never calls it, so the linker drops it there).
#include <cstring>
#include <string>
#include <utility>

#include "lede/model.hpp"
#include "model/model_layout.hpp"

namespace lede {
namespace {

using namespace model_layout;

std::size_t align_up(std::size_t value) {
  return (value + kModelSectionAlignment - 1) / kModelSectionAlignment * kModelSectionAlignment;
}

}  // namespace

bool ModelBuilder::valid_section_name(std::string_view name) {
  return !name.empty() && name.size() <= kModelMaxSectionName && name.find('\0') == std::string_view::npos;
}

bool ModelBuilder::valid_label(std::string_view label) {
  return !label.empty() && label.size() <= kModelMaxLabel && label.find('\0') == std::string_view::npos;
}

bool ModelBuilder::add_section(std::string_view name, std::uint32_t template_version, std::uint64_t hash_seed,
                               std::span<const std::byte> bytes) {
  if (!valid_section_name(name)) return false;
  PendingSection section{std::string(name), template_version, hash_seed, {bytes.begin(), bytes.end()}};
  for (PendingSection& existing : sections_) {
    if (existing.name == name) {
      existing = std::move(section);
      return true;
    }
  }
  sections_.push_back(std::move(section));
  return true;
}

std::vector<std::byte> ModelBuilder::build(std::string_view model_name, std::string_view model_version,
                                           std::string* error) const {
  for (const auto& [label, what] : {std::pair{model_name, "model name"}, std::pair{model_version, "model version"}}) {
    if (!valid_label(label)) {
      if (error != nullptr) *error = std::string("the ") + what + " must be 1 to 255 bytes without NUL";
      return {};
    }
  }
  if (sections_.size() > kModelMaxSections) {
    if (error != nullptr) *error = "more than " + std::to_string(kModelMaxSections) + " sections";
    return {};
  }
  const std::size_t table_end = kHeaderSize + sections_.size() * kTableEntrySize;
  const std::size_t name_at = table_end;
  const std::size_t version_at = name_at + model_name.size() + 1;
  std::size_t cursor = version_at + model_version.size() + 1;
  std::vector<std::size_t> offsets;
  for (const PendingSection& section : sections_) {
    offsets.push_back(align_up(cursor));
    cursor = offsets.back() + section.bytes.size();
  }
  const std::size_t file_size = align_up(cursor);

  std::vector<std::byte> file(file_size, std::byte{0});
  std::byte* out = file.data();
  std::memcpy(out + kMagicAt, kMagic, sizeof kMagic);
  write_le<std::uint32_t>(out + kFormatVersionAt, kModelFormatVersion);
  write_le<std::uint32_t>(out + kHeaderSizeAt, kHeaderSize);
  write_le<std::uint64_t>(out + kFileSizeAt, file_size);
  write_le<std::uint32_t>(out + kSectionCountAt, static_cast<std::uint32_t>(sections_.size()));
  write_le<std::uint64_t>(out + kNameOffsetAt, name_at);
  write_le<std::uint64_t>(out + kVersionOffsetAt, version_at);
  for (std::size_t i = 0; i < sections_.size(); ++i) {
    const PendingSection& section = sections_[i];
    std::byte* entry = out + kHeaderSize + i * kTableEntrySize;
    std::memcpy(entry + kEntryNameAt, section.name.data(), section.name.size());
    write_le<std::uint32_t>(entry + kEntryTemplateVersionAt, section.template_version);
    write_le<std::uint64_t>(entry + kEntryHashSeedAt, section.hash_seed);
    write_le<std::uint64_t>(entry + kEntryOffsetAt, offsets[i]);
    write_le<std::uint64_t>(entry + kEntrySizeAt, section.bytes.size());
    if (!section.bytes.empty()) std::memcpy(out + offsets[i], section.bytes.data(), section.bytes.size());
  }
  std::memcpy(out + name_at, model_name.data(), model_name.size());
  std::memcpy(out + version_at, model_version.data(), model_version.size());
  write_le<std::uint64_t>(out + kChecksumAt, model_checksum(file));
  return file;
}

}  // namespace lede
