// A lede/1 result as plain data (docs/lede-1.schema.json), the input of the export writers (export.hpp).
// It is what a reader of the JSON holds, not the Document: offsets in the result's own unit, entity and
// mention references as ids, types as their names. So a result saved earlier, or corrected in the page,
// exports the same way as a fresh analysis: the CLI reads one from JSON (`lede export`), the wasm module
// from a JavaScript object, and result_of() makes one from a Document.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lede/document.hpp"
#include "lede/types.hpp"

namespace lede {

struct Result {
  struct Span {
    std::uint32_t start = 0;  // in `offsets` units, end exclusive
    std::uint32_t end = 0;
  };
  struct Mention {
    std::int32_t id = 0;
    Span span;
    std::string text;
    std::string type;          // an entity type name ("PERSON")
    std::int32_t entity = -1;  // -1: none
    std::int32_t sentence = 0;
    double score = 1.0;
    bool pronoun = false;
  };
  struct Entity {
    std::int32_t id = 0;
    std::string type;
    std::string name;
    std::vector<std::int32_t> mentions;
    std::vector<std::string> titles;
    double salience = 0.0;
  };
  struct Relation {
    std::int32_t id = 0;
    std::string type;  // a relation type name ("met", "open")
    std::int32_t subject = -1;
    std::int32_t object = -1;  // -1: none (a role without an organization)
    std::int32_t subject_mention = -1;
    std::int32_t object_mention = -1;
    std::string predicate;
    bool negated = false;
    std::string date;  // ISO 8601, empty when unknown
    std::int32_t sentence = 0;
    Span span;  // the evidence
    double score = 1.0;
  };
  struct Quote {
    Span span;
    std::int32_t speaker = -1;
    std::string speaker_text;  // empty when none
    std::int32_t sentence = 0;
    bool indirect = false;
    std::string date;
  };

  std::string model_name;
  std::string model_version;
  OffsetUnit offsets = OffsetUnit::Utf16;
  std::string date;  // the document date, empty when unknown
  // The analyzed text as valid UTF-8, when known (a lede/1 result does not hold it; the writers that
  // need it, brat's offsets and displaCy's text, say so when it is missing).
  std::string text;
  std::vector<Span> sentences;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<Quote> quotes;
};

// The result of an analyzed Document, offsets in `unit`, the text included.
Result result_of(const Document& document, const ModelInfo& model, OffsetUnit unit);

// Checks what the writers rely on: ids in range, spans inside the text (when it is known) and in order.
// Returns an empty string, or a one-line reason ("mention 3: entity 12 does not exist").
std::string check_result(const Result& result);

}  // namespace lede
