// Catalog snapshots (docs/catalog-snapshot.md): a compiled catalog loads back as the same
// entities and resolves the same, and a truncated, damaged, foreign or other-version file is
// rejected with one diagnostic that names the file and a byte inside it.
#define BOOST_TEST_MODULE snapshot
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <onoma/catalog.hpp>
#include <onoma/resolver.hpp>

namespace {

namespace fs = std::filesystem;

// A scratch folder of this test process, removed at exit.
const fs::path& scratch() {
  static const struct Folder {
    fs::path path;
    Folder() {
      path = fs::temp_directory_path() /
             ("onoma-test-snapshot-" + std::to_string(std::random_device{}()));
      fs::create_directories(path);
    }
    ~Folder() {
      std::error_code ignored;
      fs::remove_all(path, ignored);
    }
  } folder;
  return folder.path;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The built-in catalog compiled once.
const std::string& builtin_snapshot() {
  static const std::string bytes = [] {
    const fs::path path = scratch() / "builtin.onoma";
    const onoma::Result<std::uint64_t> written = onoma::Catalog::builtin().write_snapshot(path);
    BOOST_TEST_REQUIRE(written.ok(), (written.ok() ? "" : written.error().to_string()));
    std::string content = read_bytes(path);
    BOOST_TEST_REQUIRE(content.size() == *written);
    return content;
  }();
  return bytes;
}

// Loads `bytes` from a file of that name and requires one error naming the file with line 0 and
// a column inside the file (1 to the file size).
void expect_rejected(const std::string& name, const std::string& bytes,
                     const std::string& message_part = "") {
  const fs::path path = scratch() / name;
  write_bytes(path, bytes);
  const onoma::Result<onoma::Catalog> loaded = onoma::Catalog::load(path.string());
  BOOST_TEST_REQUIRE(!loaded.ok(), name << " was accepted");
  BOOST_TEST(loaded.errors().size() == 1u, name);
  const onoma::Diagnostic& error = loaded.error();
  BOOST_TEST_INFO(name << ": " << error.to_string());
  BOOST_TEST((error.severity == onoma::Severity::kError));
  BOOST_TEST(error.file == path.string());
  BOOST_TEST(error.line == 0u);
  BOOST_TEST(error.column >= 1u);
  BOOST_TEST(error.column <= bytes.size());
  if (!message_part.empty())
    BOOST_TEST(error.message.find(message_part) != std::string::npos);
}

std::string describe(const onoma::Resolution& resolution) {
  std::string out(onoma::status_name(resolution.status));
  out += " chosen " + std::to_string(resolution.chosen);
  for (const onoma::Candidate& candidate : resolution.candidates) {
    out += " | " + candidate.entity->id + " " + std::to_string(candidate.score) + " " +
           candidate.explanation.to_string();
  }
  return out;
}

// XXH64 (seed `seed`) as its specification defines it, to rewrite a header checksum the way a
// writer of other readings would.
std::uint64_t xxh64(const unsigned char* p, std::size_t size, std::uint64_t seed) {
  constexpr std::uint64_t k1 = 0x9E3779B185EBCA87ULL, k2 = 0xC2B2AE3D27D4EB4FULL,
                          k3 = 0x165667B19E3779F9ULL, k4 = 0x85EBCA77C2B2AE63ULL,
                          k5 = 0x27D4EB2F165667C5ULL;
  const auto rotl = [](std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); };
  const auto load = [](const unsigned char* q, int bytes) {
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
      v = v << 8 | q[i];
    return v;
  };
  const auto round = [&](std::uint64_t acc, std::uint64_t input) {
    return rotl(acc + input * k2, 31) * k1;
  };
  const unsigned char* const end = p + size;
  std::uint64_t h = seed + k5;
  if (size >= 32) {
    std::uint64_t v[4] = {seed + k1 + k2, seed + k2, seed, seed - k1};
    for (; end - p >= 32; p += 32) {
      for (int i = 0; i < 4; ++i)
        v[i] = round(v[i], load(p + 8 * i, 8));
    }
    h = rotl(v[0], 1) + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18);
    for (const std::uint64_t lane : v)
      h = (h ^ round(0, lane)) * k1 + k4;
  }
  h += size;
  for (; end - p >= 8; p += 8)
    h = rotl(h ^ round(0, load(p, 8)), 27) * k1 + k4;
  if (end - p >= 4) {
    h = rotl(h ^ load(p, 4) * k1, 23) * k2 + k3;
    p += 4;
  }
  for (; p < end; ++p)
    h = rotl(h ^ *p * k5, 11) * k1;
  h = (h ^ (h >> 33)) * k2;
  h = (h ^ (h >> 29)) * k3;
  return h ^ (h >> 32);
}

