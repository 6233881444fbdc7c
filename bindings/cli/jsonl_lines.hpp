// What `lede analyze --jsonl` does to an input line before and after nlohmann parses it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lede::cli {

// The line with every lone surrogate escape ("\ud800" without its pair, which JSON.stringify writes for
// a JS string holding half an emoji) turned into "\ufffd", so the line parses and the text reads as the
// JS API reads the same string (TextEncoder's U+FFFD). Other escapes are left alone.
std::string replace_lone_surrogate_escapes(std::string_view line);

// Whether the line holds a "\u" escape of a surrogate at all (the usual line needs no copy).
bool has_surrogate_escape(std::string_view line);

// The id of a line that is not valid JSON, when it can still be read: a top-level "id" key followed by a
// string or a number; the id as JSON ("\"a-7\"", "12"), or nullopt.
std::optional<std::string> salvage_id(std::string_view line);

}  // namespace lede::cli
