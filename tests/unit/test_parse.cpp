// The dependency parser: labels, the transition system and its oracle, projectivization, the syntax
// helpers, the committed model on sentences written for the test, structural invariants on any input
// (one root per sentence, one head per token, no cycles, heads within the sentence), very long
// sentences, and a re-scoring of the EWT dev sample against the figures core/models/PROVENANCE.md states.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "corpus/conll_readers.hpp"
#include "document/dep_labels.hpp"
#include "learn/arc_hybrid_oracle.hpp"
#include "learn/parse_trainer.hpp"
#include "learn/treebank.hpp"
#include "lede/analyzer.hpp"
#include "model/section_layouts.hpp"
#include "model_fixtures.hpp"
#include "parse/dependency_parser.hpp"
#include "parse/greedy_parser.hpp"
#include "parse/parse_features.hpp"
#include "parse/slot_scorer.hpp"
#include "parse/syntax.hpp"
#include "parse/transition_system.hpp"

namespace {

using lede::test::read_text;
namespace parse = lede::parse;

// The committed model with a tagger and a parser (LEDE_PARSE_TEST_MODEL overrides the path, to check a
// freshly trained one), under model_fixtures.hpp's rule: nullptr (skip) when the file is absent, a failure
// when it does not load or lacks either.
const lede::Analyzer* parse_model() {
  return lede::test::committed_model(lede::test::kNeedsPos | lede::test::kNeedsParse, "LEDE_PARSE_TEST_MODEL");
}

std::optional<double> provenance_figure(const std::string& provenance, const std::string& name) {
  const std::size_t at = provenance.find(name + ": ");
  if (at == std::string::npos) return std::nullopt;
  return std::stod(provenance.substr(at + name.size() + 2));
}

// The index of the first token spelled `word` (fails the test when there is none).
std::uint32_t token(const lede::Document& document, std::string_view word) {
  for (std::uint32_t t = 0; t < document.tokens.size(); ++t) {
    if (document.token_text(t) == word) return t;
  }
  FAIL("no token " << word);
  return 0;
}

std::vector<std::string> words(const lede::Document& document, const std::vector<std::uint32_t>& tokens) {
  std::vector<std::string> out;
  for (const std::uint32_t t : tokens) out.emplace_back(document.token_text(t));
  return out;
}

// "word<-head:label ..." of a parsed document, for the failure messages.
std::string tree(const lede::Document& document) {
  std::string out;
  for (std::size_t t = 0; t < document.tokens.size(); ++t) {
    out += std::string(document.token_text(t)) + "<-" +
           (document.heads[t] < 0 ? std::string("ROOT")
                                  : std::string(document.token_text(static_cast<std::size_t>(document.heads[t])))) +
           ":" + std::string(lede::dep_label_name(document.deprels[t])) + " ";
  }
  return out;
}

// One root per sentence, every head inside its sentence, no cycles, a known label on every token.
void check_tree_invariants(const lede::Document& document) {
  REQUIRE(document.has_parse());
  for (const lede::Sentence& sentence : document.sentences) {
    int roots = 0;
    for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const std::int32_t head = document.heads[t];
      CHECK(!lede::dep_label_name(document.deprels[t]).empty());
      if (head < 0) {
        ++roots;
        CHECK(document.deprels[t] == lede::kRoot);
        continue;
      }
      CHECK(static_cast<std::uint32_t>(head) >= sentence.token_begin);
      CHECK(static_cast<std::uint32_t>(head) < sentence.token_end);
      CHECK(static_cast<std::uint32_t>(head) != t);
      // Following heads reaches the root within the sentence's length: no cycle.
      std::int32_t at = static_cast<std::int32_t>(t);
      std::size_t steps = 0;
      while (at >= 0 && steps <= sentence.token_end - sentence.token_begin) {
        at = document.heads[static_cast<std::size_t>(at)];
        ++steps;
      }
      CHECK(at < 0);
    }
    CHECK(roots == 1);
  }
}

