// A deterministic synthetic catalog of person names, and query mixes against it, for the
// benchmarks (tests/bench/bench_main.cpp) and the onoma_synth command.
//
// Names are built from real parts: Korean surnames and name syllables from tables/korean/
// (surnames.tsv, given_syllables.tsv, syllables.tsv), Russian given names, patronymics and
// surname stems with their usual endings, common Chinese surnames and given-name characters, and
// English, Spanish and Arabic given names and surnames. Romanized names come from
// onoma::romanize, batched (one ICU call per few thousand name parts, never one per entity).
// The same seed gives the same catalog and the same queries, byte for byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace onoma_bench {

enum class Culture : std::uint8_t { kKorean, kRussian, kChinese, kLatin };

const char* culture_name(Culture culture);

// One generated person. `parts` keeps the native pieces the query generator needs to spell
// the name in other ways: Korean {surname, given} in Hangul; Russian {given, patronymic or "",
// surname} in Cyrillic; Chinese {surname, given} in Han; Latin {given, middle or "", surname}.
struct SynthEntity {
  std::string id;
  Culture culture = Culture::kLatin;
  bool female = false;
  std::string origin;
  std::string canonical;
  std::vector<std::string> natives;
  std::vector<std::string> aliases;
  std::vector<std::string> parts;
};

struct SynthOptions {
  std::size_t entities = 10000;
  std::uint64_t seed = 1;
  // Folder holding the Korean tables (surnames.tsv, given_syllables.tsv, syllables.tsv).
  std::string korean_tables_dir;
};

struct SynthCatalog {
  std::vector<SynthEntity> entities;  // catalog order: entity i is line i of to_tsv()
  std::string to_tsv() const;         // catalog format v1 (tables/catalog/README.md)
  std::size_t name_count() const;     // canonical names + natives + aliases
};

// Throws std::runtime_error when a table cannot be read.
SynthCatalog generate_catalog(const SynthOptions& options);

// What a query is written in, and what it is.
enum class InputKind : std::uint8_t { kLatin, kHangul, kCyrillic, kHan };
enum class QueryKind : std::uint8_t { kExact, kVariant, kNative, kUnknown };

const char* input_kind_name(InputKind kind);
const char* query_kind_name(QueryKind kind);

inline constexpr std::int64_t kNoEntity = -1;

struct Query {
  std::string text;
  std::int64_t expected = kNoEntity;  // index into the catalog, or kNoEntity
  InputKind input = InputKind::kLatin;
  QueryKind kind = QueryKind::kExact;
  Culture culture = Culture::kLatin;
};

// The query mixes of the suite.
//   latin-exact    canonical names as the catalog writes them (all cultures)
//   latin-variant  other spellings: Korean in other systems and customary surname spellings,
//                  Russian in other systems, Chinese in Wade-Giles, Latin with case, diacritic and
//                  hyphen changes
//   latin-unknown  names that are in no catalog entry
//   latin-mix      50% exact, 35% variant, 15% unknown: the headline Latin figure
//   hangul, cyrillic, han   native names (90%) and unknown native names (10%)
enum class Mix : std::uint8_t {
  kLatinExact,
  kLatinVariant,
  kLatinUnknown,
  kLatinMix,
  kHangul,
  kCyrillic,
  kHan,
};

const char* mix_name(Mix mix);
std::vector<Mix> all_mixes();

std::vector<Query> make_queries(const SynthCatalog& catalog, Mix mix, std::size_t count,
                                std::uint64_t seed, const std::string& korean_tables_dir);

// Pairs for compare(): half the same person spelled two ways (variant vs canonical, or native vs
// canonical), half two different people of the same culture. `same` is the expected answer.
struct Pair {
  std::string a;
  std::string b;
  bool same = false;
  InputKind input = InputKind::kLatin;
};

std::vector<Pair> make_pairs(const SynthCatalog& catalog, std::size_t count, std::uint64_t seed,
                             const std::string& korean_tables_dir);

// English news text embedding catalog names (full names in several spellings, later mentions
// by surname), split into documents of about `document_bytes`, `total_bytes` in all.
std::vector<std::string> make_news(const SynthCatalog& catalog, std::size_t total_bytes,
                                   std::size_t document_bytes, std::uint64_t seed,
                                   const std::string& korean_tables_dir);

}  // namespace onoma_bench
