// The Document: the text of one article and every annotation layer the stages add to it.
//
// All spans inside the core are byte offsets into Document::text(), which is always valid UTF-8:
// invalid input bytes are replaced on construction by one U+FFFD per maximal bad subsequence
// (the WHATWG / Unicode "best practice" rule that TextDecoder follows, so the page and the CLI agree).
// Conversion to the offsets a caller sees (UTF-16, code points, input bytes) happens at export time
// through OffsetMap.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lede/types.hpp"

namespace lede {

// What a token looks like; recognizers use it to skip string tests in hot loops.
enum class TokenKind : std::uint8_t { Word, Number, Punct, Symbol, Url, Email, Hashtag, Mention };

struct Token {
  std::uint32_t start = 0;  // bytes in Document::text()
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::Word;
  bool space_before = false;      // whitespace (or the start of the text) precedes the token
  bool newline_before = false;    // a line break precedes it
  bool paragraph_before = false;  // a blank line precedes it (or it is the first token)
};

struct Sentence {
  std::uint32_t token_begin = 0;  // index into Document::tokens
  std::uint32_t token_end = 0;    // exclusive
};

struct Mention {
  std::uint32_t token_begin = 0;
  std::uint32_t token_end = 0;  // exclusive
  EntityType type = EntityType::Misc;
  float score = 1.0F;
  std::int32_t entity = -1;  // index into Document::entities, -1 while unresolved
  // A pronoun the resolve stage linked to an entity ("he" -> Bajwa): its type is the entity's type.
  // Name evaluations and the CoNLL writers leave pronouns out; they are coreference, not names.
  bool pronoun = false;
};

struct Entity {
  EntityType type = EntityType::Misc;
  std::string name;
  std::vector<std::uint32_t> mentions;  // indices into Document::mentions, in text order
  float salience = 0.0F;
  std::vector<std::string> titles;  // titles the text gives a person ("Chief of Army Staff", "General")
};

// A relation between two entities (lede/1 "relations"), added by the relations stage; `date`
// is filled by the events stage. Spans are byte offsets into Document::text().
struct Relation {
  RelationType type = RelationType::Open;
  std::int32_t subject = -1;          // entity index
  std::int32_t object = -1;           // entity index, -1 when none (a role without a stated organization)
  std::int32_t subject_mention = -1;  // mention index
  std::int32_t object_mention = -1;   // mention index
  std::string predicate;              // normalized predicate ("visit", "accuse of"); for role, the title text
  bool negated = false;
  std::string date;  // ISO 8601 (partial allowed), empty when unknown
  std::uint32_t sentence = 0;
  std::uint32_t start = 0;  // evidence span
  std::uint32_t end = 0;
  float score = 1.0F;
};

// A direct quote or reported claim (lede/1 "quotes"), added by the events stage.
struct Quote {
  std::uint32_t start = 0;  // the quoted text's span, byte offsets
  std::uint32_t end = 0;
  std::int32_t speaker = -1;          // entity index, -1 for an unnamed or unresolved source
  std::int32_t speaker_mention = -1;  // mention index, -1 when none
  std::uint32_t speaker_start = 0;    // the speaker's words as written ("a senior official"), empty span when none
  std::uint32_t speaker_end = 0;
  std::uint32_t sentence = 0;
  bool indirect = false;  // reported speech ("X said that ...")
  std::string date;
};

// The normalized value of a DATE mention (lede/1 "dates"), added by the events stage.
struct DateValue {
  std::uint32_t mention = 0;
  std::string value;   // ISO 8601, partial when the text is ("2018-02")
  std::string end;     // for ranges, else empty
  std::string anchor;  // "absolute", "document" or "unknown"
};

// One dated relation or quote on the timeline (lede/1 "timeline"), added by
// the events stage: the entries in date order, a small list the page draws.
struct TimelineEntry {
  enum class Kind : std::uint8_t { Relation, Quote };
  Kind kind = Kind::Relation;
  std::uint32_t index = 0;  // into Document::relations or Document::quotes
  std::string date;         // the item's date (ISO 8601, partial allowed)
};

// An acronym the text defines beside a name: "the National League for Democracy ( NLD )" or
// "NDMA ( National Disaster Management Authority )". Added by the NER stage, which names the acronym's
// other uses; the resolve stage reads it to group the short form with the long one.
struct AcronymDefinition {
  std::uint32_t acronym = 0;     // the short form's token
  std::uint32_t long_begin = 0;  // the long form's tokens: a name the tagger found
  std::uint32_t long_end = 0;    // exclusive
};

// Where the decoder replaced invalid input: `position` in text(), the bytes it stood for in the input.
struct Repair {
  std::uint32_t position = 0;
  std::uint32_t input_length = 0;
};

class Document {
 public:
  Document() = default;
  // Decodes `input` (any bytes), replacing invalid UTF-8 as described above.
  explicit Document(std::string_view input);

