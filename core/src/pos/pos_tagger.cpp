#include "pos/pos_tagger.hpp"

#include <optional>
#include <string_view>
#include <vector>

#include "document/pos_tags.hpp"
#include "model/section_layouts.hpp"
#include "perceptron/feature_hash.hpp"
#include "perceptron/section_reader.hpp"
#include "perceptron/spelling_memo.hpp"
#include "perceptron/word_score_cache.hpp"
#include "pos/greedy_decoder.hpp"

namespace lede::pos {
namespace {

// Where a lemma already written for the document lies in its lemma_text.
struct LemmaSpan {
  std::size_t begin = 0;
  std::size_t length = 0;
};

}  // namespace

bool PosTagger::available(const Model& model) {
  return model.section(kPosSectionName) != nullptr && model.section(kLemmaSectionName) != nullptr;
}

std::optional<PosTagger> PosTagger::load(const Model& model, std::string& error) {
  const ModelSection* tags = model.section(kPosSectionName);
  const ModelSection* lemmas = model.section(kLemmaSectionName);
  if (tags == nullptr || lemmas == nullptr) {
    error = "the model has no POS sections";
    return std::nullopt;
  }
  if (tags->template_version != kPosTemplateVersion || lemmas->template_version != kLemmaTemplateVersion) {
    error = "the model's POS sections were trained with other feature templates (retrain with this build)";
    return std::nullopt;
  }
  PosTagger tagger;
  tagger.seed_ = tags->hash_seed;
  perceptron::SectionReader reader(tags->bytes);
  const auto header = reader.read_value<PosSectionHeader>();
  tagger.class_xpos_ = reader.read_array<std::uint8_t>(header.class_count);
  tagger.class_upos_ = reader.read_array<std::uint8_t>(header.class_count);
  const auto fingerprints = reader.read_array<std::uint32_t>(header.dictionary_slots);
  const auto payloads = reader.read_array<std::uint32_t>(header.dictionary_slots);
  auto dictionary = perceptron::FingerprintTable::from_arrays(fingerprints, payloads);
  bool consistent = reader.ok() && header.class_count > 0 && header.class_count < kNoClass && dictionary &&
                    tagger.weights_.read(reader) && tagger.weights_.class_count() == header.class_count;
  for (std::uint32_t c = 0; consistent && c < header.class_count; ++c) {
    consistent = tagger.class_xpos_[c] < kXposCount && tagger.class_upos_[c] < kUposCount;
  }
  consistent =
      consistent && dictionary->all_payloads([&](std::uint32_t entry) { return (entry & 0xFF) < header.class_count; });
  if (!consistent) {
    error = "the model's \"pos\" section is inconsistent";
    return std::nullopt;
  }
  tagger.dictionary_ = *dictionary;
  tagger.direct_rows_ = std::make_shared<const PosDirectRows>(tagger.weights_, header.class_count);
  if (!tagger.lemmatizer_.read(lemmas->bytes, lemmas->hash_seed)) {
    error = "the model's \"pos.lemmas\" section is inconsistent";
    return std::nullopt;
  }
  return tagger;
}

void PosTagger::describe_sentence(const Document& document, const Sentence& sentence, std::span<WordFacts> facts,
                                  perceptron::SpellingMemo<WordFacts>& memo) const {
  for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    const std::string_view form = document.token_text(t);
    // The key is the hash describe_word gives `form` (WordFacts::form).
    facts[t - sentence.token_begin] = memo.get(perceptron::hash_bytes(form, seed_ + 32), [&] {
      WordFacts word = describe_word(form, seed_);
      look_up_dictionary(word, [this](std::uint64_t key) { return dictionary_.find(key); });
      return word;
    });
  }
}

