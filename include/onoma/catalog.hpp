// Catalogs: the entities onoma resolves names to.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "onoma/export.hpp"
#include "onoma/result.hpp"

namespace onoma {

struct CatalogStorage;  // private to the library

enum class EntityType : std::uint8_t { kPerson, kPlace, kOrg, kOther };

ONOMA_API std::string_view entity_type_name(EntityType type);

// One identity and every name it is known by. Text is stored as written in the catalog (NFC is
// recommended; check() warns otherwise).
struct Entity {
  std::string id;  // [a-z0-9-]+, unique within a catalog
  EntityType type = EntityType::kOther;
  std::string origin;     // BCP 47 tag of the entity's culture: "ko-KP", "ru", "zh", "en", ...
  std::string canonical;  // the display name
  std::vector<std::string> natives;  // names in the native script(s), may be empty
  std::vector<std::string> aliases;  // further spellings, may be empty
  std::string note;
  // Where the entity was defined: the catalog's source name and its 1-based line.
  std::string source;
  std::uint32_t line = 0;
};

// An immutable set of entities, loaded from catalog format v1 (see tables/README.md).
//
// Thread safety: a Catalog never changes after it is built; all const member functions are safe
// to call from any number of threads. Ownership: copies share the same immutable storage, so
// copying a Catalog is cheap (one reference count) and no copy outlives its data.
class ONOMA_API Catalog {
 public:
  // An empty catalog.
  Catalog();

  // The default catalog of tables/catalog/*.tsv, compiled into the library: works with no file
  // installed. Parsed once, on first use, in a thread-safe way.
  static const Catalog& builtin();

  // Reads a catalog file: catalog format v1 text, or a compiled snapshot (write_snapshot()),
  // recognized by its first byte (0x89, which no UTF-8 text begins with). Every malformed line of
  // a text file is an error Diagnostic naming file:line:column; the Result holds all of them, in
  // file order, and no Catalog at all. A snapshot is read with one read and every offset and
  // length in it is checked against the file; a truncated, damaged or other-format-version
  // snapshot is one error Diagnostic with line 0 and column = the byte offset where it is wrong
  // + 1 (docs/catalog-snapshot.md).
  static Result<Catalog> load(const std::string& path);

  // Parses catalog text held in memory; `source_name` is used in diagnostics and Entity::source.
  static Result<Catalog> parse(std::string_view text, std::string_view source_name);

  // Several catalogs as one. An id defined twice is an error naming both places.
  static Result<Catalog> combine(const std::vector<Catalog>& catalogs);

  // The lint of `onoma check-catalog`: warnings (never errors) about an alias or canonical name
  // that folds to the same text on several entities, text that is not in NFC, and origin tags
  // whose language or region is unknown to ICU.
  std::vector<Diagnostic> check() const;

  std::size_t size() const;
  bool empty() const { return size() == 0; }
  const Entity& operator[](std::size_t index) const;
  const Entity* begin() const;
  const Entity* end() const;

  // The entity with this id, or nullptr.
  const Entity* find(std::string_view id) const;

  // Writes the catalog as one binary snapshot (docs/catalog-snapshot.md): the entities and the
  // precomputed reading index, which a Resolver built from the loaded catalog alone (not
  // combined with another) uses instead of building it. Building the index costs what building
  // a Resolver with default options costs (one build thread per hardware thread), unless this
  // catalog was itself loaded from a snapshot. The file is
  // replaced only once it is complete. Returns the number of bytes written; errors name `path`.
  Result<std::uint64_t> write_snapshot(const std::string& path) const;

 private:
  friend struct CatalogAccess;  // private to the library
  explicit Catalog(std::shared_ptr<const CatalogStorage> storage);
  std::shared_ptr<const CatalogStorage> storage_;
};

}  // namespace onoma
