// brat standoff (.ann, https://brat.nlplab.org/standoff.html): a T line per mention ("T1<TAB>PERSON 0 12
// <TAB>Asim Munir"), with code point offsets into the .txt, as brat counts (a result in code points needs
// no text; one in UTF-16 or bytes needs it to count them); a mention that crosses a line
// break is written as fragments ("0 5;6 12"), since brat spans stay within a line. An R line per typed
// relation whose two mentions are known (open relations have no fixed type to declare in brat's
// annotation.conf), and an AnnotatorNotes line giving each mention's entity by its canonical name, which
// is how two mentions of one entity show as such.
#include <string>

#include "export/export_support.hpp"
#include "text/utf8.hpp"

namespace lede::exporting {
namespace {

// "start end" fragments of the mention's words `slice`, which start at code point `start`, leaving out
// line breaks; and the words with each break a space.
std::pair<std::string, std::string> fragments(std::string_view slice, std::uint32_t start) {
  std::string spans;
  std::string words;
  std::uint32_t fragment_start = start;
  std::uint32_t position = start;
  const auto close = [&](std::uint32_t at) {
    if (at > fragment_start) {
      if (!spans.empty()) spans += ';';
      spans += std::to_string(fragment_start) + " " + std::to_string(at);
    }
  };
  for (std::size_t byte = 0; byte < slice.size(); ++position) {
    const std::uint32_t length = text::decode_utf8(slice, byte).length;
    const char c = slice[byte];
    if (c == '\n' || c == '\r') {
      close(position);
      fragment_start = position + 1;
      words += ' ';
    } else {
      words.append(slice.substr(byte, length));
    }
    byte += length;
  }
  close(position);
  return {spans, words};
}

}  // namespace

std::string write_brat(const Result& result, OutputSink& out) {
  const CodepointOffsets codepoints(result);
  if (!codepoints.ok()) return codepoints.error;
  for (const Result::Mention& mention : result.mentions) {
    const std::uint32_t start = codepoints(mention.span.start);
    // The words as the text has them, or (a code point result given alone) as the mention says.
    const std::string_view words_in_text = result.text.empty()
                                               ? std::string_view(mention.text)
                                               : codepoint_slice(result.text, start, codepoints(mention.span.end));
    const auto [spans, words] = fragments(words_in_text, start);
    if (spans.empty()) continue;  // nothing but a line break: brat has no empty spans
    write_pieces(out, "T", std::to_string(mention.id + 1), "\t", mention.type, " ", spans, "\t", words, "\n");
  }
  std::int32_t relation_number = 0;
  for (const Result::Relation& relation : result.relations) {
    if (relation.type == "open" || relation.subject_mention < 0 || relation.object_mention < 0) continue;
    write_pieces(out, "R", std::to_string(++relation_number), "\t", relation.type, " Arg1:T",
                 std::to_string(relation.subject_mention + 1), " Arg2:T", std::to_string(relation.object_mention + 1),
                 "\n");
  }
  std::int32_t note_number = 0;
  for (const Result::Mention& mention : result.mentions) {
    const std::string_view name = entity_name(result, mention.entity);
    if (name.empty()) continue;
    write_pieces(out, "#", std::to_string(++note_number), "\tAnnotatorNotes T", std::to_string(mention.id + 1), "\t",
                 name, " (entity ", std::to_string(mention.entity), ")\n");
  }
  return {};
}

}  // namespace lede::exporting
