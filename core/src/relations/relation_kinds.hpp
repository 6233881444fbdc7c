// The typed relations the classifier decides (the lede/1 relation types), the coarse argument types it
// sees, and which argument types each relation takes. The numbering of RelationKind and ArgumentType is
// part of the "relations" model section (classes and features are stored by these numbers): append only.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "lede/types.hpp"

namespace lede::relations {

// The relations CoNLL04 annotates (Roth & Yih 2004), under the lede/1 names: Work_For -> member_of,
// Live_In -> lives_in, Located_In -> located_in, OrgBased_In -> based_in, Kill -> killed.
enum class RelationKind : std::uint8_t { None, MemberOf, LivesIn, LocatedIn, BasedIn, Killed };
inline constexpr std::uint8_t kRelationKindCount = 6;

// What the classifier knows of an argument: people, organizations, places, and everything else (never an
// argument of a typed relation, but still a candidate for the open ones).
enum class ArgumentType : std::uint8_t { Person, Org, Place, Other };
inline constexpr std::uint8_t kArgumentTypeCount = 4;

ArgumentType argument_type(EntityType type);

// The relation type a classifier kind writes (None has none: callers skip it first).
RelationType relation_type(RelationKind kind);
// The kind of a CoNLL04 label ("Work_For", ...), nullopt for "N" or an unknown label.
std::optional<RelationKind> relation_from_conll04(std::string_view label);
// The CoNLL04 label of a relation type (member_of -> "Work_For"), "" when CoNLL04 has none.
std::string_view conll04_label(RelationType type);

// Whether `kind` may hold from a subject of type `subject` to an object of type `object`:
// member_of PERSON -> ORG, lives_in PERSON -> place, located_in place -> place, based_in ORG -> place,
// killed PERSON -> PERSON. (lede/1 also lets member_of take a country; CoNLL04's Work_For does not,
// and the classifier learns from CoNLL04.)
bool allows(RelationKind kind, ArgumentType subject, ArgumentType object);

// Classifier classes over an ordered pair of candidates (first, second in text order): 0 = none, then
// each kind with the first as subject, then each kind with the second as subject.
inline constexpr std::uint32_t kRelationClassCount = 1 + 2 * (kRelationKindCount - 1);
struct RelationClass {
  RelationKind kind = RelationKind::None;
  bool first_is_subject = true;
};
RelationClass relation_class(std::uint32_t class_index);
std::uint32_t class_index(RelationKind kind, bool first_is_subject);

}  // namespace lede::relations
