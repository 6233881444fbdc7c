// The five tokens a tagger's features look at: two before token i, token i, and two after it, with
// `padding` standing in for the positions beyond the sentence's edges (a fixed value, so "start of
// sentence" is a feature value like any other).
#pragma once

#include <cstddef>
#include <span>

namespace lede::perceptron {

template <class Facts>
struct TokenWindow {
  const Facts& before2;
  const Facts& before1;
  const Facts& at;
  const Facts& after1;
  const Facts& after2;
};

template <class Facts>
TokenWindow<Facts> token_window(std::span<const Facts> sentence, std::size_t i, const Facts& padding) {
  const auto get = [&](std::ptrdiff_t offset) -> const Facts& {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + offset;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(sentence.size()) ? padding : sentence[static_cast<std::size_t>(j)];
  };
  return {get(-2), get(-1), sentence[i], get(1), get(2)};
}

}  // namespace lede::perceptron
