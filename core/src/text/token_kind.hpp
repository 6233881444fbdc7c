// The kind of a token given from outside (CoNLL input), judged from its first character.
#pragma once

#include <string_view>

#include "lede/document.hpp"

namespace lede::text {

TokenKind token_kind_of(std::string_view token_text);

}  // namespace lede::text
