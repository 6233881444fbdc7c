#include "learn/conll04_corpus.hpp"

#include <algorithm>
#include <charconv>

#include "lexicon/title_lexicon.hpp"
#include "text/token_kind.hpp"

namespace lede::learn {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t at = 0;
  while (true) {
    const std::size_t tab = line.find('\t', at);
    fields.push_back(line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at));
    if (tab == std::string_view::npos) break;
    at = tab + 1;
  }
  return fields;
}

// The items of a Python-style list: "['Work_For', 'Live_In']" or "[22, 8]".
std::vector<std::string_view> list_items(std::string_view list) {
  std::vector<std::string_view> items;
  if (list.size() < 2 || list.front() != '[' || list.back() != ']') return items;
  list = list.substr(1, list.size() - 2);
  std::size_t at = 0;
  while (at < list.size()) {
    std::size_t comma = list.find(',', at);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view item = list.substr(at, comma - at);
    while (!item.empty() && (item.front() == ' ' || item.front() == '\'')) item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '\'')) item.remove_suffix(1);
    if (!item.empty()) items.push_back(item);
    at = comma + 1;
  }
  return items;
}

struct PendingRelation {
  std::uint32_t subject_end_token = 0;
  std::uint32_t object_end_token = 0;
  relations::RelationKind kind = relations::RelationKind::None;
};

void finish(Conll04Sentence& sentence, std::vector<PendingRelation>& pending, std::vector<Conll04Sentence>& out) {
  const auto entity_ending_at = [&](std::uint32_t token) -> std::int64_t {
    for (std::size_t e = 0; e < sentence.entities.size(); ++e) {
      if (sentence.entities[e].end == token + 1) return static_cast<std::int64_t>(e);
    }
    return -1;
  };
  for (const PendingRelation& p : pending) {
    const std::int64_t subject = entity_ending_at(p.subject_end_token);
    const std::int64_t object = entity_ending_at(p.object_end_token);
    if (subject < 0 || object < 0 || subject == object) continue;
    sentence.relations.push_back({static_cast<std::uint32_t>(subject), static_cast<std::uint32_t>(object), p.kind});
  }
  if (!sentence.forms.empty()) out.push_back(std::move(sentence));
  sentence = Conll04Sentence{};
  pending.clear();
}

// A title, honorific or title part of the lexicon spanning tokens [begin, end) exactly.
constexpr std::uint16_t kTitleWords = lexicon::kTitleHead | lexicon::kTitleHonorific | lexicon::kTitleModifier |
                                      lexicon::kTitlePortfolio | lexicon::kTitleRole;

// Where a person's name starts once the titles CoNLL04 keeps inside the span are shed: a title at its
// start ("President Bush", "Mrs. Higgins"), or a later one with two or more words after it ("Texas Gov.
// John Connally"); a title word just before the last one is part of the name ("James Earl Ray", "Martin
// Luther King Jr.", "Chief Justice Earl Warren": Warren).
std::uint32_t name_begin(const Document& document, std::uint32_t begin, std::uint32_t end) {
  const lexicon::TitleLexicon& titles = lexicon::TitleLexicon::get();
  std::uint32_t name = begin;
  for (std::uint32_t at = begin; at + 1 < end;) {
    std::uint16_t classes = 0;
    const std::uint32_t title_end = titles.longest(document, at, end - 1, classes);
    if (title_end > at && (classes & kTitleWords) != 0 && (at == begin || end - title_end >= 2)) {
      name = title_end;
      at = title_end;
    } else {
      ++at;
    }
  }
  return name;
}

// A lowercase word that no CoNLL-2003 name would hold: CoNLL04 sometimes takes in the common noun after
// a name ("Phnom Penh government", "Sahara desert"); particles and connectives ("of", "de", "al") are fine.
bool is_common_word(std::string_view word) {
  if (word.empty() || word[0] < 'a' || word[0] > 'z') return false;
  for (const std::string_view particle :
       {"of", "and", "the", "for", "de", "la", "del", "von", "van", "der", "da",  "du", "le",
        "el", "al",  "on",  "at",  "in", "y",  "bin", "ibn", "des", "di",  "und", "to", "a"}) {
    if (word == particle) return false;
  }
  return true;
}

}  // namespace

