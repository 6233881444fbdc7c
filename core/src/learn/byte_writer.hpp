// Writes the arrays of a model section in the layout perceptron::SectionReader reads: each value or
// array padded to a multiple of kArrayAlignment bytes, little-endian (the only byte order of the
// platforms Lede builds for: x86-64, arm64, wasm32).
#pragma once

#include <cstddef>
#include <cstring>
#include <span>
#include <type_traits>
#include <vector>

#include "perceptron/section_reader.hpp"

namespace lede::learn {

class ByteWriter {
 public:
  template <typename T>
  void write_value(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    append(&value, sizeof(T));
  }
  template <typename T>
  void write_array(std::span<const T> values) {
    static_assert(std::is_trivially_copyable_v<T>);
    append(values.data(), values.size_bytes());
  }
  const std::vector<std::byte>& bytes() const { return bytes_; }
  std::vector<std::byte> take() { return std::move(bytes_); }

 private:
  void append(const void* data, std::size_t size) {
    const std::size_t at = bytes_.size();
    const std::size_t padded =
        (size + perceptron::kArrayAlignment - 1) / perceptron::kArrayAlignment * perceptron::kArrayAlignment;
    bytes_.resize(at + padded, std::byte{0});
    if (size > 0) std::memcpy(bytes_.data() + at, data, size);
  }

  std::vector<std::byte> bytes_;
};

}  // namespace lede::learn
