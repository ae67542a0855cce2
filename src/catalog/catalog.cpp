#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include "catalog/snapshot.hpp"
#include "catalog/storage.hpp"
#include "embedded/embedded.hpp"
#include "onoma/catalog.hpp"
#include "onoma/text.hpp"

namespace onoma {
namespace {

std::shared_ptr<const CatalogStorage> seal(CatalogStorage storage) {
  auto shared = std::make_shared<CatalogStorage>(std::move(storage));
  // Ids are indexed only once the entities have their final address.
  shared->index_ids();
  return shared;
}

// ISO 639 languages and ISO 3166 regions that ICU knows, for the origin-tag lint.
bool known_to_icu(const char* const* list, std::string_view code) {
  for (; *list != nullptr; ++list) {
    if (code == *list)
      return true;
  }
  return false;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The text a name is compared by when looking for shared aliases: folded, words run together.
std::string name_key(std::string_view name) {
  Result<std::vector<Token>> tokens = tokenize(name);
  std::string key;
  if (!tokens)
    return key;
  for (const Token& token : *tokens) {
    for (char c : token.text) {
      if (c != '\'')
        key.push_back(c);
    }
  }
  return key;
}

}  // namespace

std::string Diagnostic::to_string() const {
  const std::string_view kind = severity == Severity::kError ? "error" : "warning";
  std::string out;
  if (!file.empty())
    out += file + ":";
  if (line > 0)
    out += fmt::format("{}:", line);
  if (line > 0 || column > 0)
    out += fmt::format("{}:", column);
  if (!out.empty())
    out += " ";
  return out + fmt::format("{}: {}", kind, message);
}

std::string_view entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kPlace:
      return "place";
    case EntityType::kOrg:
      return "org";
    case EntityType::kOther:
      return "other";
  }
  return "other";
}

Catalog::Catalog() : storage_(seal(CatalogStorage{})) {}

Catalog::Catalog(std::shared_ptr<const CatalogStorage> storage) : storage_(std::move(storage)) {}

Result<Catalog> Catalog::parse(std::string_view text, std::string_view source_name) {
  Result<CatalogStorage> storage = catalog::parse_catalog(text, source_name);
  if (!storage)
    return storage.errors();
  return Catalog(seal(std::move(storage).value()));
}

Result<Catalog> Catalog::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Diagnostic{Severity::kError, path, 0, 0, "cannot open catalog file"};
  }
  // A regular file is read with one read into an 8-byte aligned buffer, which a snapshot's index
  // then uses in place; anything else (a pipe) is read as a stream.
  std::shared_ptr<catalog::FileBuffer> buffer;
  std::error_code error;
  const bool regular = std::filesystem::is_regular_file(path, error);
  const std::uintmax_t size = regular ? std::filesystem::file_size(path, error) : 0;
  if (regular && !error &&
      size <= static_cast<std::uintmax_t>(std::numeric_limits<std::streamsize>::max())) {
    buffer = std::make_shared<catalog::FileBuffer>(static_cast<std::size_t>(size));
    in.read(reinterpret_cast<char*>(buffer->data()), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size) || in.bad())
      return Diagnostic{Severity::kError, path, 0, 0, "cannot read catalog file"};
  } else {
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
      return Diagnostic{Severity::kError, path, 0, 0, "cannot read catalog file"};
    buffer = std::make_shared<catalog::FileBuffer>(text.size());
    std::copy(text.begin(), text.end(), buffer->data());
  }
  if (buffer->size() > 0 && buffer->data()[0] == catalog::kSnapshotFirstByte) {
    Result<CatalogStorage> storage = catalog::read_snapshot(buffer, path);
    if (!storage)
      return storage.errors();
    return Catalog(seal(std::move(storage).value()));
  }
  return parse(std::string_view(reinterpret_cast<const char*>(buffer->data()), buffer->size()),
               path);
}

Result<std::uint64_t> Catalog::write_snapshot(const std::string& path) const {
  return catalog::write_snapshot(*this, path);
}

