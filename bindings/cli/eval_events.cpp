#include "eval_events.hpp"

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

namespace lede::cli {
namespace {

using Span = std::pair<std::uint32_t, std::uint32_t>;

double overlap_share(Span a, Span b) {
  const std::uint32_t overlap_start = std::max(a.first, b.first);
  const std::uint32_t overlap_end = std::min(a.second, b.second);
  if (overlap_end <= overlap_start) return 0.0;
  const std::uint32_t union_length = std::max(a.second, b.second) - std::min(a.first, b.first);
  return static_cast<double>(overlap_end - overlap_start) / union_length;
}

bool spans_overlap(Span a, Span b) { return std::max(a.first, b.first) < std::min(a.second, b.second); }

double percent(std::size_t part, std::size_t whole) { return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / whole; }
double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

struct PredictedQuote {
  Span span;
  std::vector<Span> speaker_mentions;  // the speaker entity's name mentions; empty for null
  bool named = false;
  bool indirect = false;
};

}  // namespace

void EventScores::add(const nlohmann::json& gold, const Document& document, const std::string& path,
                      std::size_t error_limit) {
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
  all_.predicted += predicted.size();
  direct_.predicted += predicted_direct;
  indirect_.predicted += predicted.size() - predicted_direct;

  for (const nlohmann::json& q : gold.value("quotes", nlohmann::json::array())) {
    const Span span{q.value("start", 0U), q.value("end", 0U)};
    const bool indirect = q.value("indirect", false);
    QuoteCounts& kind = indirect ? indirect_ : direct_;
    ++all_.gold;
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
      ++all_.matched;
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
        ++all_.speaker_right;
        ++kind.speaker_right;
        continue;
      }
      problem = "speaker";
    }
    if (errors_shown_ < error_limit) {
      ++errors_shown_;
      std::printf("  quote %-7s %s [%s] %s\n", problem, indirect ? "indirect" : "direct  ",
                  q.value("text", std::string()).substr(0, 60).c_str(), path.c_str());
    }
  }

  // Dates: predicted DATE values by their mention's UTF-16 span.
  std::vector<std::pair<Span, const DateValue*>> values;
  for (const DateValue& value : document.date_values) {
    const Mention& m = document.mentions[value.mention];
    values.push_back({{utf16(document.mention_start(m)), utf16(document.mention_end(m))}, &value});
  }
  std::vector<Span> predicted_dates;
  for (const Mention& m : document.mentions) {
    if (m.type == EntityType::Date) predicted_dates.emplace_back(utf16(document.mention_start(m)), utf16(document.mention_end(m)));
  }
  const nlohmann::json& mentions = gold["mentions"];
  for (const nlohmann::json& d : gold.value("dates", nlohmann::json::array())) {
    const std::size_t id = d.value("mention", 0U);
    if (id >= mentions.size()) continue;
    const Span span{mentions[id].value("start", 0U), mentions[id].value("end", 0U)};
    ++gold_dates_;
    const bool found = std::find(predicted_dates.begin(), predicted_dates.end(), span) != predicted_dates.end();
    if (found) ++dates_found_;
    const std::string value = d.value("value", std::string());
    const std::string end = d["end"].is_string() ? d["end"].get<std::string>() : std::string();
    const auto it = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == span; });
    const bool right = it != values.end() && it->second->value == value && it->second->end == end;
    if (right) {
      ++dates_right_;
    } else if (found && errors_shown_ < error_limit) {
      ++errors_shown_;
      std::printf("  date  wrong   [%s] gold %s%s%s, predicted %s %s\n", mentions[id].value("text", std::string()).c_str(),
                  value.c_str(), end.empty() ? "" : "/", end.c_str(),
                  it == values.end() ? "none" : it->second->value.c_str(), path.c_str());
    }
  }
}

void EventScores::print_quotes(const char* name, const QuoteCounts& c) {
  const double p = percent(c.matched, c.predicted);
  const double r = percent(c.matched, c.gold);
  const double ap = percent(c.speaker_right, c.predicted);
  const double ar = percent(c.speaker_right, c.gold);
  std::printf("%-16s span P %6.2f R %6.2f F1 %6.2f | speaker accuracy %6.2f (%zu/%zu) | attribution F1 %6.2f "
              "(gold %zu, predicted %zu)\n",
              name, p, r, f1(p, r), percent(c.speaker_right, c.matched), c.speaker_right, c.matched, f1(ap, ar), c.gold,
              c.predicted);
}

std::string EventScores::quotes_json(const QuoteCounts& c) {
  const double p = percent(c.matched, c.predicted);
  const double r = percent(c.matched, c.gold);
  const double ap = percent(c.speaker_right, c.predicted);
  const double ar = percent(c.speaker_right, c.gold);
  char out[320];
  std::snprintf(out, sizeof out,
                "{\"gold\":%zu,\"predicted\":%zu,\"matched\":%zu,\"speaker_right\":%zu,\"span_f1\":%.2f,"
                "\"speaker_accuracy\":%.2f,\"attribution_f1\":%.2f}",
                c.gold, c.predicted, c.matched, c.speaker_right, f1(p, r), percent(c.speaker_right, c.matched), f1(ap, ar));
  return out;
}

void EventScores::print() const {
  if (all_.gold == 0 && gold_dates_ == 0) return;
  print_quotes("quotes", all_);
  print_quotes("quotes direct", direct_);
  print_quotes("quotes indirect", indirect_);
  std::printf("date values      accuracy %6.2f (%zu/%zu) | on found DATE mentions %6.2f (%zu/%zu)\n",
              percent(dates_right_, gold_dates_), dates_right_, gold_dates_, percent(dates_right_, dates_found_),
              dates_right_, dates_found_);
}

std::string EventScores::json() const {
  char dates[200];
  std::snprintf(dates, sizeof dates, "{\"gold\":%zu,\"found\":%zu,\"right\":%zu,\"accuracy\":%.2f,\"accuracy_found\":%.2f}",
                gold_dates_, dates_found_, dates_right_, percent(dates_right_, gold_dates_),
                percent(dates_right_, dates_found_));
  return "\"quotes\":" + quotes_json(all_) + ",\"quotes_direct\":" + quotes_json(direct_) +
         ",\"quotes_indirect\":" + quotes_json(indirect_) + ",\"date_values\":" + dates;
}

}  // namespace lede::cli
