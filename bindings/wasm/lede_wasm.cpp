// Embind glue for the web module. lede.js is the public API; this file
// is its private back end, so it stays small and never lets a C++ exception or a crash-worthy input
// reach JavaScript:
//  - text arrives as UTF-8 bytes (a Uint8Array from TextEncoder into a std::string parameter). A JS
//    string would be converted by this Emscripten's Embind with lone surrogates swallowing the next
//    character (seen with Emscripten 3.1.6), shifting every later offset.
//  - a model file is written by lede.js straight into memory this module reserves for it (reserve_model).
//  - a result leaves as JSON, in pieces handed to a JavaScript function (never whole in the heap); an
//    error as one JSON string {"error": "..."}, which lede.js turns into a JavaScript Error. The module
//    is built with -fno-exceptions.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <span>
#include <string>

#include "lede/analyzer.hpp"
#include "lede/corpus.hpp"
#include "lede/export.hpp"
#include "lede/result.hpp"
#include "lede/stage_timing.hpp"

namespace {

std::string error_json(const std::string& message) {
  lede::StringSink sink;
  sink.write("{\"error\":");
  lede::write_json_string(message, sink);
  sink.write("}");
  return sink.text;
}

// The options of analyze() and begin(), already checked by lede.js and checked again here, so a direct
// caller of the module gets the same clear errors.
struct CallOptions {
  lede::AnalyzeOptions analyze;
  lede::JsonOptions json;
};

// "" and `out` filled, or the error JSON.
std::string read_options(bool tokens, const std::string& date, const std::string& today, const std::string& pipeline,
                         const std::string& offsets, CallOptions& out) {
  const auto parsed_pipeline = lede::pipeline_from_string(pipeline);
  if (!parsed_pipeline) return error_json("unknown pipeline '" + pipeline + "' (full, entities)");
  out.analyze.pipeline = *parsed_pipeline;
  if (!date.empty()) {
    if (!lede::is_valid_iso_date(date)) {
      return error_json("date must be a real calendar day written YYYY-MM-DD, not '" + date + "'");
    }
    out.analyze.date = date;
  }
  if (!today.empty()) {
    if (!lede::is_valid_iso_date(today)) {
      return error_json("today must be a real calendar day written YYYY-MM-DD, not '" + today + "'");
    }
    out.analyze.today = today;
  }
  const auto unit = lede::offset_unit_from_string(offsets);
  if (!unit) return error_json("unknown offset unit '" + offsets + "' (utf16, codepoint, byte)");
  out.json.offsets = *unit;
  out.json.tokens = tokens;
  return "";
}

// The longest text one analysis takes (lede.js's MAX_TEXT_BYTES says why).
constexpr std::size_t kMaxTextBytes = 24 * 1024 * 1024;

std::string too_long_json(std::size_t bytes) {
  return error_json("the text is " + std::to_string(bytes / 1048576) + " MB; one analysis takes at most " +
                    std::to_string(kMaxTextBytes / 1048576) + " MB");
}

// Hands the JSON to a JavaScript function in pieces of about kPieceBytes, each of whole UTF-8 characters,
// so that a big result never sits whole in the wasm heap (a 1 MB article's JSON is ~8 MB). Each piece is
// a Uint8Array view of the wasm memory, valid only during the call.
class PieceSink final : public lede::OutputSink {
 public:
  explicit PieceSink(emscripten::val receive) : receive_(std::move(receive)) { buffer_.reserve(kPieceBytes + 4096); }

  void write(std::string_view bytes) override {
    buffer_.append(bytes);
    if (buffer_.size() >= kPieceBytes) flush(false);
  }

  // Hands over what is left.
  void finish() { flush(true); }

 private:
  static constexpr std::size_t kPieceBytes = 256 * 1024;

