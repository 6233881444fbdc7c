#include "lede/types.hpp"

#include <array>

namespace lede {
namespace {

constexpr std::array<std::string_view, kEntityTypeCount> kEntityTypeNames = {
    "PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK", "LAW", "PRODUCT",
    "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "TITLE", "MISC",
};

}  // namespace

std::string_view to_string(EntityType type) {
  return kEntityTypeNames[static_cast<std::size_t>(type)];
}

std::optional<EntityType> entity_type_from_string(std::string_view name) {
  for (std::size_t i = 0; i < kEntityTypeNames.size(); ++i) {
    if (kEntityTypeNames[i] == name) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

std::string_view conll2003_label(EntityType type) {
  switch (type) {
    case EntityType::Person: return "PER";
    case EntityType::Org: return "ORG";
    case EntityType::Gpe:
    case EntityType::Loc:
    case EntityType::Fac: return "LOC";
    case EntityType::Norp:
    case EntityType::Event:
    case EntityType::Work:
    case EntityType::Law:
    case EntityType::Product:
    case EntityType::Misc: return "MISC";
    default: return "";
  }
}

std::string_view to_string(OffsetUnit unit) {
  switch (unit) {
    case OffsetUnit::Utf16: return "utf16";
    case OffsetUnit::Codepoint: return "codepoint";
    case OffsetUnit::Byte: return "byte";
  }
  return "utf16";
}

std::optional<OffsetUnit> offset_unit_from_string(std::string_view name) {
  if (name == "utf16") return OffsetUnit::Utf16;
  if (name == "codepoint") return OffsetUnit::Codepoint;
  if (name == "byte") return OffsetUnit::Byte;
  return std::nullopt;
}

}  // namespace lede
