#include "jsonl_batch.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <thread>

#include "file_io.hpp"
#include "jsonl_lines.hpp"
#include "word_count.hpp"

namespace lede::cli {
namespace {

// What analyzing one line gave: its output line (newline included) and whether it is an error line.
struct LineResult {
  std::string output;
  bool failed = false;
};

std::string error_line(const std::string& id_json, std::string_view message) {
  StringSink sink;
  sink.write("{\"id\":");
  sink.write(id_json);
  sink.write(",\"error\":");
  write_json_string(message, sink);
  sink.write("}\n");
  return std::move(sink.text);
}

// One input line: its result, or an error line that keeps the line's id whenever it can be read.
LineResult analyze_line(std::string_view line, const Analyzer& analyzer, const JsonlRun& run, std::size_t& words) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.find_first_not_of(" \t") == std::string_view::npos) return {error_line("null", "empty line"), true};
  if (run.max_document_bytes != 0 && line.size() > run.max_document_bytes) {
    return {error_line(salvage_id(line).value_or("null"),
                       "the line is " + std::to_string(line.size()) + " bytes; a document may have at most " +
                           std::to_string(run.max_document_bytes) + " (--max-bytes)"),
            true};
  }
  const nlohmann::json request =
      has_surrogate_escape(line)
          ? nlohmann::json::parse(replace_lone_surrogate_escapes(line), nullptr, /*allow_exceptions=*/false)
          : nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (request.is_discarded()) return {error_line(salvage_id(line).value_or("null"), "invalid JSON"), true};
  if (!request.is_object()) return {error_line("null", "a line must be a JSON object with a \"text\" string"), true};
  const auto id = request.find("id");
  if (id != request.end() && !id->is_string() && !id->is_number() && !id->is_null()) {
    return {error_line("null", "\"id\" must be a string, a number or null"), true};
  }
  const std::string id_json =
      id == request.end() ? "null" : id->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  const auto text = request.find("text");
  if (text == request.end() || !text->is_string()) return {error_line(id_json, "missing \"text\" string"), true};
  AnalyzeOptions options = run.analyze;
  if (const auto date = request.find("date"); date != request.end() && !date->is_null()) {
    if (!date->is_string() || !is_valid_iso_date(date->get_ref<const std::string&>())) {
      return {error_line(id_json, "\"date\" must be a date written YYYY-MM-DD"), true};
    }
    options.date = date->get<std::string>();
  }
  const std::string& content = text->get_ref<const std::string&>();
  words += count_words(content);
  const Document document = analyzer.analyze(content, options);
  JsonOptions json = run.json;
  json.id_json = id_json;
  StringSink sink;
  write_json(document, analyzer.model_info(), json, sink);
  sink.write("\n");
  return {std::move(sink.text), false};
}

// Documents and words/s on stderr, at most once a second, and a last line at the end.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled), started_(std::chrono::steady_clock::now()), shown_(started_) {}
  void documents_done(std::size_t documents, std::size_t words, bool last = false) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!last && now - shown_ < std::chrono::seconds(1)) return;
    shown_ = now;
    const double seconds = std::chrono::duration<double>(now - started_).count();
    std::fprintf(stderr, "\rlede analyze: %zu documents, %.0f words/s%s", documents,
                 seconds > 0 ? static_cast<double>(words) / seconds : 0.0, last ? "\n" : "");
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point shown_;
};

int analyze_on_this_thread(LineReader& reader, const Analyzer& analyzer, const JsonlRun& run) {
  FileSink out(stdout);
  Progress progress(run.progress);
  bool failed = false;
  std::size_t documents = 0;
  std::size_t words = 0;
  while (const std::optional<std::string_view> line = reader.next()) {
    const LineResult result = analyze_line(*line, analyzer, run, words);
    out.write(result.output);
    std::fflush(stdout);  // a stream: each result goes out when it is done
    failed = failed || result.failed;
    progress.documents_done(++documents, words);
  }
  progress.documents_done(documents, words, true);
  return failed || reader.unreadable() ? 1 : 0;
}

