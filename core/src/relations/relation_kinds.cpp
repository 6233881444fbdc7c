#include "relations/relation_kinds.hpp"

namespace lede::relations {

ArgumentType argument_type(EntityType type) {
  switch (type) {
    case EntityType::Person: return ArgumentType::Person;
    case EntityType::Org: return ArgumentType::Org;
    case EntityType::Gpe:
    case EntityType::Loc:
    case EntityType::Fac: return ArgumentType::Place;
    default: return ArgumentType::Other;
  }
}

RelationType relation_type(RelationKind kind) {
  switch (kind) {
    case RelationKind::MemberOf: return RelationType::MemberOf;
    case RelationKind::LivesIn: return RelationType::LivesIn;
    case RelationKind::LocatedIn: return RelationType::LocatedIn;
    case RelationKind::BasedIn: return RelationType::BasedIn;
    case RelationKind::Killed: return RelationType::Killed;
    case RelationKind::None: break;
  }
  return RelationType::Open;
}

std::optional<RelationKind> relation_from_conll04(std::string_view label) {
  if (label == "Work_For") return RelationKind::MemberOf;
  if (label == "Live_In") return RelationKind::LivesIn;
  if (label == "Located_In") return RelationKind::LocatedIn;
  if (label == "OrgBased_In") return RelationKind::BasedIn;
  if (label == "Kill") return RelationKind::Killed;
  return std::nullopt;
}

std::string_view conll04_label(RelationType type) {
  switch (type) {
    case RelationType::MemberOf: return "Work_For";
    case RelationType::LivesIn: return "Live_In";
    case RelationType::LocatedIn: return "Located_In";
    case RelationType::BasedIn: return "OrgBased_In";
    case RelationType::Killed: return "Kill";
    default: return "";
  }
}

bool allows(RelationKind kind, ArgumentType subject, ArgumentType object) {
  switch (kind) {
    case RelationKind::None: return true;
    case RelationKind::MemberOf: return subject == ArgumentType::Person && object == ArgumentType::Org;
    case RelationKind::LivesIn: return subject == ArgumentType::Person && object == ArgumentType::Place;
    case RelationKind::LocatedIn: return subject == ArgumentType::Place && object == ArgumentType::Place;
    case RelationKind::BasedIn: return subject == ArgumentType::Org && object == ArgumentType::Place;
    case RelationKind::Killed: return subject == ArgumentType::Person && object == ArgumentType::Person;
  }
  return false;
}

RelationClass relation_class(std::uint32_t class_index) {
  constexpr std::uint32_t kinds = kRelationKindCount - 1;
  if (class_index == 0 || class_index >= kRelationClassCount) return {};
  const bool first_is_subject = class_index <= kinds;
  const std::uint32_t kind = first_is_subject ? class_index : class_index - kinds;
  return {static_cast<RelationKind>(kind), first_is_subject};
}

std::uint32_t class_index(RelationKind kind, bool first_is_subject) {
  if (kind == RelationKind::None) return 0;
  const auto k = static_cast<std::uint32_t>(kind);
  return first_is_subject ? k : k + (kRelationKindCount - 1);
}

}  // namespace lede::relations