  const std::string& text() const { return text_; }
  std::string_view token_text(const Token& token) const {
    return std::string_view(text_).substr(token.start, token.end - token.start);
  }
  std::string_view token_text(std::size_t index) const { return token_text(tokens[index]); }
  const std::vector<Repair>& repairs() const { return repairs_; }

  std::uint32_t mention_start(const Mention& m) const { return tokens[m.token_begin].start; }
  std::uint32_t mention_end(const Mention& m) const { return tokens[m.token_end - 1].end; }
  std::uint32_t sentence_start(const Sentence& s) const { return tokens[s.token_begin].start; }
  std::uint32_t sentence_end(const Sentence& s) const { return tokens[s.token_end - 1].end; }
  // Index of the sentence holding a token; sentences must cover the tokens (the splitter ensures it).
  std::uint32_t sentence_of_token(std::uint32_t token) const;

  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;  // sorted by position, never overlapping
  // Names the tagger found inside a rule mention that covers them ("C$" in the MONEY "C$ 0.45", "GMT" in
  // the TIME "1800 GMT"): no mentions (those never overlap), but the CoNLL-2003 view, whose annotation
  // marks them, reports them (conll2003_names in lede/export.hpp). Sorted, never overlapping.
  std::vector<Mention> nested_names;
  std::vector<AcronymDefinition> acronyms;  // the NER stage's layer, in text order, one per acronym
  std::vector<Entity> entities;             // numbered in order of first mention
  std::vector<Relation> relations;          // the relations stage's layer
  std::vector<Quote> quotes;                // the events stage's layers
  std::vector<DateValue> date_values;
  std::vector<TimelineEntry> timeline;
  std::string date;  // document date, ISO 8601, or empty when unknown
  // Where `date` came from: "option" (the caller), "published" or "dateline" (found in the text by the
  // events stage), or empty when unknown.
  std::string date_source;

  // The pos stage's layers, one entry per token (empty when the analyzer has no POS model). Tags are
  // small numbers named by core/src/document/pos_tags.hpp (255 = none). Lemmas share one string, so tagging
  // allocates nothing per token: lemma i is lemma_text[lemma_ends[i - 1], lemma_ends[i]).
  std::vector<std::uint8_t> upos;
  std::vector<std::uint8_t> xpos;
  std::string lemma_text;
  std::vector<std::uint32_t> lemma_ends;
  bool has_pos() const { return !tokens.empty() && upos.size() == tokens.size() && lemma_ends.size() == tokens.size(); }
  std::string_view lemma(std::size_t token) const {
    const std::uint32_t begin = token == 0 ? 0 : lemma_ends[token - 1];
    return std::string_view(lemma_text).substr(begin, lemma_ends[token] - begin);
  }

  // The parse stage's layers, one entry per token (empty when the parser did not run). heads[i] is the
  // index into `tokens` of token i's syntactic head, -1 for a sentence root; deprels[i] is its Universal
  // Dependencies relation, a small number named by core/src/document/dep_labels.hpp. Heads never cross
  // sentence boundaries.
  std::vector<std::int32_t> heads;
  std::vector<std::uint8_t> deprels;
  bool has_parse() const { return !tokens.empty() && heads.size() == tokens.size() && deprels.size() == tokens.size(); }

  // For CoNLL input only: each token's input line, which the CoNLL writers write back, and whether the
  // document began with a -DOCSTART- line. Empty for text input.
  std::vector<std::string> source_lines;
  bool had_docstart = false;

 private:
  std::string text_;
  std::vector<Repair> repairs_;
};

// Converts byte offsets of Document::text() to the unit a caller asked for, in O(1) per lookup after
// an O(n) build. Byte offsets are counted in the original input, so they slice the caller's own bytes
// even where invalid sequences were replaced.
class OffsetMap {
 public:
  OffsetMap(const Document& document, OffsetUnit unit);
  std::uint32_t operator()(std::uint32_t byte_offset) const { return identity_ ? byte_offset : table_[byte_offset]; }

 private:
  bool identity_ = true;
  std::vector<std::uint32_t> table_;
};

}  // namespace lede
