// `lede eval doc --data DIR [--model M] [--errors N]`: the analyzer against the hand-annotated gold
// articles (tests/gold/*.json, lede/1 with UTF-16 offsets): each article's text is analyzed with its
// "date" as the document date, and mentions are scored per type by exact span and type (UTF-16
// offsets), micro over all types, micro over the name types (PERSON ... MISC and TITLE), and on the
// CoNLL-2003 mapping (PER, ORG, LOC, MISC; other types ignored) (scoring/mention_scoring.hpp);
// then quote attribution and date values (scoring/event_scoring.hpp); and the typed relations
// (scoring/gold_relation_scoring.hpp); then the entity clusters, MUC and B-cubed over the gold mentions
// (scoring/gold_cluster_scoring.hpp); and, from a second analysis of each text without its date, whether
// the analyzer finds the document's date itself (from a dateline, a byline or a "Published" line), told
// the day the reader reads it, and by how the text states its date (in full, without its year, not at all).
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "corpus_files.hpp"
#include "events/calendar.hpp"
#include "events/document_date.hpp"
#include "file_io.hpp"
#include "lede/analyzer.hpp"
#include "model_loading.hpp"
#include "score_report.hpp"
#include "scoring/event_scoring.hpp"
#include "scoring/gold_cluster_scoring.hpp"
#include "scoring/gold_relation_scoring.hpp"
#include "scoring/mention_scoring.hpp"

