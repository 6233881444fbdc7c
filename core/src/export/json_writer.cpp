#include <array>
#include <charconv>
#include <cstdio>

#include "document/dep_labels.hpp"
#include "document/pos_tags.hpp"
#include "export/export_support.hpp"
#include "lede/export.hpp"

namespace lede {
namespace {

// Small pieces go through a local buffer so the sink sees few, large writes.
class BufferedWriter {
 public:
  explicit BufferedWriter(OutputSink& sink) : sink_(sink) {}
  ~BufferedWriter() { flush(); }
  BufferedWriter(const BufferedWriter&) = delete;
  BufferedWriter& operator=(const BufferedWriter&) = delete;

  void put(std::string_view bytes) {
    if (used_ + bytes.size() > buffer_.size()) {
      flush();
      if (bytes.size() > buffer_.size()) {
        sink_.write(bytes);
        return;
      }
    }
    bytes.copy(buffer_.data() + used_, bytes.size());
    used_ += bytes.size();
  }
  void put(char c) { put(std::string_view(&c, 1)); }
  void put_number(std::uint64_t value) {
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    put(std::string_view(digits, static_cast<std::size_t>(result.ptr - digits)));
  }
  void put_signed(std::int64_t value) {
    if (value < 0) {
      put('-');
      put_number(static_cast<std::uint64_t>(-value));
    } else {
      put_number(static_cast<std::uint64_t>(value));
    }
  }
  void put_score(float score) {
    const int hundredths = exporting::score_hundredths(score);
    char digits[16];
    std::snprintf(digits, sizeof digits, "%d.%02d", hundredths / 100, hundredths % 100);
    put(digits);
  }
  void put_string(std::string_view text) {
    put('"');
    std::size_t run_start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      put(text.substr(run_start, i - run_start));
      run_start = i + 1;
      switch (c) {
        case '"': put("\\\""); break;
        case '\\': put("\\\\"); break;
        case '\n': put("\\n"); break;
        case '\r': put("\\r"); break;
        case '\t': put("\\t"); break;
        default: {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
          put(escaped);
        }
      }
    }
    put(text.substr(run_start));
    put('"');
  }
  void flush() {
    if (used_ > 0) sink_.write(std::string_view(buffer_.data(), used_));
    used_ = 0;
  }

