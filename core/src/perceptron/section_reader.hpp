// Reads the arrays of a model section in place. Every array starts at a multiple of 8 bytes from the
// section start (sections themselves are 64-byte aligned), so a span over the bytes is a span of
// properly aligned values. Any read past the end fails the reader instead of crashing: a corrupt
// section is reported, not trusted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

#include "lede/model.hpp"

namespace lede::perceptron {

inline constexpr std::size_t kArrayAlignment = 8;

class SectionReader {
 public:
  explicit SectionReader(std::span<const std::byte> bytes) : bytes_(bytes) {}

  bool ok() const { return ok_; }

  template <typename T>
  T read_value() {
    static_assert(std::is_trivially_copyable_v<T>);
    T value{};
    if (!take(sizeof(T))) return value;
    std::memcpy(&value, bytes_.data() + at_ - sizeof(T), sizeof(T));
    align();
    return value;
  }

  template <typename T>
  std::span<const T> read_array(std::size_t count) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= kArrayAlignment);
    if (count > (bytes_.size() - at_) / sizeof(T) ||
        reinterpret_cast<std::uintptr_t>(bytes_.data() + at_) % alignof(T) != 0) {
      ok_ = false;
      return {};
    }
    const auto* first = reinterpret_cast<const T*>(bytes_.data() + at_);
    at_ += count * sizeof(T);
    align();
    return {first, count};
  }

 private:
  bool take(std::size_t size) {
    if (!ok_ || size > bytes_.size() - at_) {
      ok_ = false;
      return false;
    }
    at_ += size;
    return true;
  }
  void align() {
    const std::size_t padded = (at_ + kArrayAlignment - 1) / kArrayAlignment * kArrayAlignment;
    at_ = padded <= bytes_.size() ? padded : bytes_.size();
  }

  std::span<const std::byte> bytes_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

// The model's section `name` when it exists and was trained with `template_version`; otherwise nullptr
// with `error` saying which of the two it is.
inline const ModelSection* trained_section(const Model& model, std::string_view name, std::uint32_t template_version,
                                           std::string& error) {
  const ModelSection* section = model.section(name);
  if (section == nullptr) {
    error = "the model has no \"" + std::string(name) + "\" section";
  } else if (section->template_version != template_version) {
    error = "the model's \"" + std::string(name) +
            "\" section was trained with other feature templates (retrain with this build)";
    section = nullptr;
  }
  return section;
}

}  // namespace lede::perceptron