// A gold tree: "The/0 minister/1 visited/2 the/3 soldiers/4 ./5".
const std::vector<std::int32_t> kSimpleHeads = {1, 2, -1, 4, 2, 2};
const std::vector<std::uint8_t> kSimpleLabels = {lede::kDet, lede::kNsubj, lede::kRoot,
                                                 lede::kDet, lede::kObj,   lede::kPunct};

// The labels a parser of kSimpleLabels needs (root first).
const std::vector<std::uint8_t> kSimpleLabelList = {lede::kRoot, lede::kNsubj, lede::kObj, lede::kDet, lede::kPunct};

}  // namespace

TEST_CASE("dependency labels have names and ids both ways", "[parse]") {
  for (std::uint8_t label = 0; label < lede::kDepLabelCount; ++label) {
    const std::string_view name = lede::dep_label_name(label);
    REQUIRE(!name.empty());
    CHECK(lede::dep_label_from_name(name) == label);
  }
  CHECK(lede::dep_label_from_name("nsubj:pass") == lede::kNsubjPass);
  CHECK(lede::dep_label_from_name("obl:whatever") == lede::kObl);  // an unknown subtype: its base
  CHECK(!lede::dep_label_from_name("nonsense").has_value());
  CHECK(lede::dep_label_name(lede::kNoLabel).empty());
  CHECK(lede::base_label(lede::kOblTmod) == lede::kObl);
  CHECK(lede::base_label(lede::kNsubj) == lede::kNsubj);
}

TEST_CASE("following the zero-cost moves of the dynamic oracle rebuilds any projective tree", "[parse]") {
  // Random projective trees: each word attaches to a word of the tree built so far so that no arc
  // crosses (built by recursive splitting), with a label per word.
  std::mt19937_64 random(11);
  lede::learn::ArcHybridOracle oracle;
  parse::ParseState state;
  std::vector<int> costs;
  for (int trial = 0; trial < 200; ++trial) {
    const std::size_t n = 1 + static_cast<std::size_t>(random() % 25);
    std::vector<std::int32_t> heads(n, -1);
    // A projective tree: split [begin, end) around a head; both sides hang from it recursively.
    const auto build = [&](auto&& self, std::int32_t begin, std::int32_t end, std::int32_t parent) -> void {
      if (begin >= end) return;
      const std::int32_t head = begin + static_cast<std::int32_t>(random() % static_cast<std::uint64_t>(end - begin));
      heads[static_cast<std::size_t>(head)] = parent;
      self(self, begin, head, head);
      self(self, head + 1, end, head);
    };
    build(build, 0, static_cast<std::int32_t>(n), -1);
    std::vector<std::uint8_t> labels(n);
    for (std::size_t i = 0; i < n; ++i)
      labels[i] = heads[i] < 0 ? std::uint8_t{lede::kRoot} : kSimpleLabelList[1 + random() % 4];
    oracle.reset(heads, labels);
    state.reset(n);
    std::size_t moves = 0;
    while (!state.terminal()) {
      oracle.costs(state, kSimpleLabelList, costs);
      std::vector<std::size_t> zero;
      for (std::size_t c = 0; c < costs.size(); ++c) {
        if (costs[c] == 0) zero.push_back(c);
      }
      REQUIRE(!zero.empty());  // from a state reached by zero-cost moves, the gold tree stays reachable
      const std::size_t chosen = zero[random() % zero.size()];
      REQUIRE(parse::is_legal(state, chosen));
      state.apply(parse::class_move(chosen),
                  chosen == parse::kShiftClass ? lede::kNoLabel : kSimpleLabelList[parse::class_label_index(chosen)]);
      ++moves;
    }
    CHECK(moves == 2 * n);
    for (std::size_t i = 0; i < n; ++i) {
      CHECK(state.head(i) == (heads[i] < 0 ? static_cast<std::int32_t>(n) : heads[i]));
      CHECK(state.label(i) == labels[i]);
    }
  }
}