 private:
  OutputSink& sink_;
  std::array<char, 1 << 14> buffer_{};
  std::size_t used_ = 0;
};

void write_span(BufferedWriter& w, const OffsetMap& offsets, std::uint32_t start, std::uint32_t end) {
  w.put("\"start\":");
  w.put_number(offsets(start));
  w.put(",\"end\":");
  w.put_number(offsets(end));
}

void write_sentences(BufferedWriter& w, const Document& document, const OffsetMap& offsets) {
  w.put(",\"sentences\":[");
  for (std::size_t i = 0; i < document.sentences.size(); ++i) {
    const Sentence& sentence = document.sentences[i];
    w.put(i == 0 ? "{" : ",{");
    write_span(w, offsets, document.sentence_start(sentence), document.sentence_end(sentence));
    w.put('}');
  }
  w.put(']');
}

void write_tokens(BufferedWriter& w, const Document& document, const OffsetMap& offsets) {
  w.put(",\"tokens\":[");
  const bool with_pos = document.has_pos();
  const bool with_parse = document.has_parse();
  for (std::size_t i = 0; i < document.tokens.size(); ++i) {
    const Token& token = document.tokens[i];
    w.put(i == 0 ? "{" : ",{");
    write_span(w, offsets, token.start, token.end);
    w.put(",\"text\":");
    w.put_string(document.token_text(token));
    if (with_pos && document.xpos[i] != kNoTag) {
      w.put(",\"pos\":\"");
      w.put(upos_name(document.upos[i]));
      w.put("\",\"tag\":");
      w.put_string(xpos_name(document.xpos[i]));
      w.put(",\"lemma\":");
      w.put_string(document.lemma(i));
    }
    if (with_parse && document.deprels[i] != kNoLabel) {
      w.put(",\"head\":");
      w.put_signed(document.heads[i]);
      w.put(",\"dep\":\"");
      w.put(dep_label_name(document.deprels[i]));
      w.put('"');
    }
    w.put('}');
  }
  w.put(']');
}

void write_mentions(BufferedWriter& w, const Document& document, const OffsetMap& offsets) {
  w.put(",\"mentions\":[");
  for (std::size_t i = 0; i < document.mentions.size(); ++i) {
    const Mention& mention = document.mentions[i];
    const std::uint32_t start = document.mention_start(mention);
    const std::uint32_t end = document.mention_end(mention);
    w.put(i == 0 ? "{\"id\":" : ",{\"id\":");
    w.put_number(i);
    w.put(',');
    write_span(w, offsets, start, end);
    w.put(",\"text\":");
    w.put_string(std::string_view(document.text()).substr(start, end - start));
    w.put(",\"type\":\"");
    w.put(to_string(mention.type));
    w.put("\",\"entity\":");
    if (mention.entity < 0) {
      w.put("null");
    } else {
      w.put_signed(mention.entity);
    }
    w.put(",\"sentence\":");
    w.put_number(document.sentence_of_token(mention.token_begin));
    w.put(",\"score\":");
    w.put_score(mention.score);
    if (mention.pronoun) w.put(",\"pronoun\":true");  // written only when set: most mentions are names
    w.put('}');
  }
  w.put(']');
}

void write_entities(BufferedWriter& w, const Document& document) {
  w.put(",\"entities\":[");
  for (std::size_t i = 0; i < document.entities.size(); ++i) {
    const Entity& entity = document.entities[i];
    w.put(i == 0 ? "{\"id\":" : ",{\"id\":");
    w.put_number(i);
    w.put(",\"type\":\"");
    w.put(to_string(entity.type));
    w.put("\",\"name\":");
    w.put_string(entity.name);
    w.put(",\"mentions\":[");
    for (std::size_t m = 0; m < entity.mentions.size(); ++m) {
      if (m > 0) w.put(',');
      w.put_number(entity.mentions[m]);
    }
    w.put("],\"titles\":[");
    for (std::size_t t = 0; t < entity.titles.size(); ++t) {
      if (t > 0) w.put(',');
      w.put_string(entity.titles[t]);
    }
    w.put("],\"salience\":");
    w.put_score(entity.salience);
    w.put('}');
  }
  w.put(']');
}

void write_index_or_null(BufferedWriter& w, std::int32_t index) {
  if (index < 0) {
    w.put("null");
  } else {
    w.put_signed(index);
  }
}

void write_relations(BufferedWriter& w, const Document& document, const OffsetMap& offsets) {
  w.put(",\"relations\":[");
  for (std::size_t i = 0; i < document.relations.size(); ++i) {
    const Relation& relation = document.relations[i];
    w.put(i == 0 ? "{\"id\":" : ",{\"id\":");
    w.put_number(i);
    w.put(",\"type\":");
    w.put_string(to_string(relation.type));
    w.put(",\"subject\":");
    write_index_or_null(w, relation.subject);
    w.put(",\"object\":");
    write_index_or_null(w, relation.object);
    w.put(",\"subject_mention\":");
    write_index_or_null(w, relation.subject_mention);
    w.put(",\"object_mention\":");
    write_index_or_null(w, relation.object_mention);
    if (relation.type == RelationType::Role) {  // the post's words as written (docs/lede-1.schema.json: role relations)
      w.put(",\"title\":");
      w.put_string(relation.predicate);
    }
    w.put(",\"predicate\":");
    w.put_string(relation.predicate);
    w.put(relation.negated ? ",\"negated\":true" : ",\"negated\":false");
    w.put(",\"date\":");
    if (relation.date.empty()) {
      w.put("null");
    } else {
      w.put_string(relation.date);
    }
    w.put(",\"sentence\":");
    w.put_number(relation.sentence);
    w.put(',');
    write_span(w, offsets, relation.start, relation.end);
    w.put(",\"score\":");
    w.put_score(relation.score);
    w.put('}');
  }
  w.put(']');
}

void write_string_or_null(BufferedWriter& w, std::string_view text) {
  if (text.empty()) {
    w.put("null");
  } else {
    w.put_string(text);
  }
}

void write_quotes(BufferedWriter& w, const Document& document, const OffsetMap& offsets) {
  w.put(",\"quotes\":[");
  for (std::size_t i = 0; i < document.quotes.size(); ++i) {
    const Quote& quote = document.quotes[i];
    w.put(i == 0 ? "{" : ",{");
    write_span(w, offsets, quote.start, quote.end);
    w.put(",\"speaker\":");
    write_index_or_null(w, quote.speaker);
    w.put(",\"speaker_text\":");
    const bool has_speaker_text = quote.speaker_end > quote.speaker_start;
    write_string_or_null(
        w, has_speaker_text
               ? std::string_view(document.text()).substr(quote.speaker_start, quote.speaker_end - quote.speaker_start)
               : std::string_view());
    w.put(",\"speaker_mention\":");
    write_index_or_null(w, quote.speaker_mention);
    if (has_speaker_text) {  // where the source is written, so the page can light it up when unnamed
      w.put(",\"speaker_start\":");
      w.put_number(offsets(quote.speaker_start));
      w.put(",\"speaker_end\":");
      w.put_number(offsets(quote.speaker_end));
    }
    w.put(",\"sentence\":");
    w.put_number(quote.sentence);
    w.put(quote.indirect ? ",\"indirect\":true" : ",\"indirect\":false");
    w.put(",\"date\":");
    write_string_or_null(w, quote.date);
    w.put('}');
  }
  w.put(']');
}

void write_dates(BufferedWriter& w, const Document& document) {
  w.put(",\"dates\":[");
  for (std::size_t i = 0; i < document.date_values.size(); ++i) {
    const DateValue& date = document.date_values[i];
    w.put(i == 0 ? "{\"mention\":" : ",{\"mention\":");
    w.put_number(date.mention);
    w.put(",\"value\":");
    w.put_string(date.value);
    w.put(",\"end\":");
    write_string_or_null(w, date.end);
    w.put(",\"anchor\":");
    w.put_string(date.anchor);
    w.put('}');
  }
  w.put(']');
}

void write_timeline(BufferedWriter& w, const Document& document) {
  w.put(",\"timeline\":[");
  for (std::size_t i = 0; i < document.timeline.size(); ++i) {
    const TimelineEntry& entry = document.timeline[i];
    w.put(i == 0 ? "{\"date\":" : ",{\"date\":");
    w.put_string(entry.date);
    w.put(entry.kind == TimelineEntry::Kind::Quote ? ",\"kind\":\"quote\",\"index\":"
                                                   : ",\"kind\":\"relation\",\"index\":");
    w.put_number(entry.index);
    w.put('}');
  }
  w.put(']');
}

}  // namespace

