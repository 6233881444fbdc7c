#include "learn/coref_corpus.hpp"
#include "text/ascii_case.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <unordered_map>

namespace lede::learn {
namespace {

std::string_view field(std::string_view line, int index) {
  for (int i = 0; i < index; ++i) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return {};
    line.remove_prefix(tab + 1);
  }
  return line.substr(0, line.find('\t'));
}

int to_int(std::string_view text, int fallback) {
  int value = fallback;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  return result.ec == std::errc() ? value : fallback;
}

std::string_view entity_attribute(std::string_view misc) {
  while (!misc.empty()) {
    const std::size_t bar = misc.find('|');
    const std::string_view item = misc.substr(0, bar);
    if (item.rfind("Entity=", 0) == 0) return item.substr(7);
    if (bar == std::string_view::npos) break;
    misc.remove_prefix(bar + 1);
  }
  return {};
}

bool is_linked_pronoun(std::string_view form) {
  const std::string lower = text::ascii_lower_copy(form);
  static constexpr std::string_view kForms[] = {"he",   "him",     "his",    "himself",   "she",    "her",
                                                "hers", "herself", "it",     "its",       "itself", "they",
                                                "them", "their",   "theirs", "themselves"};
  for (std::string_view f : kForms) {
    if (f == lower) return true;
  }
  return false;
}

}  // namespace

CorefDocument gum_coreference(const Document& conllu) {
  CorefDocument out;
  const std::size_t count = conllu.tokens.size();
  if (conllu.source_lines.size() != count) return out;
  // Syntactic heads as token indices: CoNLL-U ids are per sentence.
  std::vector<std::int64_t> head(count, -1);
  std::unordered_map<int, std::uint32_t> token_of_id;
  for (const Sentence& sentence : conllu.sentences) {
    token_of_id.clear();
    for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      token_of_id[to_int(field(conllu.source_lines[t], 0), -1)] = t;
    }
    for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const int id = to_int(field(conllu.source_lines[t], 6), 0);
      const auto found = token_of_id.find(id);
      head[t] = found == token_of_id.end() ? -1 : static_cast<std::int64_t>(found->second);
    }
  }
  out.descriptive.assign(count, false);
  for (std::uint32_t t = 0; t < count; ++t) {
    const std::string_view upos = field(conllu.source_lines[t], 3);
    out.descriptive[t] = upos == "ADJ" || upos == "NOUN" || upos == "NUM" || upos == "VERB";
  }
  std::unordered_map<std::string, std::uint32_t> cluster_of_id;
  std::unordered_map<std::string, std::vector<std::uint32_t>> open;  // id -> start tokens (nested same id)
  auto cluster = [&](std::string_view id) {
    return cluster_of_id.try_emplace(std::string(id), static_cast<std::uint32_t>(cluster_of_id.size())).first->second;
  };
  // "1-place-giv:act-sssss-cf1*-1-coref-Coron%2C_Palawan": the identity follows the seventh hyphen.
  auto note_identity = [&](std::string_view body) {
    const std::uint32_t c = cluster(body.substr(0, body.find('-')));
    if (out.identity.size() <= c) out.identity.resize(c + 1);
    std::size_t position = 0;
    for (int hyphens = 0; hyphens < 7 && position != std::string_view::npos; ++hyphens) {
      position = body.find('-', position);
      if (position != std::string_view::npos) ++position;
    }
    if (position != std::string_view::npos && position < body.size() && out.identity[c].empty()) {
      out.identity[c] = std::string(body.substr(position));
    }
  };
  auto add = [&](std::string_view id, std::uint32_t begin, std::uint32_t end) {
    GoldMention mention;
    mention.token_begin = begin;
    mention.token_end = end;
    mention.cluster = cluster(id);
    mention.head = end - 1;
    for (std::uint32_t t = begin; t < end; ++t) {
      if (head[t] < static_cast<std::int64_t>(begin) || head[t] >= static_cast<std::int64_t>(end)) {
        mention.head = t;
        break;
      }
    }
    mention.proper_name = field(conllu.source_lines[mention.head], 3) == "PROPN";
    mention.pronoun = end == begin + 1 && is_linked_pronoun(conllu.token_text(begin));
    out.mentions.push_back(mention);
  };
  for (std::uint32_t t = 0; t < count; ++t) {
    std::string_view brackets = entity_attribute(field(conllu.source_lines[t], 9));
    while (!brackets.empty()) {
      if (brackets.front() == '(') {
        brackets.remove_prefix(1);
        const std::size_t stop = std::min(brackets.find_first_of("()"), brackets.size());
        const std::string_view body = brackets.substr(0, stop);
        const std::string_view id = body.substr(0, body.find('-'));
        note_identity(body);
        brackets.remove_prefix(stop);
        if (!brackets.empty() && brackets.front() == ')') {
          brackets.remove_prefix(1);
          add(id, t, t + 1);
        } else {
          open[std::string(id)].push_back(t);
        }
      } else {
        const std::size_t close = brackets.find(')');
        if (close == std::string_view::npos) break;
        const std::string id(brackets.substr(0, close));
        brackets.remove_prefix(close + 1);
        auto found = open.find(id);
        if (found == open.end() || found->second.empty()) continue;  // unbalanced: skip, never crash
        const std::uint32_t begin = found->second.back();
        found->second.pop_back();
        add(id, begin, t + 1);
      }
    }
  }
  std::sort(out.mentions.begin(), out.mentions.end(), [](const GoldMention& a, const GoldMention& b) {
    return a.token_begin != b.token_begin ? a.token_begin < b.token_begin : a.token_end > b.token_end;
  });
  out.cluster_count = static_cast<std::uint32_t>(cluster_of_id.size());
  out.identity.resize(out.cluster_count);
  return out;
}

}  // namespace lede::learn
