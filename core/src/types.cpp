#include "lede/types.hpp"

#include <array>

namespace lede {
namespace {

constexpr std::array<std::string_view, kEntityTypeCount> kEntityTypeNames = {
    "PERSON", "NORP", "ORG",   "GPE",     "LOC",      "FAC",      "EVENT",   "WORK",  "LAW",  "PRODUCT",
    "DATE",   "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "TITLE", "MISC",
};

constexpr std::array<std::string_view, kRelationTypeCount> kRelationTypeNames = {
    "role",     "member_of", "located_in", "based_in", "lives_in",          "met", "visited", "killed",
    "attacked", "supports",  "opposes",    "accused",  "communicated_with", "open"};

}  // namespace

std::string_view to_string(RelationType type) { return kRelationTypeNames[static_cast<std::size_t>(type)]; }

std::optional<RelationType> relation_type_from_string(std::string_view name) {
  for (std::size_t i = 0; i < kRelationTypeNames.size(); ++i) {
    if (kRelationTypeNames[i] == name) return static_cast<RelationType>(i);
  }
  return std::nullopt;
}

std::string_view to_string(EntityType type) { return kEntityTypeNames[static_cast<std::size_t>(type)]; }

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

bool is_valid_iso_date(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  int fields[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = 0; i < lengths[f]; ++i) {
      const char c = date[static_cast<std::size_t>(starts[f] + i)];
      if (c < '0' || c > '9') return false;
      fields[f] = fields[f] * 10 + (c - '0');
    }
  }
  const int year = fields[0];
  const int month = fields[1];
  const int day = fields[2];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDaysInMonth[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= days;
}

}  // namespace lede
