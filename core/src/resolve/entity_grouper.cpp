#include "resolve/entity_grouper.hpp"

#include <string_view>
#include <unordered_map>

namespace lede::resolve {
namespace {

struct EntityKey {
  EntityType type;
  std::string_view text;
  bool operator==(const EntityKey& other) const { return type == other.type && text == other.text; }
};

struct EntityKeyHash {
  std::size_t operator()(const EntityKey& key) const {
    return std::hash<std::string_view>()(key.text) * 31U + static_cast<std::size_t>(key.type);
  }
};

}  // namespace

void group_entities(Document& document) {
  document.entities.clear();
  std::unordered_map<EntityKey, std::uint32_t, EntityKeyHash> entity_of;
  const std::string_view text = document.text();
  for (std::uint32_t m = 0; m < document.mentions.size(); ++m) {
    Mention& mention = document.mentions[m];
    const std::uint32_t start = document.mention_start(mention);
    const EntityKey key{mention.type, text.substr(start, document.mention_end(mention) - start)};
    const auto [found, inserted] = entity_of.try_emplace(key, static_cast<std::uint32_t>(document.entities.size()));
    if (inserted) {
      Entity entity;
      entity.type = mention.type;
      entity.name = std::string(key.text);
      document.entities.push_back(std::move(entity));
    }
    mention.entity = static_cast<std::int32_t>(found->second);
    document.entities[found->second].mentions.push_back(m);
  }
  // Salience, for now: the entity's share of all mentions. Position and role come later.
  const float total = document.mentions.empty() ? 1.0F : static_cast<float>(document.mentions.size());
  for (Entity& entity : document.entities) entity.salience = static_cast<float>(entity.mentions.size()) / total;
}

}  // namespace lede::resolve