Result<Catalog> Catalog::combine(const std::vector<Catalog>& catalogs) {
  if (catalogs.size() == 1)
    return catalogs.front();
  CatalogStorage combined;
  std::unordered_map<std::string_view, const Entity*> seen;
  std::vector<Diagnostic> errors;
  for (const Catalog& catalog : catalogs) {
    for (std::size_t i = 0; i < catalog.size(); ++i) {
      const Entity& entity = catalog[i];
      const auto [previous, inserted] = seen.emplace(entity.id, &entity);
      if (!inserted) {
        errors.push_back({Severity::kError, entity.source, entity.line, 1,
                          fmt::format("duplicate id '{}' (first defined at {}:{})", entity.id,
                                      previous->second->source, previous->second->line)});
        continue;
      }
      combined.entities.push_back(entity);
      combined.locations.push_back(catalog.storage_->locations[i]);
    }
  }
  if (!errors.empty())
    return errors;
  return Catalog(seal(std::move(combined)));
}

const Catalog& Catalog::builtin() {
  static const Catalog instance = [] {
    std::vector<Catalog> parts;
    for (const embedded::File& file : embedded::builtin_catalog()) {
      Result<Catalog> part = parse(file.text(), std::string("builtin:") + file.name);
      // The build's own test suite parses every table, so a broken built-in table never ships;
      // should it happen anyway, the part is left out rather than taking the process down.
      if (part)
        parts.push_back(std::move(part).value());
    }
    Result<Catalog> combined = combine(parts);
    return combined ? std::move(combined).value() : Catalog();
  }();
  return instance;
}

std::vector<Diagnostic> Catalog::check() const {
  std::vector<Diagnostic> warnings;
  const auto warn = [&](const Entity& entity, std::uint32_t column, std::string message) {
    warnings.push_back(
        {Severity::kWarning, entity.source, entity.line, column, std::move(message)});
  };

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const char* const* languages = uloc_getISOLanguages();
  const char* const* countries = uloc_getISOCountries();

  // Folded name -> first entity index that has it.
  std::unordered_map<std::string, std::size_t> owner_of_name;
  for (std::size_t i = 0; i < size(); ++i) {
    const Entity& entity = (*this)[i];
    const EntityLocation& location = storage_->locations[i];

    // Origin: language subtag known to ICU, region (a 2-letter or 3-digit subtag) known too.
    const std::string origin = lower(entity.origin);
    const std::string language = origin.substr(0, origin.find('-'));
    if (!known_to_icu(languages, language) && language != "und") {
      warn(entity, location.origin_column,
           fmt::format("unknown language '{}' in origin '{}'", language, entity.origin));
    }
    std::size_t start = origin.find('-');
    while (start != std::string::npos) {
      const std::size_t end = origin.find('-', start + 1);
      const std::string subtag =
          origin.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
      std::string upper_subtag = subtag;
      for (char& c : upper_subtag)
        c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      if (subtag.size() == 2 && !known_to_icu(countries, upper_subtag)) {
        warn(entity, location.origin_column,
             fmt::format("unknown region '{}' in origin '{}'", upper_subtag, entity.origin));
      }
      start = end;
    }

    const std::vector<std::string_view> names = catalog::names_of(entity);
    std::set<std::string> keys_of_entity;
    for (std::size_t n = 0; n < names.size(); ++n) {
      const std::uint32_t column = n < location.name_columns.size() ? location.name_columns[n] : 1;
      if (nfc != nullptr) {
        UErrorCode check_status = U_ZERO_ERROR;
        const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
            icu::StringPiece(names[n].data(), static_cast<int32_t>(names[n].size())));
        if (!nfc->isNormalized(unicode, check_status)) {
          warn(entity, column, fmt::format("'{}' is not in Unicode NFC", names[n]));
        }
      }
      std::string key = name_key(names[n]);
      if (key.empty() || !keys_of_entity.insert(key).second)
        continue;
      const auto [owner, inserted] = owner_of_name.emplace(key, i);
      if (!inserted) {
        const Entity& other = (*this)[owner->second];
        warn(
            entity, column,
            fmt::format("name '{}' is shared with entity '{}' ({}:{}); a query for it is ambiguous",
                        names[n], other.id, other.source, other.line));
      }
    }
  }
  return warnings;
}

std::size_t Catalog::size() const {
  return storage_->entities.size();
}

const Entity& Catalog::operator[](std::size_t index) const {
  return storage_->entities[index];
}

const Entity* Catalog::begin() const {
  return storage_->entities.data();
}

const Entity* Catalog::end() const {
  return storage_->entities.data() + storage_->entities.size();
}

const Entity* Catalog::find(std::string_view id) const {
  const auto found = storage_->by_id.find(id);
  return found == storage_->by_id.end() ? nullptr : &storage_->entities[found->second];
}

}  // namespace onoma
