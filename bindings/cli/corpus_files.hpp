// Expands a --data argument: a file, or a directory whose files with the given extension are taken
// in name order.
#pragma once

#include <string>
#include <vector>

namespace lede::cli {

std::vector<std::string> corpus_files(const std::string& path, const std::string& extension, std::string& error);

}  // namespace lede::cli
