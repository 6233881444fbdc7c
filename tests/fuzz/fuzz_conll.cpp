// libFuzzer target: any bytes as a CoNLL-U file and as a CoNLL-2003 file (`lede analyze --input ...`,
// the trainers, the evaluations). Every document read must hold only non-empty tokens inside its text,
// each line problem must name a line of the input, and the documents must go through the rule stages
// and back out as CoNLL.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "corpus/conll_readers.hpp"
#include "fuzz_support.hpp"

namespace {

void check_read(std::string_view input, const std::vector<lede::Document>& documents,
                const std::vector<lede::corpus::LineProblem>& problems) {
  const std::size_t lines = static_cast<std::size_t>(std::count(input.begin(), input.end(), '\n')) + 1;
  for (const lede::corpus::LineProblem& problem : problems) {
    FUZZ_REQUIRE(problem.line >= 1 && problem.line <= lines && !problem.message.empty());
  }
  static const lede::Analyzer analyzer;
  for (lede::Document document : documents) {
    FUZZ_REQUIRE(document.source_lines.size() == document.tokens.size());
    analyzer.analyze_tokenized(document);
    fuzz::check_document(document);
    lede::StringSink conllu;
    lede::write_conllu(document, conllu);
    lede::StringSink conll2003;
    lede::write_conll2003(document, conll2003);
    FUZZ_REQUIRE(document.tokens.empty() || !conll2003.text.empty());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<lede::corpus::LineProblem> problems;
  const std::vector<lede::Document> conllu = lede::corpus::read_conllu(input, &problems);
  check_read(input, conllu, problems);
  problems.clear();
  const std::vector<lede::Document> conll2003 = lede::corpus::read_conll2003(input, &problems);
  check_read(input, conll2003, problems);
  return 0;
}
