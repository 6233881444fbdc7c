#include "file_io.hpp"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace lede::cli {

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

}  // namespace lede::cli
