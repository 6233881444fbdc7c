#include "tagged_files.hpp"

#include "corpus_files.hpp"

namespace lede::cli {

std::optional<std::vector<learn::TaggedSentence>> read_tagged_files(const std::string& path, std::string& error) {
  std::vector<learn::TaggedSentence> sentences;
  const bool all_read = for_each_corpus_file(path, ".conllu", error, [&](const std::string& content) {
    for (learn::TaggedSentence& sentence : learn::read_tagged_conllu(content)) sentences.push_back(std::move(sentence));
  });
  if (!all_read) return std::nullopt;
  return sentences;
}

}  // namespace lede::cli
