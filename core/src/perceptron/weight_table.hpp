// The weights of a linear model over hashed features, read in place from a model section: for each
// feature, the non-zero class weights that survived pruning, stored together, quantized to 8 or 16 bits
// with one scale for the table. Most features weigh a few classes (a sparse row: class numbers and
// weights); the frequent ones (the bias, shapes, tag contexts) weigh most classes and are looked up for
// nearly every token, so they are stored as dense rows, one weight per class, which the compiler turns
// into vector adds (SIMD natively and in wasm) instead of a scatter per entry. Scores are sums of
// integers; the scale only matters for reporting, since the best class does not change when every score
// is multiplied by it.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <type_traits>
#include <vector>

#include "perceptron/fingerprint_table.hpp"
#include "perceptron/section_reader.hpp"

namespace lede::perceptron {

struct WeightTableHeader {
  std::uint32_t class_count = 0;
  std::uint32_t slot_count = 0;
  std::uint32_t entry_count = 0;  // entries (class, weight) of the sparse rows
  std::uint32_t weight_bits = 0;  // 8 or 16
  float scale = 1.0F;             // real weight = stored weight * scale
  std::uint32_t feature_count = 0;
  std::uint32_t dense_row_count = 0;  // rows stored with one weight per class
  std::uint32_t reserved = 0;
};

// A slot's payload: where its row starts in the entry arrays and how many entries it has.
// A dense row's payload has the largest length and its index among the dense rows.
constexpr std::uint32_t kRowLengthBits = 8;
constexpr std::uint32_t kDenseRow = (1U << kRowLengthBits) - 1;
constexpr std::uint32_t pack_row(std::uint32_t first_entry, std::uint32_t length) {
  return first_entry << kRowLengthBits | length;
}
// Rows at least this long (of `class_count` classes) are stored dense.
constexpr std::uint32_t dense_row_threshold(std::uint32_t class_count) {
  return class_count / 4 > 8 ? class_count / 4 : 8;
}

class WeightTable {
 public:
  WeightTable() = default;
  // Reads a table written by learn::write_weight_table; false if the bytes are inconsistent.
  bool read(SectionReader& reader);

  std::uint32_t class_count() const { return header_.class_count; }
  const WeightTableHeader& header() const { return header_; }

  // Whether the scores of up to `feature_count` features fit 16 bits: 8-bit weights, few features. Then
  // add_row may accumulate into int16_t, which packs twice the classes into each vector add.
  bool fits_narrow_scores(std::size_t feature_count) const {
    return header_.weight_bits == 8 && feature_count * 127 <= 32767;
  }

  // The length score arrays passed to add_row must have: the class count rounded up to a multiple of 8,
  // so that dense rows are added in whole vectors (the extra scores stay 0).
  std::size_t score_width() const { return score_width_for(header_.class_count); }
  static constexpr std::size_t score_width_for(std::size_t class_count) { return (class_count + 7) / 8 * 8; }

  // Adds the feature's row to scores[0..score_width()). Absent features add nothing. Score is int32_t, or
  // int16_t when fits_narrow_scores() holds for the caller's feature count.
  template <typename Score>
  void add_row(std::uint64_t key, Score* scores) const {
    const auto row = rows_.find(key);
    if (row) add_row_at(*row, scores);
  }

  // Adds the rows of keys[0..count) to scores[0..score_width()), as add_row() on each would, with the
  // lookups batched (FingerprintTable::find_many): for callers with many keys per decision. Score as for
  // add_row.
  template <typename Score>
  void add_rows(const std::uint64_t* keys, std::size_t count, Score* scores) const {
    std::uint32_t rows[kRowBatch];
    for (std::size_t first = 0; first < count; first += kRowBatch) {
      const std::size_t n = count - first < kRowBatch ? count - first : kRowBatch;
      const std::size_t found = rows_.find_many(keys + first, n, rows);
      for (std::size_t r = 0; r < found; ++r) add_row_at(rows[r], scores);
    }
  }