TEST_CASE("the oracle charges the arcs a wrong move loses", "[parse]") {
  lede::learn::ArcHybridOracle oracle;
  oracle.reset(kSimpleHeads, kSimpleLabels);
  parse::ParseState state;
  state.reset(kSimpleHeads.size());
  std::vector<int> costs;
  state.shift();  // stack: ROOT The; buffer: minister ...
  oracle.costs(state, kSimpleLabelList, costs);
  CHECK(costs[parse::left_class(3)] == 0);  // LEFT(det): The <- minister, right
  CHECK(costs[parse::left_class(1)] == 1);  // LEFT(nsubj): right head, wrong label
  CHECK(costs[parse::kShiftClass] == 1);    // SHIFT buries "The" under its head
}

TEST_CASE("random legal moves always end in one tree", "[parse]") {
  std::mt19937_64 random(5);
  parse::ParseState state;
  for (int trial = 0; trial < 200; ++trial) {
    const std::size_t n = static_cast<std::size_t>(random() % 30);
    state.reset(n);
    const std::size_t classes = parse::class_count_for(kSimpleLabelList.size());
    while (!state.terminal()) {
      std::vector<std::size_t> legal;
      for (std::size_t c = 0; c < classes; ++c) {
        if (parse::is_legal(state, c)) legal.push_back(c);
      }
      REQUIRE(!legal.empty());
      const std::size_t chosen = legal[random() % legal.size()];
      state.apply(parse::class_move(chosen),
                  chosen == parse::kShiftClass ? lede::kNoLabel : kSimpleLabelList[parse::class_label_index(chosen)]);
    }
    int roots = 0;
    for (std::size_t i = 0; i < n; ++i) {
      REQUIRE(state.head(i) >= 0);
      if (state.head(i) == state.root()) {
        ++roots;
        CHECK(state.label(i) == lede::kRoot);
      } else {
        CHECK(state.label(i) != lede::kRoot);
      }
    }
    CHECK(roots == (n == 0 ? 0 : 1));
  }
}

// The runtime scores states from per-word sums of the slot features plus the joint features; a template
// left out of either part, or a sum kept past the word it belongs to, changes some state's scores.
template <typename Score>
void check_slot_scores_match_all_features(const parse::DependencyParser& parser) {
  const lede::perceptron::WeightTable& weights = parser.weights();
  const std::size_t classes = weights.class_count();
  const auto add_all = [&weights](const std::uint64_t* keys, std::size_t count, std::int32_t* scores) {
    for (std::size_t k = 0; k < count; ++k) weights.add_row(keys[k], scores);
  };
  const std::vector<std::string> forms = {"The", "minister", "said", "on",     "Tuesday", "that",      "the",   "talks",
                                          "in",  "Paris",    "had",  "failed", ",",       "officials", "added", "."};
  std::mt19937_64 random(11);
  parse::SlotScorer<Score> scorer(weights);
  std::vector<Score> slot_scores(weights.score_width());
  std::vector<std::int32_t> all_scores(weights.score_width());
  parse::ParseState state;
  std::size_t states = 0;
  for (int trial = 0; trial < 40; ++trial) {
    std::vector<parse::ParseWord> words;
    const std::size_t n = 1 + static_cast<std::size_t>(random() % forms.size());
    for (std::size_t i = 0; i < n; ++i) {
      const std::string& form = forms[(i + static_cast<std::size_t>(trial)) % forms.size()];
      const auto tag = static_cast<std::uint8_t>(random() % 45);
      words.push_back(parse::describe_parse_word(form, form, tag, static_cast<std::uint8_t>(tag % 17), 0));
    }
    scorer.start(words);
    const auto score_all = parse::scores_of_all_features<std::int32_t>(words, classes, add_all);
    state.reset(n);
    while (!state.terminal()) {
      scorer(state, slot_scores.data());
      score_all(state, all_scores.data());
      for (std::size_t c = 0; c < classes; ++c) REQUIRE(slot_scores[c] == all_scores[c]);
      ++states;
      std::vector<std::size_t> legal;
      for (std::size_t c = 0; c < classes; ++c) {
        if (parse::is_legal(state, c)) legal.push_back(c);
      }
      const std::size_t chosen = legal[random() % legal.size()];
      state.apply(parse::class_move(chosen),
                  chosen == parse::kShiftClass ? lede::kNoLabel : parser.labels()[parse::class_label_index(chosen)]);
    }
  }
  CHECK(states > 300);
}

