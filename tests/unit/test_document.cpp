// The Document's UTF-8 repair, the OffsetMap, and properties of tokenization and sentence splitting
// over random byte strings. The checks decode UTF-8 with their own code, not the core's.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "lede/document.hpp"
#include "text/sentence_splitter.hpp"
#include "text/tokenizer.hpp"

namespace {

const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD

std::size_t count_replacements(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t at = text.find(kReplacement); at != std::string_view::npos;
       at = text.find(kReplacement, at + kReplacement.size())) {
    ++count;
  }
  return count;
}

// The repaired text of `input`.
std::string repaired(std::string_view input) { return lede::Document(input).text(); }

// A strict UTF-8 reader for the checks: the code points of valid UTF-8 with the byte offset of each,
// or an empty result and ok = false.
struct CodePoints {
  std::vector<char32_t> values;
  std::vector<std::uint32_t> offsets;  // byte offset of each code point, plus the text size at the end
  bool ok = true;
};

CodePoints code_points(std::string_view text) {
  CodePoints out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (b0 < 0x80) {
      length = 1;
      value = b0;
    } else if ((b0 & 0xE0) == 0xC0) {
      length = 2;
      value = b0 & 0x1F;
      minimum = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
      length = 3;
      value = b0 & 0x0F;
      minimum = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
      length = 4;
      value = b0 & 0x07;
      minimum = 0x10000;
    } else {
      out.ok = false;
      return out;
    }
    if (i + length > text.size()) {
      out.ok = false;
      return out;
    }
    for (std::size_t k = 1; k < length; ++k) {
      const auto b = static_cast<unsigned char>(text[i + k]);
      if ((b & 0xC0) != 0x80) {
        out.ok = false;
        return out;
      }
      value = (value << 6) | (b & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
      out.ok = false;
      return out;
    }
    out.values.push_back(value);
    out.offsets.push_back(static_cast<std::uint32_t>(i));
    i += length;
  }
  out.offsets.push_back(static_cast<std::uint32_t>(text.size()));
  return out;
}

