// The model file's checksum (model_layout.hpp): fast enough to check a few megabytes at every load
// (four lanes keep four multiplies in flight) and certain to catch any single changed word.
#include <array>
#include <bit>
#include <cstring>

#include "model/model_layout.hpp"

namespace lede::model_layout {
namespace {

constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;  // odd: multiplying by it is invertible

// A bijection of `state` for any fixed `word`: xor, multiply by an odd number, xorshift.
std::uint64_t mix(std::uint64_t state, std::uint64_t word) {
  state ^= word;
  state *= kMultiplier;
  return state ^ (state >> 32);
}

std::uint64_t load_word(const std::byte* at) {
  std::uint64_t word;
  std::memcpy(&word, at, sizeof word);
  if constexpr (std::endian::native == std::endian::big) word = read_le<std::uint64_t>(at);
  return word;
}

struct Lanes {
  std::array<std::uint64_t, 4> state = {0x6C6564652D6C616EULL, 0x65732D6D6F64656CULL, 0x2D66696C652D3031ULL,
                                        0x243F6A8885A308D3ULL};

  void block(const std::byte* at) {
    for (std::size_t lane = 0; lane < 4; ++lane) state[lane] = mix(state[lane], load_word(at + 8 * lane));
  }
};

}  // namespace

std::uint64_t model_checksum(std::span<const std::byte> file) {
  Lanes lanes;
  // The first block holds the checksum field: hash a copy with it zeroed.
  static_assert(kChecksumAt + 8 <= 32);
  std::byte first[32];
  std::memcpy(first, file.data(), sizeof first);
  std::memset(first + kChecksumAt, 0, 8);
  lanes.block(first);
  std::size_t at = 32;
  for (; at + 32 <= file.size(); at += 32) lanes.block(file.data() + at);
  // The tail, zero-padded to a whole block; the length below tells trailing zeros apart.
  if (at < file.size()) {
    std::byte tail[32] = {};
    std::memcpy(tail, file.data() + at, file.size() - at);
    lanes.block(tail);
  }
  std::uint64_t result = mix(0, static_cast<std::uint64_t>(file.size()));
  for (const std::uint64_t lane : lanes.state) result = mix(result, lane);
  return mix(result, 0);
}

}  // namespace lede::model_layout
