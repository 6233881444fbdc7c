// Union-find over mention indices. The root of a set is its smallest index, so a set's root is its
// first mention in the text (entities are numbered by first mention).
#pragma once

#include <cstdint>
#include <numeric>
#include <vector>

namespace lede::resolve {

class DisjointSets {
 public:
  explicit DisjointSets(std::size_t size) : parent_(size) { std::iota(parent_.begin(), parent_.end(), 0U); }

  std::uint32_t find(std::uint32_t item) {
    while (parent_[item] != item) {
      parent_[item] = parent_[parent_[item]];  // path halving keeps trees flat without recursion
      item = parent_[item];
    }
    return item;
  }
  void unite(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }
  std::size_t size() const { return parent_.size(); }

 private:
  std::vector<std::uint32_t> parent_;
};

}  // namespace lede::resolve
