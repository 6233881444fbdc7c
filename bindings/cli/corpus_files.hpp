// Expands a --data argument: a file, or a directory whose files with the given extension are taken
// in name order.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lede::cli {

std::vector<std::string> corpus_files(const std::string& path, const std::string& extension, std::string& error);

// corpus_files for a command's --data: on failure prints "COMMAND: REASON" to stderr and returns nullopt
// (the command then exits with status 1).
std::optional<std::vector<std::string>> input_files(const std::string& path, const std::string& extension,
                                                    const char* command);

}  // namespace lede::cli
