#include "corpus_files.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace lede::cli {

std::vector<std::string> corpus_files(const std::string& path, const std::string& extension, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code code;
  std::vector<std::string> files;
  if (!fs::exists(path, code)) {
    error = "no such file or directory: " + path;
    return files;
  }
  if (!fs::is_directory(path, code)) {
    files.push_back(path);
    return files;
  }
  for (const fs::directory_entry& entry : fs::directory_iterator(path, code)) {
    if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) error = "no " + extension + " files in " + path;
  return files;
}

std::optional<std::vector<std::string>> input_files(const std::string& path, const std::string& extension,
                                                    const char* command) {
  std::string error;
  std::vector<std::string> files = corpus_files(path, extension, error);
  if (files.empty()) {
    std::fprintf(stderr, "%s: %s\n", command, error.c_str());
    return std::nullopt;
  }
  return files;
}

}  // namespace lede::cli
