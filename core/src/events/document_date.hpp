// The document date when the caller gave none: a "Published ... <date>" line (also "Updated", "Posted",
// "Dated") or a dateline ("ISLAMABAD, April 24, 2018 (Reuters) —", a line holding only a date, perhaps with
// its time of day, or a byline ending with one: "By Jane Doe | March 3, 2024") near the top of the
// article; or, near its end, a short closing credit line that opens with such a cue ("Published in Dawn,
// April 24th, 2018") or a line that ends with a date standing apart ("... reported from Lagos. March 3,
// 2024"). Only a fully stated day counts (a dateline "April 24" without its year is too little to resolve
// "last year" against), unless the caller says what day it is today (below). A "Published" line at the top wins, then
// one at the end, then a dateline at the top, then a date line at the end.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "events/calendar.hpp"
#include "lede/document.hpp"

namespace lede::events {

struct FoundDocumentDate {
  CivilDay day;
  std::string_view source;  // "published" or "dateline"
};

// Searches the first and the last tokens of the document only, so it costs O(1) per document. `today`,
// the reader's day when the caller gives it, lets a date stated without its year count too ("NAIROBI,
// Dec 3 (Reuters) -", "Published in Dawn, April 24th"): it is the latest such day on or before today.
std::optional<FoundDocumentDate> find_document_date(const Document& document,
                                                    const std::optional<CivilDay>& today = std::nullopt);

// Reads "YYYY-MM-DD" (the --date option and the JSONL "date").
std::optional<CivilDay> parse_iso_day(std::string_view text);
// Writes a day as "YYYY-MM-DD", the year in four digits.
std::string iso_day(const CivilDay& day);

}  // namespace lede::events
