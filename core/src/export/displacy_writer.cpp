// displaCy's manual format (spaCy's `displacy.render(doc, style="ent", manual=True)`): the text and its
// named spans as {"start","end","label"} in code points, which is how Python counts a str. Linked
// pronouns are left out: displaCy shows names, and a pronoun labelled PERSON would read as one.
#include <string>

#include "export/export_support.hpp"

namespace lede::exporting {

std::string write_displacy(const Result& result, OutputSink& out) {
  const CodepointOffsets codepoints(result);
  if (!codepoints.ok()) return codepoints.error;
  if (result.text.empty()) return "displaCy needs the analyzed text";
  out.write("{\"text\":");
  write_json_string(result.text, out);
  out.write(",\"ents\":[");
  bool first = true;
  for (const Result::Mention& mention : result.mentions) {
    if (mention.pronoun) continue;
    out.write(first ? "{\"start\":" : ",{\"start\":");
    first = false;
    out.write(std::to_string(codepoints(mention.span.start)) +
              ",\"end\":" + std::to_string(codepoints(mention.span.end)) + ",\"label\":");
    write_json_string(mention.type, out);
    out.write("}");
  }
  out.write("],\"title\":null}\n");
  return {};
}

}  // namespace lede::exporting
