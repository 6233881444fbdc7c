// Expands a --data argument: a file, or a directory whose files with the given extension are taken
// in name order.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lede::cli {

std::vector<std::string> corpus_files(const std::string& path, const std::string& extension, std::string& error);

// corpus_files for a command's --data: on failure prints "COMMAND: REASON" to stderr and returns nullopt
// (the command then exits with status 1).
std::optional<std::vector<std::string>> input_files(const std::string& path, const std::string& extension,
                                                    const char* command);

// Reads the files in turn and hands each one's path and content to `use`. Stops at the first that cannot
// be read: prints "COMMAND: cannot read PATH: REASON" to stderr and returns false.
bool for_each_input(const std::vector<std::string>& files, const char* command,
                    const std::function<void(const std::string& path, const std::string& content)>& use);

// The same for the files of a --data path without printing: on failure sets `error` ("PATH: REASON" when a
// file cannot be read) and returns false.
bool for_each_corpus_file(const std::string& path, const std::string& extension, std::string& error,
                          const std::function<void(const std::string& content)>& use);

}  // namespace lede::cli
