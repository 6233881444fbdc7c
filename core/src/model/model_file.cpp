// Model::load: reads the model file format of model_layout.hpp. It validates every field before any use,
// so a truncated, corrupt or hostile file gives a one-line reason, never a crash.
#include <algorithm>
#include <cstring>
#include <string>

#include "lede/model.hpp"
#include "model/model_layout.hpp"

namespace lede {
namespace {

using namespace model_layout;

// A section name as it appears in an error: quoted, and with any byte outside printable ASCII written
// \xHH, since the name comes from the file and the message must stay one readable line.
std::string quote(std::string_view name) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string quoted(1, '\'');  // built by appending: GCC 12 warns falsely about "'" + std::string
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7F && c != '\\') {
      quoted.push_back(c);
    } else {
      quoted += "\\x";
      quoted.push_back(kHex[byte >> 4]);
      quoted.push_back(kHex[byte & 0xF]);
    }
  }
  quoted.push_back('\'');
  return quoted;
}

bool fail(std::string& error, std::string message) {
  error = std::move(message);
  return false;
}

std::nullopt_t reject(std::string& error, std::string message) {
  error = std::move(message);
  return std::nullopt;
}

// A NUL-terminated string at `offset` after the section table: its view without the NUL.
bool read_label(std::span<const std::byte> file, std::uint64_t offset, std::size_t table_end, const char* what,
                std::string_view& label, std::string& error) {
  if (offset < table_end || offset >= file.size()) {
    return fail(error, std::string(what) + " offset " + std::to_string(offset) + " is out of bounds");
  }
  const char* begin = reinterpret_cast<const char*>(file.data()) + offset;
  const std::size_t room = std::min<std::size_t>(file.size() - offset, kModelMaxLabel + 1);
  const void* nul = std::memchr(begin, 0, room);
  if (nul == nullptr) {
    return fail(error,
                std::string(what) + (room > kModelMaxLabel ? " is longer than 255 bytes" : " is not NUL-terminated"));
  }
  label = std::string_view(begin, static_cast<std::size_t>(static_cast<const char*>(nul) - begin));
  if (label.empty()) return fail(error, std::string(what) + " is empty");
  return true;
}

struct Extent {
  std::uint64_t begin;
  std::uint64_t end;
  std::string what;
};

}  // namespace

