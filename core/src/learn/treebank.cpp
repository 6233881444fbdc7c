#include "learn/treebank.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <optional>

#include "document/dep_labels.hpp"
#include "document/pos_tags.hpp"
#include "learn/tagged_corpus.hpp"

namespace lede::learn {
namespace {

std::optional<int> number(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// The word ids a token's line covers: "7" -> [7, 7], "3-4" -> [3, 4].
std::pair<int, int> id_range(std::string_view id) {
  const std::size_t dash = id.find('-');
  if (dash == std::string_view::npos) {
    const int single = number(id).value_or(-1);
    return {single, single};
  }
  return {number(id.substr(0, dash)).value_or(-1), number(id.substr(dash + 1)).value_or(-1)};
}

// Whether `ancestor` dominates `word` (or is it).
bool dominates(const std::vector<std::int32_t>& heads, std::int32_t ancestor, std::int32_t word) {
  for (std::size_t steps = 0; word >= 0 && steps <= heads.size(); ++steps) {
    if (word == ancestor) return true;
    word = heads[static_cast<std::size_t>(word)];
  }
  return false;
}

bool is_projective_arc(const std::vector<std::int32_t>& heads, std::int32_t dependent) {
  const std::int32_t head = heads[static_cast<std::size_t>(dependent)];
  if (head < 0) return true;
  const std::int32_t from = std::min(head, dependent);
  const std::int32_t to = std::max(head, dependent);
  for (std::int32_t k = from + 1; k < to; ++k) {
    if (!dominates(heads, head, k)) return false;
  }
  return true;
}

}  // namespace

bool TreebankSentence::complete() const {
  for (std::size_t i = 0; i < heads.size(); ++i) {
    if (heads[i] == kUnknownHead || labels[i] == kNoLabel) return false;
  }
  return !heads.empty();
}

std::vector<TreebankSentence> treebank_sentences(const Document& document, bool document_tags) {
  std::vector<TaggedSentence> tagged = tagged_sentences(document);
  std::vector<TreebankSentence> sentences;
  const bool has_lines = document.source_lines.size() == document.tokens.size();
  const bool use_layers = document_tags && document.has_pos();
  std::vector<std::int32_t> token_of_id;
  for (std::size_t s = 0; s < document.sentences.size() && s < tagged.size(); ++s) {
    const Sentence& sentence = document.sentences[s];
    TreebankSentence tree;
    tree.forms = std::move(tagged[s].forms);
    tree.lemmas = std::move(tagged[s].lemmas);
    tree.xpos = std::move(tagged[s].xpos);
    tree.upos = std::move(tagged[s].upos);
    const std::size_t length = sentence.token_end - sentence.token_begin;
    tree.heads.assign(length, kUnknownHead);
    tree.labels.assign(length, kNoLabel);
    // Word id -> token index in the sentence (a multiword token kept whole owns all its ids).
    token_of_id.assign(1, -1);
    for (std::size_t i = 0; i < length && has_lines; ++i) {
      const auto [first, last] = id_range(tab_column(document.source_lines[sentence.token_begin + i], 0));
      for (int id = first; id >= 1 && id <= last && id < 100000; ++id) {
        if (static_cast<std::size_t>(id) >= token_of_id.size())
          token_of_id.resize(static_cast<std::size_t>(id) + 1, -2);
        token_of_id[static_cast<std::size_t>(id)] = static_cast<std::int32_t>(i);
      }
    }
    for (std::size_t i = 0; i < length && has_lines; ++i) {
      const std::string_view line = document.source_lines[sentence.token_begin + i];
      const std::optional<int> head = number(tab_column(line, 6));
      const auto label = dep_label_from_name(tab_column(line, 7));
      if (!head || !label || *head < 0 || static_cast<std::size_t>(*head) >= token_of_id.size()) continue;
      const std::int32_t head_token = *head == 0 ? -1 : token_of_id[static_cast<std::size_t>(*head)];
      if (head_token == -2 || head_token == static_cast<std::int32_t>(i)) continue;
      tree.heads[i] = head_token;
      tree.labels[i] = *label;
    }
    if (use_layers) {
      for (std::size_t i = 0; i < length; ++i) {
        const std::size_t t = sentence.token_begin + i;
        tree.xpos[i] = document.xpos[t];
        tree.upos[i] = document.upos[t];
        tree.lemmas[i] = std::string(document.lemma(t));
      }
    }
    sentences.push_back(std::move(tree));
  }
  return sentences;
}

std::size_t projectivize(std::vector<std::int32_t>& heads) {
  std::size_t lifted = 0;
  for (std::size_t round = 0; round < heads.size() * heads.size() + 1; ++round) {
    std::int32_t shortest = -1;
    std::int32_t shortest_length = 0;
    for (std::size_t d = 0; d < heads.size(); ++d) {
      const auto dependent = static_cast<std::int32_t>(d);
      if (is_projective_arc(heads, dependent)) continue;
      const std::int32_t length = std::abs(heads[d] - dependent);
      if (shortest < 0 || length < shortest_length) {
        shortest = dependent;
        shortest_length = length;
      }
    }
    if (shortest < 0) break;
    // The root's arcs are always projective, so a non-projective arc's head has a head of its own.
    heads[static_cast<std::size_t>(shortest)] =
        heads[static_cast<std::size_t>(heads[static_cast<std::size_t>(shortest)])];
    ++lifted;
  }
  return lifted;
}

}  // namespace lede::learn
