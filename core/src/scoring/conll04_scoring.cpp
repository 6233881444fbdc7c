#include "scoring/conll04_scoring.hpp"

#include "relations/relation_kinds.hpp"

namespace lede::scoring {

using learn::Conll04Entity;
using learn::Conll04Relation;
namespace {

// Honorifics are no mentions of ours (names exclude them) but sit inside CoNLL04's person spans.
bool is_honorific(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  for (const std::string_view h : {"Mr", "Mrs", "Ms", "Miss", "Dr", "Rev", "Mme", "Sir", "Dame", "Prof"}) {
    if (word == h) return true;
  }
  return false;
}

// The titles CoNLL04 puts inside person spans: on its train split "President" is inside 53 times and
// outside 22, while "Sen.", "Gov.", "Judge", "Foreign Minister" and the rest are mostly outside.
bool is_title_inside_names(std::string_view title) {
  return title == "President" || title == "president" || title == "PRESIDENT" || title == "Pres.";
}

}  // namespace

Document analyze_conll04_end_to_end(const Analyzer& analyzer, const Conll04Sentence& sentence) {
  Document document = learn::conll04_document(sentence);
  analyzer.analyze_tokenized(document, AnalyzeOptions{});
  return document;
}

Document analyze_conll04_gold_entities(const Analyzer& analyzer, const Conll04Sentence& sentence) {
  Document document = learn::conll04_document(sentence);
  const AnalyzeOptions options;
  analyzer.run_stage(Stage::Pos, document, options);
  analyzer.run_stage(Stage::Parse, document, options);
  for (const Conll04Entity& entity : sentence.entities) {
    if (entity.end > document.tokens.size()) continue;
    Mention mention;
    mention.token_begin = entity.begin;
    mention.token_end = entity.end;
    mention.type = learn::conll04_entity_type(entity.label);
    document.mentions.push_back(mention);
  }
  analyzer.run_stage(Stage::Resolve, document, options);
  analyzer.run_stage(Stage::Relations, document, options);
  return document;
}

std::string conll04_type(EntityType type) {
  switch (type) {
    case EntityType::Person: return "Peop";
    case EntityType::Org: return "Org";
    case EntityType::Gpe:
    case EntityType::Loc:
    case EntityType::Fac: return "Loc";
    default: return "Other";
  }
}

std::pair<std::uint32_t, std::uint32_t> conll04_span(const Document& document, std::size_t mention) {
  const Mention& m = document.mentions[mention];
  std::uint32_t begin = m.token_begin;
  if (m.type == EntityType::Person) {
    std::size_t before = mention;
    while (begin > 0) {
      if (is_honorific(document.token_text(begin - 1))) {
        --begin;
      } else if (before > 0 && document.mentions[before - 1].type == EntityType::Title &&
                 document.mentions[before - 1].token_end == begin &&
                 is_title_inside_names(std::string_view(document.text())
                                           .substr(document.mention_start(document.mentions[before - 1]),
                                                   document.mention_end(document.mentions[before - 1]) -
                                                       document.mention_start(document.mentions[before - 1])))) {
        begin = document.mentions[--before].token_begin;
      } else {
        break;
      }
    }
  }
  return {begin, m.token_end};
}

std::set<RelationTuple> predicted_relation_tuples(const Document& document) {
  std::set<RelationTuple> tuples;
  for (const Relation& r : document.relations) {
    const std::string_view label = relations::conll04_label(r.type);
    if (label.empty() || r.subject_mention < 0 || r.object_mention < 0) continue;
    const auto s = static_cast<std::size_t>(r.subject_mention);
    const auto o = static_cast<std::size_t>(r.object_mention);
    if (document.mentions[s].pronoun || document.mentions[o].pronoun) continue;
    const auto [sb, se] = conll04_span(document, s);
    const auto [ob, oe] = conll04_span(document, o);
    tuples.emplace(sb, se, conll04_type(document.mentions[s].type), ob, oe, conll04_type(document.mentions[o].type),
                   std::string(label));
  }
  return tuples;
}

std::set<RelationTuple> gold_relation_tuples(const Conll04Sentence& sentence) {
  std::set<RelationTuple> tuples;
  for (const Conll04Relation& r : sentence.relations) {
    const Conll04Entity& s = sentence.entities[r.subject];
    const Conll04Entity& o = sentence.entities[r.object];
    tuples.emplace(s.begin, s.end, s.label, o.begin, o.end, o.label,
                   std::string(relations::conll04_label(relations::relation_type(r.kind))));
  }
  return tuples;
}

void score_conll04_relations(const std::set<RelationTuple>& gold, const std::set<RelationTuple>& predicted,
                             Conll04RelationScores& scores) {
  score_labeled_sets(
      gold, predicted, kConll04RelationLabels,
      [](const RelationTuple& x) -> const std::string& { return std::get<6>(x); }, scores);
}

std::set<EntityTuple> gold_entity_tuples(const Conll04Sentence& sentence) {
  std::set<EntityTuple> names;
  for (const Conll04Entity& e : sentence.entities) {
    if (e.label != "Other") names.emplace(e.begin, e.end, e.label);
  }
  return names;
}

std::set<EntityTuple> predicted_entity_tuples(const Document& document) {
  std::set<EntityTuple> names;
  for (std::size_t m = 0; m < document.mentions.size(); ++m) {
    const std::string type = conll04_type(document.mentions[m].type);
    if (document.mentions[m].pronoun || type == "Other") continue;
    const auto [b, e] = conll04_span(document, m);
    names.emplace(b, e, type);
  }
  return names;
}

}  // namespace lede::scoring
