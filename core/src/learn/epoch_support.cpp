#include "learn/epoch_support.hpp"

#include <cstdio>
#include <numeric>
#include <utility>

namespace lede::learn {

std::vector<std::size_t> first_order(std::size_t count) {
  std::vector<std::size_t> order(count);
  std::iota(order.begin(), order.end(), std::size_t{0});
  return order;
}

void shuffle_order(std::vector<std::size_t>& order, std::mt19937_64& random) {
  for (std::size_t i = order.size(); i > 1; --i) {
    const std::size_t j = static_cast<std::size_t>(random() % i);
    std::swap(order[i - 1], order[j]);
  }
}

std::unordered_set<std::uint64_t> keys_seen_at_least(const std::unordered_map<std::uint64_t, int>& counts,
                                                     int min_count) {
  std::unordered_set<std::uint64_t> frequent;
  for (const auto& [key, count] : counts) {
    if (count >= min_count) frequent.insert(key);
  }
  return frequent;
}

std::string format_progress(const char* pattern, double a, double b, double c, double d, double e) {
  char line[256];
  std::snprintf(line, sizeof line, pattern, a, b, c, d, e);
  return line;
}

}  // namespace lede::learn
