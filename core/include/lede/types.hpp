// The closed vocabularies shared by every stage and both bindings: entity and relation types, offset
// units, the model's name in results, and what counts as a valid document date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lede {

// The entity types of lede/1 (docs/lede-1.schema.json). The order is part of no file format; names are.
// One row of names per line reads as the table it is.
// clang-format off
enum class EntityType : std::uint8_t {
  Person, Norp, Org, Gpe, Loc, Fac, Event, Work, Law, Product,
  Date, Time, Money, Percent, Quantity, Cardinal, Ordinal, Title, Misc,
};
// clang-format on
inline constexpr int kEntityTypeCount = 19;

std::string_view to_string(EntityType type);
std::optional<EntityType> entity_type_from_string(std::string_view name);

// The types the rule recognizers find (DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL).
constexpr bool is_rule_type(EntityType type) { return type >= EntityType::Date && type <= EntityType::Ordinal; }
static_assert(EntityType::Ordinal == static_cast<EntityType>(static_cast<int>(EntityType::Date) + 6));

// The types of names (PERSON ... PRODUCT, MISC): neither a rule type nor TITLE.
constexpr bool is_name_type(EntityType type) { return !is_rule_type(type) && type != EntityType::Title; }

// The CoNLL-2003 label ("PER", "ORG", "LOC", "MISC") a type maps to, or "" for types CoNLL ignores.
std::string_view conll2003_label(EntityType type);

// The relation types of lede/1 (docs/lede-1.schema.json); `Open` is a relation named by its verb. The order is
// part of no file format (the relation classifier numbers its own kinds); names are.
// The typed relations of ../shared/DESIGN.md "Relation types" (the last five for politics and conflict
// news), and Open for every other verb between two entities.
enum class RelationType : std::uint8_t {
  Role,
  MemberOf,
  LocatedIn,
  BasedIn,
  LivesIn,
  Met,
  Visited,
  Killed,
  Attacked,
  Supports,
  Opposes,
  Accused,
  CommunicatedWith,
  Open,
};
inline constexpr int kRelationTypeCount = 14;

std::string_view to_string(RelationType type);  // "role", "member_of", ..., "open"
std::optional<RelationType> relation_type_from_string(std::string_view name);

// The name and version written into every result's "model" field.
struct ModelInfo {
  std::string name = "lede-rules";
  std::string version = "0.1.0";
};

// Whether `date` is an ISO 8601 calendar day written "YYYY-MM-DD" (a real day, years 1..9999): the
// document date option, and the one check the events stage makes before reading a date.
bool is_valid_iso_date(std::string_view date);

// How offsets are counted in results: JavaScript string indices (UTF-16 code units) by default.
enum class OffsetUnit : std::uint8_t { Utf16, Codepoint, Byte };

std::string_view to_string(OffsetUnit unit);
std::optional<OffsetUnit> offset_unit_from_string(std::string_view name);

}  // namespace lede
