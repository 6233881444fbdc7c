// The byte layout of a model file, format version 1 (docs/model-format.md). Everything little-endian,
// fixed width, read and written with memcpy so a header at any address is fine.
//
//   offset  size  header (kHeaderSize bytes)
//        0     8  magic "LEDEMODL"
//        8     4  format version (1)
//       12     4  header size (64; a reader skips to it, so a later version may grow the header)
//       16     8  file size in bytes
//       24     8  checksum: model_checksum() of the whole file with these 8 bytes read as zero
//       32     4  section count (at most kModelMaxSections)
//       36     4  reserved, written 0, ignored
//       40     8  offset of the model name (a NUL-terminated string)
//       48     8  offset of the model version (a NUL-terminated string)
//       56     8  reserved, written 0, ignored
//
//   then the section table at `header size`, kTableEntrySize bytes per section:
//        0    32  name, 1..31 bytes, NUL-padded
//       32     4  template version
//       36     4  reserved, written 0, ignored
//       40     8  hash seed
//       48     8  offset of the data (a multiple of kModelSectionAlignment)
//       56     8  size of the data in bytes
//
//   then the two strings, then each section's data at its aligned offset (zero padding between), and
//   zeros after the last section's data up to a multiple of kModelSectionAlignment: the file size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>

namespace lede::model_layout {

inline constexpr char kMagic[8] = {'L', 'E', 'D', 'E', 'M', 'O', 'D', 'L'};
inline constexpr std::size_t kHeaderSize = 64;
inline constexpr std::size_t kTableEntrySize = 64;
inline constexpr std::size_t kSectionNameField = 32;

// Header field offsets.
inline constexpr std::size_t kMagicAt = 0;
inline constexpr std::size_t kFormatVersionAt = 8;
inline constexpr std::size_t kHeaderSizeAt = 12;
inline constexpr std::size_t kFileSizeAt = 16;
inline constexpr std::size_t kChecksumAt = 24;
inline constexpr std::size_t kSectionCountAt = 32;
inline constexpr std::size_t kNameOffsetAt = 40;
inline constexpr std::size_t kVersionOffsetAt = 48;

// Section table entry field offsets.
inline constexpr std::size_t kEntryNameAt = 0;
inline constexpr std::size_t kEntryTemplateVersionAt = 32;
inline constexpr std::size_t kEntryHashSeedAt = 40;
inline constexpr std::size_t kEntryOffsetAt = 48;
inline constexpr std::size_t kEntrySizeAt = 56;

template <typename T>
T read_le(const std::byte* at) {
  unsigned char raw[sizeof(T)];
  std::memcpy(raw, at, sizeof(T));
  T value = 0;
  for (std::size_t i = sizeof(T); i-- > 0;) value = static_cast<T>((value << 8) | raw[i]);
  return value;
}

template <typename T>
void write_le(std::byte* at, T value) {
  unsigned char raw[sizeof(T)];
  for (std::size_t i = 0; i < sizeof(T); ++i) raw[i] = static_cast<unsigned char>(value >> (8 * i));
  std::memcpy(at, raw, sizeof(T));
}

// The file's checksum: a 64-bit hash of all of `file` with the checksum field (bytes 24..31) read as
// zero; `file` must be at least kHeaderSize bytes. Four independent multiply-xorshift lanes over 8-byte
// words; every step is a bijection of the lane's state, so changing any one word (any single bit flip)
// always changes the result.
std::uint64_t model_checksum(std::span<const std::byte> file);

}  // namespace lede::model_layout
