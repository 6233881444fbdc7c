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
#include <optional>
#include <string>
#include <vector>

#include "lede/document.hpp"
#include "scoring/scores.hpp"

namespace lede::scoring {

struct QuoteCounts {
  std::size_t gold = 0, predicted = 0, matched = 0, speaker_right = 0;

  Prf spans() const { return {gold, predicted, matched}; }
  Prf attribution() const { return {gold, predicted, speaker_right}; }  // span and speaker right
  double speaker_accuracy() const { return percent(static_cast<double>(speaker_right), static_cast<double>(matched)); }
};

struct DateCounts {
  std::size_t gold = 0, found = 0, right = 0;

  double accuracy() const { return percent(static_cast<double>(right), static_cast<double>(gold)); }
  double accuracy_found() const { return percent(static_cast<double>(right), static_cast<double>(found)); }
};

// What went wrong in one article, in the order of its gold quotes and dates.
struct EventErrors {
  struct Quote {
    const char* problem = "missed";  // "missed" (no predicted quote matches) or "speaker" (matched, wrong speaker)
    bool indirect = false;
    std::string text;  // the gold quote's "text"
  };
  struct Date {
    std::string text;                      // the gold mention's "text"
    std::string value, end;                // the gold value (`end` empty unless a range)
    std::optional<std::string> predicted;  // the predicted value at the span, if any
  };
  std::vector<Quote> quotes;
  std::vector<Date> dates;  // wrong values of DATE mentions that were found
};

struct EventScores {
  QuoteCounts all, direct, indirect;
  DateCounts dates;

  // Adds one article: `gold` is its gold JSON, `document` the analysis of its text. With `errors`, also
  // lists what went wrong.
  void add(const nlohmann::json& gold, const Document& document, EventErrors* errors = nullptr);
};

}  // namespace lede::scoring
