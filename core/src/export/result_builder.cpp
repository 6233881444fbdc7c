// result_of() and check_result() (lede/result.hpp): a Document as the plain lede/1 data the export writers
// read, and the checks a result from elsewhere must pass before they read it.
#include <string>

#include "export/export_support.hpp"
#include "lede/result.hpp"

namespace lede {
namespace {

// Scores as the JSON writes them (two decimals, clamped), so an exported fresh result and the same result
// read back from its JSON give the same bytes.
double rounded_score(float score) { return exporting::score_hundredths(score) / 100.0; }

}  // namespace

Result result_of(const Document& document, const ModelInfo& model, OffsetUnit unit) {
  const OffsetMap offsets(document, unit);
  const std::string_view text = document.text();
  const auto span = [&](std::uint32_t start, std::uint32_t end) { return Result::Span{offsets(start), offsets(end)}; };
  Result result;
  result.model_name = model.name;
  result.model_version = model.version;
  result.offsets = unit;
  result.date = document.date;
  result.text = std::string(text);
  for (const Sentence& sentence : document.sentences) {
    result.sentences.push_back(
        span(document.tokens[sentence.token_begin].start, document.tokens[sentence.token_end - 1].end));
  }
  for (std::size_t i = 0; i < document.mentions.size(); ++i) {
    const lede::Mention& mention = document.mentions[i];
    const std::uint32_t start = document.mention_start(mention);
    const std::uint32_t end = document.mention_end(mention);
    result.mentions.push_back({static_cast<std::int32_t>(i), span(start, end),
                               std::string(text.substr(start, end - start)), std::string(to_string(mention.type)),
                               mention.entity,
                               static_cast<std::int32_t>(document.sentence_of_token(mention.token_begin)),
                               rounded_score(mention.score), mention.pronoun});
  }
  for (std::size_t i = 0; i < document.entities.size(); ++i) {
    const lede::Entity& entity = document.entities[i];
    Result::Entity out{
        static_cast<std::int32_t>(i),  std::string(to_string(entity.type)), entity.name, {}, entity.titles,
        rounded_score(entity.salience)};
    for (const std::uint32_t m : entity.mentions) out.mentions.push_back(static_cast<std::int32_t>(m));
    result.entities.push_back(std::move(out));
  }
  for (std::size_t i = 0; i < document.relations.size(); ++i) {
    const lede::Relation& relation = document.relations[i];
    result.relations.push_back({static_cast<std::int32_t>(i), std::string(to_string(relation.type)), relation.subject,
                                relation.object, relation.subject_mention, relation.object_mention, relation.predicate,
                                relation.negated, relation.date, static_cast<std::int32_t>(relation.sentence),
                                span(relation.start, relation.end), rounded_score(relation.score)});
  }
  for (const lede::Quote& quote : document.quotes) {
    const bool has_speaker_text = quote.speaker_end > quote.speaker_start;
    result.quotes.push_back(
        {span(quote.start, quote.end), quote.speaker,
         has_speaker_text ? std::string(text.substr(quote.speaker_start, quote.speaker_end - quote.speaker_start))
                          : std::string(),
         static_cast<std::int32_t>(quote.sentence), quote.indirect, quote.date});
  }
  return result;
}

std::string check_result(const Result& result) {
  const auto entity_ok = [&](std::int32_t id) {
    return id >= -1 && id < static_cast<std::int32_t>(result.entities.size());
  };
  const auto mention_ok = [&](std::int32_t id) {
    return id >= -1 && id < static_cast<std::int32_t>(result.mentions.size());
  };
  const auto span_ok = [](const Result::Span& span) { return span.start <= span.end; };
  for (std::size_t i = 0; i < result.mentions.size(); ++i) {
    const Result::Mention& mention = result.mentions[i];
    const std::string where = "mention " + std::to_string(i);
    if (mention.id != static_cast<std::int32_t>(i)) return where + ": its id is " + std::to_string(mention.id);
    if (!span_ok(mention.span)) return where + ": it ends before it starts";
    if (!entity_type_from_string(mention.type)) return where + ": unknown type '" + mention.type + "'";
    if (!entity_ok(mention.entity)) return where + ": entity " + std::to_string(mention.entity) + " does not exist";
  }
  for (std::size_t i = 0; i < result.entities.size(); ++i) {
    const Result::Entity& entity = result.entities[i];
    const std::string where = "entity " + std::to_string(i);
    if (entity.id != static_cast<std::int32_t>(i)) return where + ": its id is " + std::to_string(entity.id);
    if (!entity_type_from_string(entity.type)) return where + ": unknown type '" + entity.type + "'";
    for (const std::int32_t m : entity.mentions) {
      if (m < 0 || !mention_ok(m)) return where + ": mention " + std::to_string(m) + " does not exist";
    }
  }
  for (std::size_t i = 0; i < result.relations.size(); ++i) {
    const Result::Relation& relation = result.relations[i];
    const std::string where = "relation " + std::to_string(i);
    if (relation.id != static_cast<std::int32_t>(i)) return where + ": its id is " + std::to_string(relation.id);
    if (relation.subject < 0 || !entity_ok(relation.subject) || !entity_ok(relation.object))
      return where + ": its subject or object does not exist";
    if (!mention_ok(relation.subject_mention) || !mention_ok(relation.object_mention))
      return where + ": its subject or object mention does not exist";
    if (!span_ok(relation.span)) return where + ": its evidence ends before it starts";
  }
  for (std::size_t i = 0; i < result.quotes.size(); ++i) {
    const Result::Quote& quote = result.quotes[i];
    if (!entity_ok(quote.speaker)) return "quote " + std::to_string(i) + ": its speaker does not exist";
    if (!span_ok(quote.span)) return "quote " + std::to_string(i) + ": it ends before it starts";
  }
  return {};
}

}  // namespace lede