std::vector<Conll04Sentence> read_conll04(std::string_view content) {
  std::vector<Conll04Sentence> out;
  Conll04Sentence sentence;
  std::vector<PendingRelation> pending;
  std::size_t at = 0;
  while (at < content.size()) {
    std::size_t newline = content.find('\n', at);
    if (newline == std::string_view::npos) newline = content.size();
    std::string_view line = content.substr(at, newline - at);
    at = newline + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.rfind("#doc", 0) == 0) {
      finish(sentence, pending, out);
      sentence.id = std::string(line.substr(line.size() > 5 ? 5 : line.size()));
      continue;
    }
    const std::vector<std::string_view> fields = split_tabs(line);
    if (fields.size() < 5 || fields[1].empty()) continue;
    const auto token = static_cast<std::uint32_t>(sentence.forms.size());
    sentence.forms.emplace_back(fields[1]);
    const std::string_view tag = fields[2];
    if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') {
      const std::string_view label = tag.substr(2);
      const bool continues = tag[0] == 'I' && !sentence.entities.empty() && sentence.entities.back().end == token &&
                             sentence.entities.back().label == label;
      if (continues) {
        sentence.entities.back().end = token + 1;
      } else {
        sentence.entities.push_back({token, token + 1, std::string(label)});
      }
    }
    const std::vector<std::string_view> labels = list_items(fields[3]);
    const std::vector<std::string_view> heads = list_items(fields[4]);
    for (std::size_t i = 0; i < labels.size() && i < heads.size(); ++i) {
      const std::optional<relations::RelationKind> kind = relations::relation_from_conll04(labels[i]);
      if (!kind) continue;
      std::uint32_t head = 0;
      const auto parsed = std::from_chars(heads[i].data(), heads[i].data() + heads[i].size(), head);
      if (parsed.ec != std::errc{}) continue;
      pending.push_back({token, head, *kind});
    }
  }
  finish(sentence, pending, out);
  return out;
}

EntityType conll04_entity_type(std::string_view label) {
  if (label == "Peop") return EntityType::Person;
  if (label == "Org") return EntityType::Org;
  if (label == "Loc") return EntityType::Gpe;
  return EntityType::Misc;
}

NerSentence conll04_ner_sentence(const Conll04Sentence& sentence) {
  NerSentence out;
  out.forms = sentence.forms;
  std::uint32_t start = 0;
  for (const std::string& form : sentence.forms) {
    out.starts.push_back(start);
    start += static_cast<std::uint32_t>(form.size()) + 1;
  }
  const auto count = static_cast<std::uint32_t>(sentence.forms.size());
  out.unlabeled.assign(count, 0);
  const Document document = conll04_document(sentence);
  for (const Conll04Entity& entity : sentence.entities) {
    if (entity.end > count || entity.begin >= entity.end) continue;
    // A span with a common noun inside is no name of CoNLL-2003's kind, nor plainly outside: unlabeled.
    const auto first = sentence.forms.begin() + entity.begin;
    if (std::any_of(first, first + (entity.end - entity.begin),
                    [](const std::string& word) { return is_common_word(word); })) {
      for (std::uint32_t t = entity.begin; t < entity.end; ++t) out.unlabeled[t] = 1;
      continue;
    }
    ner::NamedType type = ner::NamedType::Loc;
    std::uint32_t begin = entity.begin;
    if (entity.label == "Peop") {
      type = ner::NamedType::Per;
      begin = name_begin(document, entity.begin, entity.end);
    } else if (entity.label == "Org") {
      type = ner::NamedType::Org;
    } else if (entity.label != "Loc") {  // Other
      for (std::uint32_t t = entity.begin; t < entity.end; ++t) out.unlabeled[t] = 1;
      continue;
    }
    out.names.push_back(ner::NamedSpan{begin, entity.end, type});
  }
  if (std::find(out.unlabeled.begin(), out.unlabeled.end(), 1) == out.unlabeled.end()) out.unlabeled.clear();
  return out;
}

std::vector<NerDocument> read_ner_conll04(std::string_view content) {
  std::vector<NerDocument> documents;
  for (const Conll04Sentence& sentence : read_conll04(content)) {
    NerDocument document;
    document.sentences.push_back(conll04_ner_sentence(sentence));
    documents.push_back(std::move(document));
  }
  return documents;
}

Document conll04_document(const Conll04Sentence& sentence) {
  std::string text;
  std::vector<Token> tokens;
  tokens.reserve(sentence.forms.size());
  for (const std::string& form : sentence.forms) {
    if (!text.empty()) text += ' ';
    Token token;
    token.start = static_cast<std::uint32_t>(text.size());
    text += form;
    token.end = static_cast<std::uint32_t>(text.size());
    token.kind = text::token_kind_of(form);
    token.space_before = true;
    token.newline_before = tokens.empty();
    token.paragraph_before = tokens.empty();
    tokens.push_back(token);
  }
  Document document(text);
  document.tokens = std::move(tokens);
  if (!document.tokens.empty()) document.sentences.push_back({0, static_cast<std::uint32_t>(document.tokens.size())});
  return document;
}

}  // namespace lede::learn