template <typename Score>
void PosTagger::tag_sentences(Document& document, std::size_t first, std::size_t end) const {
  std::vector<WordFacts> facts;  // one buffer per document, reused by every sentence
  std::vector<std::uint8_t> classes;
  std::vector<Score> scores(weights_.score_width());  // add_row fills whole vectors
  const auto add_scores = [this](const std::uint64_t* keys, std::size_t count, Score* totals) {
    weights_.add_rows(keys, count, totals);
  };
  const std::size_t token_count = document.sentences[end - 1].token_end - document.sentences[first].token_begin;
  perceptron::SpellingMemo<WordFacts> spellings(token_count);
  perceptron::WordScoreCache<Score> word_cache(weights_.score_width(), token_count);
  const auto add_word_scores = [&](const WordFacts& word, Score* totals) {
    word_cache.add(
        word.form,
        [&](Score* sums) {
          std::uint64_t keys[kMaxPosWordFeatures];
          add_scores(keys, extract_pos_word_features(word, keys), sums);
        },
        totals);
  };
  const auto add_context_scores = [&](std::span<const WordFacts> sentence, std::size_t i, std::uint8_t previous,
                                      std::uint8_t before_previous, Score* totals) {
    std::uint64_t keys[kPosHashedContextFeatures];
    std::uint32_t rows[kPosDirectContextFeatures];
    add_scores(keys, direct_rows_->extract(sentence, i, previous, before_previous, keys, rows), totals);
    for (const std::uint32_t row : rows) weights_.add_row_at(row, totals);
  };
  for (std::size_t s = first; s < end; ++s) {
    const Sentence& sentence = document.sentences[s];
    const std::size_t length = sentence.token_end - sentence.token_begin;
    facts.resize(length);
    classes.resize(length);
    describe_sentence(document, sentence, facts, spellings);
    decode_greedy(std::span<const WordFacts>(facts), class_count(), add_word_scores, add_context_scores, scores.data(),
                  classes.data());
    for (std::size_t i = 0; i < length; ++i) {
      const std::size_t t = sentence.token_begin + i;
      document.xpos[t] = class_xpos_[classes[i]];
      document.upos[t] = class_upos_[classes[i]];
    }
  }
}

void PosTagger::tag(Document& document) const {
  start(document);
  tag(document, 0, document.sentences.size());
}

void PosTagger::start(Document& document) const {
  const std::size_t token_count = document.tokens.size();
  document.upos.assign(token_count, kNoTag);
  document.xpos.assign(token_count, kNoTag);
  document.lemma_text.clear();
  document.lemma_text.reserve(document.text().size());
  document.lemma_ends.assign(token_count, 0);
}

void PosTagger::tag(Document& document, std::size_t first, std::size_t end) const {
  const std::vector<Sentence>& sentences = document.sentences;
  if (first < end) {
    // 16-bit scores when they cannot overflow (the shipped 8-bit model): twice the classes per vector add.
    if (weights_.fits_narrow_scores(kMaxPosFeatures)) {
      tag_sentences<std::int16_t>(document, first, end);
    } else {
      tag_sentences<std::int32_t>(document, first, end);
    }
  }
  // Sentences cover the tokens in order; a gap before a sentence goes with it, a gap at the end with
  // the last slice.
  const std::size_t token_begin = first == 0 ? 0 : sentences[first].token_begin;
  const std::size_t token_end = end >= sentences.size() ? document.tokens.size() : sentences[end].token_begin;
  lemmatize(document, token_begin, token_end);
}

// Lemmas in token order, each appended to one shared string. A spelling seen before with the same tags
// (XPOS and UPOS: a proper noun keeps its case) reuses the lemma already appended (articles repeat words).
void PosTagger::lemmatize(Document& document, std::size_t token_begin, std::size_t token_end) const {
  perceptron::SpellingMemo<LemmaSpan> lemmas(token_end - token_begin);
  for (std::size_t t = token_begin; t < token_end; ++t) {
    const std::string_view form = document.token_text(t);
    const std::size_t begin = document.lemma_text.size();
    if (document.xpos[t] == kNoTag) {
      document.lemma_text += form;
    } else {
      const std::uint64_t tags = std::uint64_t{document.xpos[t]} << 8 | document.upos[t];
      const LemmaSpan lemma = lemmas.get(perceptron::hash_bytes(form, seed_ ^ tags << 40), [&] {
        lemmatizer_.append_lemma(form, document.xpos[t], document.upos[t], document.lemma_text);
        return LemmaSpan{begin, document.lemma_text.size() - begin};
      });
      if (lemma.begin != begin) document.lemma_text.append(document.lemma_text, lemma.begin, lemma.length);
    }
    document.lemma_ends[t] = static_cast<std::uint32_t>(document.lemma_text.size());
  }
}

}  // namespace lede::pos