// Rewrites every section checksum, the file size and the header checksum of a snapshot, as a
// crafted file (not a damaged one) would have them: what the reader then rejects, it rejects
// for the content, not the checksums.
void reseal(std::string& bytes) {
  auto* data = reinterpret_cast<unsigned char*>(bytes.data());
  const auto get = [&](std::size_t at) {
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
      v = v << 8 | data[at + static_cast<std::size_t>(i)];
    return v;
  };
  const auto put = [&](std::size_t at, std::uint64_t v) {
    for (std::size_t i = 0; i < 8; ++i)
      data[at + i] = static_cast<unsigned char>(v >> (8 * i));
  };
  put(40, bytes.size());
  for (std::size_t s = 0; s < 11; ++s) {
    const std::size_t entry = 64 + 32 * s;
    put(entry + 24, xxh64(data + get(entry + 8), get(entry + 16), 0));
  }
  put(56, xxh64(data + 64, 11 * 32, xxh64(data, 56, 0)));
}

// A one-entity snapshot, and the offset of the first occurrence of `text` in it.
std::string one_entity_snapshot() {
  const onoma::Result<onoma::Catalog> catalog = onoma::Catalog::parse(
      "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n"
      "seoul\tplace\tko\tSeoul\t서울\tSoul\tcapital\n",
      "one.tsv");
  BOOST_TEST_REQUIRE(catalog.ok());
  const fs::path path = scratch() / "one-entity.onoma";
  BOOST_TEST_REQUIRE(catalog->write_snapshot(path.string()).ok());
  return read_bytes(path);
}

const std::vector<std::string> kNames = {"Choi Sun Hee",  "Choe Son-hui",   "Choe Son Hui",
                                         "최선희",        "Choi Ryong-hae", "Kim Jong Un",
                                         "Jong-un Kim",   "KIM JONG UN",    "김정은",
                                         "Ri Yong Ho",    "이용호",         "Choe",
                                         "Sergei Lavrov", "Sergey Lavrov",  "Сергей Лавров",
                                         "Lavrov",        "Sergej Lawrow",  "Xi Jinping",
                                         "习近平",        "Hsi Chin-p'ing", "Xí Jìnpíng",
                                         "Pyongyang",     "평양",           "Moscow",
                                         "Москва",        "Beijing",        "General Assembly",
                                         "Nobody Atall",  "Mr. Lavrov",     ""};

}  // namespace

BOOST_AUTO_TEST_SUITE(round_trip)

BOOST_AUTO_TEST_CASE(the_builtin_catalog_loads_back_as_the_same_entities) {
  const onoma::Catalog& builtin = onoma::Catalog::builtin();
  const fs::path path = scratch() / "round-trip.onoma";
  write_bytes(path, builtin_snapshot());
  const onoma::Result<onoma::Catalog> loaded = onoma::Catalog::load(path.string());
  BOOST_TEST_REQUIRE(loaded.ok(), (loaded.ok() ? "" : loaded.error().to_string()));
  BOOST_TEST_REQUIRE(loaded->size() == builtin.size());
  for (std::size_t i = 0; i < builtin.size(); ++i) {
    const onoma::Entity& a = builtin[i];
    const onoma::Entity& b = (*loaded)[i];
    BOOST_TEST_INFO(a.id);
    BOOST_TEST(a.id == b.id);
    BOOST_TEST((a.type == b.type));
    BOOST_TEST(a.origin == b.origin);
    BOOST_TEST(a.canonical == b.canonical);
    BOOST_TEST(a.natives == b.natives, boost::test_tools::per_element());
    BOOST_TEST(a.aliases == b.aliases, boost::test_tools::per_element());
    BOOST_TEST(a.note == b.note);
    BOOST_TEST(a.source == b.source);
    BOOST_TEST(a.line == b.line);
    BOOST_TEST(loaded->find(a.id) == &b);
  }
  // check() sees the same positions.
  const std::vector<onoma::Diagnostic> before = builtin.check();
  const std::vector<onoma::Diagnostic> after = loaded->check();
  BOOST_TEST_REQUIRE(before.size() == after.size());
  for (std::size_t i = 0; i < before.size(); ++i)
    BOOST_TEST(before[i].to_string() == after[i].to_string());
}

