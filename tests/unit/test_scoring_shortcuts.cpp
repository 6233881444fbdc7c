// The shortcuts the taggers take for speed must not change a single result: affix hashes computed inline
// equal the plain definitions, the per-document score and lemma caches give the same sums and lemmas as
// scoring every word afresh, and the NER Viterbi over legal predecessors finds the best legal sequence.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/conll_readers.hpp"
#include "learn/fingerprint_table_builder.hpp"
#include "model/section_layouts.hpp"
#include "model_fixtures.hpp"
#include "ner/ner_decoder.hpp"
#include "ner/ner_features.hpp"
#include "ner/ner_tagger.hpp"
#include "parse/greedy_parser.hpp"
#include "perceptron/argmax.hpp"
#include "perceptron/feature_hash.hpp"
#include "perceptron/fingerprint_table.hpp"
#include "perceptron/word_score_cache.hpp"
#include "pos/pos_features.hpp"
#include "pos/pos_tagger.hpp"
#include "text/ascii_case.hpp"
#include "text/word_shape.hpp"

namespace {

using lede::perceptron::hash_bytes;

std::string lowercase(std::string_view form) {
  std::string lower(form.substr(0, 64));
  lede::text::ascii_lower_in_place(lower);
  return lower;
}

std::string shape_of(std::string_view form, int max_run) {
  char shape[16];
  return std::string(shape, lede::text::word_shape(form, max_run, shape, sizeof shape));
}

// A stage loaded by itself from the committed model (`Stage::load(model, error)`), with the bytes and
// the model it points into, under model_fixtures.hpp's rule: nullptr (skip) when the model file is absent,
// a failure when it does not load or the stage's section does not.
template <typename Stage>
struct LoadedStage {
  lede::AlignedBytes bytes;
  std::optional<lede::Model> model;
  std::optional<Stage> stage;
};
template <typename Stage>
std::unique_ptr<LoadedStage<Stage>> load_committed_stage() {
  const std::string* file = lede::test::model_file();
  if (file == nullptr) return nullptr;
  auto loaded = std::make_unique<LoadedStage<Stage>>();
  loaded->bytes = lede::AlignedBytes(std::as_bytes(std::span(file->data(), file->size())));
  std::string error;
  loaded->model = lede::Model::load(loaded->bytes.span(), error);
  INFO(error);
  REQUIRE(loaded->model);
  loaded->stage = Stage::load(*loaded->model, error);
  REQUIRE(loaded->stage);
  return loaded;
}

}  // namespace

TEST_CASE("NER token facts equal the hashes of their affixes and shapes", "[ner][speed]") {
  const std::uint64_t seed = 0x6c656465;
  const std::vector<std::string> words = {
      "a",
      "Al",
      "the",
      "Putin",
      "U.S.",
      "IBM",
      "1996-08-22",
      "--",
      "Müller",
      "co-operation",
      "x",
      "Aaaaaa-Bbbbbb-Cccccc-Dddddd-Eeeeee",
      std::string(70, 'Q') + "tail",
      "'s",
      "Xx1xX1xx1",
  };
  for (const std::string& word : words) {
    INFO(word);
    const lede::ner::TokenFacts facts = lede::ner::describe_token(word, seed);
    const std::string lower = lowercase(word);
    for (std::size_t k = 1; k <= 4; ++k) {
      const std::size_t length = std::min(k, lower.size());
      CHECK(facts.prefix[k - 1] == hash_bytes(std::string_view(lower).substr(0, length), seed + k));
      CHECK(facts.suffix[k - 1] == hash_bytes(std::string_view(lower).substr(lower.size() - length), seed + 8 + k));
    }
    CHECK(facts.form == hash_bytes(word, seed + 32));
    CHECK(facts.lower == hash_bytes(lower, seed));
    CHECK(facts.shape == hash_bytes(shape_of(word, 2), seed + 48));
    CHECK(facts.short_shape == hash_bytes(shape_of(word, 1), seed + 49));
  }
}

