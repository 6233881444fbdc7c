#include "events/events_stage.hpp"

#include <algorithm>
#include <iterator>
#include <optional>

#include "events/clause_words.hpp"
#include "events/date_normalizer.hpp"
#include "events/document_date.hpp"
#include "events/event_dates.hpp"
#include "events/quote_attribution.hpp"
#include "events/reported_speech.hpp"
#include "events/verb_tense.hpp"
#include "text/quote_marks.hpp"

namespace lede::events {
namespace {

std::vector<std::int32_t> values_by_mention(const Document& document) {
  std::vector<std::int32_t> value_of(document.mentions.size(), -1);
  for (std::size_t i = 0; i < document.date_values.size(); ++i) {
    value_of[document.date_values[i].mention] = static_cast<std::int32_t>(i);
  }
  return value_of;
}

}  // namespace

void normalize_dates(Document& document, std::string_view today) {
  document.date_values.clear();
  if (!document.date.empty()) {
    document.date_source = "option";
  } else if (const std::optional<FoundDocumentDate> found = find_document_date(document, parse_iso_day(today))) {
    document.date = iso_day(found->day);
    document.date_source = std::string(found->source);
  }
  const std::optional<CivilDay> day = parse_iso_day(document.date);
  std::uint32_t sentence = 0;
  for (std::uint32_t m = 0; m < document.mentions.size(); ++m) {
    const Mention& mention = document.mentions[m];
    if (mention.type != EntityType::Date) continue;
    // Mentions come in text order, so the sentence index only moves forward: linear overall.
    while (sentence + 1 < document.sentences.size() &&
           document.sentences[sentence + 1].token_begin <= mention.token_begin) {
      ++sentence;
    }
    const Sentence& s = document.sentences[sentence];
    Tense tense = clause_tense(document, mention.token_begin, s.token_begin, s.token_end);
    // "its highest since November": a period that began before the document date, whatever the verb.
    if (mention.token_begin > s.token_begin && is_word(document, mention.token_begin - 1, "since")) tense = Tense::Past;
    std::optional<DateValue> value = normalize_date(document, m, day ? &*day : nullptr, tense);
    if (value) document.date_values.push_back(std::move(*value));
  }
}

void find_quotes_and_timeline(Document& document) {
  document.quotes.clear();
  document.timeline.clear();
  if (document.tokens.empty() || document.sentences.empty()) return;
  const std::vector<std::int32_t> mention_at = mention_at_tokens(document);
  const std::vector<text::QuotedSpan> spans = text::find_quoted_spans(document);
  std::vector<AttributedQuote> quotes = attribute_quotes(document, mention_at, spans);

  std::vector<std::uint32_t> direct_cues;
  for (const AttributedQuote& q : quotes) {
    if (q.cue != UINT32_MAX) direct_cues.push_back(q.cue);
  }
  std::sort(direct_cues.begin(), direct_cues.end());
  std::vector<AttributedQuote> claims = find_reported_speech(document, mention_at, direct_cues);
  // A claim inside a direct quote ("“... people said India could write software ...”") is the quote's.
  std::erase_if(claims, [&](const AttributedQuote& claim) {
    const auto after = std::upper_bound(
        spans.begin(), spans.end(), claim.quote.start,
        [&](std::uint32_t start, const text::QuotedSpan& s) { return start < document.tokens[s.open].start; });
    return after != spans.begin() && claim.quote.start < document.tokens[std::prev(after)->close].end;
  });
  quotes.insert(quotes.end(), claims.begin(), claims.end());
  std::stable_sort(quotes.begin(), quotes.end(),
                   [](const AttributedQuote& a, const AttributedQuote& b) { return a.quote.start < b.quote.start; });

  const std::vector<std::int32_t> value_of_mention = values_by_mention(document);
  date_quotes(document, value_of_mention, quotes);
  date_relations(document, value_of_mention);
  document.quotes.reserve(quotes.size());
  for (AttributedQuote& q : quotes) document.quotes.push_back(std::move(q.quote));
  document.timeline = build_timeline(document);
}

}  // namespace lede::events
