// The best class of a score vector: the first of the highest scores. A running "best so far" loop
// (`if (scores[c] > scores[best]) best = c`) makes every step wait on the previous one (a load at the
// best index, a compare, a conditional move: ~7 cycles a class, a quarter of POS tagging time for its
// 93 classes). Here the maximum is a reduction the compiler turns into vector max instructions
// (natively and in wasm), and its first position a scan with no dependence between steps.
#pragma once

#include <cstddef>

namespace lede::perceptron {

// The lowest c in [0, count) with scores[c] maximal. count >= 1.
template <typename Score>
std::size_t first_argmax(const Score* scores, std::size_t count) {
  Score top = scores[0];
  for (std::size_t c = 1; c < count; ++c) top = scores[c] > top ? scores[c] : top;
  std::size_t best = 0;
  while (scores[best] != top) ++best;
  return best;
}

}  // namespace lede::perceptron