TEST_CASE("the word score cache adds what scoring afresh adds, also when spellings evict each other", "[speed]") {
  constexpr std::size_t kWidth = 7;
  // A spelling's "weights": a pure function of it, as a word's own features are.
  const auto weights_of = [](std::uint64_t spelling, std::int32_t* sums) {
    for (std::size_t c = 0; c < kWidth; ++c) sums[c] += static_cast<std::int32_t>((spelling * (c + 3)) % 1001) - 500;
  };
  lede::perceptron::WordScoreCache<std::int32_t> cache(kWidth, 1);  // 64 slots for 500 spellings: evictions
  std::mt19937_64 random(7);
  int fills = 0;
  for (int n = 0; n < 5000; ++n) {
    const std::uint64_t spelling = random() % 500 * 0x9e3779b97f4a7c15ULL;
    std::int32_t cached[kWidth] = {1, 2, 3, 4, 5, 6, 7};
    std::int32_t fresh[kWidth] = {1, 2, 3, 4, 5, 6, 7};
    cache.add(
        spelling,
        [&](std::int32_t* sums) {
          ++fills;
          weights_of(spelling, sums);
        },
        cached);
    weights_of(spelling, fresh);
    REQUIRE(std::equal(cached, cached + kWidth, fresh));
  }
  CHECK(fills < 5000);  // it did cache
  CHECK(fills > 500);   // and evicted
}

TEST_CASE("NER Viterbi over legal predecessors finds the best legal sequence", "[ner][speed]") {
  using namespace lede::ner;
  std::mt19937 random(11);
  std::uniform_int_distribution<std::int32_t> score(-1000, 1000);
  std::vector<std::int32_t> transitions(kTransitionRows * kNerClassCount);
  for (int trial = 0; trial < 30; ++trial) {
    for (std::int32_t& t : transitions) t = score(random);
    const std::size_t n = 1 + trial % 4;
    std::vector<TokenFacts> facts(n, describe_token("word", 1));
    std::vector<std::int32_t> emissions(n * kNerClassCount);
    for (std::int32_t& e : emissions) e = score(random);
    std::size_t token = 0;
    const auto emit = [&](const std::uint64_t*, std::size_t, const std::uint32_t*, std::size_t, std::int32_t* scores) {
      for (std::size_t c = 0; c < kNerClassCount; ++c) scores[c] += emissions[token * kNerClassCount + c];
      ++token;
    };
    std::vector<MemoryVerdict> memory(n, 0);
    DecodeScratch scratch;
    std::vector<std::uint8_t> classes(n);
    decode_sentence(std::span<const TokenFacts>(facts), SentenceRange{0, static_cast<std::uint32_t>(n)}, memory.data(),
                    transitions.data(), emit, scratch, classes.data());
    // Every sequence, by brute force: the decoded one must be legal and score the best legal score.
    const auto total = [&](const std::vector<std::uint8_t>& sequence) -> std::optional<std::int64_t> {
      std::int64_t sum = 0;
      std::uint8_t previous = kNoNerClass;
      for (std::size_t i = 0; i < n; ++i) {
        if (!is_legal_transition(previous, sequence[i], i + 1 == n)) return std::nullopt;
        sum += transitions[transition_row(previous) * kNerClassCount + sequence[i]] +
               emissions[i * kNerClassCount + sequence[i]];
        previous = sequence[i];
      }
      return sum;
    };
    std::int64_t best = INT64_MIN;
    std::vector<std::uint8_t> sequence(n, 0);
    for (;;) {
      if (const auto s = total(sequence)) best = std::max(best, *s);
      std::size_t i = 0;
      while (i < n && ++sequence[i] == kNerClassCount) sequence[i++] = 0;
      if (i == n) break;
    }
    const auto decoded = total(classes);
    REQUIRE(decoded.has_value());
    CHECK(*decoded == best);
  }
}

