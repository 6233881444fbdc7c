// What every tagger's training loop needs besides the learner: a reproducible shuffle of the training
// order, the rule that only features seen often enough are learned, and its progress lines.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace lede::learn {

// The training order before the first shuffle: 0, 1, ..., count - 1.
std::vector<std::size_t> first_order(std::size_t count);

// Fisher-Yates with mt19937_64, whose output the standard fixes (std::shuffle's use of it is not), so the
// same seed gives the same model on every platform.
void shuffle_order(std::vector<std::size_t>& order, std::mt19937_64& random);

// The feature keys counted at least `min_count` times.
std::unordered_set<std::uint64_t> keys_seen_at_least(const std::unordered_map<std::uint64_t, int>& counts,
                                                     int min_count);

// A progress line: `pattern` is printf-style with up to five %f-like conversions of the numbers.
std::string format_progress(const char* pattern, double a, double b = 0, double c = 0, double d = 0, double e = 0);

// A trainer's progress lines (sent to `progress` when the caller gave one) and its clock.
class TrainingLog {
 public:
  explicit TrainingLog(const std::function<void(const std::string&)>& progress)
      : progress_(progress), started_(std::chrono::steady_clock::now()) {}
  void operator()(const std::string& line) const {
    if (progress_) progress_(line);
  }
  // Seconds since the log was made (when training started).
  double elapsed() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count(); }

 private:
  const std::function<void(const std::string&)>& progress_;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace lede::learn
