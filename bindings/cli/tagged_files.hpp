// Gold-tagged sentences from a .conllu file or a directory of them (for `lede train pos`, `lede eval pos`).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "learn/tagged_corpus.hpp"

namespace lede::cli {

std::optional<std::vector<learn::TaggedSentence>> read_tagged_files(const std::string& path, std::string& error);

}  // namespace lede::cli