void write_json_string(std::string_view text, OutputSink& out) {
  BufferedWriter writer(out);
  writer.put_string(text);
}

void write_json(const Document& document, const ModelInfo& model, const JsonOptions& options, OutputSink& out) {
  const OffsetMap offsets(document, options.offsets);
  BufferedWriter w(out);
  w.put('{');
  if (!options.id_json.empty()) {
    w.put("\"id\":");
    w.put(options.id_json);
    w.put(',');
  }
  w.put("\"schema\":\"lede/1\",\"model\":{\"name\":");
  w.put_string(model.name);
  w.put(",\"version\":");
  w.put_string(model.version);
  w.put("},\"offsets\":\"");
  w.put(to_string(options.offsets));
  w.put("\",\"date\":");
  if (document.date.empty()) {
    w.put("null");
  } else {
    w.put_string(document.date);
  }
  w.put(",\"date_source\":");
  write_string_or_null(w, document.date_source);
  write_sentences(w, document, offsets);
  if (options.tokens) write_tokens(w, document, offsets);
  write_mentions(w, document, offsets);
  write_entities(w, document);
  write_relations(w, document, offsets);
  write_quotes(w, document, offsets);
  write_dates(w, document);
  write_timeline(w, document);
  w.put('}');
}

}  // namespace lede
