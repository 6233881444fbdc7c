#include "export/export_support.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "text/utf8.hpp"

namespace lede::exporting {

CodepointOffsets::CodepointOffsets(const Result& result) {
  if (result.offsets == OffsetUnit::Codepoint && result.text.empty()) {
    identity_ = true;
    limit_ = UINT32_MAX;  // nothing to check spans against
    return;
  }
  if (result.text.empty()) {
    error = "this format counts code points, and the result's offsets are " + std::string(to_string(result.offsets)) +
            ": give the analyzed text to convert them";
    return;
  }
  const std::string_view text = result.text;
  std::uint32_t codepoint = 0;
  for (std::size_t i = 0; i < text.size();) {
    const text::DecodedCodepoint decoded = text::decode_utf8(text, i);
    const std::size_t length = decoded.length;
    std::size_t units = 1;
    if (result.offsets == OffsetUnit::Byte) units = length;
    if (result.offsets == OffsetUnit::Utf16) units = decoded.value >= 0x10000 ? 2 : 1;
    for (std::size_t u = 0; u < units; ++u) table_.push_back(codepoint);
    ++codepoint;
    i += length;
  }
  table_.push_back(codepoint);
  limit_ = static_cast<std::uint32_t>(table_.size() - 1);
  for (const Result::Mention& mention : result.mentions) {
    if (!inside(mention.span)) {
      error = "mention " + std::to_string(mention.id) + " lies outside the text (is it the analyzed text?)";
      return;
    }
  }
}

std::string_view codepoint_slice(std::string_view text, std::uint32_t start, std::uint32_t end) {
  std::size_t byte = 0;
  std::size_t begin = text.size();
  for (std::uint32_t codepoint = 0;; ++codepoint) {
    if (codepoint == start) begin = byte;
    if (codepoint == end || byte >= text.size()) break;
    byte += text::decode_utf8(text, byte).length;
  }
  begin = std::min(begin, byte);
  return text.substr(begin, byte - begin);
}

void write_csv_record(const std::vector<std::string>& fields, OutputSink& out) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.write(",");
    const std::string& field = fields[i];
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
      out.write(field);
      continue;
    }
    std::string quoted = "\"";
    for (const char c : field) {
      if (c == '"') quoted += '"';
      quoted += c;
    }
    quoted += '"';
    out.write(quoted);
  }
  out.write("\r\n");
}

std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 allows no control characters but tab, line feed and carriage return.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

void write_gexf_head(OutputSink& out, std::string_view creator, std::string_view description) {
  out.write(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
  write_pieces(out, "  <meta>\n    <creator>", xml_escaped(creator), "</creator>\n    <description>",
               xml_escaped(description), "</description>\n  </meta>\n");
}

std::string two_decimals(double value) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%.2f", value);
  return digits;
}

std::string_view entity_name(const Result& result, std::int32_t entity) {
  if (entity < 0 || entity >= static_cast<std::int32_t>(result.entities.size())) return {};
  return result.entities[static_cast<std::size_t>(entity)].name;
}

std::map<std::pair<std::int32_t, std::int32_t>, int> cooccurrences(const Result& result) {
  std::map<std::int32_t, std::set<std::int32_t>> by_sentence;
  for (const Result::Mention& mention : result.mentions) {
    if (mention.entity >= 0) by_sentence[mention.sentence].insert(mention.entity);
  }
  std::map<std::pair<std::int32_t, std::int32_t>, int> pairs;
  for (const auto& [sentence, entities] : by_sentence) {
    for (auto a = entities.begin(); a != entities.end(); ++a) {
      for (auto b = std::next(a); b != entities.end(); ++b) ++pairs[{*a, *b}];
    }
  }
  return pairs;
}

}  // namespace lede::exporting
