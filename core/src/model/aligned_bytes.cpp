// AlignedBytes: a copy of a model file at an address aligned for its sections' arrays.
#include <cstring>
#include <new>
#include <utility>

#include "lede/model.hpp"

namespace lede {
namespace {

constexpr std::align_val_t kAlignment{kModelSectionAlignment};

}  // namespace

AlignedBytes::AlignedBytes(std::span<const std::byte> bytes) : AlignedBytes(uninitialized(bytes.size())) {
  if (size_ != 0) std::memcpy(data_, bytes.data(), size_);
}

AlignedBytes AlignedBytes::uninitialized(std::size_t size) {
  AlignedBytes bytes;
  if (size == 0) return bytes;
  // Not the throwing new: the wasm build has no exceptions, where a failed allocation would abort.
  bytes.data_ = static_cast<std::byte*>(::operator new(size, kAlignment, std::nothrow));
  if (bytes.data_ != nullptr) bytes.size_ = size;
  return bytes;
}

AlignedBytes::~AlignedBytes() {
  if (data_ != nullptr) ::operator delete(data_, kAlignment);
}

AlignedBytes::AlignedBytes(AlignedBytes&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

AlignedBytes& AlignedBytes::operator=(AlignedBytes&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) ::operator delete(data_, kAlignment);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

}  // namespace lede
