// `lede eval doc --data DIR [--model M] [--errors N]`: the analyzer against the hand-annotated gold
// articles (tests/gold/*.json, lede/1 with UTF-16 offsets): each article's text is analyzed with its
// "date" as the document date, and mentions are scored per type by exact span and type (UTF-16
// offsets), micro over all types, micro over the name types (PERSON ... MISC and TITLE), and on the
// CoNLL-2003 mapping of DESIGN.md (PER, ORG, LOC, MISC; other types ignored); then quote attribution and
// date values (eval_events.hpp); and the typed relations (gold_relation_scores.hpp).
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
#include "eval_events.hpp"
#include "file_io.hpp"
#include "lede/analyzer.hpp"
#include "model_loading.hpp"
#include "ner/mention_merge.hpp"
#include "gold_relation_scores.hpp"
#include "span_scores.hpp"

namespace lede::cli {
namespace {

constexpr std::array<const char*, 4> kConllTypes = {"PER", "ORG", "LOC", "MISC"};

// Names are everything the rule layer does not produce (TITLE included).

int conll_index(EntityType type) {
  const std::string_view label = conll2003_label(type);
  for (std::size_t i = 0; i < kConllTypes.size(); ++i) {
    if (label == kConllTypes[i]) return static_cast<int>(i);
  }
  return -1;
}

struct TypedSpan {
  Span span;
  EntityType type;
};

// Spans of one group (a type, or a whole class of types with the type folded in) as comparable keys:
// the type goes into the high bits of the start so that exact span + type match is span equality.
void add_spans(const std::vector<TypedSpan>& gold, const std::vector<TypedSpan>& predicted, SpanScores& scores,
               const auto& keep, const auto& group) {
  const auto collect = [&](const std::vector<TypedSpan>& from) {
    std::vector<std::pair<int, Span>> out;
    for (const TypedSpan& s : from) {
      if (keep(s.type)) out.emplace_back(group(s.type), s.span);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  const auto g = collect(gold);
  const auto p = collect(predicted);
  scores.gold += g.size();
  scores.predicted += p.size();
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < g.size() && j < p.size()) {
    if (g[i] == p[j]) {
      ++scores.correct;
      ++i;
      ++j;
    } else if (g[i] < p[j]) {
      ++i;
    } else {
      ++j;
    }
  }
}

void print_row(const char* name, const SpanScores& s) {
  std::printf("%-10s P %6.2f  R %6.2f  F1 %6.2f  (gold %llu, predicted %llu, correct %llu)\n", name, s.precision(),
              s.recall(), s.f1(), static_cast<unsigned long long>(s.gold), static_cast<unsigned long long>(s.predicted),
              static_cast<unsigned long long>(s.correct));
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
    for (std::size_t k = 1; k < n && i + k < text.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
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

}  // namespace

int eval_doc(const Arguments& args) {
  const auto data = args.value("--data");
  if (!data) {
    std::fprintf(stderr, "lede eval doc: --data PATH is required (a directory of lede/1 JSON files)\n");
    return 2;
  }
  std::size_t error_limit = 0;
  if (const auto errors = args.value("--errors")) error_limit = std::strtoul(errors->c_str(), nullptr, 10);
  const std::optional<Analyzer> analyzer = analyzer_for(args, "eval doc");
  if (!analyzer) return 1;
  std::string error;
  const std::vector<std::string> files = corpus_files(*data, ".json", error);
  if (files.empty()) {
    std::fprintf(stderr, "lede eval doc: %s\n", error.c_str());
    return 1;
  }
  std::array<SpanScores, kEntityTypeCount> per_type;
  SpanScores all;
  SpanScores names;
  EventScores events;  // quotes and date values, when the gold articles have them
  std::array<SpanScores, kConllTypes.size()> conll;
  SpanScores conll_micro;
  std::size_t documents = 0;
  GoldRelationScores relation_scores;
  for (const std::string& path : files) {
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
      std::fprintf(stderr, "lede eval doc: %s: offsets \"%s\" are not supported (utf16 only)\n", path.c_str(), offsets.c_str());
      return 1;
    }
    ++documents;
    const std::string& text = gold_json["text"].get_ref<const std::string&>();
    std::vector<TypedSpan> gold;
    for (const nlohmann::json& m : gold_json["mentions"]) {
      const std::optional<EntityType> type = entity_type_from_string(m.value("type", std::string()));
      if (!type) {
        std::fprintf(stderr, "lede eval doc: %s: unknown mention type %s\n", path.c_str(), m.value("type", std::string()).c_str());
        return 1;
      }
      gold.push_back({{m.value("start", 0U), m.value("end", 0U)}, *type});
    }
    AnalyzeOptions options;
    if (const auto date = gold_json.find("date"); date != gold_json.end() && date->is_string() && is_valid_iso_date(date->get<std::string>())) {
      options.date = date->get<std::string>();
    }
    const Document document = analyzer->analyze(text, options);
    score_gold_relations(gold_json, document, relation_scores);
    events.add(gold_json, document, path, error_limit);
    const OffsetMap utf16(document, OffsetUnit::Utf16);
    std::vector<TypedSpan> predicted;
    for (const Mention& m : document.mentions) {
      if (m.pronoun) continue;  // the gold articles annotate names, not pronouns
      predicted.push_back({{utf16(document.mention_start(m)), utf16(document.mention_end(m))}, m.type});
    }
    for (int t = 0; t < kEntityTypeCount; ++t) {
      add_spans(gold, predicted, per_type[static_cast<std::size_t>(t)],
                [t](EntityType type) { return static_cast<int>(type) == t; }, [](EntityType) { return 0; });
    }
    const auto by_type = [](EntityType type) { return static_cast<int>(type); };
    add_spans(gold, predicted, all, [](EntityType) { return true; }, by_type);
    add_spans(gold, predicted, names, [](EntityType type) { return !is_rule_type(type); }, by_type);  // names and titles
    for (std::size_t c = 0; c < kConllTypes.size(); ++c) {
      add_spans(gold, predicted, conll[c], [c](EntityType type) { return conll_index(type) == static_cast<int>(c); },
                [](EntityType) { return 0; });
    }
    add_spans(gold, predicted, conll_micro, [](EntityType type) { return conll_index(type) >= 0; }, conll_index);
    if (error_limit > 0) {
      const std::u16string text16 = to_utf16(document.text());
      std::size_t shown = 0;
      const auto show = [&](const char* label, const std::vector<TypedSpan>& from, const std::vector<TypedSpan>& other) {
        for (const TypedSpan& s : from) {
          const bool matched = std::any_of(other.begin(), other.end(), [&](const TypedSpan& o) {
            return o.span == s.span && o.type == s.type;
          });
          if (matched || shown >= 2 * error_limit) continue;
          ++shown;
          std::printf("  %s %-8s [%s] %s\n", label, std::string(to_string(s.type)).c_str(),
                      slice_utf16(text16, s.span).c_str(), path.c_str());
        }
      };
      show("missed  ", gold, predicted);
      show("spurious", predicted, gold);
    }
  }
  std::printf("data: %s (%zu document%s)\n", data->c_str(), documents, documents == 1 ? "" : "s");
  std::string per_type_json;
  for (int t = 0; t < kEntityTypeCount; ++t) {
    const SpanScores& s = per_type[static_cast<std::size_t>(t)];
    if (s.gold == 0 && s.predicted == 0) continue;
    const std::string name(to_string(static_cast<EntityType>(t)));
    print_row(name.c_str(), s);
    per_type_json += (per_type_json.empty() ? "\"" : ",\"") + name + "\":" + s.json();
  }
  print_row("micro", all);
  print_row("names", names);
  std::string conll_json;
  for (std::size_t c = 0; c < kConllTypes.size(); ++c) {
    const std::string name = std::string("conll ") + kConllTypes[c];
    print_row(name.c_str(), conll[c]);
    conll_json += std::string(c == 0 ? "\"" : ",\"") + kConllTypes[c] + "\":" + conll[c].json();
  }
  print_row("conll", conll_micro);
  const std::string relations_json = print_gold_relation_scores(relation_scores);
  events.print();
  std::printf("{\"task\":\"doc\",\"documents\":%zu,\"types\":{%s},\"micro\":%s,\"names\":%s,\"conll2003\":{%s,\"micro\":%s},%s,\"relations\":%s}\n",
              documents, per_type_json.c_str(), all.json().c_str(), names.json().c_str(), conll_json.c_str(),
              conll_micro.json().c_str(), events.json().c_str(), relations_json.c_str());
  return 0;
}

}  // namespace lede::cli
