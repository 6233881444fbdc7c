// What the export writers share: the result's offsets as code points (brat and displaCy count them), RFC
// 4180 CSV fields, XML text, and the entities each sentence names (displaCy, GEXF co-occurrence).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lede/export.hpp"
#include "lede/result.hpp"

namespace lede::exporting {

// Maps the result's offsets to code point offsets in its text.
class CodepointOffsets {
 public:
  // Empty (`ok()` false, `error` says why) when the result's offsets cannot be turned into code points:
  // no text, or a span outside it.
  explicit CodepointOffsets(const Result& result);
  bool ok() const { return error.empty(); }
  std::uint32_t operator()(std::uint32_t offset) const { return identity_ ? offset : table_[offset]; }
  // Whether `span` lies inside the text.
  bool inside(const Result::Span& span) const { return span.end <= limit_; }

  std::string error;

 private:
  bool identity_ = false;
  std::uint32_t limit_ = 0;
  std::vector<std::uint32_t> table_;  // offset in the result's unit -> code point offset
};

// The text's code points [start, end) as UTF-8.
std::string_view codepoint_slice(std::string_view text, std::uint32_t start, std::uint32_t end);

// Writes each piece in turn (no temporary joined string: GCC 12 warns falsely on long operator+ chains).
template <typename... Pieces>
void write_pieces(OutputSink& out, const Pieces&... pieces) {
  (out.write(std::string_view(pieces)), ...);
}

// One CSV record (RFC 4180: fields quoted when they hold a comma, a quote or a line break; CRLF after).
void write_csv_record(const std::vector<std::string>& fields, OutputSink& out);

// Text for an XML attribute or element: & < > " ' escaped, characters XML 1.0 forbids dropped.
std::string xml_escaped(std::string_view text);

// The opening of a GEXF 1.3 file up to its <graph> (exclusive): the XML declaration, the root element with
// its namespaces, and <meta> with `creator` and `description` (escaped here); and its closing after the
// last edge. The file and the corpus graph (gexf_writer.cpp, corpus_writers.cpp) share them.
void write_gexf_head(OutputSink& out, std::string_view creator, std::string_view description);
inline constexpr std::string_view kGexfTail = "    </edges>\n  </graph>\n</gexf>\n";

// A score in hundredths, clamped to [0, 1], as lede/1 writes every score (two decimals keep results
// byte-identical across platforms).
inline int score_hundredths(float score) {
  const float clamped = score < 0.0F ? 0.0F : score > 1.0F ? 1.0F : score;  // NaN becomes 1
  return static_cast<int>(clamped * 100.0F + 0.5F);
}

// A number as the JSON writer writes scores: two decimals.
std::string two_decimals(double value);

// The entity name of an id, or "" for none.
std::string_view entity_name(const Result& result, std::int32_t entity);

// Pairs of entities named in one sentence (by their mentions, pronouns included), lower id first, with
// how many sentences they share.
std::map<std::pair<std::int32_t, std::int32_t>, int> cooccurrences(const Result& result);

}  // namespace lede::exporting