namespace lede::cli {
namespace {

using scoring::kConll2003Types;
using scoring::Span;
using scoring::TypedSpan;

void print_row(const char* name, const scoring::Prf& s) {
  print_prf_row(0, 10, name, s, RowCounts::GoldPredictedCorrect);
}

// The rows of the typed relations, one per type and micro; returns the JSON object for the summary line.
std::string print_gold_relation_scores(const scoring::GoldRelationScores& scores) {
  std::string json = "{\"documents\":" + std::to_string(scores.documents) + ",\"types\":{";
  std::printf("relations (%zu documents; typed, exact entities)\n", scores.documents);
  for (std::size_t t = 0; t < scoring::kGoldRelationTypes.size(); ++t) {
    print_prf_row(2, 10, scoring::kGoldRelationTypes[t], scores.types[t], RowCounts::GoldPredictedCorrect);
    json += std::string(t == 0 ? "\"" : ",\"") + scoring::kGoldRelationTypes[t] + "\":" + prf_json(scores.types[t]);
  }
  print_prf_row(2, 10, "micro", scores.micro, RowCounts::GoldPredictedCorrect);
  return json + "},\"micro\":" + prf_json(scores.micro) + "}";
}

std::string slice_utf16(const std::u16string& text, Span span) {
  const std::u16string part = text.substr(span.first, span.second - span.first);
  std::string out;
  for (std::size_t i = 0; i < part.size(); ++i) {
    std::uint32_t c = part[i];
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < part.size()) c = 0x10000 + ((c - 0xD800) << 10) + (part[++i] - 0xDC00);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

std::u16string to_utf16(const std::string& text) {
  std::u16string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    std::uint32_t c = b;
    std::size_t n = 1;
    if (b >= 0xF0) {
      c = b & 0x07;
      n = 4;
    } else if (b >= 0xE0) {
      c = b & 0x0F;
      n = 3;
    } else if (b >= 0xC0) {
      c = b & 0x1F;
      n = 2;
    }
    for (std::size_t k = 1; k < n && i + k < text.size(); ++k)
      c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += n;
    if (c >= 0x10000) {
      c -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (c >> 10));
      out += static_cast<char16_t>(0xDC00 + (c & 0x3FF));
    } else {
      out += static_cast<char16_t>(c);
    }
  }
  return out;
}

// The events layers: a row per group of quotes, and the date values.
void print_quotes(const char* name, const scoring::QuoteCounts& c) {
  const scoring::Prf spans = c.spans();
  std::printf(
      "%-16s span P %6.2f R %6.2f F1 %6.2f | speaker accuracy %6.2f (%zu/%zu) | attribution F1 %6.2f "
      "(gold %zu, predicted %zu)\n",
      name, spans.precision(), spans.recall(), spans.f1(), c.speaker_accuracy(), c.speaker_right, c.matched,
      c.attribution().f1(), c.gold, c.predicted);
}

std::string quotes_json(const scoring::QuoteCounts& c) {
  char out[320];
  std::snprintf(out, sizeof out,
                "{\"gold\":%zu,\"predicted\":%zu,\"matched\":%zu,\"speaker_right\":%zu,\"span_f1\":%.2f,"
                "\"speaker_accuracy\":%.2f,\"attribution_f1\":%.2f}",
                c.gold, c.predicted, c.matched, c.speaker_right, c.spans().f1(), c.speaker_accuracy(),
                c.attribution().f1());
  return out;
}

void print_events(const scoring::EventScores& events) {
  if (events.all.gold == 0 && events.dates.gold == 0) return;
  print_quotes("quotes", events.all);
  print_quotes("quotes direct", events.direct);
  print_quotes("quotes indirect", events.indirect);
  const scoring::DateCounts& d = events.dates;
  std::printf("date values      accuracy %6.2f (%zu/%zu) | on found DATE mentions %6.2f (%zu/%zu)\n", d.accuracy(),
              d.right, d.gold, d.accuracy_found(), d.right, d.found);
}

std::string events_json(const scoring::EventScores& events) {
  const scoring::DateCounts& d = events.dates;
  char dates[200];
  std::snprintf(dates, sizeof dates,
                "{\"gold\":%zu,\"found\":%zu,\"right\":%zu,\"accuracy\":%.2f,\"accuracy_found\":%.2f}", d.gold, d.found,
                d.right, d.accuracy(), d.accuracy_found());
  return "\"quotes\":" + quotes_json(events.all) + ",\"quotes_direct\":" + quotes_json(events.direct) +
         ",\"quotes_indirect\":" + quotes_json(events.indirect) + ",\"date_values\":" + dates;
}

// Lists an article's quote and date errors while fewer than `limit` have been shown over all articles.
void print_event_errors(const scoring::EventErrors& errors, const std::string& path, std::size_t limit,
                        std::size_t& shown) {
  for (const scoring::EventErrors::Quote& q : errors.quotes) {
    if (shown >= limit) return;
    ++shown;
    std::printf("  quote %-7s %s [%s] %s\n", q.problem, q.indirect ? "indirect" : "direct  ",
                q.text.substr(0, 60).c_str(), path.c_str());
  }
  for (const scoring::EventErrors::Date& d : errors.dates) {
    if (shown >= limit) return;
    ++shown;
    std::printf("  date  wrong   [%s] gold %s%s%s, predicted %s %s\n", d.text.c_str(), d.value.c_str(),
                d.end.empty() ? "" : "/", d.end.c_str(), d.predicted ? d.predicted->c_str() : "none", path.c_str());
  }
}

// Entity clusters over the gold mentions (scoring/gold_cluster_scoring.hpp).
void print_clusters(const scoring::ChainScores& c) {
  if (c.mentions == 0) return;
  std::printf(
      "entity clusters  B3 P %6.2f R %6.2f F1 %6.2f | MUC P %6.2f R %6.2f F1 %6.2f | gold mentions %llu, found %llu\n",
      c.b3_precision.percent(), c.b3_recall.percent(), c.b3_f1(), c.muc_precision.percent(), c.muc_recall.percent(),
      c.muc_f1(), static_cast<unsigned long long>(c.mentions), static_cast<unsigned long long>(c.aligned));
}

// The document date is found as a reader would find it, some days after the article came out: the day
// they read it gives a year to a date the text states without one.
constexpr int kReadAfterDays = 30;

std::string days_after(const std::string& iso_day, int days) {
  const std::optional<events::CivilDay> day = events::parse_iso_day(iso_day);
  if (!day) return {};
  return events::iso_day(events::add_days(*day, days));
}

// How a gold article's text states its own date, read from its gold DATE values: a DATE mention whose
// value is the document date and whose words hold a year ("April 24, 2018"), or a day number but no year
// ("NAIROBI, Dec 3 (Reuters) -"); or neither (only "on Tuesday", or nothing). Only the first two can be
// found, the second with the reader's day (`today`).
enum class DateStatement { Full, WithoutYear, None };
constexpr std::array<const char*, 3> kDateStatementNames = {"stated_in_full", "stated_without_year", "not_stated"};

DateStatement date_statement(const nlohmann::json& gold, const std::string& date) {
  const auto dates = gold.find("dates");
  const nlohmann::json& mentions = gold["mentions"];
  if (dates == gold.end() || !dates->is_array()) return DateStatement::None;
  DateStatement best = DateStatement::None;
  for (const nlohmann::json& d : *dates) {
    if (d.value("value", std::string()) != date || !d.value("end", nlohmann::json()).is_null()) continue;
    const std::size_t m = d.value("mention", mentions.size());
    if (m >= mentions.size()) continue;
    const std::string words = mentions[m].value("text", std::string());
    std::size_t run = 0;
    std::size_t longest_digit_run = 0;
    for (const char c : words) {
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      longest_digit_run = std::max(longest_digit_run, run);
    }
    if (longest_digit_run >= 4) return DateStatement::Full;
    if (longest_digit_run > 0) best = DateStatement::WithoutYear;
  }
  return best;
}

// The document date the analyzer finds in a text given none, against the gold article's "date": found
// (any date), and right (the same day; a month alone for a dated day is found, not right); over all
// articles and by how the text states its date.
struct DocumentDateCounts {
  struct Counts {
    std::size_t documents = 0, found = 0, right = 0;
  };
  Counts all;
  std::array<Counts, 3> by_statement;
  void add(DateStatement statement, const std::string& gold, const std::string& predicted) {
    for (Counts* c : {&all, &by_statement[static_cast<std::size_t>(statement)]}) {
      ++c->documents;
      c->found += predicted.empty() ? 0 : 1;
      c->right += predicted == gold ? 1 : 0;
    }
  }
  static std::string json(const Counts& c) {
    char text[160];
    std::snprintf(text, sizeof text,
                  "{\"documents\":%zu,\"found\":%zu,\"right\":%zu,\"found_percent\":%.2f,\"right_percent\":%.2f}",
                  c.documents, c.found, c.right,
                  scoring::percent(static_cast<double>(c.found), static_cast<double>(c.documents)),
                  scoring::percent(static_cast<double>(c.right), static_cast<double>(c.documents)));
    return text;
  }
  std::string json() const {
    std::string out = json(all);
    out.pop_back();
    for (std::size_t s = 0; s < by_statement.size(); ++s) {
      out += std::string(",\"") + kDateStatementNames[s] + "\":" + json(by_statement[s]);
    }
    return out + "}";
  }
};

void print_document_dates(const DocumentDateCounts& d) {
  if (d.all.documents == 0) return;
  const auto row = [](const char* label, const DocumentDateCounts::Counts& c) {
    std::printf("  %-24s found %6.2f (%zu/%zu) | right %6.2f (%zu/%zu)\n", label,
                scoring::percent(static_cast<double>(c.found), static_cast<double>(c.documents)), c.found, c.documents,
                scoring::percent(static_cast<double>(c.right), static_cast<double>(c.documents)), c.right, c.documents);
  };
  std::printf("document date (each text analyzed again without its date, read %d days after it)\n", kReadAfterDays);
  row("all", d.all);
  row("stated in full", d.by_statement[0]);
  row("stated without its year", d.by_statement[1]);
  row("not stated", d.by_statement[2]);
}

}  // namespace

