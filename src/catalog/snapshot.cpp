// Catalog snapshot format 1 (docs/catalog-snapshot.md): a 64-byte header, a table of ten
// sections, then the sections, each 8-byte aligned, zero padding between them. Integers are
// little-endian. Every byte of the file is checked: the header fields one by one, the header and
// section table by a checksum, each section by its own checksum, the padding as zeros, and every
// offset, length, count and index in the sections against the data it points into.
#include "catalog/snapshot.hpp"

#include <array>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "onoma/version.hpp"
#include "resolve/generators.hpp"
#include "resolve/index.hpp"
#include "text/utf8.hpp"

namespace onoma::catalog {
namespace {

using resolve::Posting;

// The id rule of catalog text (parser.cpp): a snapshot may hold only what a catalog could.
bool valid_id(std::string_view id) {
  if (id.empty())
    return false;
  for (const char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
      return false;
  }
  return true;
}

constexpr std::array<unsigned char, 8> kMagic = {0x89, 'O', 'N', 'O', 'M', 'A', '\r', '\n'};
constexpr std::uint32_t kFormatVersion = 2;
constexpr std::size_t kHeaderSize = 64;
constexpr std::size_t kVersionField = 16;  // bytes of the library version field
constexpr std::size_t kSectionEntrySize = 32;
constexpr std::size_t kEntityRecordSize = 64;
constexpr std::size_t kNameRecordSize = 12;
constexpr std::size_t kSourceRecordSize = 8;

// Header field offsets.
constexpr std::size_t kAtVersion = 8;
constexpr std::size_t kAtSectionCount = 12;
constexpr std::size_t kAtLibraryVersion = 16;
constexpr std::size_t kAtReadingsVersion = 32;
constexpr std::size_t kAtFileSize = 40;
constexpr std::size_t kAtReserved = 48;
constexpr std::size_t kAtChecksum = 56;

enum Section : std::uint32_t {
  kStrings,
  kSources,
  kEntities,
  kNames,
  kWholeHashes,
  kWholeOffsets,
  kWholePostings,
  kPartHashes,
  kPartOffsets,
  kPartPostings,
  kPrefixes,
  kSectionCount
};
constexpr std::array<std::string_view, kSectionCount> kSectionNames = {
    "strings",       "sources",        "entities",       "names",
    "whole.hashes",  "whole.offsets",  "whole.postings", "parts.hashes",
    "parts.offsets", "parts.postings", "prefixes"};
// Bytes per element (strings: 1).
constexpr std::array<std::size_t, kSectionCount> kElementSize = {1,
                                                                 kSourceRecordSize,
                                                                 kEntityRecordSize,
                                                                 kNameRecordSize,
                                                                 8,
                                                                 4,
                                                                 sizeof(Posting),
                                                                 8,
                                                                 4,
                                                                 sizeof(Posting),
                                                                 8};
constexpr std::size_t kFirstSection = kHeaderSize + kSectionCount * kSectionEntrySize;

static_assert(offsetof(Posting, entity) == 0 && offsetof(Posting, name) == 4 &&
                  offsetof(Posting, part) == 6 && offsetof(Posting, part_count) == 7 &&
                  offsetof(Posting, cost) == 8,
              "Posting has the snapshot's layout");
static_assert(std::numeric_limits<float>::is_iec559, "costs are stored as IEEE-754 binary32");

constexpr bool kLittleEndian = std::endian::native == std::endian::little;

constexpr std::size_t align8(std::size_t n) {
  return (n + 7) & ~std::size_t{7};
}

std::uint32_t get_u32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
         static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

std::uint64_t get_u64(const unsigned char* p) {
  return static_cast<std::uint64_t>(get_u32(p)) | static_cast<std::uint64_t>(get_u32(p + 4)) << 32;
}

void put_u32(std::string& out, std::uint32_t value) {
  for (int shift = 0; shift < 32; shift += 8)
    out.push_back(static_cast<char>((value >> shift) & 0xFF));
}

void put_u64(std::string& out, std::uint64_t value) {
  put_u32(out, static_cast<std::uint32_t>(value));
  put_u32(out, static_cast<std::uint32_t>(value >> 32));
}

void set_u64(std::string& out, std::size_t at, std::uint64_t value) {
  for (std::size_t i = 0; i < 8; ++i)
    out[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

// --- Reading -------------------------------------------------------------------------------------

class Reader {
 public:
  Reader(std::shared_ptr<const FileBuffer> file, const std::string& path)
      : file_(std::move(file)), path_(path), data_(file_->data()), size_(file_->size()) {}

  Result<CatalogStorage> run();

 private:
  struct SectionView {
    std::size_t offset = 0;
    std::size_t size = 0;
    std::size_t count = 0;
    const unsigned char* data = nullptr;
  };
  // The arrays of the two index tables, in place or (big-endian hosts) decoded.
  struct Arrays {
    std::shared_ptr<const FileBuffer> file;
    std::vector<std::uint64_t> hashes[2];
    std::vector<std::uint32_t> offsets[2];
    std::vector<Posting> postings[2];
    std::vector<std::uint64_t> prefixes;
  };

  Diagnostic fail(std::size_t offset, const std::string& message) const {
    // An offset at or past the end (a truncated file) is reported at the last byte there is.
    const std::size_t at = size_ == 0 ? 0 : std::min(offset, size_ - 1);
    const auto column = static_cast<std::uint32_t>(
        std::min<std::size_t>(at + 1, std::numeric_limits<std::uint32_t>::max()));
    return Diagnostic{Severity::kError, path_, 0, column,
                      fmt::format("catalog snapshot, byte {}: {}", at, message)};
  }

  // The string an (offset, length) pair at `at` refers to; false, with error_ set, when it is
  // outside the strings section.
  bool string_at(std::size_t at, std::string_view& out) {
    const std::uint32_t offset = get_u32(data_ + at);
    const std::uint32_t length = get_u32(data_ + at + 4);
    const SectionView& strings = sections_[kStrings];
    if (offset > strings.size || length > strings.size - offset) {
      error_ = fail(at, fmt::format("string of {} bytes at {} runs past the strings section ({} "
                                    "bytes)",
                                    length, offset, strings.size));
      return false;
    }
    out = std::string_view(reinterpret_cast<const char*>(strings.data) + offset, length);
    // Checksums catch damage, not a crafted file: text that reaches the resolver (and messages
    // that quote it) must be valid UTF-8 as a parsed catalog's is.
    if (const std::size_t bad = text::find_invalid_utf8(out); bad != std::string_view::npos) {
      error_ = fail(strings.offset + offset + bad,
                    fmt::format("string of {} bytes at {} is not valid UTF-8", length, offset));
      return false;
    }
    return true;
  }

  bool read_header();
  bool read_section_table();
  bool read_entities(CatalogStorage& storage);
  bool read_table(int which, const std::shared_ptr<Arrays>& arrays,
                  const std::vector<std::uint32_t>& name_counts, resolve::PostingTable& table);
  bool read_prefixes(const std::shared_ptr<Arrays>& arrays, resolve::PrefixFilter& prefixes);

  std::shared_ptr<const FileBuffer> file_;
  const std::string& path_;
  const unsigned char* data_;
  std::size_t size_;
  std::string library_version_;
  std::uint64_t readings_version_ = 0;
  std::array<SectionView, kSectionCount> sections_;
  Diagnostic error_;
};

bool Reader::read_header() {
  for (std::size_t i = 0; i < kMagic.size() && i < size_; ++i) {
    if (data_[i] != kMagic[i]) {
      error_ = fail(i, "not an onoma catalog snapshot (bad magic number)");
      return false;
    }
  }
  if (size_ < kHeaderSize) {
    error_ = fail(size_, fmt::format("truncated: the file has {} bytes, a snapshot header {}",
                                     size_, kHeaderSize));
    return false;
  }
  const std::uint32_t version = get_u32(data_ + kAtVersion);
  // The library version, for messages: up to 16 bytes, NUL-padded.
  for (std::size_t i = 0; i < kVersionField && data_[kAtLibraryVersion + i] != 0; ++i) {
    const unsigned char c = data_[kAtLibraryVersion + i];
    library_version_.push_back(c >= 0x20 && c < 0x7F ? static_cast<char>(c) : '?');
  }
  if (version != kFormatVersion) {
    error_ = fail(kAtVersion, fmt::format("snapshot format version {} (written by onoma {}); "
                                          "this onoma ({}) reads version {}: compile the "
                                          "catalog again",
                                          version, library_version_, kVersion, kFormatVersion));
    return false;
  }
  if (get_u32(data_ + kAtSectionCount) != kSectionCount) {
    error_ = fail(kAtSectionCount, fmt::format("{} sections, format 1 has {}",
                                               get_u32(data_ + kAtSectionCount), kSectionCount));
    return false;
  }
  const std::uint64_t file_size = get_u64(data_ + kAtFileSize);
  if (file_size != size_) {
    error_ =
        fail(kAtFileSize,
             fmt::format("the header gives a file size of {} bytes, the file has {}: {}", file_size,
                         size_, file_size > size_ ? "truncated" : "extra bytes at the end"));
    return false;
  }
  if (get_u64(data_ + kAtReserved) != 0) {
    error_ = fail(kAtReserved, "reserved header field is not zero");
    return false;
  }
  if (size_ < kFirstSection) {
    error_ = fail(size_, "truncated inside the section table");
    return false;
  }
  // Checksum of the header (bytes 0 to 55) and the section table.
  const std::uint64_t checksum = resolve::xxh64(data_ + kHeaderSize, kFirstSection - kHeaderSize,
                                                resolve::xxh64(data_, kAtChecksum));
  if (checksum != get_u64(data_ + kAtChecksum)) {
    error_ = fail(kAtChecksum, "the header or section table is damaged (checksum mismatch)");
    return false;
  }
  readings_version_ = get_u64(data_ + kAtReadingsVersion);
  return true;
}

bool Reader::read_section_table() {
  std::size_t expected_offset = kFirstSection;
  for (std::uint32_t s = 0; s < kSectionCount; ++s) {
    const std::size_t entry = kHeaderSize + s * kSectionEntrySize;
    const std::uint32_t kind = get_u32(data_ + entry);
    const std::uint32_t count = get_u32(data_ + entry + 4);
    const std::uint64_t offset = get_u64(data_ + entry + 8);
    const std::uint64_t size = get_u64(data_ + entry + 16);
    const std::string_view name = kSectionNames[s];
    if (kind != s) {
      error_ =
          fail(entry, fmt::format("section {} has kind {}, expected {} ({})", s, kind, s, name));
      return false;
    }
    if (offset != expected_offset) {
      error_ = fail(entry + 8, fmt::format("section '{}' at offset {}, expected {}", name, offset,
                                           expected_offset));
      return false;
    }
    if (size > size_ - offset) {
      error_ = fail(entry + 16, fmt::format("section '{}' ({} bytes at {}) runs past the end of "
                                            "the file ({} bytes)",
                                            name, size, offset, size_));
      return false;
    }
    // Counts fit in 32 bits, so count * element size cannot overflow 64.
    if (std::uint64_t{count} * kElementSize[s] != size) {
      error_ = fail(entry + 4, fmt::format("section '{}': {} elements of {} bytes do not make {} "
                                           "bytes",
                                           name, count, kElementSize[s], size));
      return false;
    }
    for (std::size_t i = offset + size; i < align8(offset + size); ++i) {
      if (i >= size_ || data_[i] != 0) {
        error_ = fail(i, fmt::format("padding after section '{}' is not zero", name));
        return false;
      }
    }
    sections_[s] = {offset, size, count, data_ + offset};
    expected_offset = align8(offset + size);
  }
  if (expected_offset != size_) {
    error_ =
        fail(expected_offset, fmt::format("{} bytes after the last section",
                                          size_ > expected_offset ? size_ - expected_offset : 0));
    return false;
  }
  for (std::uint32_t s = 0; s < kSectionCount; ++s) {
    const SectionView& section = sections_[s];
    const std::size_t entry = kHeaderSize + s * kSectionEntrySize;
    if (resolve::xxh64(section.data, section.size) != get_u64(data_ + entry + 24)) {
      error_ = fail(section.offset,
                    fmt::format("section '{}' (bytes {} to {}) is damaged (checksum mismatch)",
                                kSectionNames[s], section.offset, section.offset + section.size));
      return false;
    }
  }
  return true;
}

bool Reader::read_entities(CatalogStorage& storage) {
  const SectionView& sources_section = sections_[kSources];
  std::vector<std::string_view> sources(sources_section.count);
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (!string_at(sources_section.offset + i * kSourceRecordSize, sources[i]))
      return false;
  }

  const SectionView& entities = sections_[kEntities];
  const SectionView& names = sections_[kNames];
  storage.entities.resize(entities.count);
  storage.locations.resize(entities.count);
  std::unordered_set<std::string_view> ids;
  ids.reserve(entities.count);
  std::size_t next_name = 0;
  for (std::size_t e = 0; e < entities.count; ++e) {
    const std::size_t at = entities.offset + e * kEntityRecordSize;
    const unsigned char* record = data_ + at;
    Entity& entity = storage.entities[e];
    EntityLocation& location = storage.locations[e];
    std::string_view id;
    std::string_view origin;
    std::string_view note;
    if (!string_at(at, id) || !string_at(at + 8, origin) || !string_at(at + 16, note))
      return false;
    if (!valid_id(id)) {
      error_ = fail(at, fmt::format("entity {}: id '{}' is not of a-z, 0-9 and '-'", e, id));
      return false;
    }
    if (origin.empty()) {
      error_ = fail(at + 8, fmt::format("entity '{}': empty origin", id));
      return false;
    }
    if (!ids.insert(id).second) {
      error_ = fail(at, fmt::format("entity {}: id '{}' is defined twice", e, id));
      return false;
    }
    const std::uint32_t source = get_u32(record + 24);
    if (source >= sources.size()) {
      error_ =
          fail(at + 24, fmt::format("entity '{}': source {} of {}", id, source, sources.size()));
      return false;
    }
    const std::uint32_t native_count = get_u32(record + 32);
    const std::uint32_t alias_count = get_u32(record + 36);
    const std::uint64_t name_count = 1 + std::uint64_t{native_count} + alias_count;
    if (name_count > names.count - next_name) {
      error_ = fail(at + 32, fmt::format("entity '{}': {} names, only {} left in the names "
                                         "section",
                                         id, name_count, names.count - next_name));
      return false;
    }
    const std::uint8_t type = record[40];
    if (type > static_cast<std::uint8_t>(EntityType::kOther) || record[41] != 0 ||
        record[42] != 0 || record[43] != 0) {
      error_ = fail(at + 40, fmt::format("entity '{}': invalid type {}", id, type));
      return false;
    }
    entity.id = id;
    entity.type = static_cast<EntityType>(type);
    entity.origin = origin;
    entity.note = note;
    entity.source = sources[source];
    entity.line = get_u32(record + 28);
    location.origin_column = get_u32(record + 44);
    for (std::size_t f = 0; f < 4; ++f)
      location.field_columns[f] = get_u32(record + 48 + 4 * f);

    entity.natives.resize(native_count);
    entity.aliases.resize(alias_count);
    location.name_columns.resize(name_count);
    for (std::size_t n = 0; n < name_count; ++n, ++next_name) {
      const std::size_t name_at = names.offset + next_name * kNameRecordSize;
      std::string_view text;
      if (!string_at(name_at, text))
        return false;
      // Catalog text has no empty name (parser.cpp); an empty key would match every query.
      if (text.empty()) {
        error_ = fail(name_at, fmt::format("entity '{}': name {} is empty", id, n));
        return false;
      }
      std::string& target = n == 0              ? entity.canonical
                            : n <= native_count ? entity.natives[n - 1]
                                                : entity.aliases[n - 1 - native_count];
      target = text;
      location.name_columns[n] = get_u32(data_ + name_at + 8);
    }
  }
  if (next_name != names.count) {
    error_ = fail(names.offset + next_name * kNameRecordSize,
                  fmt::format("{} names belong to no entity", names.count - next_name));
    return false;
  }
  return true;
}

bool Reader::read_table(int which, const std::shared_ptr<Arrays>& arrays,
                        const std::vector<std::uint32_t>& name_counts,
                        resolve::PostingTable& table) {
  const SectionView& hashes_section = sections_[which == 0 ? kWholeHashes : kPartHashes];
  const SectionView& offsets_section = sections_[which == 0 ? kWholeOffsets : kPartOffsets];
  const SectionView& postings_section = sections_[which == 0 ? kWholePostings : kPartPostings];
  const std::size_t keys = hashes_section.count;
  const std::size_t posting_count = postings_section.count;
  if (offsets_section.count != keys + 1) {
    error_ = fail(kHeaderSize + (which == 0 ? kWholeOffsets : kPartOffsets) * kSectionEntrySize + 4,
                  fmt::format("section '{}' has {} offsets for {} keys",
                              kSectionNames[which == 0 ? kWholeOffsets : kPartOffsets],
                              offsets_section.count, keys));
    return false;
  }

  const std::uint64_t* hashes;
  const std::uint32_t* offsets;
  const Posting* postings;
  if constexpr (kLittleEndian) {
    // The file buffer is 8-byte aligned and so is every section: the arrays are used in place.
    hashes = reinterpret_cast<const std::uint64_t*>(hashes_section.data);
    offsets = reinterpret_cast<const std::uint32_t*>(offsets_section.data);
    postings = reinterpret_cast<const Posting*>(postings_section.data);
  } else {
    std::vector<std::uint64_t>& h = arrays->hashes[which];
    std::vector<std::uint32_t>& o = arrays->offsets[which];
    std::vector<Posting>& p = arrays->postings[which];
    h.resize(keys);
    o.resize(keys + 1);
    p.resize(posting_count);
    for (std::size_t i = 0; i < keys; ++i)
      h[i] = get_u64(hashes_section.data + 8 * i);
    for (std::size_t i = 0; i <= keys; ++i)
      o[i] = get_u32(offsets_section.data + 4 * i);
    for (std::size_t i = 0; i < posting_count; ++i) {
      const unsigned char* record = postings_section.data + sizeof(Posting) * i;
      p[i].entity = get_u32(record);
      p[i].name = static_cast<std::uint16_t>(record[4] | record[5] << 8);
      p[i].part = record[6];
      p[i].part_count = record[7];
      p[i].cost = std::bit_cast<float>(get_u32(record + 8));
    }
    hashes = h.data();
    offsets = o.data();
    postings = p.data();
  }

  for (std::size_t i = 1; i < keys; ++i) {
    if (hashes[i] <= hashes[i - 1]) {
      error_ = fail(hashes_section.offset + 8 * i,
                    fmt::format("section '{}': hashes not in ascending order at {}",
                                kSectionNames[which == 0 ? kWholeHashes : kPartHashes], i));
      return false;
    }
  }
  if (offsets[0] != 0 || offsets[keys] != posting_count) {
    error_ =
        fail(offsets_section.offset + (offsets[0] != 0 ? 0 : 4 * keys),
             fmt::format("section '{}' does not span the {} postings",
                         kSectionNames[which == 0 ? kWholeOffsets : kPartOffsets], posting_count));
    return false;
  }
  for (std::size_t i = 1; i <= keys; ++i) {
    if (offsets[i] <= offsets[i - 1]) {
      error_ = fail(offsets_section.offset + 4 * i,
                    fmt::format("section '{}': offsets not ascending at {}",
                                kSectionNames[which == 0 ? kWholeOffsets : kPartOffsets], i));
      return false;
    }
  }
  for (std::size_t i = 0; i < posting_count; ++i) {
    const Posting& posting = postings[i];
    const bool whole = which == 0;
    const bool valid = posting.entity < name_counts.size() &&
                       posting.name < name_counts[posting.entity] && std::isfinite(posting.cost) &&
                       posting.cost >= 0 && (posting.part == resolve::kWholeName) == whole;
    if (!valid) {
      error_ = fail(postings_section.offset + sizeof(Posting) * i,
                    fmt::format("section '{}': posting {} names no catalog name",
                                kSectionNames[which == 0 ? kWholePostings : kPartPostings], i));
      return false;
    }
  }
  // The arrays (which keep the file buffer) own what the table points into.
  table = resolve::PostingTable(arrays, hashes, offsets, static_cast<std::uint32_t>(keys), postings,
                                static_cast<std::uint32_t>(posting_count));
  return true;
}

bool Reader::read_prefixes(const std::shared_ptr<Arrays>& arrays, resolve::PrefixFilter& prefixes) {
  const SectionView& section = sections_[kPrefixes];
  // Any bits are a valid filter; only its shape is checked (whole blocks, at least one).
  if (section.count == 0 || section.count % resolve::PrefixFilter::kWordsPerBlock != 0) {
    error_ = fail(kHeaderSize + kPrefixes * kSectionEntrySize + 4,
                  fmt::format("section 'prefixes' has {} words, not a whole number of {}-word "
                              "blocks",
                              section.count, resolve::PrefixFilter::kWordsPerBlock));
    return false;
  }
  const std::uint64_t* words;
  if constexpr (kLittleEndian) {
    words = reinterpret_cast<const std::uint64_t*>(section.data);
  } else {
    arrays->prefixes.resize(section.count);
    for (std::size_t i = 0; i < section.count; ++i)
      arrays->prefixes[i] = get_u64(section.data + 8 * i);
    words = arrays->prefixes.data();
  }
  prefixes = resolve::PrefixFilter(arrays, words, section.count);
  return true;
}

Result<CatalogStorage> Reader::run() {
  if (!read_header() || !read_section_table())
    return error_;
  CatalogStorage storage;
  if (!read_entities(storage))
    return error_;
  // An index of other readings is left out (the Resolver builds its own), never rejected: the
  // entities are as good as ever.
  if (readings_version_ == resolve::readings_version()) {
    std::vector<std::uint32_t> name_counts(storage.entities.size());
    for (std::size_t e = 0; e < name_counts.size(); ++e) {
      const Entity& entity = storage.entities[e];
      name_counts[e] =
          static_cast<std::uint32_t>(1 + entity.natives.size() + entity.aliases.size());
    }
    auto arrays = std::make_shared<Arrays>();
    arrays->file = file_;
    resolve::PostingTable whole;
    resolve::PostingTable parts;
    if (!read_table(0, arrays, name_counts, whole) || !read_table(1, arrays, name_counts, parts))
      return error_;
    resolve::PrefixFilter prefixes;
    if (!read_prefixes(arrays, prefixes))
      return error_;
    storage.index = std::make_shared<const resolve::ReadingIndex>(
        std::move(whole), std::move(parts), std::move(prefixes));
    storage.index_readings_version = readings_version_;
  }
  return storage;
}

// --- Writing -------------------------------------------------------------------------------------

class Writer {
 public:
  // Appends `text` to the strings section; false when it would pass 4 GiB.
  bool add_string(std::string& record, std::string_view text) {
    if (strings_.size() + text.size() > std::numeric_limits<std::uint32_t>::max())
      return false;
    put_u32(record, static_cast<std::uint32_t>(strings_.size()));
    put_u32(record, static_cast<std::uint32_t>(text.size()));
    strings_.append(text);
    return true;
  }

  std::string strings_;
};

template <typename T>
std::string_view bytes_of(const T* data, std::size_t count, std::string& encoded) {
  if constexpr (kLittleEndian) {
    return {reinterpret_cast<const char*>(data), count * sizeof(T)};
  } else {
    encoded.clear();
    for (std::size_t i = 0; i < count; ++i) {
      if constexpr (std::is_same_v<T, Posting>) {
        put_u32(encoded, data[i].entity);
        encoded.push_back(static_cast<char>(data[i].name & 0xFF));
        encoded.push_back(static_cast<char>(data[i].name >> 8));
        encoded.push_back(static_cast<char>(data[i].part));
        encoded.push_back(static_cast<char>(data[i].part_count));
        put_u32(encoded, std::bit_cast<std::uint32_t>(data[i].cost));
      } else if constexpr (sizeof(T) == 8) {
        put_u64(encoded, data[i]);
      } else {
        put_u32(encoded, data[i]);
      }
    }
    return encoded;
  }
}

Diagnostic write_error(const std::string& path, const std::string& message) {
  return Diagnostic{Severity::kError, path, 0, 0, message};
}

}  // namespace

Result<CatalogStorage> read_snapshot(std::shared_ptr<const FileBuffer> file,
                                     const std::string& path) {
  return Reader(std::move(file), path).run();
}

Result<std::uint64_t> write_snapshot(const Catalog& catalog, const std::string& path) {
  const CatalogStorage& storage = CatalogAccess::storage(catalog);
  const std::unique_ptr<resolve::ReadingIndex> index =
      resolve::ReadingIndex::for_catalog(catalog, resolve::default_generators());

  Writer writer;
  std::string sources;
  std::string entities;
  std::string names;
  std::unordered_map<std::string_view, std::uint32_t> source_ids;
  const auto too_large = [&] {
    return write_error(path, "the catalog's text passes 4 GiB, the limit of snapshot format 1");
  };
  for (std::size_t e = 0; e < storage.entities.size(); ++e) {
    const Entity& entity = storage.entities[e];
    const EntityLocation location =
        e < storage.locations.size() ? storage.locations[e] : EntityLocation{};
    const auto [source, inserted] =
        source_ids.emplace(entity.source, static_cast<std::uint32_t>(source_ids.size()));
    if (inserted && !writer.add_string(sources, entity.source))
      return too_large();
    if (!writer.add_string(entities, entity.id) || !writer.add_string(entities, entity.origin) ||
        !writer.add_string(entities, entity.note)) {
      return too_large();
    }
    put_u32(entities, source->second);
    put_u32(entities, entity.line);
    put_u32(entities, static_cast<std::uint32_t>(entity.natives.size()));
    put_u32(entities, static_cast<std::uint32_t>(entity.aliases.size()));
    put_u32(entities, static_cast<std::uint32_t>(entity.type));
    put_u32(entities, location.origin_column);
    for (const std::uint32_t column : location.field_columns)
      put_u32(entities, column);
    const std::vector<std::string_view> all_names = names_of(entity);
    for (std::size_t n = 0; n < all_names.size(); ++n) {
      if (!writer.add_string(names, all_names[n]))
        return too_large();
      put_u32(names, n < location.name_columns.size() ? location.name_columns[n] : 1);
    }
  }

  // The sections' bytes, in order.
  std::array<std::string, kSectionCount> encoded;
  std::array<std::string_view, kSectionCount> bytes;
  std::array<std::uint64_t, kSectionCount> counts{};
  bytes[kStrings] = writer.strings_;
  bytes[kSources] = sources;
  bytes[kEntities] = entities;
  bytes[kNames] = names;
  const resolve::PostingTable* tables[2] = {&index->whole_table(), &index->parts_table()};
  for (int t = 0; t < 2; ++t) {
    const resolve::PostingTable& table = *tables[t];
    const auto first = static_cast<std::size_t>(t == 0 ? kWholeHashes : kPartHashes);
    bytes[first] = bytes_of(table.hashes(), table.key_count(), encoded[first]);
    bytes[first + 1] =
        bytes_of(table.offsets(), table.key_count() + std::size_t{1}, encoded[first + 1]);
    bytes[first + 2] = bytes_of(table.postings(), table.posting_count(), encoded[first + 2]);
  }
  bytes[kPrefixes] =
      bytes_of(index->prefixes().words(), index->prefixes().word_count(), encoded[kPrefixes]);
  for (std::size_t s = 0; s < kSectionCount; ++s) {
    counts[s] = bytes[s].size() / kElementSize[s];
    if (counts[s] > std::numeric_limits<std::uint32_t>::max())
      return too_large();
  }

  std::string head;
  head.append(reinterpret_cast<const char*>(kMagic.data()), kMagic.size());
  put_u32(head, kFormatVersion);
  put_u32(head, kSectionCount);
  std::string library_version(kVersion);
  library_version.resize(kVersionField, '\0');
  head.append(library_version);
  put_u64(head, resolve::readings_version());
  put_u64(head, 0);  // file size, set below
  put_u64(head, 0);  // reserved
  put_u64(head, 0);  // checksum, set below
  std::size_t offset = kFirstSection;
  for (std::uint32_t s = 0; s < kSectionCount; ++s) {
    put_u32(head, s);
    put_u32(head, static_cast<std::uint32_t>(counts[s]));
    put_u64(head, offset);
    put_u64(head, bytes[s].size());
    put_u64(head, resolve::xxh64(bytes[s].data(), bytes[s].size()));
    offset = align8(offset + bytes[s].size());
  }
  set_u64(head, kAtFileSize, offset);
  set_u64(head, kAtChecksum,
          resolve::xxh64(head.data() + kHeaderSize, kFirstSection - kHeaderSize,
                         resolve::xxh64(head.data(), kAtChecksum)));

  // Written beside the target, then renamed over it: a reader never sees half a file.
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out)
      return write_error(path,
                         fmt::format("cannot create '{}': {}", temporary, std::strerror(errno)));
    errno = 0;
    out.write(head.data(), static_cast<std::streamsize>(head.size()));
    static constexpr char kZeros[8] = {};
    for (std::size_t s = 0; s < kSectionCount; ++s) {
      out.write(bytes[s].data(), static_cast<std::streamsize>(bytes[s].size()));
      out.write(kZeros, static_cast<std::streamsize>(align8(bytes[s].size()) - bytes[s].size()));
    }
    out.close();
    if (!out) {
      // errno names the cause (a full disk) when the failing call was the last to set it.
      const int cause = errno;
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return write_error(path,
                         fmt::format("cannot write '{}'{}{}", temporary, cause != 0 ? ": " : "",
                                     cause != 0 ? std::strerror(cause) : ""));
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return write_error(path, fmt::format("cannot replace the file: {}", error.message()));
  }
  return std::uint64_t{offset};
}

}  // namespace onoma::catalog