TEST_CASE("scores from per-word slot sums equal the scores of all the features", "[parse]") {
  const std::string* bytes = lede::test::model_file("LEDE_PARSE_TEST_MODEL");
  if (bytes == nullptr) return;  // no model file: skipped (model_fixtures.hpp warned)
  const lede::AlignedBytes aligned(std::as_bytes(std::span(bytes->data(), bytes->size())));
  std::string error;
  const auto model = lede::Model::load(aligned.span(), error);
  INFO(error);
  REQUIRE(model);
  const auto parser = parse::DependencyParser::load(*model, error);
  REQUIRE(parser);
  check_slot_scores_match_all_features<std::int32_t>(*parser);
  REQUIRE(parser->weights().fits_narrow_scores(parse::kMaxParseFeatures));
  check_slot_scores_match_all_features<std::int16_t>(*parser);
}

TEST_CASE("projectivizing lifts crossing arcs and leaves projective trees alone", "[parse]") {
  std::vector<std::int32_t> projective = kSimpleHeads;
  CHECK(lede::learn::projectivize(projective) == 0);
  CHECK(projective == kSimpleHeads);
  // "A hearing is scheduled on the issue today": "on the issue" hangs from "hearing" across "is
  // scheduled" (0 A, 1 hearing, 2 is, 3 scheduled, 4 on, 5 the, 6 issue, 7 today).
  std::vector<std::int32_t> heads = {1, 3, 3, -1, 6, 6, 1, 3};
  CHECK(lede::learn::projectivize(heads) == 1);
  CHECK(heads == std::vector<std::int32_t>{1, 3, 3, -1, 6, 6, 3, 3});  // lifted to the head's head
}

TEST_CASE("gold trees are read from CoNLL-U, multiword tokens and all", "[parse]") {
  const std::string conllu =
      "# text = I can't go.\n"
      "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
      "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n"
      "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
      "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
      "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
  const std::vector<lede::Document> documents = lede::corpus::read_conllu(conllu);
  REQUIRE(documents.size() == 1);
  const auto sentences = lede::learn::treebank_sentences(documents[0], false);
  REQUIRE(sentences.size() == 1);
  const auto& s = sentences[0];
  REQUIRE(s.forms.size() == 5);  // "can't" split into its words: they spell it
  CHECK(s.heads == std::vector<std::int32_t>{3, 3, 3, -1, 3});
  CHECK(s.labels == std::vector<std::uint8_t>{lede::kNsubj, lede::kAux, lede::kAdvmod, lede::kRoot, lede::kPunct});
  CHECK(s.complete());
}