int eval_doc(const Arguments& args) {
  const char* command = "lede eval doc";
  const auto data = required_value(args, "--data", "PATH", command, " (a directory of lede/1 JSON files)");
  if (!data) return 2;
  const std::size_t limit = error_limit(args);
  const std::optional<Analyzer> analyzer = analyzer_for(args, "eval doc");
  if (!analyzer) return 1;
  const auto files = input_files(*data, ".json", command);
  if (!files) return 1;
  scoring::MentionScores mentions;
  scoring::EventScores events;  // quotes and date values, when the gold articles have them
  scoring::GoldRelationScores relation_scores;
  scoring::ChainScores clusters;
  DocumentDateCounts document_dates;
  std::size_t documents = 0;
  std::size_t event_errors_shown = 0;
  for (const std::string& path : *files) {
    std::string error;
    const std::optional<std::string> content = read_file(path, error);
    if (!content) {
      std::fprintf(stderr, "lede eval doc: cannot read %s: %s\n", path.c_str(), error.c_str());
      return 1;
    }
    const nlohmann::json gold_json = nlohmann::json::parse(*content, nullptr, /*allow_exceptions=*/false);
    if (!gold_json.is_object() || !gold_json.contains("text") || !gold_json["text"].is_string() ||
        !gold_json.contains("mentions") || !gold_json["mentions"].is_array()) {
      std::fprintf(stderr, "lede eval doc: %s is not a lede/1 document with \"text\" and \"mentions\"\n", path.c_str());
      return 1;
    }
    const std::string offsets = gold_json.value("offsets", std::string("utf16"));
    if (offsets != "utf16") {
      std::fprintf(stderr, "lede eval doc: %s: offsets \"%s\" are not supported (utf16 only)\n", path.c_str(),
                   offsets.c_str());
      return 1;
    }
    ++documents;
    const std::string& text = gold_json["text"].get_ref<const std::string&>();
    std::vector<TypedSpan> gold;
    for (const nlohmann::json& m : gold_json["mentions"]) {
      const std::optional<EntityType> type = entity_type_from_string(m.value("type", std::string()));
      if (!type) {
        std::fprintf(stderr, "lede eval doc: %s: unknown mention type %s\n", path.c_str(),
                     m.value("type", std::string()).c_str());
        return 1;
      }
      gold.push_back({{m.value("start", 0U), m.value("end", 0U)}, *type});
    }
    AnalyzeOptions options;
    if (const auto date = gold_json.find("date");
        date != gold_json.end() && date->is_string() && is_valid_iso_date(date->get<std::string>())) {
      options.date = date->get<std::string>();
    }
    const Document document = analyzer->analyze(text, options);
    std::vector<std::string> relation_errors;
    scoring::score_gold_relations(gold_json, document, relation_scores, limit > 0 ? &relation_errors : nullptr);
    for (std::size_t e = 0; e < relation_errors.size() && e < limit; ++e) {
      std::printf("  relation %s %s\n", relation_errors[e].c_str(), path.c_str());
    }
    scoring::score_gold_clusters(gold_json, document, clusters);
    if (!options.date.empty()) {
      AnalyzeOptions undated_options;
      undated_options.today = days_after(options.date, kReadAfterDays);
      const Document undated = analyzer->analyze(text, undated_options);
      document_dates.add(date_statement(gold_json, options.date), options.date, undated.date);
      if (limit > 0 && undated.date != options.date) {
        std::printf("  document date %s, found %s (%s) %s\n", options.date.c_str(),
                    undated.date.empty() ? "none" : undated.date.c_str(), undated.date_source.c_str(), path.c_str());
      }
    }
    scoring::EventErrors event_errors;
    events.add(gold_json, document, limit > 0 ? &event_errors : nullptr);
    print_event_errors(event_errors, path, limit, event_errors_shown);
    const std::vector<TypedSpan> predicted = scoring::scored_mentions(document);
    mentions.add(gold, predicted);
    if (limit > 0) {
      const std::u16string text16 = to_utf16(document.text());
      std::size_t shown = 0;
      const auto show = [&](const char* label, const std::vector<TypedSpan>& unmatched) {
        for (const TypedSpan& s : unmatched) {
          if (shown >= 2 * limit) return;
          ++shown;
          std::printf("  %s %-8s [%s] %s\n", label, std::string(to_string(s.type)).c_str(),
                      slice_utf16(text16, s.span).c_str(), path.c_str());
        }
      };
      show("missed  ", scoring::unmatched_mentions(gold, predicted));
      show("spurious", scoring::unmatched_mentions(predicted, gold));
    }
  }
  std::printf("data: %s (%zu document%s)\n", data->c_str(), documents, documents == 1 ? "" : "s");
  std::string per_type_json;
  for (int t = 0; t < kEntityTypeCount; ++t) {
    const scoring::Prf& s = mentions.per_type[static_cast<std::size_t>(t)];
    if (s.gold == 0 && s.predicted == 0) continue;
    const std::string name(to_string(static_cast<EntityType>(t)));
    print_row(name.c_str(), s);
    per_type_json += (per_type_json.empty() ? "\"" : ",\"") + name + "\":" + prf_json(s);
  }
  print_row("micro", mentions.all);
  print_row("names", mentions.names);
  std::string conll_json;
  for (std::size_t c = 0; c < kConll2003Types.size(); ++c) {
    const std::string name = std::string("conll ") + kConll2003Types[c];
    print_row(name.c_str(), mentions.conll[c]);
    conll_json += std::string(c == 0 ? "\"" : ",\"") + kConll2003Types[c] + "\":" + prf_json(mentions.conll[c]);
  }
  print_row("conll", mentions.conll_micro);
  const std::string relations_json = print_gold_relation_scores(relation_scores);
  print_events(events);
  print_clusters(clusters);
  print_document_dates(document_dates);
  std::printf(
      "{\"task\":\"doc\",\"documents\":%zu,\"types\":{%s},\"micro\":%s,\"names\":%s,\"conll2003\":{%s,\"micro\":%s},%s,"
      "\"relations\":%s,\"clusters\":%s,\"document_dates\":%s}\n",
      documents, per_type_json.c_str(), prf_json(mentions.all).c_str(), prf_json(mentions.names).c_str(),
      conll_json.c_str(), prf_json(mentions.conll_micro).c_str(), events_json(events).c_str(), relations_json.c_str(),
      chain_json(clusters).c_str(), document_dates.json().c_str());
  return 0;
}

}  // namespace lede::cli
