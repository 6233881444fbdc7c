// The events layers of `lede eval doc`: quote attribution and date values against the gold articles'
// "quotes" and "dates" (tests/gold/README.md).
//
// Quotes: a predicted quote matches a gold one when their spans overlap by at least half of their union
// (boundaries of reported clauses are fuzzy; a whole other quote never overlaps that much); each gold
// quote takes the unmatched predicted quote that overlaps it most. The speaker is right when both are
// null (an unnamed source) or when the predicted speaker entity has a mention overlapping a mention of
// the gold speaker entity. Reported: span P/R/F1, speaker accuracy over matched quotes, and attribution
// P/R/F1 (span and speaker right), for all quotes and for direct and indirect ones.
// Dates: a gold value is right when a predicted DATE with the same span has the same value and end;
// accuracy over all gold values, and over those whose mention was found.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

#include "lede/document.hpp"

namespace lede::cli {

class EventScores {
 public:
  // Adds one article: `gold` is its gold JSON, `document` the analysis of its text.
  void add(const nlohmann::json& gold, const Document& document, const std::string& path, std::size_t error_limit);
  void print() const;
  std::string json() const;

 private:
  struct QuoteCounts {
    std::size_t gold = 0, predicted = 0, matched = 0, speaker_right = 0;
  };
  QuoteCounts all_, direct_, indirect_;
  std::size_t gold_dates_ = 0, dates_found_ = 0, dates_right_ = 0;
  std::size_t errors_shown_ = 0;

  static void print_quotes(const char* name, const QuoteCounts& counts);
  static std::string quotes_json(const QuoteCounts& counts);
};

}  // namespace lede::cli