TEST_CASE("syntax helpers answer from the heads and labels", "[parse]") {
  // "Russia , China and Iran have endorsed Pakistan 's stance , officials said ." parsed by hand.
  lede::Document document("Russia, China and Iran have endorsed Pakistan's stance, officials said.");
  lede::Analyzer().run_stage(lede::Stage::Tokenize, document, {});
  lede::Analyzer().run_stage(lede::Stage::Split, document, {});
  REQUIRE(document.tokens.size() == 14);
  using namespace parse;
  // tokens: 0 Russia 1 , 2 China 3 and 4 Iran 5 have 6 endorsed 7 Pakistan 8 's 9 stance 10 , 11 officials 12 said 13 .
  document.heads = {6, 2, 0, 4, 0, 6, 12, 9, 7, 6, 12, 12, -1, 12};
  document.deprels = {lede::kNsubj, lede::kPunct, lede::kConj,     lede::kCc,   lede::kConj,
                      lede::kAux,   lede::kCcomp, lede::kNmodPoss, lede::kCase, lede::kObj,
                      lede::kPunct, lede::kNsubj, lede::kRoot,     lede::kPunct};
  REQUIRE(document.has_parse());
  const DependencyIndex index(document);
  std::vector<std::uint32_t> out;
  subjects(index, 6, out);
  CHECK(words(document, out) == std::vector<std::string>{"Russia"});
  out.clear();
  conjuncts(index, 4, out);  // from any member, all of them
  CHECK(words(document, out) == std::vector<std::string>{"Russia", "China", "Iran"});
  out.clear();
  objects(index, 6, out);
  CHECK(words(document, out) == std::vector<std::string>{"stance"});
  CHECK(possessor(index, 9) == 7U);
  CHECK(case_marker(index, 7) == 8U);
  CHECK(!is_passive(index, 6));
  out.clear();
  subjects(index, 12, out);
  CHECK(words(document, out) == std::vector<std::string>{"officials"});
}

TEST_CASE("the parser finds who did what to whom in sentences written for the test", "[parse]") {
  const lede::Analyzer* analyzer = parse_model();
  if (analyzer == nullptr) return;  // no model file: skipped (model_fixtures.hpp warned)
  std::vector<std::uint32_t> out;
  SECTION("active voice") {
    const lede::Document document = analyzer->analyze("The minister visited the soldiers in Moscow.");
    INFO(tree(document));
    const parse::DependencyIndex index(document);
    const std::uint32_t visited = token(document, "visited");
    CHECK(document.heads[visited] == -1);
    parse::subjects(index, visited, out);
    CHECK(words(document, out) == std::vector<std::string>{"minister"});
    out.clear();
    parse::objects(index, visited, out);
    CHECK(words(document, out) == std::vector<std::string>{"soldiers"});
    out.clear();
    parse::obliques(index, visited, out);
    CHECK(words(document, out) == std::vector<std::string>{"Moscow"});
    CHECK(parse::case_marker(index, token(document, "Moscow")) == token(document, "in"));
    CHECK(!parse::is_passive(index, visited));
  }
  SECTION("passive voice with an agent") {
    const lede::Document document = analyzer->analyze("The agreement was signed by the two ministers on Tuesday.");
    INFO(tree(document));
    const parse::DependencyIndex index(document);
    const std::uint32_t signed_ = token(document, "signed");
    CHECK(parse::is_passive(index, signed_));
    parse::subjects(index, signed_, out);
    CHECK(words(document, out) == std::vector<std::string>{"agreement"});
    CHECK(document.deprels[token(document, "agreement")] == lede::kNsubjPass);
    CHECK(parse::agent(index, signed_) == token(document, "ministers"));
  }
  SECTION("coordination and a possessive") {
    const lede::Document document = analyzer->analyze("Russia, China and Iran have endorsed Pakistan's stance.");
    INFO(tree(document));
    const parse::DependencyIndex index(document);
    const std::uint32_t endorsed = token(document, "endorsed");
    parse::subjects(index, endorsed, out);
    CHECK(words(document, out) == std::vector<std::string>{"Russia"});
    out.clear();
    parse::conjuncts(index, token(document, "Iran"), out);
    CHECK(words(document, out) == std::vector<std::string>{"Russia", "China", "Iran"});
    out.clear();
    parse::objects(index, endorsed, out);
    CHECK(words(document, out) == std::vector<std::string>{"stance"});
    CHECK(parse::possessor(index, token(document, "stance")) == token(document, "Pakistan"));
  }
  SECTION("apposition: X, the Y of Z, said") {
    const lede::Document document =
        analyzer->analyze("Oleg Salyukov, the commander of the Russian Ground Forces, said the visit was useful.");
    INFO(tree(document));
    const parse::DependencyIndex index(document);
    const std::uint32_t said = token(document, "said");
    CHECK(document.heads[said] == -1);
    parse::subjects(index, said, out);
    REQUIRE(out.size() == 1);
    CHECK(document.token_text(out[0]) == "Oleg");  // a name is headed by its first word (flat)
    const std::uint32_t name = out[0];
    out.clear();
    parse::appositions(index, name, out);
    CHECK(words(document, out) == std::vector<std::string>{"commander"});
    out.clear();
    parse::appositions(index, token(document, "commander"), out);
    CHECK(words(document, out) == std::vector<std::string>{"Oleg"});
    CHECK(document.heads[token(document, "Forces")] == static_cast<std::int32_t>(token(document, "commander")));
  }
  SECTION("relative clause") {
    const lede::Document document = analyzer->analyze("The general who met the minister left the city.");
    INFO(tree(document));
    const parse::DependencyIndex index(document);
    const std::uint32_t met = token(document, "met");
    const std::uint32_t left = token(document, "left");
    CHECK(document.heads[met] == static_cast<std::int32_t>(token(document, "general")));
    CHECK(document.deprels[met] == lede::kAclRelcl);
    parse::subjects(index, left, out);
    CHECK(words(document, out) == std::vector<std::string>{"general"});
    out.clear();
    parse::objects(index, left, out);
    CHECK(words(document, out) == std::vector<std::string>{"city"});
  }
  SECTION("coordinated predicates share their subject") {
    const lede::Document document = analyzer->analyze("The general arrived in Moscow and met the minister.");
    INFO(tree(document));
    const parse::DependencyIndex index(document);
    const std::uint32_t met = token(document, "met");
    CHECK(document.deprels[met] == lede::kConj);
    parse::subjects(index, met, out);
    CHECK(out.empty());
    parse::subjects_shared(index, met, out);
    CHECK(words(document, out) == std::vector<std::string>{"general"});
  }
}

