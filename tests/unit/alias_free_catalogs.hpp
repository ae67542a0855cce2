// Catalogs without aliases, for the culture suites (Russian, Chinese): the people of a names
// fixture, or the built-in catalog's people of one culture, each held by a canonical name and
// its native script only, so that every other spelling must come from the decoders.
#pragma once

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <onoma/catalog.hpp>
#include <onoma/resolver.hpp>

#include "fixture_files.hpp"

namespace onoma::testing {

inline const std::string kCatalogHeader =
    "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n";

// A Resolver over catalog text (kCatalogHeader and rows); a malformed text fails the test.
inline onoma::Resolver resolver_of(const std::string& text) {
  auto catalog = onoma::Catalog::parse(text, "alias-free.tsv");
  if (!catalog)
    throw std::runtime_error(catalog.error().to_string());
  return onoma::Resolver(*catalog);
}

// The built-in catalog's entities whose origin begins with `origin_prefix` ("ru", "zh"), as
// persons with their canonical and native names and no alias.
inline onoma::Resolver alias_free_builtin(std::string_view origin_prefix) {
  std::string text = kCatalogHeader;
  for (const onoma::Entity& entity : onoma::Catalog::builtin()) {
    if (entity.origin.rfind(origin_prefix, 0) != 0)
      continue;
    std::string natives;
    for (const std::string& native : entity.natives)
      natives += (natives.empty() ? "" : "|") + native;
    text += entity.id + "\tperson\t" + entity.origin + "\t" + entity.canonical + "\t" + natives +
            "\t\t\n";
  }
  return resolver_of(text);
}

// One person of a names fixture (columns person_id, system, spelling and the native column).
struct FixturePerson {
  std::string native;  // the native-script name (Cyrillic, Han)
  std::string press;   // the first spelling in the preferred system; empty when it has none
  std::vector<std::pair<std::string, std::string>> spellings;  // (system, spelling)
};

// The people of a names fixture by catalog id (the fixture's person_id with '_' as '-'):
// `native_column` holds the native name, `press_system` the system of the canonical spelling.
inline std::map<std::string, FixturePerson> read_fixture_people(const std::string& path,
                                                                const std::string& native_column,
                                                                const std::string& press_system) {
  std::map<std::string, FixturePerson> people;
  for (const auto& row : read_tsv(path)) {
    // Catalog ids are lower-case letters, digits and hyphens.
    std::string id = row.at("person_id");
    std::replace(id.begin(), id.end(), '_', '-');
    FixturePerson& person = people[id];
    person.native = row.at(native_column);
    if (row.at("system") == press_system && person.press.empty())
      person.press = row.at("spelling");
    person.spellings.emplace_back(row.at("system"), row.at("spelling"));
  }
  return people;
}

// A catalog of `people`, each with the press spelling as canonical name (the native name when
// there is none) and the native name, no alias, all of `origin`.
inline std::string fixture_catalog_text(const std::map<std::string, FixturePerson>& people,
                                        const std::string& origin) {
  std::string text = kCatalogHeader;
  for (const auto& [id, person] : people) {
    const std::string canonical = person.press.empty() ? person.native : person.press;
    text += id + "\tperson\t" + origin + "\t" + canonical + "\t" + person.native + "\t\t\n";
  }
  return text;
}

// The alias-free catalogs of one culture, built once: the fixture's people, a Resolver over them
// (fixture_catalog_text()) and one over the built-in catalog's people of the culture.
struct AliasFreeCatalogs {
  AliasFreeCatalogs(const std::string& origin, const std::string& fixture_path,
                    const std::string& native_column, const std::string& press_system)
      : people(read_fixture_people(fixture_path, native_column, press_system)),
        fixture(resolver_of(fixture_catalog_text(people, origin))),
        builtin(alias_free_builtin(origin)) {}

  std::map<std::string, FixturePerson> people;
  onoma::Resolver fixture;
  onoma::Resolver builtin;
};

// The id `name` resolves to, or the status in parentheses when it resolves to no single entity.
inline std::string resolved(const onoma::Resolver& resolver, std::string_view name,
                            const onoma::Hints& hints = {}) {
  const auto r = resolver.resolve(name, hints);
  return r.entity() ? r.entity()->id : "(" + std::string(onoma::status_name(r.status)) + ")";
}

}  // namespace onoma::testing