  void flush(bool all) {
    std::size_t cut = buffer_.size();
    if (!all) {
      // Keep the last character back (it may be incomplete): cut before its first byte.
      while (cut > 0 && (static_cast<unsigned char>(buffer_[cut - 1]) & 0xC0) == 0x80) --cut;
      if (cut > 0) --cut;
    }
    if (cut == 0) return;
    // A view of the bytes, which lede.js decodes at once with a TextDecoder: a std::string would be
    // converted by Embind's JavaScript loops over every byte (twice), ~5% of the entities pipeline.
    receive_(
        emscripten::val(emscripten::typed_memory_view(cut, reinterpret_cast<const unsigned char*>(buffer_.data()))));
    buffer_.erase(0, cut);
  }

  emscripten::val receive_;
  std::string buffer_;
};

void write_result(const lede::Document& document, const lede::ModelInfo& model, const lede::JsonOptions& json,
                  emscripten::val receive) {
  PieceSink sink(std::move(receive));
  lede::write_json(document, model, json, sink);
  sink.finish();
}

// One analysis in steps behind analyzer.begin(): the job of lede/analyzer.hpp and how to write its result.
class WasmJob {
 public:
  // Keeps its own copy of the analyzer (a copy shares the model), so the job outlives a disposed analyzer.
  WasmJob(const lede::Analyzer& analyzer, const std::string& text, CallOptions options)
      : analyzer_(analyzer), json_(options.json), job_(analyzer_, text, options.analyze) {}

  // Runs about `milliseconds` of the analysis; returns the progress, 0 to 1.
  double step(double milliseconds) {
    const auto budget = std::chrono::duration<double, std::milli>(milliseconds < 0 ? 0 : milliseconds);
    return job_.step(std::chrono::duration_cast<std::chrono::nanoseconds>(budget));
  }

  // Writes the lede/1 JSON to receive(piece) once done; "" then, else the error JSON.
  std::string result(emscripten::val receive) const {
    if (!job_.done()) return error_json("the analysis is not finished: call step() until done");
    write_result(job_.document(), analyzer_.model_info(), json_, std::move(receive));
    return "";
  }

 private:
  lede::Analyzer analyzer_;  // before job_, which points to it
  lede::JsonOptions json_;
  lede::AnalysisJob job_;
};

// One analyzer per JavaScript analyzer object; it owns the loaded model (rules only until load()).
class WasmAnalyzer {
 public:
  // Loads a model file in two calls: lede.js writes the file's bytes at the address reserve_model
  // returns (one native copy from its ArrayBuffer; a std::string parameter would cost a JavaScript loop
  // over every byte and a second copy into aligned memory, ~50 ms of a cold page's first result), then
  // load_reserved returns "" on success, else the reason the model was rejected (the analyzer is then
  // unchanged). reserve_model returns 0 when the memory cannot be had.
  std::uintptr_t reserve_model(std::size_t size) {
    reserved_ = lede::AlignedBytes::uninitialized(size);
    return reinterpret_cast<std::uintptr_t>(reserved_.data());
  }
  std::string load_reserved() {
    std::string error;
    std::optional<lede::Analyzer> loaded = lede::Analyzer::load_owned(std::move(reserved_), error);
    if (!loaded) return error.empty() ? "invalid model" : error;
    analyzer_ = std::move(*loaded);
    return "";
  }

  // The whole analysis behind analyzer.analyze(): the lede/1 JSON to receive(piece); "" then, else the
  // error JSON.
  std::string analyze(const std::string& text, bool tokens, const std::string& date, const std::string& today,
                      const std::string& pipeline, const std::string& offsets, emscripten::val receive) const {
    if (text.size() > kMaxTextBytes) return too_long_json(text.size());
    CallOptions options;
    if (std::string error = read_options(tokens, date, today, pipeline, offsets, options); !error.empty()) return error;
    write_result(analyzer_.analyze(text, options.analyze), analyzer_.model_info(), options.json, std::move(receive));
    return "";
  }

  // A job behind analyzer.begin(), owned by the caller (lede.js deletes it); null when an option is
  // invalid or the text too long (lede.js checks both first and says why).
  WasmJob* begin(const std::string& text, bool tokens, const std::string& date, const std::string& today,
                 const std::string& pipeline, const std::string& offsets) const {
    CallOptions options;
    if (text.size() > kMaxTextBytes || !read_options(tokens, date, today, pipeline, offsets, options).empty())
      return nullptr;
    return new WasmJob(analyzer_, text, std::move(options));
  }

