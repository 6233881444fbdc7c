#include <span>
#include <string>
#include <vector>

#include "document/dep_labels.hpp"
#include "document/pos_tags.hpp"
#include "lede/export.hpp"

namespace lede {
namespace {

// For each of `token_count` tokens, the index in `mentions` of the name mention covering it, or -1.
// Mentions are sorted and disjoint.
std::vector<std::int32_t> mention_of_tokens(std::size_t token_count, std::span<const Mention> mentions) {
  std::vector<std::int32_t> owner(token_count, -1);
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const Mention& mention = mentions[m];
    if (mention.pronoun) continue;  // NER columns hold names; a resolved "he" is coreference
    for (std::uint32_t t = mention.token_begin; t < mention.token_end && t < owner.size(); ++t) {
      owner[t] = static_cast<std::int32_t>(m);
    }
  }
  return owner;
}

// The IOB2 label of a token: "B-"/"I-" + the label, or "O" when the label is empty.
void append_iob_label(std::string& line, std::span<const Mention> mentions, std::int32_t mention, std::uint32_t token,
                      std::string_view label) {
  if (mention < 0 || label.empty()) {
    line += 'O';
    return;
  }
  line += mentions[static_cast<std::size_t>(mention)].token_begin == token ? "B-" : "I-";
  line += label;
}

// LEMMA, UPOS and XPOS with their tabs: the pos stage's layers, or "_" where it did not run.
void append_pos_columns(std::string& line, const Document& document, std::uint32_t token) {
  if (!document.has_pos() || document.xpos[token] == kNoTag) {
    line += "_\t_\t_\t";
    return;
  }
  const std::string_view lemma = document.lemma(token);
  for (const char c : lemma) line += c == '\t' || c == '\n' || c == '\r' ? '_' : c;
  if (lemma.empty()) line += '_';
  line += '\t';
  line += upos_name(document.upos[token]);
  line += '\t';
  line += xpos_name(document.xpos[token]);
  line += '\t';
}

// HEAD and DEPREL with their tabs: the head's 1-based number in the sentence (0 for the root) and the
// relation, or "_" where the parser did not run.
void append_parse_columns(std::string& line, const Document& document, const Sentence& sentence, std::uint32_t token) {
  if (!document.has_parse() || document.deprels[token] == kNoLabel) {
    line += "_\t_\t";
    return;
  }
  const std::int32_t head = document.heads[token];
  line += head < 0 ? std::string("0") : std::to_string(static_cast<std::uint32_t>(head) - sentence.token_begin + 1);
  line += '\t';
  line += dep_label_name(document.deprels[token]);
  line += '\t';
}

}  // namespace

std::vector<Mention> conll2003_names(const Document& document) {
  std::vector<Mention> names;
  names.reserve(document.mentions.size() + document.nested_names.size());
  std::size_t nested = 0;
  for (const Mention& mention : document.mentions) {
    if (mention.pronoun) continue;  // NER columns hold names; a resolved "he" is coreference
    if (!conll2003_label(mention.type).empty()) {
      names.push_back(mention);
      continue;
    }
    // A mention the CoNLL-2003 view drops (MONEY, TIME, ...) gives way to the names nested in it.
    while (nested < document.nested_names.size() && document.nested_names[nested].token_begin < mention.token_begin)
      ++nested;
    for (; nested < document.nested_names.size() && document.nested_names[nested].token_end <= mention.token_end;
         ++nested) {
      if (!conll2003_label(document.nested_names[nested].type).empty()) names.push_back(document.nested_names[nested]);
    }
  }
  return names;
}

void write_conll2003(const Document& document, OutputSink& out) {
  const std::vector<Mention> names = conll2003_names(document);
  const std::vector<std::int32_t> owner = mention_of_tokens(document.tokens.size(), names);
  const bool has_source = document.source_lines.size() == document.tokens.size();
  std::string line;
  if (document.had_docstart) out.write("-DOCSTART- -X- -X- O\n\n");
  for (const Sentence& sentence : document.sentences) {
    for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      line.assign(has_source ? std::string_view(document.source_lines[t]) : document.token_text(t));
      line += ' ';
      const std::int32_t mention = owner[t];
      append_iob_label(line, names, mention, t,
                       mention < 0 ? "" : conll2003_label(names[static_cast<std::size_t>(mention)].type));
      line += '\n';
      out.write(line);
    }
    out.write("\n");
  }
}

void write_conllu(const Document& document, OutputSink& out) {
  const std::vector<std::int32_t> owner = mention_of_tokens(document.tokens.size(), document.mentions);
  std::string line;
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    const Sentence& sentence = document.sentences[s];
    const std::uint32_t start = document.sentence_start(sentence);
    std::string sentence_text(std::string_view(document.text()).substr(start, document.sentence_end(sentence) - start));
    for (char& c : sentence_text) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';  // "# text" is one line
    }
    line = "# sent_id = " + std::to_string(s + 1) + "\n# text = " + sentence_text + "\n";
    out.write(line);
    for (std::uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      std::string form(document.token_text(t));
      for (char& c : form) {
        if (c == '\t' || c == '\n' || c == '\r') c = '_';
      }
      line = std::to_string(t - sentence.token_begin + 1) + '\t' + form + '\t';
      append_pos_columns(line, document, t);
      line += "_\t";  // FEATS
      append_parse_columns(line, document, sentence, t);
      line += "_\t";  // DEPS
      std::string misc;
      const std::int32_t mention = owner[t];
      if (mention >= 0) {
        misc = "NE=";
        append_iob_label(misc, document.mentions, mention, t,
                         to_string(document.mentions[static_cast<std::size_t>(mention)].type));
      }
      if (t + 1 < sentence.token_end && !document.tokens[t + 1].space_before) {
        if (!misc.empty()) misc += '|';
        misc += "SpaceAfter=No";
      }
      line += misc.empty() ? "_" : misc;
      line += '\n';
      out.write(line);
    }
    out.write("\n");
  }
}

}  // namespace lede