// N workers take lines from a queue; the calling thread reads the input and a writer thread writes the
// results, in input order (a result waits for the ones before it) or as they come. At most
// kLinesInFlightPerThread lines per worker are read and not yet written, so memory is bounded by the
// documents in flight; a result is written as soon as it may be, whether or not more input comes.
class ThreadedRun {
 public:
  ThreadedRun(const Analyzer& analyzer, const JsonlRun& run)
      : analyzer_(analyzer), run_(run), window_(static_cast<std::size_t>(run.threads) * kLinesInFlightPerThread) {}

  int go(LineReader& reader) {
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < run_.threads; ++i) workers.emplace_back([this] { work(); });
    std::thread writer([this] { write_all(); });
    while (const std::optional<std::string_view> line = reader.next()) {
      std::unique_lock<std::mutex> lock(mutex_);
      space_.wait(lock, [this] { return read_ - written_ < window_; });
      queue_.push_back({read_++, std::string(*line)});
      work_ready_.notify_one();
    }
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      input_done_ = true;
    }
    work_ready_.notify_all();
    result_ready_.notify_all();
    for (std::thread& worker : workers) worker.join();
    writer.join();
    return failed_.load() || reader.unreadable() ? 1 : 0;
  }

 private:
  static constexpr std::size_t kLinesInFlightPerThread = 4;

  struct Line {
    std::size_t sequence;
    std::string text;
  };

  // Whether a finished result may be written now (under the lock).
  bool writable() const { return !done_.empty() && (run_.unordered || done_.begin()->first == written_); }

  // Whether no other result is ready to go: then what was written is flushed, so that a stream's results
  // go out when they are done, and a busy batch writes in large blocks.
  bool writable_now_empty() {
    const std::lock_guard<std::mutex> lock(mutex_);
    return !writable();
  }

  void write_all() {
    FileSink out(stdout);
    Progress progress(run_.progress);
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
      result_ready_.wait(lock, [this] { return writable() || (input_done_ && written_ == read_); });
      if (!writable()) break;  // everything read has been written
      const std::string output = std::move(done_.begin()->second);
      done_.erase(done_.begin());
      const std::size_t written = ++written_;
      space_.notify_one();
      lock.unlock();
      out.write(output);
      if (writable_now_empty()) std::fflush(stdout);  // a stream: out when nothing else is ready
      progress.documents_done(written, words_.load());
      lock.lock();
    }
    progress.documents_done(written_, words_.load(), true);
  }

  void work() {
    while (true) {
      Line line;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        work_ready_.wait(lock, [this] { return input_done_ || !queue_.empty(); });
        if (queue_.empty()) return;
        line = std::move(queue_.front());
        queue_.pop_front();
      }
      std::size_t words = 0;
      LineResult result = analyze_line(line.text, analyzer_, run_, words);
      words_ += words;
      if (result.failed) failed_ = true;
      {
        const std::lock_guard<std::mutex> lock(mutex_);
        done_.emplace(line.sequence, std::move(result.output));
      }
      result_ready_.notify_one();
    }
  }

  const Analyzer& analyzer_;
  const JsonlRun& run_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable work_ready_;    // a line is queued, or the input ended
  std::condition_variable result_ready_;  // a result is done, or the input ended
  std::condition_variable space_;         // a result was written: the window has room
  std::deque<Line> queue_;
  std::map<std::size_t, std::string> done_;  // results not yet written, by input position
  std::size_t read_ = 0;
  std::size_t written_ = 0;
  bool input_done_ = false;
  std::atomic<bool> failed_{false};
  std::atomic<std::size_t> words_{0};
};

}  // namespace

int analyze_jsonl(const std::vector<std::string>& files, const Analyzer& analyzer, const JsonlRun& run) {
  LineReader reader(files, "lede analyze");
  const int status =
      run.threads <= 1 ? analyze_on_this_thread(reader, analyzer, run) : ThreadedRun(analyzer, run).go(reader);
  std::fflush(stdout);
  return status;
}

}  // namespace lede::cli
