#include "scoring/event_scoring.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "scoring/span_scoring.hpp"

namespace lede::scoring {
namespace {

double overlap_share(Span a, Span b) {
  const std::uint32_t overlap_start = std::max(a.first, b.first);
  const std::uint32_t overlap_end = std::min(a.second, b.second);
  if (overlap_end <= overlap_start) return 0.0;
  const std::uint32_t union_length = std::max(a.second, b.second) - std::min(a.first, b.first);
  return static_cast<double>(overlap_end - overlap_start) / union_length;
}

bool spans_overlap(Span a, Span b) { return std::max(a.first, b.first) < std::min(a.second, b.second); }

struct PredictedQuote {
  Span span;
  std::vector<Span> speaker_mentions;  // the speaker entity's name mentions; empty for null
  bool named = false;
  bool indirect = false;
};

}  // namespace

void EventScores::add(const nlohmann::json& gold, const Document& document, EventErrors* errors) {
  const OffsetMap utf16(document, OffsetUnit::Utf16);
  // Gold entities' mention spans.
  std::vector<std::vector<Span>> gold_entity_spans;
  if (const auto entities = gold.find("entities"); entities != gold.end() && entities->is_array()) {
    const nlohmann::json& mentions = gold["mentions"];
    for (const nlohmann::json& entity : *entities) {
      std::vector<Span> spans;
      for (const nlohmann::json& m : entity.value("mentions", nlohmann::json::array())) {
        const std::size_t id = m.get<std::size_t>();
        if (id < mentions.size()) spans.emplace_back(mentions[id].value("start", 0U), mentions[id].value("end", 0U));
      }
      gold_entity_spans.push_back(std::move(spans));
    }
  }
  std::vector<PredictedQuote> predicted;
  for (const Quote& q : document.quotes) {
    PredictedQuote p;
    p.span = {utf16(q.start), utf16(q.end)};
    p.indirect = q.indirect;
    if (q.speaker >= 0) {
      p.named = true;
      for (const std::uint32_t m : document.entities[static_cast<std::size_t>(q.speaker)].mentions) {
        const Mention& mention = document.mentions[m];
        p.speaker_mentions.emplace_back(utf16(document.mention_start(mention)), utf16(document.mention_end(mention)));
      }
    }
    predicted.push_back(std::move(p));
  }
  std::vector<bool> used(predicted.size(), false);
  std::size_t predicted_direct = 0;
  for (const PredictedQuote& p : predicted) predicted_direct += p.indirect ? 0 : 1;
  all.predicted += predicted.size();
  direct.predicted += predicted_direct;
  indirect.predicted += predicted.size() - predicted_direct;

  for (const nlohmann::json& q : gold.value("quotes", nlohmann::json::array())) {
    const Span span{q.value("start", 0U), q.value("end", 0U)};
    const bool is_indirect = q.value("indirect", false);
    QuoteCounts& kind = is_indirect ? indirect : direct;
    ++all.gold;
    ++kind.gold;
    std::size_t best = predicted.size();
    double best_share = 0.5;
    for (std::size_t i = 0; i < predicted.size(); ++i) {
      const double share = overlap_share(span, predicted[i].span);
      if (!used[i] && share >= best_share) best_share = share, best = i;
    }
    const char* problem = "missed";
    if (best < predicted.size()) {
      used[best] = true;
      ++all.matched;
      ++kind.matched;
      const PredictedQuote& p = predicted[best];
      bool right = false;
      if (q["speaker"].is_null()) {
        right = !p.named;
      } else if (p.named) {
        const std::size_t entity = q["speaker"].get<std::size_t>();
        if (entity < gold_entity_spans.size()) {
          for (const Span& g : gold_entity_spans[entity]) {
            right = right || std::any_of(p.speaker_mentions.begin(), p.speaker_mentions.end(),
                                         [&](const Span& s) { return spans_overlap(g, s); });
          }
        }
      }
      if (right) {
        ++all.speaker_right;
        ++kind.speaker_right;
        continue;
      }
      problem = "speaker";
    }
    if (errors != nullptr) errors->quotes.push_back({problem, is_indirect, q.value("text", std::string())});
  }

  // Dates: predicted DATE values by their mention's UTF-16 span.
  std::vector<std::pair<Span, const DateValue*>> values;
  for (const DateValue& value : document.date_values) {
    const Mention& m = document.mentions[value.mention];
    values.push_back({{utf16(document.mention_start(m)), utf16(document.mention_end(m))}, &value});
  }
  std::vector<Span> predicted_dates;
  for (const Mention& m : document.mentions) {
    if (m.type == EntityType::Date)
      predicted_dates.emplace_back(utf16(document.mention_start(m)), utf16(document.mention_end(m)));
  }
  const nlohmann::json& mentions = gold["mentions"];
  for (const nlohmann::json& d : gold.value("dates", nlohmann::json::array())) {
    const std::size_t id = d.value("mention", 0U);
    if (id >= mentions.size()) continue;
    const Span span{mentions[id].value("start", 0U), mentions[id].value("end", 0U)};
    ++dates.gold;
    const bool found = std::find(predicted_dates.begin(), predicted_dates.end(), span) != predicted_dates.end();
    if (found) ++dates.found;
    const std::string value = d.value("value", std::string());
    const std::string end = d["end"].is_string() ? d["end"].get<std::string>() : std::string();
    const auto it = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == span; });
    const bool right = it != values.end() && it->second->value == value && it->second->end == end;
    if (right) {
      ++dates.right;
    } else if (found && errors != nullptr) {
      errors->dates.push_back({mentions[id].value("text", std::string()), value, end,
                               it == values.end() ? std::nullopt : std::optional<std::string>(it->second->value)});
    }
  }
}

}  // namespace lede::scoring
