#include "file_io.hpp"

#include <sys/stat.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace lede::cli {

std::optional<std::string> read_input(const std::string& path, const std::string& command) {
  std::string error;
  std::optional<std::string> content = read_file(path, error);
  if (!content) std::fprintf(stderr, "%s: cannot read %s: %s\n", command.c_str(), path.c_str(), error.c_str());
  return content;
}

std::optional<std::string> read_file(const std::string& path, std::string& error) {
  std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  struct stat info {};
  if (file != stdin && fstat(fileno(file), &info) == 0 && S_ISDIR(info.st_mode)) {
    std::fclose(file);
    error = "is a directory";
    return std::nullopt;
  }
  std::string content;
  char buffer[1 << 16];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) content.append(buffer, got);
  const bool failed = std::ferror(file) != 0;
  if (file != stdin) std::fclose(file);
  if (failed) {
    error = "read error";
    return std::nullopt;
  }
  return content;
}

bool write_file(const std::string& path, std::string_view bytes, std::string& error) {
  const std::string temporary = path + ".partial";
  std::FILE* file = std::fopen(temporary.c_str(), "wb");
  if (file == nullptr) {
    error = std::strerror(errno);
    return false;
  }
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
  const bool closed = std::fclose(file) == 0;
  if (!written || !closed || std::rename(temporary.c_str(), path.c_str()) != 0) {
    error = std::strerror(errno);
    std::remove(temporary.c_str());
    return false;
  }
  return true;
}

LineReader::~LineReader() {
  close();
  std::free(buffer_);
}

std::optional<std::string_view> LineReader::next() {
  while (true) {
    if (file_ == nullptr && !open_next()) return std::nullopt;
    const ssize_t length = getline(&buffer_, &capacity_, file_);
    if (length >= 0) {
      ++line_number_;
      std::string_view line(buffer_, static_cast<std::size_t>(length));
      if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
      return line;
    }
    if (std::ferror(file_) != 0) {
      std::fprintf(stderr, "%s: cannot read %s: %s\n", command_, path().c_str(), std::strerror(errno));
      unreadable_ = true;
    }
    close();
  }
}

bool LineReader::open_next() {
  while (index_ < files_.size()) {
    const std::string& path = files_[index_++];
    line_number_ = 0;
    file_ = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (file_ != nullptr) return true;
    std::fprintf(stderr, "%s: cannot read %s: %s\n", command_, path.c_str(), std::strerror(errno));
    unreadable_ = true;
  }
  return false;
}

void LineReader::close() {
  if (file_ != nullptr && file_ != stdin) std::fclose(file_);
  file_ = nullptr;
}

}  // namespace lede::cli
