// Hashing of feature strings and feature keys. Trainer and runtime hash the same way, and the result
// must not depend on the platform (native and wasm read the same model), so everything is 64-bit
// integer arithmetic on bytes.
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::perceptron {

// Avalanche step of MurmurHash3 (fmix64): every input bit affects every output bit, so the low bits
// used as a table slot and the high bits used as a fingerprint are independent.
constexpr std::uint64_t mix64(std::uint64_t value) {
  value ^= value >> 33;
  value *= 0xff51afd7ed558ccdULL;
  value ^= value >> 33;
  value *= 0xc4ceb9fe1a85ec53ULL;
  value ^= value >> 33;
  return value;
}

// FNV-1a (Fowler, Noll, Vo): the 64-bit offset basis, and one step over a byte. Where a hash is
// extended byte by byte (prefixes, lowercased spellings, phrase tables), the steps are taken in place.
inline constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t fnv_step(std::uint64_t hash, char byte) {
  return (hash ^ static_cast<unsigned char>(byte)) * 0x100000001b3ULL;
}

// FNV-1a over the bytes, mixed: cheap for the short strings (words, affixes) features are made of.
constexpr std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed) {
  std::uint64_t hash = kFnvOffset ^ seed;
  for (const char c : bytes) hash = fnv_step(hash, c);
  return mix64(hash);
}

// The key of one feature: a template number and up to two values (hashes of strings, or small ints).
constexpr std::uint64_t feature_key(std::uint32_t feature_template, std::uint64_t first, std::uint64_t second = 0) {
  return mix64((static_cast<std::uint64_t>(feature_template) << 56) ^ first ^ mix64(second + 0x9e3779b97f4a7c15ULL));
}

}  // namespace lede::perceptron