TEST_CASE("tags and lemmas of a document are those of its sentences tagged one by one", "[pos][speed]") {
  const lede::Analyzer* analyzer =
      lede::test::committed_model(lede::test::kNeedsPos | lede::test::kNeedsNer, "LEDE_NER_TEST_MODEL");
  if (analyzer == nullptr) return;  // no model file: skipped (model_fixtures.hpp warned)
  // Words repeated across sentences, with different tags ("saw", "that", "run"): the document's caches
  // are hit, the one-sentence documents start empty.
  const std::vector<std::string> sentences = {
      "She saw that the saw was broken.",
      "They run a run of shops that run late.",
      "That is the report that the minister said he had seen.",
      "The minister said the report was late.",
      "He said that he saw the minister's run.",
  };
  std::string text;
  for (const std::string& sentence : sentences) text += sentence + "\n\n";
  lede::AnalyzeOptions options;
  const lede::Document whole = analyzer->analyze(text, options);
  std::vector<std::string> whole_tags;
  for (std::size_t t = 0; t < whole.tokens.size(); ++t) {
    whole_tags.push_back(std::to_string(whole.xpos[t]) + "/" + std::to_string(whole.upos[t]) + "/" +
                         std::string(whole.lemma(t)));
  }
  std::vector<std::string> one_by_one;
  for (const std::string& sentence : sentences) {
    const lede::Document alone = analyzer->analyze(sentence, options);
    for (std::size_t t = 0; t < alone.tokens.size(); ++t) {
      one_by_one.push_back(std::to_string(alone.xpos[t]) + "/" + std::to_string(alone.upos[t]) + "/" +
                           std::string(alone.lemma(t)));
    }
  }
  CHECK(whole_tags == one_by_one);
}

TEST_CASE("on EWT train, tags and lemmas of a document are those of its sentences tagged one by one", "[pos][speed]") {
  const lede::Analyzer* analyzer =
      lede::test::committed_model(lede::test::kNeedsPos | lede::test::kNeedsNer, "LEDE_NER_TEST_MODEL");
  // Train, not dev: its documents are long enough for a spelling to come back with other tags ("General"
  // NNP as ADJ, then NNP as PROPN, whose lemma keeps the capital).
  const std::optional<std::string> dev = lede::test::read_text(LEDE_TEST_DATA_DIR "/ud-ewt/en_ewt-ud-train.conllu");
  if (!analyzer || !dev) {
    WARN("skipped: needs the committed model and ../shared/data/ud-ewt");
    return;
  }
  // The whole file as read (documents; the caches fill up and evict), then each sentence alone.
  std::vector<std::string_view> sentences;
  std::size_t begin = 0;
  while (begin < dev->size()) {
    std::size_t end = dev->find("\n\n", begin);
    end = end == std::string::npos ? dev->size() : end + 2;
    sentences.push_back(std::string_view(*dev).substr(begin, end - begin));
    begin = end;
  }
  const auto layers = [&](std::string_view conllu) {
    std::vector<std::string> out;
    for (lede::Document& document : lede::corpus::read_conllu(conllu)) {
      analyzer->run_stage(lede::Stage::Pos, document, {});
      for (std::size_t t = 0; t < document.tokens.size(); ++t) {
        out.push_back(std::to_string(document.xpos[t]) + "/" + std::to_string(document.upos[t]) + "/" +
                      std::string(document.lemma(t)));
      }
    }
    return out;
  };
  const std::vector<std::string> whole = layers(std::string_view(*dev).substr(0, begin));
  std::vector<std::string> one_by_one;
  for (const std::string_view sentence : sentences) {
    for (std::string& layer : layers(sentence)) one_by_one.push_back(std::move(layer));
  }
  REQUIRE(whole.size() > 100000);
  REQUIRE(whole.size() == one_by_one.size());
  const auto [in_whole, alone] = std::mismatch(whole.begin(), whole.end(), one_by_one.begin());
  if (in_whole != whole.end()) {
    FAIL("token " << (in_whole - whole.begin()) << ": " << *in_whole << " in the document, " << *alone << " alone");
  }
}

TEST_CASE("a batched lookup finds what lookups one by one find, in order", "[speed]") {
  std::mt19937_64 random(11);
  // Tables of 1 to 3,000 keys, filled to 50% and 95%: tiny ones end within four slots of a home slot
  // (where the batch walks without its branchless steps), full ones have long walks.
  for (const std::size_t key_count : {1, 2, 5, 40, 3000}) {
    for (const double fill : {0.5, 0.95}) {
      std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
      for (std::size_t k = 0; k < key_count; ++k) entries.emplace_back(random(), static_cast<std::uint32_t>(k));
      const auto arrays = lede::learn::build_fingerprint_table(entries, fill);
      const auto table = lede::perceptron::FingerprintTable::from_arrays(arrays.fingerprints, arrays.payloads);
      REQUIRE(table.has_value());
      // Batches across the internal batch size, half of their keys absent.
      for (const std::size_t batch : {1, 7, 128, 129, 300}) {
        std::vector<std::uint64_t> keys(batch);
        for (auto& key : keys) key = random() % 2 == 0 ? entries[random() % entries.size()].first : random();
        std::vector<std::uint32_t> expected;
        for (const std::uint64_t key : keys) {
          if (const auto payload = table->find(key)) expected.push_back(*payload);
        }
        std::vector<std::uint32_t> found(batch);
        found.resize(table->find_many(keys.data(), keys.size(), found.data()));
        REQUIRE(found == expected);
      }
    }
  }
}

