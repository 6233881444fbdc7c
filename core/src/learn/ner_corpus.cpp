#include "learn/ner_corpus.hpp"

#include "corpus/conll_readers.hpp"
#include "ner/given_name_syllable.hpp"
#include "text/tokenizer.hpp"

namespace lede::learn {
namespace {

using ner::NamedSpan;
using ner::NamedType;

bool named_type_from_label(std::string_view name, NamedType& type) {
  if (name == "PER")
    type = NamedType::Per;
  else if (name == "ORG")
    type = NamedType::Org;
  else if (name == "LOC")
    type = NamedType::Loc;
  else if (name == "MISC")
    type = NamedType::Misc;
  else
    return false;
  return true;
}

// Starts with an uppercase letter or a digit, or any non-ASCII byte (names in other scripts).
bool is_name_like(std::string_view part) {
  if (part.empty()) return false;
  const auto c = static_cast<unsigned char>(part[0]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool is_short_lowercase_particle(std::string_view part) {  // "al", "el", "bin": "al-Qaeda"
  if (part.empty() || part.size() > 3) return false;
  for (const char c : part) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// The runtime's tokens of one CoNLL token: (start, end) byte offsets within it.
std::vector<std::pair<std::uint32_t, std::uint32_t>> runtime_parts(std::string_view form) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> parts;
  if (form.find('-') == std::string_view::npos) {
    parts.emplace_back(0, static_cast<std::uint32_t>(form.size()));
    return parts;
  }
  Document piece(form);
  text::tokenize(piece);
  if (piece.text() != form || piece.tokens.empty()) {  // repaired bytes: keep the token whole
    parts.emplace_back(0, static_cast<std::uint32_t>(form.size()));
    return parts;
  }
  for (const Token& token : piece.tokens) parts.emplace_back(token.start, token.end);
  return parts;
}

// Which parts of a split name token stay in the name: from the first name-like part (or a short
// lowercase particle just before one) to the last name-like part; all of them if none is name-like.
std::pair<std::size_t, std::size_t> kept_parts(std::string_view form,
                                               const std::vector<std::pair<std::uint32_t, std::uint32_t>>& parts) {
  const auto text = [&](std::size_t p) { return form.substr(parts[p].first, parts[p].second - parts[p].first); };
  std::size_t first = parts.size();
  std::size_t last = 0;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    if (!is_name_like(text(p))) continue;
    if (first == parts.size()) first = p;
    last = p;
  }
  if (first == parts.size()) return {0, parts.size()};
  if (first >= 2 && text(first - 1) == "-" && is_short_lowercase_particle(text(first - 2))) first -= 2;
  return {first, last + 1};
}

}  // namespace

std::vector<NamedSpan> chunk_iob_labels(const std::vector<std::string_view>& labels) {
  std::vector<NamedSpan> chunks;
  bool open = false;
  NamedSpan current;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const std::string_view label = labels[i];
    NamedType type{};
    const bool named = label.size() > 2 && label[1] == '-' && named_type_from_label(label.substr(2), type);
    const bool continues = open && named && label[0] == 'I' && type == current.type;
    if (open && !continues) {
      current.end = static_cast<std::uint32_t>(i);
      chunks.push_back(current);
      open = false;
    }
    if (named && !open) {
      current = NamedSpan{static_cast<std::uint32_t>(i), 0, type};
      open = true;
    }
  }
  if (open) {
    current.end = static_cast<std::uint32_t>(labels.size());
    chunks.push_back(current);
  }
  return chunks;
}

NerDocument ner_document(const Document& conll, bool split_hyphens) {
  NerDocument document;
  const bool has_lines = conll.source_lines.size() == conll.tokens.size();
  std::vector<std::string_view> labels;
  for (const Sentence& sentence : conll.sentences) {
    labels.clear();
    for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      labels.push_back(has_lines ? corpus::last_column(conll.source_lines[t]) : std::string_view("O"));
    }
    const std::vector<NamedSpan> chunks = chunk_iob_labels(labels);
    NerSentence out;
    // For each given token: its first part's index in `out`, and which of its parts a name keeps.
    std::vector<std::uint32_t> first_part;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> kept;
    for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const std::string_view form = conll.token_text(t);
      first_part.push_back(static_cast<std::uint32_t>(out.forms.size()));
      const auto parts =
          split_hyphens
              ? runtime_parts(form)
              : std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, static_cast<std::uint32_t>(form.size())}};
      const auto [keep_begin, keep_end] = kept_parts(form, parts);
      kept.emplace_back(static_cast<std::uint32_t>(out.forms.size() + keep_begin),
                        static_cast<std::uint32_t>(out.forms.size() + keep_end));
      for (const auto& [start, end] : parts) {
        out.forms.emplace_back(form.substr(start, end - start));
        out.starts.push_back(conll.tokens[t].start + start);
      }
    }
    first_part.push_back(static_cast<std::uint32_t>(out.forms.size()));
    // A name over given tokens [b, e) covers their parts, except the parts its first and last tokens
    // shed ("York-based": "based"). Inner tokens keep every part.
    for (const NamedSpan& chunk : chunks) {
      const std::uint32_t begin = kept[chunk.begin].first;
      std::uint32_t end = kept[chunk.end - 1].second;
      // "Li Song-ho", "Chen Chun-yeh": a person's given name keeps its lowercase second syllable, as the
      // runtime's names do (ner::is_given_name_syllable).
      const std::uint32_t token_end = first_part[chunk.end];
      if (chunk.type == NamedType::Per && chunk.end - chunk.begin >= 2 && end + 2 == token_end &&
          out.forms[end] == "-" && ner::is_given_name_syllable(out.forms[end + 1]))
        end = token_end;
      if (begin < end) out.names.push_back(NamedSpan{begin, end, chunk.type});
    }
    document.sentences.push_back(std::move(out));
  }
  return document;
}

std::vector<NerDocument> read_ner_conll2003(std::string_view content, bool split_hyphens) {
  std::vector<NerDocument> documents;
  for (const Document& conll : corpus::read_conll2003(content)) documents.push_back(ner_document(conll, split_hyphens));
  return documents;
}

}  // namespace lede::learn