// Unicode White_Space.
bool is_white_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// What may lie between tokens: white space, and invisible controls and format characters.
bool is_skippable(char32_t c) {
  return is_white_space(c) || c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || c == 0xFEFF;
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

TEST_CASE("valid UTF-8 is kept as it is", "[document]") {
  const std::string text = "Zoë paid €5 in 北京 😀 🇵🇰 \u2028 Ngũgĩ \xEF\xBF\xBD.";
  const lede::Document document(text);
  CHECK(document.text() == text);
  CHECK(document.repairs().empty());
  CHECK(repaired("") == "");
  CHECK(repaired(std::string("a\0b", 3)) == std::string("a\0b", 3));
  CHECK(repaired("\xF4\x8F\xBF\xBF") == "\xF4\x8F\xBF\xBF");  // U+10FFFF, the last code point
  CHECK(repaired("\xED\x9F\xBF") == "\xED\x9F\xBF");          // U+D7FF, just below the surrogates
}

TEST_CASE("each bad UTF-8 sequence becomes one U+FFFD", "[document]") {
  const std::string r = kReplacement;
  SECTION("lone continuation bytes, one each") {
    CHECK(repaired("a\x80z") == "a" + r + "z");
    CHECK(repaired("a\x80\xBFz") == "a" + r + r + "z");
    CHECK(repaired("\xC3\xA9\xA9") == "\xC3\xA9" + r);  // é then a stray continuation
  }
  SECTION("truncated sequences, one for the whole prefix") {
    CHECK(repaired("a\xC3z") == "a" + r + "z");
    CHECK(repaired("a\xE2\x82z") == "a" + r + "z");
    CHECK(repaired("a\xF0\x9F\x98z") == "a" + r + "z");
    CHECK(repaired("a\xF0\x9Fz") == "a" + r + "z");
    CHECK(repaired("\xC3") == r);
    CHECK(repaired("\xE2\x82") == r);
    CHECK(repaired("\xF0\x9F\x98") == r);
    CHECK(repaired("\xE2\x82\xE2\x82\xAC") == r + "\xE2\x82\xAC");  // truncated, then a valid €
  }
  SECTION("overlong forms: the lead byte and each continuation") {
    CHECK(repaired("\xC0\x80") == r + r);
    CHECK(repaired("\xC1\xBF") == r + r);
    CHECK(repaired("\xE0\x80\x80") == r + r + r);
    CHECK(repaired("\xF0\x80\x80\x80") == r + r + r + r);
  }
  SECTION("surrogates and code points above U+10FFFF") {
    CHECK(repaired("\xED\xA0\x80") == r + r + r);
    CHECK(repaired("\xED\xBF\xBF") == r + r + r);
    CHECK(repaired("\xF4\x90\x80\x80") == r + r + r + r);
  }
  SECTION("bytes that never start a sequence") {
    CHECK(repaired("\xF5\x80\x80\x80") == r + r + r + r);
    CHECK(repaired("\xF8\x88\x80\x80\x80") == r + r + r + r + r);
    CHECK(repaired("\xFE\xFF") == r + r);
    CHECK(repaired("x\xFFy") == "x" + r + "y");
  }
}

TEST_CASE("repairs record where they are and what they replaced", "[document]") {
  const lede::Document document("ab\xE2\x82 c\xFF\xED\xA0\x80");
  const std::vector<lede::Repair>& repairs = document.repairs();
  REQUIRE(repairs.size() == 5);
  CHECK(repairs[0].position == 2);
  CHECK(repairs[0].input_length == 2);
  CHECK(repairs[1].position == 2 + 3 + 2);
  CHECK(repairs[1].input_length == 1);
  CHECK(repairs[2].input_length == 1);
  CHECK(repairs[3].input_length == 1);
  CHECK(repairs[4].input_length == 1);
  CHECK(count_replacements(document.text()) == 5);
}

TEST_CASE("OffsetMap counts UTF-16 code units, code points or input bytes", "[document]") {
  // a (1 byte) 😀 (4 bytes, 2 UTF-16 units) é (2 bytes) 北 (3 bytes) b
  const lede::Document document(
      "a\xF0\x9F\x98\x80\xC3\xA9\xE5\x8C\x97"
      "b");
  REQUIRE(document.text().size() == 11);
  const lede::OffsetMap utf16(document, lede::OffsetUnit::Utf16);
  const lede::OffsetMap codepoint(document, lede::OffsetUnit::Codepoint);
  const lede::OffsetMap byte(document, lede::OffsetUnit::Byte);
  const std::uint32_t boundaries[] = {0, 1, 5, 7, 10, 11};
  const std::uint32_t in_utf16[] = {0, 1, 3, 4, 5, 6};
  const std::uint32_t in_codepoints[] = {0, 1, 2, 3, 4, 5};
  for (std::size_t i = 0; i < 6; ++i) {
    CHECK(utf16(boundaries[i]) == in_utf16[i]);
    CHECK(codepoint(boundaries[i]) == in_codepoints[i]);
    CHECK(byte(boundaries[i]) == boundaries[i]);
  }
  SECTION("offsets inside a sequence map to its start") {
    for (std::uint32_t inside = 2; inside < 5; ++inside) {
      CHECK(utf16(inside) == 1);
      CHECK(codepoint(inside) == 1);
    }
    CHECK(utf16(6) == 3);
    CHECK(utf16(8) == 4);
    CHECK(utf16(9) == 4);
    CHECK(codepoint(9) == 3);
  }
}

TEST_CASE("OffsetMap of ASCII is the identity in every unit", "[document]") {
  const lede::Document document("Plain ASCII text.");
  for (const lede::OffsetUnit unit : {lede::OffsetUnit::Utf16, lede::OffsetUnit::Codepoint, lede::OffsetUnit::Byte}) {
    const lede::OffsetMap map(document, unit);
    for (std::uint32_t i = 0; i <= document.text().size(); ++i) CHECK(map(i) == i);
  }
}

TEST_CASE("byte offsets count the original input where repairs happened", "[document]") {
  // Input: a, E2 82 (truncated), b, FF, c, F0 9F 98 80 (😀), d: 11 bytes.
  const std::string input =
      "a\xE2\x82"
      "b\xFF"
      "c\xF0\x9F\x98\x80"
      "d";
  const lede::Document document(input);
  REQUIRE(document.text() == "a" + kReplacement + "b" + kReplacement +
                                 "c\xF0\x9F\x98\x80"
                                 "d");
  const lede::OffsetMap byte(document, lede::OffsetUnit::Byte);
  const lede::OffsetMap utf16(document, lede::OffsetUnit::Utf16);
  const lede::OffsetMap codepoint(document, lede::OffsetUnit::Codepoint);
  // Positions in text(): a=0 FFFD=1 b=4 FFFD=5 c=8 😀=9 d=13 end=14.
  CHECK(byte(0) == 0);
  CHECK(byte(1) == 1);
  CHECK(byte(2) == 1);  // inside the U+FFFD
  CHECK(byte(4) == 3);
  CHECK(byte(5) == 4);
  CHECK(byte(8) == 5);
  CHECK(byte(9) == 6);
  CHECK(byte(13) == 10);
  CHECK(byte(14) == input.size());
  CHECK(input.substr(byte(4), byte(5) - byte(4)) == "b");
  CHECK(input.substr(byte(1), byte(4) - byte(1)) == "\xE2\x82");
  // Each U+FFFD counts one UTF-16 unit and one code point.
  CHECK(utf16(4) == 2);
  CHECK(utf16(13) == 7);
  CHECK(utf16(14) == 8);
  CHECK(codepoint(13) == 6);
  CHECK(codepoint(14) == 7);
}

TEST_CASE("tokens and sentences over random bytes keep their invariants", "[document]") {
  std::mt19937 random(20180425);
  const std::vector<std::string> pieces = {
      "a",
      "Z",
      "7",
      " ",
      " ",
      "\n",
      "\n\n",
      "\t",
      "\r\n",
      ".",
      ",",
      "'",
      "\"",
      "-",
      "(",
      ")",
      "$",
      "%",
      ":",
      "U.S.",
      "Gen.",
      "don't",
      "1,000",
      "...",
      "\xC3\xA9",          // é
      "\xE2\x82\xAC",      // €
      "\xE5\x8C\x97",      // 北
      "\xF0\x9F\x98\x80",  // 😀
      "\xF0\x9F\x87\xB5",  // a regional indicator
      "\xC2\xA0",          // no-break space
      "\xE2\x80\xA8",      // line separator
      "\xE2\x80\x94",      // em dash
      "\xE2\x80\x9C",
      "\xE2\x80\x99",  // “ ’
      "\xE2\x80\x8B",  // zero-width space
      "\xEF\xBB\xBF",  // byte order mark
  };
  std::uniform_int_distribution<int> length_of(0, 300);
  std::uniform_int_distribution<int> choice(0, 9);
  std::uniform_int_distribution<std::size_t> piece_of(0, pieces.size() - 1);
  std::uniform_int_distribution<int> byte_of(0, 255);

  for (int round = 0; round < 2000; ++round) {
    std::string input;
    const int target = length_of(random);
    while (static_cast<int>(input.size()) < target) {
      const int kind = choice(random);
      if (kind < 6) {
        input += pieces[piece_of(random)];
      } else if (kind < 8) {
        input += static_cast<char>(byte_of(random));
      } else {
        input += static_cast<char>(0x80 + byte_of(random) % 0x80);  // a byte of a multibyte sequence
      }
    }
    INFO("round " << round);
    lede::Document document(input);
    lede::text::tokenize(document);
    lede::text::split_sentences(document);
    const std::string& text = document.text();

    const CodePoints decoded = code_points(text);
    REQUIRE(decoded.ok);                                           // text() is always valid UTF-8
    std::vector<std::int64_t> index_of_byte(text.size() + 1, -1);  // code point index at each boundary
    std::vector<std::uint32_t> utf16_at(decoded.offsets.size(), 0);
    for (std::size_t i = 0; i < decoded.offsets.size(); ++i) {
      index_of_byte[decoded.offsets[i]] = static_cast<std::int64_t>(i);
      if (i > 0) utf16_at[i] = utf16_at[i - 1] + (decoded.values[i - 1] >= 0x10000 ? 2 : 1);
    }
    const lede::OffsetMap utf16(document, lede::OffsetUnit::Utf16);
    const lede::OffsetMap codepoint(document, lede::OffsetUnit::Codepoint);
    const lede::OffsetMap byte(document, lede::OffsetUnit::Byte);

    std::uint32_t previous_end = 0;
    std::size_t next_code_point = 0;  // for the check of the gaps between tokens
    for (const lede::Token& token : document.tokens) {
      REQUIRE(token.start < token.end);
      REQUIRE(previous_end <= token.start);
      REQUIRE(token.end <= text.size());
      CHECK_FALSE(is_continuation_byte(text[token.start]));
      CHECK((token.end == text.size() || !is_continuation_byte(text[token.end])));
      const std::int64_t first = index_of_byte[token.start];
      const std::int64_t last = index_of_byte[token.end];
      REQUIRE(first >= 0);
      REQUIRE(last >= 0);
      // UTF-16 and code point offsets land on code point boundaries, never inside a surrogate pair.
      CHECK(utf16(token.start) == utf16_at[static_cast<std::size_t>(first)]);
      CHECK(utf16(token.end) == utf16_at[static_cast<std::size_t>(last)]);
      CHECK(codepoint(token.start) == static_cast<std::uint32_t>(first));
      CHECK(codepoint(token.end) == static_cast<std::uint32_t>(last));
      // Byte offsets slice the input to bytes that decode to the token's text.
      REQUIRE(byte(token.start) <= byte(token.end));
      REQUIRE(byte(token.end) <= input.size());
      CHECK(lede::Document(input.substr(byte(token.start), byte(token.end) - byte(token.start))).text() ==
            document.token_text(token));
      // No white space inside a token; nothing but white space and invisible characters between them.
      for (auto i = static_cast<std::size_t>(first); i < static_cast<std::size_t>(last); ++i) {
        CHECK_FALSE(is_white_space(decoded.values[i]));
      }
      for (; next_code_point < static_cast<std::size_t>(first); ++next_code_point) {
        CHECK(is_skippable(decoded.values[next_code_point]));
      }
      next_code_point = static_cast<std::size_t>(last);
      previous_end = token.end;
    }
    for (; next_code_point < decoded.values.size(); ++next_code_point) {
      CHECK(is_skippable(decoded.values[next_code_point]));
    }
    CHECK(byte(static_cast<std::uint32_t>(text.size())) == input.size());

    // Sentences: non-empty, in order, contiguous, covering every token exactly once.
    if (document.tokens.empty()) {
      CHECK(document.sentences.empty());
      continue;
    }
    REQUIRE_FALSE(document.sentences.empty());
    CHECK(document.sentences.front().token_begin == 0);
    CHECK(document.sentences.back().token_end == document.tokens.size());
    for (std::size_t s = 0; s < document.sentences.size(); ++s) {
      const lede::Sentence& sentence = document.sentences[s];
      REQUIRE(sentence.token_begin < sentence.token_end);
      if (s > 0) REQUIRE(sentence.token_begin == document.sentences[s - 1].token_end);
      CHECK(document.sentence_of_token(sentence.token_begin) == s);
      CHECK(document.sentence_of_token(sentence.token_end - 1) == s);
    }
  }
}