TEST_CASE("first_argmax is the first of the highest scores", "[speed]") {
  std::mt19937 random(7);
  for (int trial = 0; trial < 2000; ++trial) {
    const std::size_t count = 1 + random() % 120;
    // Few distinct values, so that ties are common; all negative in some trials.
    const int low = trial % 3 == 0 ? -40 : -5;
    std::vector<std::int16_t> scores(count);
    for (auto& score : scores) score = static_cast<std::int16_t>(low + static_cast<int>(random() % 6));
    std::size_t expected = 0;
    for (std::size_t c = 1; c < count; ++c) {
      if (scores[c] > scores[expected]) expected = c;
    }
    REQUIRE(lede::perceptron::first_argmax(scores.data(), count) == expected);
  }
}

TEST_CASE("the parser's best legal class is the first highest-scoring legal class", "[parse][speed]") {
  std::mt19937 random(11);
  constexpr std::size_t kLabels = 20;
  const std::size_t class_count = lede::parse::class_count_for(kLabels);
  std::size_t states = 0;
  for (int sentence = 0; sentence < 200; ++sentence) {
    lede::parse::ParseState state;
    state.reset(1 + random() % 12);
    while (!state.terminal()) {
      std::vector<std::int16_t> scores(class_count);
      for (auto& score : scores) score = static_cast<std::int16_t>(static_cast<int>(random() % 7) - 3);
      std::size_t expected = class_count;
      for (std::size_t c = 0; c < class_count; ++c) {
        if (lede::parse::is_legal(state, c) && (expected == class_count || scores[c] > scores[expected])) expected = c;
      }
      REQUIRE(expected < class_count);
      const std::size_t best = lede::parse::best_legal_class(state, scores.data(), class_count);
      REQUIRE(best == expected);
      ++states;
      state.apply(lede::parse::class_move(best),
                  best == lede::parse::kShiftClass
                      ? lede::kNoLabel
                      : static_cast<std::uint8_t>(1 + lede::parse::class_label_index(best)));
    }
  }
  REQUIRE(states > 1000);
}

TEST_CASE("POS context features split into hashed and direct rows add what all hashed add", "[pos][speed]") {
  // The committed model's POS weights, read as the tagger reads them.
  const auto loaded = load_committed_stage<lede::pos::PosTagger>();
  const std::optional<std::string> treebank = lede::test::read_text(LEDE_TEST_DATA_DIR "/ud-ewt/en_ewt-ud-dev.conllu");
  if (!loaded || !treebank) {
    WARN("skipped: needs the committed model and ../shared/data/ud-ewt");
    return;
  }
  const lede::pos::PosTagger& tagger = *loaded->stage;
  const lede::perceptron::WeightTable& weights = tagger.weights();
  const std::size_t classes = tagger.class_count();
  const lede::pos::PosDirectRows direct(weights, classes);
  std::mt19937 random(5);
  // A class value as the features see one: a class, or kNoClass (no word before, a word not in the
  // dictionary).
  const auto any_class = [&] {
    const std::size_t draw = random() % (classes + 8);
    return draw < classes ? static_cast<std::uint8_t>(draw) : lede::pos::kNoClass;
  };
  const std::uint64_t seed = loaded->model->section(lede::pos::kPosSectionName)->hash_seed;
  const std::vector<lede::Document> documents = lede::corpus::read_conllu(*treebank);
  REQUIRE(documents.size() > 100);
  std::size_t words = 0;
  std::size_t nonzero = 0;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const lede::Document& document = documents[d];
    std::vector<lede::pos::WordFacts> facts;
    for (std::size_t t = 0; t < document.tokens.size() && t < 60; ++t) {
      lede::pos::WordFacts word = lede::pos::describe_word(document.token_text(t), seed);
      word.dictionary_class = any_class();
      facts.push_back(word);
    }
    for (std::size_t i = 0; i < facts.size(); ++i) {
      const std::uint8_t previous = any_class();
      const std::uint8_t before_previous = any_class();
      std::vector<std::int32_t> all(weights.score_width(), 0);
      std::vector<std::int32_t> split(weights.score_width(), 0);
      std::uint64_t keys[lede::pos::kMaxPosFeatures];
      const std::size_t n = lede::pos::extract_pos_context_features(facts, i, previous, before_previous, keys);
      REQUIRE(n == lede::pos::kPosHashedContextFeatures + lede::pos::kPosDirectContextFeatures);
      for (std::size_t k = 0; k < n; ++k) weights.add_row(keys[k], all.data());
      std::uint32_t rows[lede::pos::kPosDirectContextFeatures];
      const std::size_t hashed = direct.extract(facts, i, previous, before_previous, keys, rows);
      REQUIRE(hashed == lede::pos::kPosHashedContextFeatures);
      for (std::size_t k = 0; k < hashed; ++k) weights.add_row(keys[k], split.data());
      for (const std::uint32_t row : rows) weights.add_row_at(row, split.data());
      REQUIRE(all == split);
      ++words;
      nonzero += std::any_of(all.begin(), all.end(), [](std::int32_t v) { return v != 0; }) ? 1 : 0;
    }
  }
  CHECK(words > 5000);
  CHECK(nonzero == words);
}

