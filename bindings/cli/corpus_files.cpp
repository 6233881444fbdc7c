#include "corpus_files.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "file_io.hpp"

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

bool for_each_input(const std::vector<std::string>& files, const char* command,
                    const std::function<void(const std::string& path, const std::string& content)>& use) {
  for (const std::string& path : files) {
    const std::optional<std::string> content = read_input(path, command);
    if (!content) return false;
    use(path, *content);
  }
  return true;
}

bool for_each_corpus_file(const std::string& path, const std::string& extension, std::string& error,
                          const std::function<void(const std::string& content)>& use) {
  const std::vector<std::string> files = corpus_files(path, extension, error);
  if (files.empty()) return false;
  for (const std::string& file : files) {
    const std::optional<std::string> content = read_file(file, error);
    if (!content) {
      error = file + ": " + error;
      return false;
    }
    use(*content);
  }
  return true;
}

bool print_line_problems(const char* command, const std::string& path, const std::vector<corpus::LineProblem>& problems,
                         const char* what) {
  constexpr std::size_t kShown = 10;
  for (std::size_t i = 0; i < problems.size() && i < kShown; ++i) {
    std::fprintf(stderr, "%s: %s:%zu: %s (%s)\n", command, path.c_str(), problems[i].line, problems[i].message.c_str(),
                 what);
  }
  if (problems.size() > kShown) {
    std::fprintf(stderr, "%s: %s: %zu more such lines\n", command, path.c_str(), problems.size() - kShown);
  }
  return !problems.empty();
}

namespace {

// The documents `read` (a corpus:: reader) finds in `content`, its skipped lines said.
std::vector<Document> read_saying_skipped(std::vector<Document> (*read)(std::string_view,
                                                                        std::vector<corpus::LineProblem>*),
                                          const char* command, const std::string& path, std::string_view content) {
  std::vector<corpus::LineProblem> problems;
  std::vector<Document> documents = read(content, &problems);
  print_line_problems(command, path, problems, "skipped");
  return documents;
}

}  // namespace

std::vector<Document> read_conllu_file(const char* command, const std::string& path, std::string_view content) {
  return read_saying_skipped(corpus::read_conllu, command, path, content);
}

std::vector<Document> read_conll2003_file(const char* command, const std::string& path, std::string_view content) {
  return read_saying_skipped(corpus::read_conll2003, command, path, content);
}

}  // namespace lede::cli
