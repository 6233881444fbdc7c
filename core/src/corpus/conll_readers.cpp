#include "corpus/conll_readers.hpp"

#include <charconv>
#include <string>

#include "text/token_kind.hpp"

namespace lede::corpus {
namespace {

std::string_view column(std::string_view line, std::size_t index, char separator) {
  for (std::size_t i = 0; i < index; ++i) {
    const std::size_t at = line.find(separator);
    if (at == std::string_view::npos) return {};
    line.remove_prefix(at + 1);
  }
  return line.substr(0, line.find(separator));
}

// Splits `content` into lines without their line breaks; visit(line, number) with 1-based numbers.
template <class Visit>
void for_each_line(std::string_view content, Visit&& visit) {
  std::size_t number = 0;
  while (!content.empty()) {
    const std::size_t newline = content.find('\n');
    std::string_view line = content.substr(0, newline);
    content = newline == std::string_view::npos ? std::string_view() : content.substr(newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    visit(line, ++number);
  }
}

void report(std::vector<LineProblem>* problems, std::size_t line, std::string message) {
  if (problems != nullptr) problems->push_back({line, std::move(message)});
}

bool is_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// An ID of CoNLL-U: "3", a multiword range "3-4" or an empty node "3.1".
bool is_conllu_id(std::string_view id) {
  const std::size_t mark = id.find_first_of("-.");
  if (mark == std::string_view::npos) return is_digits(id);
  return is_digits(id.substr(0, mark)) && is_digits(id.substr(mark + 1));
}

// Why a CoNLL-U word line cannot be read, or empty when it can.
std::string conllu_line_problem(std::string_view line) {
  std::size_t columns = 1;
  for (const char c : line) columns += c == '\t' ? 1 : 0;
  if (columns != 10) {
    std::string message = "a word line needs 10 tab-separated columns, this one has " + std::to_string(columns);
    if (columns == 1 && line.find(' ') != std::string_view::npos) message += " (spaces instead of tabs?)";
    return message;
  }
  const std::string_view id = line.substr(0, line.find('\t'));
  if (!is_conllu_id(id)) return "the ID column is not a number, a range N-M or an empty node N.M";
  if (column(line, 1, '\t').empty()) return "the FORM column is empty";
  return {};
}

int parse_int(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

// Builds a document from pieces: the text grows as tokens are appended with what precedes them.
class DocumentBuilder {
 public:
  void start_sentence(std::string_view separator) {
    if (!tokens_.empty()) text_ += separator;
    sentence_begin_ = tokens_.size();
    pending_newlines_ = 0;
    for (const char c : separator) pending_newlines_ += c == '\n' ? 1 : 0;
  }
  // Appends `gap` (whitespace between tokens) and then the token.
  void add_token(std::string_view gap, std::string_view form, std::string_view source_line) {
    text_ += gap;
    Token token;
    token.start = static_cast<std::uint32_t>(text_.size());
    text_ += form;
    token.end = static_cast<std::uint32_t>(text_.size());
    token.kind = text::token_kind_of(form);
    const bool first = tokens_.empty();
    token.space_before = first || !gap.empty() || (tokens_.size() == sentence_begin_ && pending_newlines_ > 0);
    token.newline_before = first || (tokens_.size() == sentence_begin_ && pending_newlines_ > 0);
    token.paragraph_before = first || (tokens_.size() == sentence_begin_ && pending_newlines_ > 1);
    tokens_.push_back(token);
    source_lines_.emplace_back(source_line);
  }
  void end_sentence() {
    if (tokens_.size() > sentence_begin_) {
      sentences_.push_back({static_cast<std::uint32_t>(sentence_begin_), static_cast<std::uint32_t>(tokens_.size())});
    }
  }
  bool empty() const { return tokens_.empty(); }
  std::size_t text_size() const { return text_.size(); }
  // Drops a sentence whose words could not be aligned, so it can be rebuilt another way.
  void rollback_sentence(std::size_t text_size) {
    text_.resize(text_size);
    tokens_.resize(sentence_begin_);
    source_lines_.resize(sentence_begin_);
  }

  Document finish(bool had_docstart) {
    Document document(text_);
    document.tokens = std::move(tokens_);
    document.sentences = std::move(sentences_);
    document.source_lines = std::move(source_lines_);
    document.had_docstart = had_docstart;
    *this = DocumentBuilder();
    return document;
  }

 private:
  std::string text_;
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
  std::vector<std::string> source_lines_;
  std::size_t sentence_begin_ = 0;
  int pending_newlines_ = 0;
};

struct ConlluWord {
  std::string_view line;
  std::string_view form;
  bool space_after = true;
  bool multiword = false;               // a range line "3-4"
  std::vector<std::string_view> parts;  // forms of the words of a multiword token
  std::vector<std::string_view> part_lines;
};

bool has_space_after_no(std::string_view misc) {
  std::size_t at = 0;
  while ((at = misc.find("SpaceAfter=No", at)) != std::string_view::npos) {
    const bool starts_field = at == 0 || misc[at - 1] == '|';
    const std::size_t after = at + 13;
    if (starts_field && (after == misc.size() || misc[after] == '|')) return true;
    at = after;
  }
  return false;
}

class ConlluReader {
 public:
  explicit ConlluReader(std::vector<LineProblem>* problems) : problems_(problems) {}

  std::vector<Document> read(std::string_view content) {
    for_each_line(content, [&](std::string_view line, std::size_t number) { take_line(line, number); });
    flush_sentence();
    flush_document();
    return std::move(documents_);
  }

 private:
  void take_line(std::string_view line, std::size_t number) {
    if (is_blank(line)) {
      flush_sentence();
      return;
    }
    if (line.front() == '#') {
      take_comment(line);
      return;
    }
    if (std::string problem = conllu_line_problem(line); !problem.empty()) {
      report(problems_, number, std::move(problem));
      return;
    }
    const std::string_view id = column(line, 0, '\t');
    if (id.find('.') != std::string_view::npos) return;  // empty nodes carry no surface text
    const std::string_view form = column(line, 1, '\t');
    const bool space_after = !has_space_after_no(column(line, 9, '\t'));
    if (id.find('-') != std::string_view::npos) {
      ConlluWord word{line, form, space_after, true, {}, {}};
      // "3-4": the words 3 and 4 follow; remember how many.
      const std::size_t dash = id.find('-');
      const int first = parse_int(id.substr(0, dash));
      const int last = parse_int(id.substr(dash + 1));
      multiword_remaining_ = last >= first && last - first < 16 ? last - first + 1 : 0;
      words_.push_back(std::move(word));
      return;
    }
    if (multiword_remaining_ > 0 && !words_.empty()) {
      words_.back().parts.push_back(form);
      words_.back().part_lines.push_back(line);
      --multiword_remaining_;
      return;
    }
    words_.push_back(ConlluWord{line, form, space_after, false, {}, {}});
  }

  void take_comment(std::string_view line) {
    if (line.rfind("# newdoc", 0) == 0) {
      flush_sentence();
      flush_document();
      new_paragraph_ = true;
    } else if (line == "# newpar" || line.rfind("# newpar ", 0) == 0) {
      new_paragraph_ = true;
    } else if (line.rfind("# text = ", 0) == 0) {
      sentence_text_ = line.substr(9);
    }
  }

  void flush_sentence() {
    multiword_remaining_ = 0;  // a range's words never continue past the end of its sentence
    if (words_.empty()) {
      sentence_text_ = {};
      return;
    }
    const std::string_view separator = builder_.empty()        ? ""
                                       : new_paragraph_        ? "\n\n"
                                       : previous_space_after_ ? " "
                                                               : "";
    builder_.start_sentence(separator);
    const std::size_t rollback_to = builder_.text_size();
    if (sentence_text_.empty() || !add_aligned_to_text(rollback_to)) add_from_space_after();
    builder_.end_sentence();
    previous_space_after_ = words_.back().space_after;
    words_.clear();
    sentence_text_ = {};
    new_paragraph_ = false;
  }

  // Places the words in "# text"; false (and nothing added) when a word is not where it should be.
  bool add_aligned_to_text(std::size_t rollback_to) {
    std::string_view rest = sentence_text_;
    for (const ConlluWord& word : words_) {
      const std::size_t skip = rest.find_first_not_of(" \t");
      if (skip == std::string_view::npos || rest.substr(skip, word.form.size()) != word.form) {
        builder_.rollback_sentence(rollback_to);
        return false;
      }
      add_word(word, rest.substr(0, skip));
      rest.remove_prefix(skip + word.form.size());
    }
    return true;
  }

  void add_from_space_after() {
    bool space = false;
    for (const ConlluWord& word : words_) {
      add_word(word, space ? " " : "");
      space = word.space_after;
    }
  }

  void add_word(const ConlluWord& word, std::string_view gap) {
    if (!word.multiword) {
      builder_.add_token(gap, word.form, word.line);
      return;
    }
    std::string spelled;
    for (const std::string_view part : word.parts) spelled += part;
    if (spelled != word.form || word.parts.empty()) {
      builder_.add_token(gap, word.form, word.line);  // "won't" = will + not: one token
      return;
    }
    for (std::size_t i = 0; i < word.parts.size(); ++i) {
      builder_.add_token(i == 0 ? gap : "", word.parts[i], word.part_lines[i]);
    }
  }

  void flush_document() {
    if (!builder_.empty()) documents_.push_back(builder_.finish(false));
    previous_space_after_ = true;
  }

  std::vector<LineProblem>* problems_;
  DocumentBuilder builder_;
  std::vector<Document> documents_;
  std::vector<ConlluWord> words_;
  std::string_view sentence_text_;
  int multiword_remaining_ = 0;
  bool new_paragraph_ = true;
  bool previous_space_after_ = true;
};

}  // namespace

std::string_view last_column(std::string_view line) {
  const std::size_t space = line.find_last_of(" \t");
  return space == std::string_view::npos ? line : line.substr(space + 1);
}

std::vector<Document> read_conllu(std::string_view content, std::vector<LineProblem>* problems) {
  // Any invalid UTF-8 is repaired first, so every offset below is an offset of the final text.
  const Document repaired(content);
  return ConlluReader(problems).read(repaired.text());
}

std::vector<Document> read_conll2003(std::string_view content, std::vector<LineProblem>* problems) {
  const Document repaired(content);
  std::vector<Document> documents;
  DocumentBuilder builder;
  bool had_docstart = false;
  bool in_sentence = false;
  for_each_line(repaired.text(), [&](std::string_view line, std::size_t number) {
    if (line.rfind("-DOCSTART-", 0) == 0) {
      if (in_sentence) builder.end_sentence();
      in_sentence = false;
      if (!builder.empty()) documents.push_back(builder.finish(had_docstart));
      had_docstart = true;
      return;
    }
    if (is_blank(line)) {
      if (in_sentence) builder.end_sentence();
      in_sentence = false;
      return;
    }
    if (line.front() == ' ' || line.front() == '\t') {
      report(problems, number, "the line starts with a space or a tab: its word (the first column) is empty");
      return;
    }
    const bool first_in_sentence = !in_sentence;
    if (first_in_sentence) {
      builder.start_sentence("\n");
      in_sentence = true;
    }
    const std::string_view form = column(line, 0, line.find('\t') != std::string_view::npos ? '\t' : ' ');
    builder.add_token(first_in_sentence ? "" : " ", form, line);
  });
  if (in_sentence) builder.end_sentence();
  if (!builder.empty()) documents.push_back(builder.finish(had_docstart));
  return documents;
}

}  // namespace lede::corpus
