// The CSV exports (RFC 4180, CRLF, a header row): one table each for entities, mentions, relations and
// quotes. Offsets are in the result's own unit; names stand beside ids so a spreadsheet reads alone.
#include <string>
#include <vector>

#include "export/export_support.hpp"

namespace lede::exporting {
namespace {

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

std::string id_or_empty(std::int32_t id) { return id < 0 ? std::string() : std::to_string(id); }

}  // namespace

void write_csv_entities(const Result& result, OutputSink& out) {
  write_csv_record({"id", "type", "name", "mentions", "salience", "titles"}, out);
  for (const Result::Entity& entity : result.entities) {
    write_csv_record({std::to_string(entity.id), entity.type, entity.name, std::to_string(entity.mentions.size()),
                      two_decimals(entity.salience), joined(entity.titles, "; ")},
                     out);
  }
}

void write_csv_mentions(const Result& result, OutputSink& out) {
  write_csv_record({"id", "start", "end", "text", "type", "entity", "entity_name", "sentence", "score", "pronoun"},
                   out);
  for (const Result::Mention& mention : result.mentions) {
    write_csv_record(
        {std::to_string(mention.id), std::to_string(mention.span.start), std::to_string(mention.span.end), mention.text,
         mention.type, id_or_empty(mention.entity), std::string(entity_name(result, mention.entity)),
         std::to_string(mention.sentence), two_decimals(mention.score), mention.pronoun ? "true" : "false"},
        out);
  }
}

void write_csv_relations(const Result& result, OutputSink& out) {
  write_csv_record({"id", "type", "subject", "subject_name", "predicate", "object", "object_name", "negated", "date",
                    "sentence", "start", "end", "score"},
                   out);
  for (const Result::Relation& relation : result.relations) {
    write_csv_record(
        {std::to_string(relation.id), relation.type, id_or_empty(relation.subject),
         std::string(entity_name(result, relation.subject)), relation.predicate, id_or_empty(relation.object),
         std::string(entity_name(result, relation.object)), relation.negated ? "true" : "false", relation.date,
         std::to_string(relation.sentence), std::to_string(relation.span.start), std::to_string(relation.span.end),
         two_decimals(relation.score)},
        out);
  }
}

// The quote's words need the text; without it the column stays empty.
void write_csv_quotes(const Result& result, OutputSink& out) {
  write_csv_record({"start", "end", "speaker", "speaker_name", "speaker_text", "indirect", "date", "sentence", "text"},
                   out);
  const CodepointOffsets codepoints(result);
  for (const Result::Quote& quote : result.quotes) {
    std::string words;
    if (codepoints.ok() && !result.text.empty() && codepoints.inside(quote.span)) {
      words = std::string(codepoint_slice(result.text, codepoints(quote.span.start), codepoints(quote.span.end)));
    }
    write_csv_record({std::to_string(quote.span.start), std::to_string(quote.span.end), id_or_empty(quote.speaker),
                      std::string(entity_name(result, quote.speaker)), quote.speaker_text,
                      quote.indirect ? "true" : "false", quote.date, std::to_string(quote.sentence), words},
                     out);
  }
}

}  // namespace lede::exporting
