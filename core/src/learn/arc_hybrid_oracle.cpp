#include "learn/arc_hybrid_oracle.hpp"

#include "parse/greedy_parser.hpp"

namespace lede::learn {

void ArcHybridOracle::reset(std::span<const std::int32_t> heads, std::span<const std::uint8_t> labels) {
  const std::size_t n = heads.size();
  heads_.resize(n);
  labels_.assign(labels.begin(), labels.end());
  dependent_begin_.assign(n + 2, 0);
  for (std::size_t w = 0; w < n; ++w) {
    heads_[w] = heads[w] < 0 ? static_cast<std::int32_t>(n) : heads[w];
    ++dependent_begin_[static_cast<std::size_t>(heads_[w]) + 1];
  }
  for (std::size_t w = 1; w < dependent_begin_.size(); ++w) dependent_begin_[w] += dependent_begin_[w - 1];
  dependents_.assign(n, 0);
  std::vector<std::uint32_t> next(dependent_begin_.begin(), dependent_begin_.end() - 1);
  for (std::size_t w = 0; w < n; ++w)
    dependents_[next[static_cast<std::size_t>(heads_[w])]++] = static_cast<std::int32_t>(w);
}

int ArcHybridOracle::dependents_in_buffer(const parse::ParseState& state, std::int32_t word) const {
  int count = 0;
  for (std::uint32_t d = dependent_begin_[static_cast<std::size_t>(word)];
       d < dependent_begin_[static_cast<std::size_t>(word) + 1]; ++d) {
    count += static_cast<std::size_t>(dependents_[d]) >= state.buffer_start() ? 1 : 0;
  }
  return count;
}

int ArcHybridOracle::dependents_on_stack(const parse::ParseState& state, std::int32_t word) const {
  // A word left of the buffer is on the stack exactly when it has no head yet (popping attaches).
  int count = 0;
  for (std::uint32_t d = dependent_begin_[static_cast<std::size_t>(word)];
       d < dependent_begin_[static_cast<std::size_t>(word) + 1]; ++d) {
    const auto dependent = static_cast<std::size_t>(dependents_[d]);
    count += dependent < state.buffer_start() && state.head(dependent) < 0 ? 1 : 0;
  }
  return count;
}

void ArcHybridOracle::costs(const parse::ParseState& state, std::span<const std::uint8_t> labels,
                            std::vector<int>& out) const {
  const std::size_t class_count = parse::class_count_for(labels.size());
  out.assign(class_count, kIllegal);
  const std::int32_t root = state.root();
  const std::int32_t s0 = state.stack_at(0);
  const std::int32_t s1 = state.stack_at(1);
  const std::int32_t b0 = state.buffer_at(0);
  const auto in_buffer = [&](std::int32_t word) {
    return word >= 0 && word < root && static_cast<std::size_t>(word) >= state.buffer_start();
  };
  const auto on_stack = [&](std::int32_t word) {
    return word == root || (word >= 0 && static_cast<std::size_t>(word) < state.buffer_start() &&
                            state.head(static_cast<std::size_t>(word)) < 0);
  };
  if (state.can_shift()) {
    const std::int32_t h = head(b0);
    out[parse::kShiftClass] = (on_stack(h) && h != s0 ? 1 : 0) + dependents_on_stack(state, b0);
  }
  if (s0 < 0 || s0 == root) return;
  const int lost_dependents = dependents_in_buffer(state, s0);
  const std::int32_t h = head(s0);
  const std::uint8_t gold_label = labels_[static_cast<std::size_t>(s0)];
  for (std::size_t cls = 1; cls < class_count; ++cls) {
    if (!parse::is_legal(state, cls)) continue;
    const std::uint8_t label = labels[parse::class_label_index(cls)];
    if (parse::class_move(cls) == parse::Move::Left) {
      const int head_lost = h == s1 || (in_buffer(h) && h != b0) ? 1 : 0;
      out[cls] = head_lost + lost_dependents + (h == b0 && label != gold_label ? 1 : 0);
    } else {
      const int head_lost = in_buffer(h) ? 1 : 0;
      out[cls] = head_lost + lost_dependents + (h == s1 && label != gold_label ? 1 : 0);
    }
  }
}

}  // namespace lede::learn
