#include "file_io.hpp"

#include <sys/stat.h>
#include <cerrno>
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

}  // namespace lede::cli
