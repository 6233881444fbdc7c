#include "jsonl_lines.hpp"

#include <nlohmann/json.hpp>

namespace lede::cli {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of a "\uXXXX" escape starting at `at`, or -1 when there is none.
long escaped_unit(std::string_view line, std::size_t at) {
  if (at + 6 > line.size() || line[at] != '\\' || line[at + 1] != 'u') return -1;
  long unit = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    const int digit = hex_value(line[i]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

bool is_high_surrogate(long unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool is_low_surrogate(long unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

// The end of the JSON string that opens at `at` (a '"'), just past its closing quote; npos when it never closes.
std::size_t string_end(std::string_view line, std::size_t at) {
  for (std::size_t i = at + 1; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '"') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

std::size_t skip_spaces(std::string_view line, std::size_t at) {
  while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
  return at;
}

// A JSON string or number value at `at`, as its text; empty when there is neither.
std::string_view scalar_at(std::string_view line, std::size_t at) {
  if (at >= line.size()) return {};
  if (line[at] == '"') {
    const std::size_t end = string_end(line, at);
    return end == std::string_view::npos ? std::string_view() : line.substr(at, end - at);
  }
  std::size_t end = at;
  while (end < line.size() && std::string_view("+-.0123456789eE").find(line[end]) != std::string_view::npos) ++end;
  return line.substr(at, end - at);
}

}  // namespace

bool has_surrogate_escape(std::string_view line) {
  for (std::size_t at = line.find("\\u"); at != std::string_view::npos; at = line.find("\\u", at + 2)) {
    const long unit = escaped_unit(line, at);
    if (is_high_surrogate(unit) || is_low_surrogate(unit)) return true;
  }
  return false;
}

std::string replace_lone_surrogate_escapes(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '\\' || i + 1 >= line.size()) {
      out += line[i];
      continue;
    }
    const long unit = escaped_unit(line, i);
    if (is_high_surrogate(unit) && is_low_surrogate(escaped_unit(line, i + 6))) {
      out.append(line.substr(i, 12));  // a whole pair
      i += 11;
    } else if (is_high_surrogate(unit) || is_low_surrogate(unit)) {
      out += "\\ufffd";
      i += 5;
    } else {
      out.append(line.substr(i, 2));  // any other escape, "\\" included, stays as it is
      ++i;
    }
  }
  return out;
}

std::optional<std::string> salvage_id(std::string_view line) {
  int depth = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == '"') {
      const std::size_t end = string_end(line, i);
      if (end == std::string_view::npos) return std::nullopt;
      const bool is_id_key = depth == 1 && line.substr(i, end - i) == "\"id\"";
      const std::size_t colon = skip_spaces(line, end);
      if (is_id_key && colon < line.size() && line[colon] == ':') {
        const std::string_view value = scalar_at(line, skip_spaces(line, colon + 1));
        const nlohmann::json id = nlohmann::json::parse(value, nullptr, /*allow_exceptions=*/false);
        if (value.empty() || id.is_discarded() || !(id.is_string() || id.is_number())) return std::nullopt;
        return id.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      }
      i = end - 1;
    }
  }
  return std::nullopt;
}

}  // namespace lede::cli
