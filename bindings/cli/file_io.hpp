// The CLI's I/O: whole files or stdin into memory, and a buffered stdout sink for the writers.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "lede/export.hpp"

namespace lede::cli {

// Reads a whole file ("-" = stdin). On failure returns nullopt and sets `error` to a readable reason.
std::optional<std::string> read_file(const std::string& path, std::string& error);

// read_file for a command's inputs: on failure prints "COMMAND: cannot read PATH: REASON" to stderr.
std::optional<std::string> read_input(const std::string& path, const std::string& command);

// Writes `bytes` to `path` through a temporary file renamed into place, so a failed run never leaves a
// half-written file. On failure returns false and sets `error`.
bool write_file(const std::string& path, std::string_view bytes, std::string& error);

class FileSink final : public OutputSink {
 public:
  explicit FileSink(std::FILE* file) : file_(file) {}
  void write(std::string_view bytes) override { std::fwrite(bytes.data(), 1, bytes.size(), file_); }

 private:
  std::FILE* file_;
};

}  // namespace lede::cli
