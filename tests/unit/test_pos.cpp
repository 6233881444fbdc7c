// The POS tagger and lemmatizer with the committed model: sentences written for the test, and a
// re-scoring of the EWT dev sample against the figures core/models/PROVENANCE.md states.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "corpus/conll_readers.hpp"
#include "document/pos_tags.hpp"
#include "learn/tagged_corpus.hpp"
#include "lede/analyzer.hpp"
#include "model_fixtures.hpp"

namespace {

using lede::test::read_text;

// The committed model with its POS tagger, under model_fixtures.hpp's rule: nullptr (skip) when the file
// is absent, a failure when it does not load or has no tagger.
const lede::Analyzer* pos_model() { return lede::test::committed_model(lede::test::kNeedsPos); }

// "word/UPOS/lemma ..." of a text.
std::string tagged(const lede::Analyzer& analyzer, std::string_view text) {
  const lede::Document document = analyzer.analyze(text);
  std::string out;
  for (std::size_t t = 0; t < document.tokens.size(); ++t) {
    if (!out.empty()) out += ' ';
    out += std::string(document.token_text(t)) + '/' + std::string(lede::upos_name(document.upos[t])) + '/' +
           std::string(document.lemma(t));
  }
  return out;
}

std::optional<double> provenance_figure(const std::string& provenance, const std::string& name) {
  const std::size_t at = provenance.find(name + ": ");
  if (at == std::string::npos) return std::nullopt;
  return std::stod(provenance.substr(at + name.size() + 2));
}

}  // namespace

TEST_CASE("the tagger tags and lemmatizes sentences written for the test", "[pos]") {
  const lede::Analyzer* analyzer = pos_model();
  if (analyzer == nullptr) return;  // no model file: skipped (model_fixtures.hpp warned)
  CHECK(tagged(*analyzer, "The minister visited the soldiers in Moscow.") ==
        "The/DET/the minister/NOUN/minister visited/VERB/visit the/DET/the soldiers/NOUN/soldier in/ADP/in "
        "Moscow/PROPN/Moscow ./PUNCT/.");
  CHECK(tagged(*analyzer, "She was running and he has eaten.") ==
        "She/PRON/she was/AUX/be running/VERB/run and/CCONJ/and he/PRON/he has/AUX/have eaten/VERB/eat ./PUNCT/.");
  CHECK(tagged(*analyzer, "Better cities need bigger parks.") ==
        "Better/ADJ/good cities/NOUN/city need/VERB/need bigger/ADJ/big parks/NOUN/park ./PUNCT/.");
}

TEST_CASE("every token gets a tag and a lemma, also without sentences of words", "[pos]") {
  const lede::Analyzer* analyzer = pos_model();
  if (analyzer == nullptr) return;  // no model file: skipped (model_fixtures.hpp warned)
  for (const std::string_view text : {"", "!!!", "http://example.com 12,500 $ €", "a\nb\n\nc"}) {
    const lede::Document document = analyzer->analyze(text);
    REQUIRE(document.upos.size() == document.tokens.size());
    for (std::size_t t = 0; t < document.tokens.size(); ++t) {
      CHECK(!lede::upos_name(document.upos[t]).empty());
      CHECK(!document.lemma(t).empty());
    }
  }
}

TEST_CASE("the committed model scores on the EWT dev sample what PROVENANCE states", "[pos]") {
  const lede::Analyzer* analyzer = pos_model();
  const std::optional<std::string> provenance = read_text(LEDE_TEST_PROVENANCE);
  const std::optional<std::string> dev = read_text(LEDE_TEST_DATA_DIR "/ud-ewt/en_ewt-ud-dev.conllu");
  if (!analyzer || !provenance || !dev) {
    WARN("skipped: needs the committed model, core/models/PROVENANCE.md and ../shared/data/ud-ewt");
    return;
  }
  // The first 300 sentences.
  std::size_t end = 0;
  for (int sentences = 0; sentences < 300 && end != std::string::npos; ++sentences) {
    end = dev->find("\n\n", end);
    if (end != std::string::npos) end += 2;
  }
  std::size_t words = 0, upos_right = 0, lemma_right = 0;
  for (lede::Document& document : lede::corpus::read_conllu(std::string_view(*dev).substr(0, end))) {
    analyzer->run_stage(lede::Stage::Pos, document, {});
    std::size_t t = 0;
    for (const auto& gold : lede::learn::tagged_sentences(document)) {
      for (std::size_t i = 0; i < gold.forms.size(); ++i, ++t) {
        if (gold.xpos[i] == lede::kNoTag) continue;
        ++words;
        upos_right += document.upos[t] == gold.upos[i] ? 1 : 0;
        lemma_right += document.lemma(t) == gold.lemmas[i] ? 1 : 0;
      }
    }
  }
  const auto stated_upos = provenance_figure(*provenance, "dev-sample-upos");
  const auto stated_lemma = provenance_figure(*provenance, "dev-sample-lemma");
  REQUIRE(stated_upos);
  REQUIRE(stated_lemma);
  CHECK(std::fabs(100.0 * static_cast<double>(upos_right) / static_cast<double>(words) - *stated_upos) <= 0.05);
  CHECK(std::fabs(100.0 * static_cast<double>(lemma_right) / static_cast<double>(words) - *stated_lemma) <= 0.05);
}
