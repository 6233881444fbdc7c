// The shape of a word, a feature of the taggers: letters become X/x, digits d, any non-ASCII character u,
// other characters stay; runs of one class are cut to `max_run`, so unseen words of one look share a
// shape: "Bajwa" and "Washington" are "Xxx" (max_run 2) or "Xx" (1); "1,250" is "d,dd".
#pragma once

#include <cstddef>
#include <string_view>

namespace lede::text {

// Writes the shape into `out` (at most `capacity` bytes) and returns its length.
std::size_t word_shape(std::string_view form, int max_run, char* out, std::size_t capacity);

}  // namespace lede::text
