// Fuzz target: the compiled catalog snapshot reader (internal: src/catalog/snapshot.hpp
// read_snapshot, the path of Catalog::load for a file that starts with byte 0x89), and a
// Resolver over a snapshot that loads, which uses the snapshot's reading index in place.
//
// Every input is read twice: as it is, and "repaired": its file size field, readings version and
// every checksum set to what the reader expects (for the sections that lie inside the file), so
// that mutations get past the checksums to the structure behind them. Seeds are real snapshots
// (onoma compile-catalog) and truncated or damaged copies.
//
// Invariants: a rejected snapshot is exactly one error naming the path, with line 0 and a column
// (byte offset + 1) inside the file; a loaded one has unique ids of [a-z0-9-]+, valid UTF-8
// text, natives and aliases non-empty; Catalog::load of the same bytes agrees; a Resolver over it
// answers each entity's canonical name and a few fixed names within the fuzz_resolution.hpp
// invariants. Inputs over kMaxInput (64 KiB) are ignored.
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <onoma/catalog.hpp>
#include <onoma/resolver.hpp>

#include "catalog/snapshot.hpp"
#include "catalog/storage.hpp"
#include "fuzz_common.hpp"
#include "fuzz_resolution.hpp"
#include "resolve/index.hpp"

namespace {

constexpr std::size_t kHeaderSize = 64;
constexpr std::size_t kSections = 11;
constexpr std::size_t kEntrySize = 32;
constexpr std::size_t kTableEnd = kHeaderSize + kSections * kEntrySize;

std::uint64_t get_u64(const unsigned char* at) {
  std::uint64_t value = 0;
  for (int i = 7; i >= 0; --i)
    value = (value << 8) | at[i];
  return value;
}

void put_u64(unsigned char* at, std::uint64_t value) {
  for (int i = 0; i < 8; ++i)
    at[i] = static_cast<unsigned char>(value >> (8 * i));
}

// Sets the fields a reader checks against the whole file (docs/catalog-snapshot.md, "Layout").
void repair(std::vector<unsigned char>& bytes) {
  if (bytes.size() < kTableEnd)
    return;
  unsigned char* data = bytes.data();
  put_u64(data + 32, onoma::resolve::readings_version());
  put_u64(data + 40, bytes.size());
  for (std::size_t s = 0; s < kSections; ++s) {
    unsigned char* entry = data + kHeaderSize + s * kEntrySize;
    const std::uint64_t offset = get_u64(entry + 8);
    const std::uint64_t size = get_u64(entry + 16);
    if (offset <= bytes.size() && size <= bytes.size() - offset)
      put_u64(entry + 24, onoma::resolve::xxh64(data + offset, size));
  }
  put_u64(data + 56, onoma::resolve::xxh64(data + kHeaderSize, kTableEnd - kHeaderSize,
                                           onoma::resolve::xxh64(data, 56)));
}

bool valid_id(std::string_view id) {
  if (id.empty())
    return false;
  for (const char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
      return false;
  }
  return true;
}

// A file of this process's own, so that parallel fuzzing jobs do not share it.
const std::string& scratch_path() {
  static const std::string path = [] {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/onoma-fuzz-snapshot-" +
           std::to_string(::getpid()) + ".onoma";
  }();
  return path;
}

void check_catalog(const onoma::Catalog& catalog) {
  std::set<std::string> ids;
  for (const onoma::Entity& entity : catalog) {
    FUZZ_CHECK(valid_id(entity.id));
    FUZZ_CHECK(ids.insert(entity.id).second);
    FUZZ_CHECK(catalog.find(entity.id) == &entity);
    for (const std::string* text :
         {&entity.origin, &entity.canonical, &entity.note, &entity.source})
      FUZZ_CHECK(onoma::fuzz::valid_utf8(*text));
    FUZZ_CHECK(!entity.canonical.empty());
    for (const auto* names : {&entity.natives, &entity.aliases}) {
      for (const std::string& name : *names) {
        FUZZ_CHECK(!name.empty());
        FUZZ_CHECK(onoma::fuzz::valid_utf8(name));
      }
    }
  }
  FUZZ_CHECK(catalog.size() == ids.size());
}

void check_bytes(const std::vector<unsigned char>& bytes) {
  const std::string path = "fuzz.onoma";
  auto buffer = std::make_shared<onoma::catalog::FileBuffer>(bytes.size());
  if (!bytes.empty())
    std::memcpy(buffer->data(), bytes.data(), bytes.size());
  const auto storage = onoma::catalog::read_snapshot(buffer, path);
  if (!storage.ok()) {
    FUZZ_CHECK(storage.errors().size() == 1);
    const onoma::Diagnostic& error = storage.errors().front();
    FUZZ_CHECK(error.severity == onoma::Severity::kError);
    FUZZ_CHECK(error.file == path);
    FUZZ_CHECK(error.line == 0);
    FUZZ_CHECK(error.column >= 1 && error.column <= std::max<std::size_t>(bytes.size(), 1));
    FUZZ_CHECK(!error.message.empty() && onoma::fuzz::valid_utf8(error.message));
    return;
  }

  // Loaded: the same bytes through the public Catalog::load, then a Resolver over them.
  const std::string& file = scratch_path();
  {
    std::FILE* out = std::fopen(file.c_str(), "wb");
    FUZZ_CHECK(out != nullptr);
    FUZZ_CHECK(std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size());
    FUZZ_CHECK(std::fclose(out) == 0);
  }
  const auto catalog = onoma::Catalog::load(file);
  std::remove(file.c_str());
  FUZZ_CHECK(catalog.ok());
  FUZZ_CHECK(catalog->size() == storage->entities.size());
  check_catalog(*catalog);
  const onoma::Resolver resolver(*catalog);
  std::size_t resolved = 0;
  for (const onoma::Entity& entity : *catalog) {
    if (++resolved > 8)
      break;
    onoma::fuzz::check_resolution(resolver, resolver.resolve(entity.canonical));
    for (const std::string& alias : entity.aliases)
      onoma::fuzz::check_resolution(resolver, resolver.resolve(alias));
  }
  for (const char* name : {"Choi Sun Hee", "Sergei Lavrov", "Xi Jinping", "al-Baghdadi", "최선희"})
    onoma::fuzz::check_resolution(resolver, resolver.resolve(name));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Catalog text (any other first byte) is fuzz_catalog's.
  if (size > onoma::fuzz::kMaxInput || size == 0 || data[0] != onoma::catalog::kSnapshotFirstByte)
    return 0;
  std::vector<unsigned char> bytes(data, data + size);
  check_bytes(bytes);
  repair(bytes);
  check_bytes(bytes);
  return 0;
}