std::optional<Model> Model::load(std::span<const std::byte> bytes, std::string& error) {
  const std::size_t size = bytes.size();
  if (size == 0) return reject(error, "empty file");
  if (std::memcmp(bytes.data(), kMagic, std::min(size, sizeof kMagic)) != 0) {
    return reject(error, "not a Lede model (bad magic)");
  }
  if (size < kHeaderSize) {
    return reject(error, "truncated: " + std::to_string(size) + " bytes, shorter than the 64-byte header");
  }
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % kModelSectionAlignment != 0) {
    return reject(error, "the model's bytes are not 64-byte aligned in memory (load them through AlignedBytes)");
  }
  const std::byte* file = bytes.data();
  const auto format_version = read_le<std::uint32_t>(file + kFormatVersionAt);
  if (format_version == 0) return reject(error, "invalid format version 0");
  if (format_version > kModelFormatVersion) {
    return reject(error, "format version " + std::to_string(format_version) + " is newer than this build reads (" +
                             std::to_string(kModelFormatVersion) + ")");
  }
  const auto stated_size = read_le<std::uint64_t>(file + kFileSizeAt);
  if (stated_size > size) {
    return reject(error, "truncated: the header says " + std::to_string(stated_size) + " bytes, the file has " +
                             std::to_string(size));
  }
  if (stated_size < size) {
    return reject(error, "file size mismatch: the header says " + std::to_string(stated_size) +
                             " bytes, the file has " + std::to_string(size));
  }
  if (model_checksum(bytes) != read_le<std::uint64_t>(file + kChecksumAt)) {
    return reject(error, "checksum mismatch: the file is corrupt");
  }

  // The checksum matched, so what follows catches files written wrongly (or on purpose), not damage.
  const auto header_size = read_le<std::uint32_t>(file + kHeaderSizeAt);
  if (header_size < kHeaderSize || header_size % 8 != 0 || header_size > size) {
    return reject(error, "invalid header size " + std::to_string(header_size));
  }
  const auto count = read_le<std::uint32_t>(file + kSectionCountAt);
  if (count > kModelMaxSections) {
    return reject(error, "absurd section count " + std::to_string(count) + " (at most " +
                             std::to_string(kModelMaxSections) + ")");
  }
  const std::size_t table_end = header_size + std::size_t{count} * kTableEntrySize;  // no overflow: both small
  if (table_end > size) {
    return reject(error,
                  "truncated: the section table (" + std::to_string(count) + " entries) runs past the end of the file");
  }

  Model model;
  model.format_version_ = format_version;
  std::vector<Extent> extents;
  extents.reserve(count + 2);
  if (!read_label(bytes, read_le<std::uint64_t>(file + kNameOffsetAt), table_end, "model name", model.name_, error) ||
      !read_label(bytes, read_le<std::uint64_t>(file + kVersionOffsetAt), table_end, "model version", model.version_,
                  error)) {
    return std::nullopt;
  }
  const auto label_extent = [&](std::string_view label, const char* what) {
    const auto begin = static_cast<std::uint64_t>(label.data() - reinterpret_cast<const char*>(file));
    extents.push_back({begin, begin + label.size() + 1, what});
  };
  label_extent(model.name_, "the model name");
  label_extent(model.version_, "the model version");

  model.sections_.reserve(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::byte* entry = file + header_size + std::size_t{i} * kTableEntrySize;
    const char* name_field = reinterpret_cast<const char*>(entry + kEntryNameAt);
    const void* nul = std::memchr(name_field, 0, kSectionNameField);
    const std::string which = "section " + std::to_string(i);
    if (nul == nullptr) return reject(error, which + ": name is not NUL-terminated");
    const std::string_view name(name_field, static_cast<std::size_t>(static_cast<const char*>(nul) - name_field));
    if (name.empty()) return reject(error, which + ": empty name");
    for (std::size_t k = name.size(); k < kSectionNameField; ++k) {
      if (name_field[k] != 0) return reject(error, which + ": name padding is not zero");
    }
    if (model.section(name) != nullptr) return reject(error, "section " + quote(name) + " appears twice");
    const auto offset = read_le<std::uint64_t>(entry + kEntryOffsetAt);
    const auto length = read_le<std::uint64_t>(entry + kEntrySizeAt);
    if (offset % kModelSectionAlignment != 0) {
      return reject(error, "section " + quote(name) + ": offset " + std::to_string(offset) + " is not a multiple of " +
                               std::to_string(kModelSectionAlignment));
    }
    if (offset > size || length > size - offset) {
      return reject(error, "section " + quote(name) + ": " + std::to_string(length) + " bytes at offset " +
                               std::to_string(offset) + " run past the end of the file (" + std::to_string(size) +
                               " bytes)");
    }
    if (offset < table_end) {
      return reject(error, "section " + quote(name) + ": data at offset " + std::to_string(offset) +
                               " overlaps the header or the section table");
    }
    ModelSection section;
    section.name = name;
    section.template_version = read_le<std::uint32_t>(entry + kEntryTemplateVersionAt);
    section.hash_seed = read_le<std::uint64_t>(entry + kEntryHashSeedAt);
    section.bytes = bytes.subspan(static_cast<std::size_t>(offset), static_cast<std::size_t>(length));
    model.sections_.push_back(section);
    if (length > 0) extents.push_back({offset, offset + length, "section " + quote(name)});
  }
  std::stable_sort(extents.begin(), extents.end(), [](const Extent& a, const Extent& b) { return a.begin < b.begin; });
  for (std::size_t i = 1; i < extents.size(); ++i) {
    if (extents[i].begin < extents[i - 1].end) {
      return reject(error, extents[i - 1].what + " and " + extents[i].what + " overlap");
    }
  }
  return model;
}

const ModelSection* Model::section(std::string_view name) const {
  for (const ModelSection& section : sections_) {
    if (section.name == name) return &section;
  }
  return nullptr;
}

}  // namespace lede