BOOST_AUTO_TEST_CASE(a_loaded_snapshot_resolves_like_the_catalog_it_was_compiled_from) {
  const fs::path path = scratch() / "resolve.onoma";
  write_bytes(path, builtin_snapshot());
  const onoma::Result<onoma::Catalog> loaded = onoma::Catalog::load(path.string());
  BOOST_TEST_REQUIRE(loaded.ok());
  const onoma::Resolver built(onoma::Catalog::builtin());
  const onoma::Resolver precomputed(*loaded);  // uses the snapshot's index
  for (const std::string& name : kNames) {
    BOOST_TEST_INFO(name);
    BOOST_TEST(describe(precomputed.resolve(name)) == describe(built.resolve(name)));
  }
  BOOST_TEST(precomputed.resolve("Choi Sun Hee").entity()->id == "choe-son-hui");
  BOOST_TEST(precomputed.resolve("Сергей Лавров").entity()->id == "sergey-lavrov");
  BOOST_TEST(precomputed.resolve("习近平").entity()->id == "xi-jinping");
  const std::string article = "Choe Son-hui met Sergey Lavrov in Moscow. Choe said Pyongyang ...";
  const std::vector<onoma::Mention> a = built.annotate(article);
  const std::vector<onoma::Mention> b = precomputed.annotate(article);
  BOOST_TEST_REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    BOOST_TEST(a[i].begin == b[i].begin);
    BOOST_TEST(a[i].end == b[i].end);
    BOOST_TEST(describe(a[i].resolution) == describe(b[i].resolution));
  }
}

BOOST_AUTO_TEST_CASE(a_snapshot_combined_with_another_catalog_resolves_both) {
  const fs::path path = scratch() / "combined.onoma";
  write_bytes(path, builtin_snapshot());
  const onoma::Result<onoma::Catalog> loaded = onoma::Catalog::load(path.string());
  const onoma::Result<onoma::Catalog> extra = onoma::Catalog::parse(
      "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n"
      "zz-test\tperson\ten\tZebulon Quartz\t\tZeb Quartz\t\n",
      "extra.tsv");
  BOOST_TEST_REQUIRE((loaded.ok() && extra.ok()));
  const onoma::Result<onoma::Catalog> combined = onoma::Catalog::combine({*loaded, *extra});
  BOOST_TEST_REQUIRE(combined.ok());
  const onoma::Resolver resolver(*combined);  // the index is built again, over both
  BOOST_TEST(resolver.resolve("zeb quartz").entity()->id == "zz-test");
  BOOST_TEST(resolver.resolve("Choi Sun Hee").entity()->id == "choe-son-hui");
}

BOOST_AUTO_TEST_CASE(compiling_is_deterministic_and_a_loaded_snapshot_compiles_to_the_same_bytes) {
  const fs::path again = scratch() / "again.onoma";
  BOOST_TEST_REQUIRE(onoma::Catalog::builtin().write_snapshot(again.string()).ok());
  BOOST_TEST((read_bytes(again) == builtin_snapshot()));

  const fs::path path = scratch() / "source.onoma";
  write_bytes(path, builtin_snapshot());
  const onoma::Result<onoma::Catalog> loaded = onoma::Catalog::load(path.string());
  BOOST_TEST_REQUIRE(loaded.ok());
  const fs::path copy = scratch() / "copy.onoma";
  BOOST_TEST_REQUIRE(loaded->write_snapshot(copy.string()).ok());
  BOOST_TEST((read_bytes(copy) == builtin_snapshot()));
}

BOOST_AUTO_TEST_CASE(an_empty_catalog_round_trips) {
  const fs::path path = scratch() / "empty-catalog.onoma";
  BOOST_TEST_REQUIRE(onoma::Catalog().write_snapshot(path.string()).ok());
  const onoma::Result<onoma::Catalog> loaded = onoma::Catalog::load(path.string());
  BOOST_TEST_REQUIRE(loaded.ok());
  BOOST_TEST(loaded->empty());
  BOOST_TEST((onoma::Resolver(*loaded).resolve("Kim").status == onoma::Status::kUnknown));
}

BOOST_AUTO_TEST_CASE(a_snapshot_of_other_readings_loads_and_resolves_with_an_index_built_anew) {
  std::string bytes = builtin_snapshot();
  auto* data = reinterpret_cast<unsigned char*>(bytes.data());
  data[32] ^= 0x5A;  // another readings version, with the header checksum a writer would give it
  const std::uint64_t checksum = xxh64(data + 64, 11 * 32, xxh64(data, 56, 0));
  for (int i = 0; i < 8; ++i)
    data[56 + i] = static_cast<unsigned char>(checksum >> (8 * i));
  const fs::path path = scratch() / "other-readings.onoma";
  write_bytes(path, bytes);
  const onoma::Result<onoma::Catalog> loaded = onoma::Catalog::load(path.string());
  BOOST_TEST_REQUIRE(loaded.ok(), (loaded.ok() ? "" : loaded.error().to_string()));
  BOOST_TEST(loaded->size() == onoma::Catalog::builtin().size());
  const onoma::Resolver built(onoma::Catalog::builtin());
  const onoma::Resolver rebuilt(*loaded);
  for (const std::string& name : kNames) {
    BOOST_TEST_INFO(name);
    BOOST_TEST(describe(rebuilt.resolve(name)) == describe(built.resolve(name)));
  }
  // The same file with its checksum left alone is damaged.
  data[56] ^= 1;
  expect_rejected("other-readings-damaged.onoma", bytes, "checksum");
}