TEST_CASE("every sentence of any input gets one well-formed tree", "[parse]") {
  const lede::Analyzer* analyzer = parse_model();
  if (analyzer == nullptr) return;  // no model file: skipped (model_fixtures.hpp warned)
  for (const std::string_view text :
       {std::string_view(""), std::string_view("!!!"), std::string_view("http://example.com 12,500 $ € ;;; ..."),
        std::string_view("a\nb\n\nc"), std::string_view("\xff\xfe broken \xc3 bytes. And (((( nested ]] brackets"),
        std::string_view("| Name | Age |\n|---|---|\n| Bob | 42 |\n"), std::string_view("The the the the the.")}) {
    const lede::Document document = analyzer->analyze(text);
    INFO(text);
    if (document.tokens.empty()) {
      CHECK(document.heads.empty());
      continue;
    }
    check_tree_invariants(document);
  }
  // Random junk, many sentences.
  std::mt19937_64 random(3);
  const std::string_view pieces[] = {"Bajwa", "met", "the", ",",  ".", "and", "in",  "Moscow",
                                     "(",     ")",   "\"",  "42", "-", "of",  "said"};
  for (int trial = 0; trial < 20; ++trial) {
    std::string text;
    for (int w = 0; w < 300; ++w) text += std::string(pieces[random() % std::size(pieces)]) + ' ';
    check_tree_invariants(analyzer->analyze(text));
  }
}

TEST_CASE("the entities pipeline does not parse", "[parse]") {
  const lede::Analyzer* analyzer = parse_model();
  if (analyzer == nullptr) return;  // no model file: skipped (model_fixtures.hpp warned)
  lede::AnalyzeOptions options;
  options.pipeline = lede::Pipeline::Entities;
  CHECK(!analyzer->analyze("The minister visited Moscow.", options).has_parse());
  CHECK(analyzer->analyze("The minister visited Moscow.").has_parse());
}

