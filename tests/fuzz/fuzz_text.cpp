// libFuzzer target: any bytes through the text layer (UTF-8 repair, tokenizer, sentence splitter) and
// the whole analyzer with JSON export; aborts when an invariant of the result breaks.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "lede/analyzer.hpp"
#include "lede/export.hpp"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

void check_invariants(const lede::Document& document) {
  const std::string& text = document.text();
  std::uint32_t previous_end = 0;
  for (const lede::Token& token : document.tokens) {
    require(token.start < token.end && token.end <= text.size() && token.start >= previous_end);
    require(!is_continuation_byte(text[token.start]));
    require(token.end == text.size() || !is_continuation_byte(text[token.end]));
    previous_end = token.end;
  }
  std::uint32_t expected_begin = 0;
  for (const lede::Sentence& sentence : document.sentences) {
    require(sentence.token_begin == expected_begin && sentence.token_begin < sentence.token_end);
    expected_begin = sentence.token_end;
  }
  require(expected_begin == document.tokens.size());
  std::uint32_t previous_mention_end = 0;
  for (const lede::Mention& mention : document.mentions) {
    require(mention.token_begin < mention.token_end && mention.token_end <= document.tokens.size());
    require(mention.token_begin >= previous_mention_end);
    require(document.sentence_of_token(mention.token_begin) == document.sentence_of_token(mention.token_end - 1));
    previous_mention_end = mention.token_end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lede::Analyzer analyzer;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const lede::Document document = analyzer.analyze(input);
  check_invariants(document);
  lede::StringSink sink;
  lede::JsonOptions options;
  options.tokens = true;
  lede::write_json(document, analyzer.model_info(), options, sink);
  require(!sink.text.empty() && sink.text.front() == '{' && sink.text.back() == '}');
  return 0;
}