BOOST_AUTO_TEST_CASE(writing_where_no_file_can_be_made_is_an_error_naming_the_file) {
  const std::string path = (scratch() / "no-such-folder" / "x.onoma").string();
  const onoma::Result<std::uint64_t> written = onoma::Catalog::builtin().write_snapshot(path);
  BOOST_TEST_REQUIRE(!written.ok());
  BOOST_TEST(written.error().file == path);
  BOOST_TEST(!fs::exists(path));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(rejected)

BOOST_AUTO_TEST_CASE(a_truncated_snapshot_is_rejected_wherever_it_ends) {
  const std::string& bytes = builtin_snapshot();
  for (const std::size_t size :
       {std::size_t{1}, std::size_t{7}, std::size_t{8}, std::size_t{12}, std::size_t{40},
        std::size_t{63}, std::size_t{64}, std::size_t{100}, std::size_t{415}, std::size_t{416},
        std::size_t{400}, bytes.size() / 3, bytes.size() / 2, bytes.size() - 8, bytes.size() - 1}) {
    expect_rejected("truncated-" + std::to_string(size) + ".onoma", bytes.substr(0, size));
  }
  // With a complete header, the header's file size says what is missing.
  expect_rejected("truncated-half.onoma", bytes.substr(0, bytes.size() / 2), "file size");
}

BOOST_AUTO_TEST_CASE(a_snapshot_with_one_byte_flipped_is_rejected_wherever_the_byte_is) {
  const std::string& bytes = builtin_snapshot();
  std::vector<std::size_t> offsets = {1,  5,  7,  8,   11,  12,  16,  20,  31,  32,
                                      39, 40, 47, 48,  55,  56,  63,  64,  68,  72,
                                      80, 88, 96, 200, 415, 416, 420, 500, 1000};
  for (std::size_t i = 1; i < 16; ++i)
    offsets.push_back(bytes.size() * i / 16);
  offsets.push_back(bytes.size() - 9);
  offsets.push_back(bytes.size() - 1);
  for (const std::size_t offset : offsets) {
    for (const int mask : {0x01, 0x80}) {
      std::string damaged = bytes;
      damaged[offset] = static_cast<char>(damaged[offset] ^ mask);
      expect_rejected("flipped-" + std::to_string(offset) + "-" + std::to_string(mask) + ".onoma",
                      damaged);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_damaged_section_is_reported_at_the_section) {
  std::string damaged = builtin_snapshot();
  const std::size_t offset = damaged.size() / 2;
  damaged[offset] = static_cast<char>(damaged[offset] ^ 0x10);
  const fs::path path = scratch() / "damaged.onoma";
  write_bytes(path, damaged);
  const onoma::Result<onoma::Catalog> loaded = onoma::Catalog::load(path.string());
  BOOST_TEST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().message.find("checksum") != std::string::npos);
  BOOST_TEST(loaded.error().column <= offset + 1);
}

BOOST_AUTO_TEST_CASE(a_wrong_magic_number_is_rejected_at_the_byte_that_differs) {
  std::string bytes = builtin_snapshot();
  bytes[3] = 'X';
  expect_rejected("magic.onoma", bytes, "magic");
  const fs::path path = scratch() / "magic.onoma";
  BOOST_TEST(onoma::Catalog::load(path.string()).error().column == 4u);
  // Without the first byte it is no snapshot at all, and no catalog text either.
  std::string text = builtin_snapshot();
  text[0] = 'X';
  write_bytes(scratch() / "not-a-snapshot.onoma", text);
  BOOST_TEST(!onoma::Catalog::load((scratch() / "not-a-snapshot.onoma").string()).ok());
}

BOOST_AUTO_TEST_CASE(another_format_version_is_rejected_at_the_version_field) {
  std::string bytes = builtin_snapshot();
  bytes[8] = 1;  // format version 1 (before the prefixes section), little-endian
  expect_rejected("version.onoma", bytes, "format version 1");
  BOOST_TEST(onoma::Catalog::load((scratch() / "version.onoma").string()).error().column == 9u);
}

BOOST_AUTO_TEST_CASE(an_empty_file_is_rejected) {
  const fs::path path = scratch() / "empty.onoma";
  write_bytes(path, "");
  const onoma::Result<onoma::Catalog> loaded = onoma::Catalog::load(path.string());
  BOOST_TEST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().file == path.string());
  // Empty, it is read as catalog text without a header.
  BOOST_TEST(loaded.error().column <= 1u);
}

// Regression (fuzz_snapshot, corpus/snapshot/regression_invalid_utf8_string): a snapshot with
// valid checksums whose strings are not UTF-8 was loaded, and its text reached the resolver.
BOOST_AUTO_TEST_CASE(a_crafted_snapshot_with_invalid_utf8_text_is_rejected_at_the_string) {
  std::string bytes = one_entity_snapshot();
  const std::size_t at = bytes.find("Seoul");
  BOOST_TEST_REQUIRE(at != std::string::npos);
  bytes[at + 1] = '\xFF';
  reseal(bytes);
  expect_rejected("invalid-utf8.onoma", bytes, "not valid UTF-8");
  BOOST_TEST(onoma::Catalog::load((scratch() / "invalid-utf8.onoma").string()).error().column ==
             at + 2);
}

// Regression (fuzz_snapshot, corpus/snapshot/regression_bad_id): a crafted snapshot could give
// an entity an id that no catalog text may hold.
BOOST_AUTO_TEST_CASE(a_crafted_snapshot_with_an_invalid_id_is_rejected) {
  std::string bytes = one_entity_snapshot();
  const std::size_t at = bytes.find("seoul");
  BOOST_TEST_REQUIRE(at != std::string::npos);
  bytes[at] = 'S';
  reseal(bytes);
  expect_rejected("invalid-id.onoma", bytes, "a-z, 0-9");
  // Resealed but unchanged, the same file loads: the checks above are about content.
  std::string good = one_entity_snapshot();
  reseal(good);
  write_bytes(scratch() / "resealed.onoma", good);
  BOOST_TEST(onoma::Catalog::load((scratch() / "resealed.onoma").string()).ok());
}

// Regression (fuzz_snapshot, corpus/snapshot/regression_empty_name): a crafted snapshot could
// hold an empty name (a string length of 0), which no catalog text may, and an empty origin.
BOOST_AUTO_TEST_CASE(a_crafted_snapshot_with_an_empty_name_or_origin_is_rejected) {
  const std::string good = one_entity_snapshot();
  const auto u32 = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 4; i-- > 0;)
      v = v << 8 | static_cast<unsigned char>(good[at + i]);
    return v;
  };
  // Section 0 (strings) starts at the offset in its table entry (bytes 64 to 95); section 3
  // (names) holds (offset, length, column) records; section 2 (entities) starts with the id,
  // origin and note strings (offset, length).
  const std::size_t strings = u32(64 + 8);
  const std::size_t entities = u32(64 + 2 * 32 + 8);
  const std::size_t names = u32(64 + 3 * 32 + 8);
  const std::size_t name_count = u32(64 + 3 * 32 + 4);
  BOOST_TEST_REQUIRE(name_count == 3u);  // Seoul, 서울, Soul
  const std::size_t alias = names + 2 * 12;
  BOOST_TEST_REQUIRE(good.substr(strings + u32(alias), u32(alias + 4)) == "Soul");

  std::string empty_name = good;
  empty_name.replace(alias + 4, 4, 4, '\0');  // the alias's length: 0
  reseal(empty_name);
  expect_rejected("empty-name.onoma", empty_name, "name 2 is empty");
  BOOST_TEST(onoma::Catalog::load((scratch() / "empty-name.onoma").string()).error().column ==
             alias + 1);

  std::string empty_origin = good;
  BOOST_TEST_REQUIRE(good.substr(strings + u32(entities + 8), u32(entities + 12)) == "ko");
  empty_origin.replace(entities + 12, 4, 4, '\0');  // the origin's length: 0
  reseal(empty_origin);
  expect_rejected("empty-origin.onoma", empty_origin, "empty origin");
}

BOOST_AUTO_TEST_CASE(a_rejected_snapshot_leaves_the_file_as_it_was) {
  std::string bytes = builtin_snapshot();
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x04);
  const fs::path path = scratch() / "unchanged.onoma";
  write_bytes(path, bytes);
  BOOST_TEST(!onoma::Catalog::load(path.string()).ok());
  BOOST_TEST((read_bytes(path) == bytes));
}

BOOST_AUTO_TEST_SUITE_END()