TEST_CASE("a 10,000-token sentence is parsed in windows into one tree", "[parse]") {
  const lede::Analyzer* analyzer = parse_model();
  if (analyzer == nullptr) return;  // no model file: skipped (model_fixtures.hpp warned)
  std::string text;
  for (int i = 0; i < 2500; ++i) text += "officials met ministers , ";  // 4 tokens each
  lede::Document document(text);
  analyzer->run_stage(lede::Stage::Tokenize, document, {});
  REQUIRE(document.tokens.size() == 10000);
  document.sentences = {lede::Sentence{0, static_cast<std::uint32_t>(document.tokens.size())}};  // one sentence
  analyzer->analyze_tokenized(document);
  check_tree_invariants(document);
  // Windows: no arc is longer than a window, and later windows hang from the first one's root.
  std::int32_t root = -1;
  for (std::size_t t = 0; t < document.tokens.size(); ++t) {
    if (document.heads[t] < 0) root = static_cast<std::int32_t>(t);
  }
  REQUIRE(root >= 0);
  CHECK(static_cast<std::size_t>(root) < parse::kMaxWindow);
  std::size_t window_roots = 0;
  for (std::size_t t = 0; t < document.tokens.size(); ++t) {
    if (document.heads[t] < 0) continue;
    const std::size_t length = static_cast<std::size_t>(std::abs(document.heads[t] - static_cast<std::int32_t>(t)));
    if (document.heads[t] == root && document.deprels[t] == lede::kDep && length >= parse::kMaxWindow) {
      ++window_roots;
      continue;
    }
    CHECK(length < parse::kMaxWindow);
  }
  CHECK(window_roots >= 10000 / parse::kMaxWindow - 1);
}

TEST_CASE("the committed parser scores on the EWT dev sample what PROVENANCE states", "[parse]") {
  const lede::Analyzer* analyzer = parse_model();
  const std::optional<std::string> provenance = read_text(LEDE_TEST_PROVENANCE);
  const std::optional<std::string> dev = read_text(LEDE_TEST_DATA_DIR "/ud-ewt/en_ewt-ud-dev.conllu");
  if (!analyzer || !provenance || !dev) {
    WARN("skipped: needs the committed model with a parser, core/models/PROVENANCE.md and ../shared/data/ud-ewt");
    return;
  }
  // The first 300 sentences, with predicted tags.
  std::size_t end = 0;
  for (int sentences = 0; sentences < 300 && end != std::string::npos; ++sentences) {
    end = dev->find("\n\n", end);
    if (end != std::string::npos) end += 2;
  }
  std::size_t words_scored = 0, heads_right = 0, both_right = 0;
  for (lede::Document& document : lede::corpus::read_conllu(std::string_view(*dev).substr(0, end))) {
    analyzer->run_stage(lede::Stage::Pos, document, {});
    analyzer->run_stage(lede::Stage::Parse, document, {});
    const auto gold = lede::learn::treebank_sentences(document, false);
    for (std::size_t s = 0; s < gold.size(); ++s) {
      const std::uint32_t begin = document.sentences[s].token_begin;
      for (std::size_t i = 0; i < gold[s].heads.size(); ++i) {
        if (gold[s].heads[i] == lede::learn::kUnknownHead) continue;
        const std::size_t t = begin + i;
        const std::int32_t head = document.heads[t] < 0 ? -1 : document.heads[t] - static_cast<std::int32_t>(begin);
        ++words_scored;
        if (head == gold[s].heads[i]) {
          ++heads_right;
          both_right += document.deprels[t] == gold[s].labels[i] ? 1 : 0;
        }
      }
    }
  }
  const auto stated_uas = provenance_figure(*provenance, "parse-dev-sample-uas");
  const auto stated_las = provenance_figure(*provenance, "parse-dev-sample-las");
  REQUIRE(stated_uas);
  REQUIRE(stated_las);
  REQUIRE(words_scored > 3000);
  CHECK(std::fabs(100.0 * static_cast<double>(heads_right) / static_cast<double>(words_scored) - *stated_uas) <= 0.05);
  CHECK(std::fabs(100.0 * static_cast<double>(both_right) / static_cast<double>(words_scored) - *stated_las) <= 0.05);
}