  // A feature's row (the payload add_row looks up), or kNoRow (a row of no weights) when the table has
  // none: for callers that resolve features of few possible values once, at load, and add their rows
  // without hashing or probing.
  static constexpr std::uint32_t kNoRow = 0;  // pack_row(0, 0)
  std::uint32_t row_of(std::uint64_t key) const { return rows_.find(key).value_or(kNoRow); }

  // Adds a row given by row_of() (or found by add_row) to scores[0..score_width()).
  template <typename Score>
  void add_row_at(std::uint32_t row, Score* scores) const {
    static_assert(std::is_same_v<Score, std::int32_t> || std::is_same_v<Score, std::int16_t>);
    const std::uint32_t first = row >> kRowLengthBits;
    const std::uint32_t length = row & kDenseRow;
    if (length == kDenseRow) {
      add_dense_row(first, scores);
      return;
    }
    const std::uint32_t end = first + length;
    if (header_.weight_bits == 8) {
      for (std::uint32_t e = first; e < end; ++e)
        scores[classes_[e]] = static_cast<Score>(scores[classes_[e]] + weights8_[e]);
    } else {
      for (std::uint32_t e = first; e < end; ++e)
        scores[classes_[e]] = static_cast<Score>(scores[classes_[e]] + weights16_[e]);
    }
  }

  // scores[c] += weights[c] for c < width, a multiple of 8: whole 128-bit vectors of int16 (two of
  // int32), no scalar tail. The two must not overlap, which the compiler is told so that it needs no
  // run-time overlap check (the table's own weights, or sums of rows a caller keeps apart).
  template <typename Score>
  static void add_whole_vectors(const Score* __restrict weights, std::size_t width, Score* __restrict scores) {
    for (std::size_t c = 0; c < width; c += 8) {
      for (std::size_t lane = 0; lane < 8; ++lane) {
        scores[c + lane] = static_cast<Score>(scores[c + lane] + weights[c + lane]);
      }
    }
  }

  // See FingerprintTable::prefetch.
  void prefetch(std::uint64_t key) const { rows_.prefetch(key); }

 private:
  static constexpr std::size_t kRowBatch = 128;

  template <typename Score>
  void add_dense_row(std::uint32_t index, Score* scores) const {
    const std::size_t count = header_.class_count;
    // The widened copy (see read()) when it matches the scores: a plain vector add, no sign extension.
    if constexpr (std::is_same_v<Score, std::int16_t>) {
      if (header_.weight_bits == 8) {
        add_whole_vectors(widened_->narrow.data() + index * score_width(), score_width(), scores);
        return;
      }
    } else {
      if (header_.weight_bits == 16) {
        add_whole_vectors(widened_->wide.data() + index * score_width(), score_width(), scores);
        return;
      }
    }
    if (header_.weight_bits == 8) {
      const std::int8_t* weights = dense8_.data() + index * count;
      for (std::size_t c = 0; c < count; ++c) scores[c] = static_cast<Score>(scores[c] + weights[c]);
    } else {
      const std::int16_t* weights = dense16_.data() + index * count;
      for (std::size_t c = 0; c < count; ++c) scores[c] = static_cast<Score>(scores[c] + weights[c]);
    }
  }

  // The dense rows widened once at load to the width of the scores they are usually added to (8-bit
  // weights to int16 scores, 16-bit weights to int32) and padded with zeros to score_width(): a few tens
  // of KB that save the widening of every weight and the scalar tail on every add, the largest part of
  // tagging time. Shared by copies of the table.
  struct WidenedDenseRows {
    std::vector<std::int16_t> narrow;  // of an 8-bit table
    std::vector<std::int32_t> wide;    // of a 16-bit table
  };

  WeightTableHeader header_;
  FingerprintTable rows_;
  std::span<const std::uint8_t> classes_;
  std::span<const std::int8_t> weights8_;
  std::span<const std::int16_t> weights16_;
  std::span<const std::int8_t> dense8_;  // dense_row_count rows of class_count weights
  std::span<const std::int16_t> dense16_;
  std::shared_ptr<const WidenedDenseRows> widened_;
};

}  // namespace lede::perceptron
