// A saved lede/1 result (parsed JSON) read back into a lede::Result, for `lede export`.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "lede/result.hpp"

namespace lede::cli {

// The result, or nullopt with `error` set to a one-line reason (a missing or mistyped field, an index out
// of range, a span outside the text); any JSON at all is answered, never a crash.
std::optional<Result> read_lede_result(const nlohmann::json& json, std::string& error);

}  // namespace lede::cli