  // Seconds spent in each stage (and the export, last) analyzing `text`, as JSON {"tokens":N,"stages":{..}}:
  // the per-stage figures of scripts/bench.sh for the wasm build, measured like `lede bench` measures them.
  std::string time_stages(const std::string& text) const {
    lede::StageTimes times;
    lede::time_stages(analyzer_, text, lede::AnalyzeOptions{}, times);
    std::string json = "{\"tokens\":" + std::to_string(times.tokens) + ",\"stages\":{";
    for (int s = 0; s <= lede::kStageCount; ++s) {
      const std::string_view name = s < lede::kStageCount ? lede::to_string(static_cast<lede::Stage>(s)) : "export";
      json += (s == 0 ? "\"" : ",\"") + std::string(name) +
              "\":" + std::to_string(times.seconds[static_cast<std::size_t>(s)]);
    }
    return json + "}}";
  }

  std::string model_name() const { return analyzer_.model_info().name; }
  std::string model_version() const { return analyzer_.model_info().version; }

 private:
  lede::Analyzer analyzer_;
  lede::AlignedBytes reserved_;  // between reserve_model and load_reserved
};

// A lede/1 result object from JavaScript as a Result (analyzer.export): every field's type is checked, since
// the object may have been edited by hand or come from elsewhere; the first problem is kept as `error`.
class JsResultReader {
 public:
  std::string error;

  lede::Result read(const emscripten::val& js) {
    lede::Result result;
    if (!is_object(js) || !js["schema"].isString() || js["schema"].as<std::string>() != "lede/1") {
      error = "not a lede/1 result (its \"schema\" must be \"lede/1\")";
      return result;
    }
    const emscripten::val model = js["model"];
    if (is_object(model)) {
      result.model_name = text(model, "name", "the model", true);
      result.model_version = text(model, "version", "the model", true);
    }
    const auto unit = lede::offset_unit_from_string(text(js, "offsets", "the result", false));
    if (!unit && error.empty()) error = "unknown \"offsets\" unit";
    if (unit) result.offsets = *unit;
    result.date = text(js, "date", "the result", true);
    each(js, "sentences", [&](const emscripten::val& v, const std::string& where) {
      result.sentences.push_back({offset(v, "start", where), offset(v, "end", where)});
    });
    each(js, "mentions", [&](const emscripten::val& v, const std::string& where) {
      result.mentions.push_back({id(v, "id", where, false),
                                 {offset(v, "start", where), offset(v, "end", where)},
                                 text(v, "text", where, false),
                                 text(v, "type", where, false),
                                 id(v, "entity", where, true),
                                 id(v, "sentence", where, false),
                                 number(v, "score", 1.0),
                                 v["pronoun"].isTrue()});
    });
    each(js, "entities", [&](const emscripten::val& v, const std::string& where) {
      lede::Result::Entity entity{
          id(v, "id", where, false), text(v, "type", where, false), text(v, "name", where, false), {}, {},
          number(v, "salience", 0.0)};
      each(v, "mentions", [&](const emscripten::val& m, const std::string& at) {
        if (!m.isNumber() && error.empty()) error = at + " is not a mention id";
        if (m.isNumber()) entity.mentions.push_back(static_cast<std::int32_t>(m.as<double>()));
      });
      const emscripten::val titles = v["titles"];
      if (is_array(titles)) {
        const auto count = titles["length"].as<unsigned>();
        for (unsigned i = 0; i < count; ++i) {
          if (titles[i].isString()) entity.titles.push_back(titles[i].as<std::string>());
        }
      }
      result.entities.push_back(std::move(entity));
    });
    each(js, "relations", [&](const emscripten::val& v, const std::string& where) {
      result.relations.push_back({id(v, "id", where, false),
                                  text(v, "type", where, false),
                                  id(v, "subject", where, true),
                                  id(v, "object", where, true),
                                  id(v, "subject_mention", where, true),
                                  id(v, "object_mention", where, true),
                                  text(v, "predicate", where, true),
                                  v["negated"].isTrue(),
                                  text(v, "date", where, true),
                                  id(v, "sentence", where, false),
                                  {offset(v, "start", where), offset(v, "end", where)},
                                  number(v, "score", 1.0)});
    });
    each(js, "quotes", [&](const emscripten::val& v, const std::string& where) {
      result.quotes.push_back({{offset(v, "start", where), offset(v, "end", where)},
                               id(v, "speaker", where, true),
                               text(v, "speaker_text", where, true),
                               id(v, "sentence", where, false),
                               v["indirect"].isTrue(),
                               text(v, "date", where, true)});
    });
    return result;
  }

