#include "parse/dependency_parser.hpp"

#include <vector>

#include "document/dep_labels.hpp"
#include "document/pos_tags.hpp"
#include "model/section_layouts.hpp"
#include "parse/greedy_parser.hpp"
#include "parse/parse_features.hpp"
#include "parse/slot_scorer.hpp"
#include "perceptron/section_reader.hpp"

namespace lede::parse {
namespace {

// Where the window starting at `begin` ends (exclusive) in a sentence ending at `end`: the whole rest
// when it fits, else just after the last punctuation mark in the window's last third, else at the limit.
std::uint32_t window_end(const Document& document, std::uint32_t begin, std::uint32_t end) {
  if (end - begin <= kMaxWindow) return end;
  const std::uint32_t limit = begin + static_cast<std::uint32_t>(kMaxWindow);
  for (std::uint32_t t = limit; t > begin + 2 * kMaxWindow / 3; --t) {
    if (document.tokens[t - 1].kind == TokenKind::Punct) return t;
  }
  return limit;
}

}  // namespace

bool DependencyParser::available(const Model& model) { return model.section(kParseSectionName) != nullptr; }

std::optional<DependencyParser> DependencyParser::load(const Model& model, std::string& error) {
  const ModelSection* section = perceptron::trained_section(model, kParseSectionName, kParseTemplateVersion, error);
  if (section == nullptr) return std::nullopt;
  DependencyParser parser;
  parser.seed_ = section->hash_seed;
  perceptron::SectionReader reader(section->bytes);
  const auto header = reader.read_value<ParseSectionHeader>();
  // Two labels at least (root and one more), so a state that is not final always has a legal move.
  bool consistent = reader.ok() && header.label_count >= 2 && class_count_for(header.label_count) <= 255;
  if (consistent) parser.labels_ = reader.read_array<std::uint8_t>(header.label_count);
  consistent = consistent && reader.ok() && parser.labels_[0] == kRoot && parser.weights_.read(reader) &&
               parser.weights_.class_count() == class_count_for(header.label_count);
  for (std::size_t i = 1; consistent && i < parser.labels_.size(); ++i) {
    consistent = parser.labels_[i] < kDepLabelCount && parser.labels_[i] != kRoot;
  }
  if (!consistent) {
    error = "the model's \"parse\" section is inconsistent";
    return std::nullopt;
  }
  return parser;
}

void DependencyParser::parse(Document& document) const {
  start(document);
  parse(document, 0, document.sentences.size());
}

void DependencyParser::start(Document& document) const {
  const std::size_t token_count = document.tokens.size();
  document.heads.assign(token_count, -1);
  document.deprels.assign(token_count, kNoLabel);
}

void DependencyParser::parse(Document& document, std::size_t first, std::size_t end) const {
  // 16-bit scores when they cannot overflow (the shipped 8-bit model): twice the classes per vector add.
  if (weights_.fits_narrow_scores(kMaxParseFeatures)) {
    parse_sentences<std::int16_t>(document, first, end);
  } else {
    parse_sentences<std::int32_t>(document, first, end);
  }
}

template <typename Score>
void DependencyParser::parse_sentences(Document& document, std::size_t first, std::size_t end) const {
  const bool tagged = document.has_pos();
  // One set of buffers per document, reused by every window.
  std::vector<ParseWord> words;
  std::vector<Score> scores(weights_.score_width());  // add_row fills whole vectors
  ParseState state;
  SlotScorer<Score> scorer(weights_);
  for (std::size_t s = first; s < end; ++s) {
    const Sentence& sentence = document.sentences[s];
    std::int32_t sentence_root = -1;
    for (std::uint32_t begin = sentence.token_begin; begin < sentence.token_end;) {
      const std::uint32_t end = window_end(document, begin, sentence.token_end);
      words.resize(end - begin);
      for (std::uint32_t t = begin; t < end; ++t) {
        const std::string_view form = document.token_text(t);
        words[t - begin] = tagged
                               ? describe_parse_word(form, document.lemma(t), document.xpos[t], document.upos[t], seed_)
                               : describe_parse_word(form, form, kNoTag, kNoTag, seed_);
      }
      scorer.start(words);
      parse_greedy(words.size(), labels_, scorer, scores.data(), state);
      for (std::uint32_t t = begin; t < end; ++t) {
        const std::size_t i = t - begin;
        const std::int32_t head = state.head(i);
        if (head == state.root()) {
          if (sentence_root < 0) {
            sentence_root = static_cast<std::int32_t>(t);
            document.deprels[t] = kRoot;
          } else {
            document.heads[t] = sentence_root;
            document.deprels[t] = kDep;
          }
        } else {
          document.heads[t] = static_cast<std::int32_t>(begin) + head;
          document.deprels[t] = state.label(i);
        }
      }
      begin = end;
    }
  }
}

}  // namespace lede::parse
