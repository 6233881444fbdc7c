#include "lede/document.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace lede {

Document::Document(std::string_view input) {
  text_.reserve(input.size());
  std::size_t position = 0;
  while (position < input.size()) {
    // Copy the longest ASCII run at once: news text is mostly ASCII.
    std::size_t ascii_end = position;
    while (ascii_end < input.size() && static_cast<unsigned char>(input[ascii_end]) < 0x80) ++ascii_end;
    text_.append(input.substr(position, ascii_end - position));
    position = ascii_end;
    if (position >= input.size()) break;

    const text::DecodedCodepoint cp = text::decode_utf8(input, position);
    if (cp.valid) {
      text_.append(input.substr(position, cp.length));
    } else {
      repairs_.push_back({static_cast<std::uint32_t>(text_.size()), cp.length});
      text::append_utf8(text_, text::kReplacementCharacter);
    }
    position += cp.length;
  }
}

std::uint32_t Document::sentence_of_token(std::uint32_t token) const {
  const auto found = std::upper_bound(sentences.begin(), sentences.end(), token,
                                      [](std::uint32_t t, const Sentence& s) { return t < s.token_begin; });
  return found == sentences.begin() ? 0 : static_cast<std::uint32_t>(found - sentences.begin() - 1);
}

OffsetMap::OffsetMap(const Document& document, OffsetUnit unit) {
  const std::string& text = document.text();
  const std::vector<Repair>& repairs = document.repairs();
  if (unit == OffsetUnit::Byte && repairs.empty()) return;
  if (unit != OffsetUnit::Byte &&
      std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return;  // ASCII: every unit counts the same
  }

  identity_ = false;
  table_.assign(text.size() + 1, 0);
  std::uint32_t converted = 0;
  std::size_t next_repair = 0;
  std::size_t position = 0;
  while (position < text.size()) {
    const std::uint32_t length = text::utf8_sequence_length(static_cast<unsigned char>(text[position]));
    std::uint32_t width = 1;
    if (unit == OffsetUnit::Utf16) {
      width = length == 4 ? 2 : 1;
    } else if (unit == OffsetUnit::Byte) {
      width = length;
      if (next_repair < repairs.size() && repairs[next_repair].position == position) {
        width = repairs[next_repair++].input_length;
      }
    }
    // Offsets inside a sequence map to its start, so no span can split a code point or a
    // surrogate pair.
    for (std::uint32_t i = 0; i < length && position + i < text.size(); ++i) {
      table_[position + i] = converted;
    }
    converted += width;
    position += length;
  }
  table_[text.size()] = converted;
}

}  // namespace lede
