#include "ner/ner_tagger.hpp"

#include "ner/ner_decoder.hpp"
#include "ner/ner_section.hpp"
#include "perceptron/section_reader.hpp"

namespace lede::ner {

bool NerTagger::available(const Model& model) { return model.section(kNerSectionName) != nullptr; }

std::optional<NerTagger> NerTagger::load(const Model& model, std::string& error) {
  const ModelSection* section = model.section(kNerSectionName);
  if (section == nullptr) {
    error = "the model has no \"ner\" section";
    return std::nullopt;
  }
  if (section->template_version != kNerTemplateVersion) {
    error = "the model's \"ner\" section was trained with other feature templates (retrain with this build)";
    return std::nullopt;
  }
  NerTagger tagger;
  tagger.seed_ = section->hash_seed;
  perceptron::SectionReader reader(section->bytes);
  const auto header = reader.read_value<NerSectionHeader>();
  if (!reader.ok() || header.class_count != kNerClassCount || !tagger.weights_.read(reader) ||
      tagger.weights_.class_count() != kNerClassCount) {
    error = "the model's \"ner\" section is inconsistent";
    return std::nullopt;
  }
  return tagger;
}

std::vector<NamedSpan> NerTagger::tag(const Document& document) const {
  std::vector<NamedSpan> names;
  std::vector<TokenFacts> facts(document.tokens.size());  // one buffer per document
  for (std::size_t t = 0; t < facts.size(); ++t) facts[t] = describe_token(document.token_text(t), seed_);
  std::vector<std::uint8_t> classes(document.tokens.size());
  DocumentMemory memory;
  memory.reset(document.tokens.size());
  const auto add_scores = [this](const std::uint64_t* keys, std::size_t count, std::int32_t* totals) {
    for (std::size_t k = 0; k < count; ++k) weights_.add_row(keys[k], totals);
  };
  for (const Sentence& sentence : document.sentences) {
    const std::size_t length = sentence.token_end - sentence.token_begin;
    if (length == 0) continue;
    const std::span<const TokenFacts> words(facts.data() + sentence.token_begin, length);
    decode_sentence<std::int32_t>(words, memory, add_scores, classes.data() + sentence.token_begin);
    append_named_spans(classes.data() + sentence.token_begin, length, sentence.token_begin, names);
  }
  return names;
}

}  // namespace lede::ner
