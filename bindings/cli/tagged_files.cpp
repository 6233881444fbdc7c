#include "tagged_files.hpp"

#include "corpus_files.hpp"
#include "file_io.hpp"

namespace lede::cli {

std::optional<std::vector<learn::TaggedSentence>> read_tagged_files(const std::string& path, std::string& error) {
  const std::vector<std::string> files = corpus_files(path, ".conllu", error);
  if (files.empty()) return std::nullopt;
  std::vector<learn::TaggedSentence> sentences;
  for (const std::string& file : files) {
    const std::optional<std::string> content = read_file(file, error);
    if (!content) {
      error = file + ": " + error;
      return std::nullopt;
    }
    for (learn::TaggedSentence& sentence : learn::read_tagged_conllu(*content)) sentences.push_back(std::move(sentence));
  }
  return sentences;
}

}  // namespace lede::cli
