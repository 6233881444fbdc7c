// The CLI's I/O: whole files or stdin into memory, and a buffered stdout sink for the writers.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lede/export.hpp"

namespace lede::cli {

// Reads a whole file ("-" = stdin). On failure returns nullopt and sets `error` to a readable reason.
std::optional<std::string> read_file(const std::string& path, std::string& error);

// read_file for a command's inputs: on failure prints "COMMAND: cannot read PATH: REASON" to stderr.
std::optional<std::string> read_input(const std::string& path, const std::string& command);

// Writes `bytes` to `path` through a temporary file renamed into place, so a failed run never leaves a
// half-written file. On failure returns false and sets `error`.
bool write_file(const std::string& path, std::string_view bytes, std::string& error);

// The lines of files ("-" = stdin) in turn, of any length, read one at a time (memory: the longest
// line), without their '\n'. A file that cannot be opened or read is reported as "COMMAND: cannot read
// PATH: REASON" and skipped.
class LineReader {
 public:
  LineReader(const std::vector<std::string>& files, const char* command) : files_(files), command_(command) {}
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line, or nullopt after the last line of the last file.
  std::optional<std::string_view> next();
  // The file of the line next() gave, and its 1-based number there.
  const std::string& path() const { return files_[index_ - 1]; }
  std::size_t line_number() const { return line_number_; }
  // Whether a file could not be opened or read.
  bool unreadable() const { return unreadable_; }

 private:
  bool open_next();
  void close();

  const std::vector<std::string>& files_;
  const char* command_;
  std::size_t index_ = 0;
  std::size_t line_number_ = 0;
  std::FILE* file_ = nullptr;
  char* buffer_ = nullptr;
  std::size_t capacity_ = 0;
  bool unreadable_ = false;
};

class FileSink final : public OutputSink {
 public:
  explicit FileSink(std::FILE* file) : file_(file) {}
  void write(std::string_view bytes) override { std::fwrite(bytes.data(), 1, bytes.size(), file_); }

 private:
  std::FILE* file_;
};

}  // namespace lede::cli
