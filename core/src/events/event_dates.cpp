#include "events/event_dates.hpp"

#include <algorithm>
#include <iterator>

namespace lede::events {
namespace {

// Bounds the work on a pathological sentence with thousands of dates.
constexpr std::uint32_t kDatesScannedPerSentence = 32;

struct Located {
  std::uint32_t start;
  std::uint32_t end;
};

// Whether [start, end) lies inside one of `spans` (sorted by start, not overlapping).
bool inside_any(const std::vector<Located>& spans, std::uint32_t start, std::uint32_t end) {
  const auto after = std::upper_bound(spans.begin(), spans.end(), start,
                                      [](std::uint32_t s, const Located& span) { return s < span.start; });
  return after != spans.begin() && end <= std::prev(after)->end;
}

// The positions of the mentions that carry a date value, in text order: a quote or a relation looks only
// at these, not at every mention of its sentence (a long sentence with thousands of names and no date
// would otherwise be scanned once per quote).
std::vector<std::uint32_t> dated_mentions(const std::vector<std::int32_t>& value_of_mention) {
  std::vector<std::uint32_t> dated;
  for (std::uint32_t m = 0; m < value_of_mention.size(); ++m) {
    if (value_of_mention[m] >= 0) dated.push_back(m);
  }
  return dated;
}

// The value of the dated mention in sentence `sentence` nearest to [start, end) (inside it first),
// skipping those inside any of `excluded` (sorted spans); "" when none.
std::string nearest_date(const Document& document, const std::vector<std::int32_t>& value_of_mention,
                         const std::vector<std::uint32_t>& dated, std::uint32_t sentence, Located span,
                         const std::vector<Located>& excluded) {
  const Sentence& s = document.sentences[sentence];
  const auto first = std::lower_bound(dated.begin(), dated.end(), s.token_begin, [&](std::uint32_t m, std::uint32_t t) {
    return document.mentions[m].token_begin < t;
  });
  std::int32_t best = -1;
  std::uint64_t best_distance = UINT64_MAX;
  std::uint32_t scanned = 0;
  for (auto it = first; it != dated.end() && document.mentions[*it].token_begin < s.token_end; ++it) {
    if (++scanned > kDatesScannedPerSentence) break;
    const Mention& mention = document.mentions[*it];
    const std::uint32_t start = document.mention_start(mention);
    const std::uint32_t end = document.mention_end(mention);
    if (inside_any(excluded, start, end)) continue;
    const std::uint64_t distance = end <= span.start ? span.start - end : start >= span.end ? start - span.end : 0;
    if (distance < best_distance) best_distance = distance, best = value_of_mention[*it];
  }
  return best < 0 ? std::string() : document.date_values[static_cast<std::size_t>(best)].value;
}

}  // namespace

void date_relations(Document& document, const std::vector<std::int32_t>& value_of_mention) {
  const std::vector<std::uint32_t> dated = dated_mentions(value_of_mention);
  for (Relation& relation : document.relations) {
    if (relation.sentence >= document.sentences.size()) continue;
    relation.date =
        nearest_date(document, value_of_mention, dated, relation.sentence, Located{relation.start, relation.end}, {});
  }
}

void date_quotes(const Document& document, const std::vector<std::int32_t>& value_of_mention,
                 std::vector<AttributedQuote>& quotes) {
  // Dates inside any quoted words ("“... in the 1990s,” he said. “Today ...”") date what is talked about.
  std::vector<Located> quoted;
  for (const AttributedQuote& attributed : quotes)
    quoted.push_back(Located{attributed.quote.start, attributed.quote.end});
  std::sort(quoted.begin(), quoted.end(), [](const Located& a, const Located& b) { return a.start < b.start; });
  const std::vector<std::uint32_t> dated = dated_mentions(value_of_mention);
  for (AttributedQuote& attributed : quotes) {
    if (attributed.cue == UINT32_MAX) continue;
    const Token& cue = document.tokens[attributed.cue];
    attributed.quote.date = nearest_date(document, value_of_mention, dated, document.sentence_of_token(attributed.cue),
                                         Located{cue.start, cue.end}, quoted);
  }
}

std::vector<TimelineEntry> build_timeline(const Document& document) {
  struct Item {
    TimelineEntry entry;
    std::uint32_t position;
  };
  std::vector<Item> items;
  const auto known = [](const std::string& date) { return !date.empty() && date.front() != 'X'; };
  for (std::uint32_t i = 0; i < document.relations.size(); ++i) {
    const Relation& r = document.relations[i];
    if (known(r.date)) items.push_back(Item{TimelineEntry{TimelineEntry::Kind::Relation, i, r.date}, r.start});
  }
  for (std::uint32_t i = 0; i < document.quotes.size(); ++i) {
    const Quote& q = document.quotes[i];
    if (known(q.date)) items.push_back(Item{TimelineEntry{TimelineEntry::Kind::Quote, i, q.date}, q.start});
  }
  // ISO values sort as text; a coarser value ("2018") sorts before the days inside it ("2018-04-24").
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return a.entry.date != b.entry.date ? a.entry.date < b.entry.date : a.position < b.position;
  });
  std::vector<TimelineEntry> timeline;
  timeline.reserve(items.size());
  for (Item& item : items) timeline.push_back(std::move(item.entry));
  return timeline;
}

}  // namespace lede::events