 private:
  static bool is_array(const emscripten::val& v) { return v.isArray(); }
  static bool is_object(const emscripten::val& v) { return !v.isNull() && v.typeOf().as<std::string>() == "object"; }
  void fail(const std::string& reason) {
    if (error.empty()) error = reason;
  }
  template <typename Use>
  void each(const emscripten::val& object, const char* name, Use&& use) {
    const emscripten::val items = object[name];
    if (!is_array(items)) return fail(std::string("\"") + name + "\" is not an array");
    const auto count = items["length"].as<unsigned>();
    for (unsigned i = 0; i < count && error.empty(); ++i)
      use(items[i], std::string(name) + "[" + std::to_string(i) + "]");
  }
  std::string text(const emscripten::val& object, const char* name, const std::string& where, bool optional) {
    const emscripten::val value = object[name];
    if (optional && (value.isNull() || value.isUndefined())) return {};
    if (!value.isString()) {
      fail(where + ": \"" + name + "\" is not a string");
      return {};
    }
    return value.as<std::string>();
  }
  double number(const emscripten::val& object, const char* name, double fallback) {
    const emscripten::val value = object[name];
    return value.isNumber() ? value.as<double>() : fallback;
  }
  std::int32_t id(const emscripten::val& object, const char* name, const std::string& where, bool nullable) {
    const emscripten::val value = object[name];
    if (nullable && (value.isNull() || value.isUndefined())) return -1;
    const double number = value.isNumber() ? value.as<double>() : -1.0;
    if (number < 0 || number > 2147483647.0 || number != static_cast<double>(static_cast<std::int64_t>(number))) {
      fail(where + ": \"" + name + "\" is not an id");
      return -1;
    }
    return static_cast<std::int32_t>(number);
  }
  std::uint32_t offset(const emscripten::val& object, const char* name, const std::string& where) {
    const std::int32_t value = id(object, name, where, false);
    return value < 0 ? 0 : static_cast<std::uint32_t>(value);
  }
};

// analyzer.export(): {text} with the export's bytes as a string, or {error}. `text` is the analyzed
// text as UTF-8 bytes ("" when the caller has none).
emscripten::val export_result(const emscripten::val& result_object, const std::string& text,
                              const std::string& format) {
  emscripten::val answer = emscripten::val::object();
  const auto parsed_format = lede::export_format_from_string(format);
  if (!parsed_format) {
    answer.set("error", std::string("unknown export format '") + format +
                            "' (csv, csv-mentions, csv-relations, csv-quotes, brat, displacy, gexf)");
    return answer;
  }
  JsResultReader reader;
  lede::Result result = reader.read(result_object);
  if (!reader.error.empty()) {
    answer.set("error", reader.error);
    return answer;
  }
  if (!text.empty()) result.text = lede::Document(text).text();
  lede::StringSink sink;
  if (const std::string problem = lede::write_export(result, *parsed_format, sink); !problem.empty()) {
    answer.set("error", problem);
    return answer;
  }
  answer.set("text", sink.text);
  return answer;
}

// The library's articles (an array, one per article, of [type, name, mentions] per entity) as a Corpus.
// Entries that are not so shaped are skipped: the page wrote them, but a browser's store may hold anything.
lede::Corpus corpus_of(const emscripten::val& articles) {
  lede::Corpus corpus;
  if (!articles.isArray()) return corpus;
  const auto count = articles["length"].as<unsigned>();
  std::vector<std::string> strings;  // the views of add_article point into these, one article at a time
  for (unsigned a = 0; a < count; ++a) {
    const emscripten::val entities = articles[a];
    if (!entities.isArray()) continue;
    const auto size = entities["length"].as<unsigned>();
    strings.clear();
    strings.reserve(2 * size);
    std::vector<std::uint32_t> mentions;
    for (unsigned e = 0; e < size; ++e) {
      const emscripten::val entry = entities[e];
      if (!entry.isArray() || !entry[0].isString() || !entry[1].isString() || !entry[2].isNumber()) continue;
      strings.push_back(entry[0].as<std::string>());
      strings.push_back(entry[1].as<std::string>());
      mentions.push_back(static_cast<std::uint32_t>(std::max(0.0, entry[2].as<double>())));
    }
    std::vector<lede::Corpus::ArticleEntity> named;
    for (std::size_t i = 0; i < mentions.size(); ++i)
      named.push_back({strings[2 * i], strings[2 * i + 1], mentions[i]});
    corpus.add_article(named);
  }
  return corpus;
}

// library.js's corpus view: {articles, entities: [{type, name, articles, mentions}], pairs: [[a, b, n]]}.
emscripten::val summarize_corpus(const emscripten::val& articles) {
  const lede::Corpus corpus = corpus_of(articles);
  emscripten::val out = emscripten::val::object();
  out.set("articles", corpus.article_count());
  emscripten::val entities = emscripten::val::array();
  for (const lede::CorpusEntity& entity : corpus.entities()) {
    emscripten::val item = emscripten::val::object();
    item.set("type", entity.type);
    item.set("name", entity.name);
    item.set("articles", entity.articles);
    item.set("mentions", entity.mentions);
    entities.call<void>("push", item);
  }
  out.set("entities", entities);
  emscripten::val pairs = emscripten::val::array();
  for (const auto& [pair, shared] : corpus.pairs()) {
    emscripten::val item = emscripten::val::array();
    item.call<void>("push", pair.first);
    item.call<void>("push", pair.second);
    item.call<void>("push", shared);
    pairs.call<void>("push", item);
  }
  out.set("pairs", pairs);
  return out;
}

// The corpus downloads: {text} in "csv" or "gexf", or {error}.
emscripten::val export_corpus(const emscripten::val& articles, const std::string& format) {
  emscripten::val answer = emscripten::val::object();
  lede::StringSink sink;
  if (format == "csv") {
    lede::write_corpus_csv(corpus_of(articles), sink);
  } else if (format == "gexf") {
    lede::write_corpus_gexf(corpus_of(articles), sink);
  } else {
    answer.set("error", "unknown corpus format '" + format + "' (csv, gexf)");
    return answer;
  }
  answer.set("text", sink.text);
  return answer;
}

std::string version() { return LEDE_VERSION; }

// The same date check as the CLI's --date, so lede.js can reject a bad date before encoding the text.
bool is_valid_date(const std::string& date) { return lede::is_valid_iso_date(date); }

}  // namespace

EMSCRIPTEN_BINDINGS(lede) {
  emscripten::function("version", &version);
  emscripten::function("isValidDate", &is_valid_date);
  emscripten::function("exportResult", &export_result);
  emscripten::function("summarizeCorpus", &summarize_corpus);
  emscripten::function("exportCorpus", &export_corpus);
  emscripten::class_<WasmAnalyzer>("Analyzer")
      .constructor<>()
      .function("reserveModel", &WasmAnalyzer::reserve_model)
      .function("loadReserved", &WasmAnalyzer::load_reserved)
      .function("analyze", &WasmAnalyzer::analyze)
      .function("begin", &WasmAnalyzer::begin, emscripten::allow_raw_pointers())
      .function("timeStages", &WasmAnalyzer::time_stages)
      .function("modelName", &WasmAnalyzer::model_name)
      .function("modelVersion", &WasmAnalyzer::model_version);
  emscripten::class_<WasmJob>("Job").function("step", &WasmJob::step).function("result", &WasmJob::result);
}
