// The immutable storage behind onoma::Catalog, shared by its copies.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "onoma/catalog.hpp"

namespace onoma {
namespace resolve {
class ReadingIndex;
}

// Where each name of an entity stands in its source line, for check() diagnostics.
struct EntityLocation {
  std::uint32_t origin_column = 0;
  // Columns of canonical, then each native, then each alias: the order of names_of().
  std::vector<std::uint32_t> name_columns;
  // Columns of the whole text fields: canonical, native, aliases, note.
  std::uint32_t field_columns[4] = {0, 0, 0, 0};
};

struct CatalogStorage {
  std::vector<Entity> entities;
  std::vector<EntityLocation> locations;                    // parallel to entities
  std::unordered_map<std::string_view, std::size_t> by_id;  // views into entities[i].id
  // The precomputed reading index of a catalog loaded from a snapshot (docs/catalog-snapshot.md),
  // and the readings version it was built with; null for a parsed or combined catalog.
  std::shared_ptr<const resolve::ReadingIndex> index;
  std::uint64_t index_readings_version = 0;

  void index_ids() {
    by_id.clear();
    by_id.reserve(entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i)
      by_id.emplace(entities[i].id, i);
  }
};

// The library's way into a Catalog's private storage.
struct CatalogAccess {
  static const CatalogStorage& storage(const Catalog& catalog) { return *catalog.storage_; }
};

namespace catalog {

// Every name of an entity: canonical, natives, aliases, in that order.
std::vector<std::string_view> names_of(const Entity& entity);

// names_of(entity)[index], without building the list; index < 1 + natives + aliases.
inline std::string_view name_of(const Entity& entity, std::size_t index) {
  if (index == 0)
    return entity.canonical;
  if (index <= entity.natives.size())
    return entity.natives[index - 1];
  return entity.aliases[index - 1 - entity.natives.size()];
}

// Parses catalog format v1 text; errors name `source`.
Result<CatalogStorage> parse_catalog(std::string_view text, std::string_view source);

// Checks BCP 47 well-formedness (RFC 5646 §2.1 syntax: language, script, region, variants);
// returns the 0-based byte index of the first offending character, or npos when well formed.
std::size_t find_malformed_language_tag(std::string_view tag);

}  // namespace catalog
}  // namespace onoma
