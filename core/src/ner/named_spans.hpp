// Names as spans of tokens, read off a sentence's BILOU classes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "ner/ner_labels.hpp"

namespace lede::ner {

struct NamedSpan {
  std::uint32_t begin = 0;  // token index
  std::uint32_t end = 0;    // exclusive
  NamedType type = NamedType::Misc;
  bool operator==(const NamedSpan&) const = default;
};

// Appends the names of classes[0..count) with token indices shifted by `offset`. Decoded sequences are
// well formed; anything else is read leniently (an I or L with no open name of its type starts one, an
// open name ends where the next token does not continue it), so gold data in any state can be read.
inline void append_named_spans(const std::uint8_t* classes, std::size_t count, std::uint32_t offset,
                               std::vector<NamedSpan>& out) {
  bool open = false;
  NamedSpan current;
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint8_t cls = classes[i];
    const auto index = static_cast<std::uint32_t>(offset + i);
    const bool continues = open && cls != kOutside && type_of(cls) == current.type &&
                           (position_of(cls) == Position::Inside || position_of(cls) == Position::Last);
    if (open && !continues) {
      current.end = index;
      out.push_back(current);
      open = false;
    }
    if (cls == kOutside) continue;
    if (!open) {
      current = NamedSpan{index, index + 1, type_of(cls)};
      open = true;
    }
    const Position position = position_of(cls);
    if (position == Position::Last || position == Position::Unit) {
      current.end = index + 1;
      out.push_back(current);
      open = false;
    }
  }
  if (open) {
    current.end = static_cast<std::uint32_t>(offset + count);
    out.push_back(current);
  }
}

// The BILOU classes of names given as spans over `count` tokens (spans sorted, not overlapping).
inline void bilou_classes(const std::vector<NamedSpan>& spans, std::uint32_t offset, std::size_t count,
                          std::uint8_t* classes) {
  for (std::size_t i = 0; i < count; ++i) classes[i] = kOutside;
  for (const NamedSpan& span : spans) {
    const std::uint32_t b = span.begin - offset;
    const std::uint32_t e = span.end - offset;
    if (e - b == 1) {
      classes[b] = ner_class(span.type, Position::Unit);
      continue;
    }
    classes[b] = ner_class(span.type, Position::Begin);
    for (std::uint32_t i = b + 1; i + 1 < e; ++i) classes[i] = ner_class(span.type, Position::Inside);
    classes[e - 1] = ner_class(span.type, Position::Last);
  }
}

}  // namespace lede::ner