TEST_CASE("NER features split into hashed and direct rows add what all hashed add", "[ner][speed]") {
  const auto loaded = load_committed_stage<lede::ner::NerTagger>();
  const std::optional<std::string> corpus = lede::test::read_text(LEDE_TEST_DATA_DIR "/conll2003/valid.txt");
  if (!loaded || !corpus) {
    WARN("skipped: needs the committed model and ../shared/data/conll2003");
    return;
  }
  const lede::ner::NerTagger& tagger = *loaded->stage;
  const lede::perceptron::WeightTable& weights = tagger.weights();
  const lede::ner::NerDirectRows direct(weights);
  std::mt19937 random(3);
  // Sentences of CoNLL-2003 dev with random list memberships, document case and memory verdicts, so
  // that every direct template meets many values.
  std::vector<std::vector<lede::ner::TokenFacts>> sentences(1);
  std::size_t start = 0;
  while (start < corpus->size() && sentences.size() < 2000) {
    std::size_t end = corpus->find('\n', start);
    if (end == std::string::npos) end = corpus->size();
    const std::string_view line = std::string_view(*corpus).substr(start, end - start);
    start = end + 1;
    if (line.empty() || line.starts_with("-DOCSTART-")) {
      if (!sentences.back().empty()) sentences.emplace_back();
      continue;
    }
    lede::ner::TokenFacts token = lede::ner::describe_token(line.substr(0, line.find(' ')), tagger.hash_seed());
    token.gazetteer = random() % 3 == 0 ? (std::uint64_t{random()} << 32 | random()) & 0xFFFFFFFFFULL : 0;
    token.document_case = static_cast<std::uint8_t>(random() % 4);
    sentences.back().push_back(token);
  }
  std::size_t tokens = 0;
  for (const auto& sentence : sentences) {
    const lede::ner::SentenceFacts context = lede::ner::describe_sentence(sentence);
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      const auto memory = static_cast<lede::ner::MemoryVerdict>(random() % 4 == 0 ? random() % 256 : 0);
      std::vector<std::int32_t> all(weights.score_width(), 0);
      std::vector<std::int32_t> split(weights.score_width(), 0);
      std::uint64_t keys[lede::ner::kMaxNerFeatures];
      const std::size_t n = lede::ner::extract_ner_features(sentence, context, i, memory, keys);
      for (std::size_t k = 0; k < n; ++k) weights.add_row(keys[k], all.data());
      std::uint32_t rows[lede::ner::kMaxNerFeatures];
      std::size_t row_count = 0;
      const std::size_t hashed = direct.extract(sentence, context, i, memory, keys, rows, row_count);
      REQUIRE(hashed + row_count == n);
      for (std::size_t k = 0; k < hashed; ++k) weights.add_row(keys[k], split.data());
      for (std::size_t r = 0; r < row_count; ++r) weights.add_row_at(rows[r], split.data());
      REQUIRE(all == split);
      ++tokens;
    }
  }
  CHECK(tokens > 20000);
}
