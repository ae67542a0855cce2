#include "resolve/index.hpp"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>
#include <exception>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <utility>

#include "catalog/storage.hpp"
#include "embedded/embedded.hpp"
#include "resolve/generators.hpp"
#include "resolve/large_block.hpp"
#include "resolve/scores.hpp"

namespace onoma::resolve {
namespace {

// --- XXH64 ---------------------------------------------------------------------------------------

constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t kPrime3 = 0x165667B19E3779F9ULL;
constexpr std::uint64_t kPrime4 = 0x85EBCA77C2B2AE63ULL;
constexpr std::uint64_t kPrime5 = 0x27D4EB2F165667C5ULL;

std::uint64_t read64(const unsigned char* p) {
  std::uint64_t value;
  std::memcpy(&value, p, sizeof value);
  if constexpr (std::endian::native == std::endian::big) {
    value = __builtin_bswap64(value);
  }
  return value;
}

std::uint32_t read32(const unsigned char* p) {
  std::uint32_t value;
  std::memcpy(&value, p, sizeof value);
  if constexpr (std::endian::native == std::endian::big) {
    value = __builtin_bswap32(value);
  }
  return value;
}

std::uint64_t xxh_round(std::uint64_t accumulator, std::uint64_t input) {
  accumulator += input * kPrime2;
  accumulator = std::rotl(accumulator, 31);
  return accumulator * kPrime1;
}

std::uint64_t xxh_merge(std::uint64_t accumulator, std::uint64_t value) {
  accumulator ^= xxh_round(0, value);
  return accumulator * kPrime1 + kPrime4;
}

// --- Building tables -----------------------------------------------------------------------------

bool same_slot(const KeyedPosting& a, const KeyedPosting& b) {
  return a.hash == b.hash && a.posting.entity == b.posting.entity &&
         a.posting.name == b.posting.name && a.posting.part == b.posting.part;
}

}  // namespace

std::uint64_t xxh64(const void* data, std::size_t size, std::uint64_t seed) {
  const auto* p = static_cast<const unsigned char*>(data);
  const unsigned char* const end = p + size;
  std::uint64_t hash;
  if (size >= 32) {
    std::uint64_t v1 = seed + kPrime1 + kPrime2;
    std::uint64_t v2 = seed + kPrime2;
    std::uint64_t v3 = seed;
    std::uint64_t v4 = seed - kPrime1;
    const unsigned char* const limit = end - 32;
    do {
      v1 = xxh_round(v1, read64(p));
      v2 = xxh_round(v2, read64(p + 8));
      v3 = xxh_round(v3, read64(p + 16));
      v4 = xxh_round(v4, read64(p + 24));
      p += 32;
    } while (p <= limit);
    hash = std::rotl(v1, 1) + std::rotl(v2, 7) + std::rotl(v3, 12) + std::rotl(v4, 18);
    hash = xxh_merge(hash, v1);
    hash = xxh_merge(hash, v2);
    hash = xxh_merge(hash, v3);
    hash = xxh_merge(hash, v4);
  } else {
    hash = seed + kPrime5;
  }
  hash += static_cast<std::uint64_t>(size);
  for (; end - p >= 8; p += 8) {
    hash ^= xxh_round(0, read64(p));
    hash = std::rotl(hash, 27) * kPrime1 + kPrime4;
  }
  if (end - p >= 4) {
    hash ^= static_cast<std::uint64_t>(read32(p)) * kPrime1;
    hash = std::rotl(hash, 23) * kPrime2 + kPrime3;
    p += 4;
  }
  for (; p < end; ++p) {
    hash ^= *p * kPrime5;
    hash = std::rotl(hash, 11) * kPrime1;
  }
  hash ^= hash >> 33;
  hash *= kPrime2;
  hash ^= hash >> 29;
  hash *= kPrime3;
  hash ^= hash >> 32;
  return hash;
}

namespace {

// The directory's shape (index.hpp, PostingTable::directory_). Sixteen keys a bucket put a guess
// within a slot or two of its hash; 2^16 buckets of 4 bytes stay in the second-level cache.
constexpr std::uint64_t kKeysPerBucket = 16;
constexpr unsigned kMaxDirectoryBits = 16;

}  // namespace

std::uint64_t readings_version() {
  static const std::uint64_t version = [] {
    std::uint64_t hash = xxh64(kReadingsVersion.data(), kReadingsVersion.size());
    for (const embedded::FileSet& set : {embedded::korean_tables(), embedded::russian_tables(),
                                         embedded::chinese_tables(), embedded::romanize_rules()}) {
      for (const embedded::File& file : set) {
        const std::string_view name(file.name);
        hash = xxh64(name.data(), name.size(), hash);
        hash = xxh64(file.data, file.size, hash);
      }
    }
    return hash;
  }();
  return version;
}

PostingTable::PostingTable(std::shared_ptr<const void> owner, const std::uint64_t* hashes,
                           const std::uint32_t* offsets, std::uint32_t key_count,
                           const Posting* postings, std::uint32_t posting_count)
    : owner_(std::move(owner)),
      hashes_(hashes),
      offsets_(offsets),
      key_count_(key_count),
      postings_(postings),
      posting_count_(posting_count) {
  // kKeysPerBucket keys or more a bucket, and at most 2^kMaxDirectoryBits buckets, at least 2.
  unsigned bits = 1;
  while (bits < kMaxDirectoryBits && (std::uint64_t{kKeysPerBucket} << (bits + 1)) <= key_count_)
    ++bits;
  shift_ = 64 - bits;
  directory_.assign((std::size_t{1} << bits) + 1, 0);
  // directory_[b + 1] counts the keys of bucket b, then the prefix sums give first slots.
  for (std::uint32_t i = 0; i < key_count_; ++i)
    ++directory_[(hashes_[i] >> shift_) + 1];
  for (std::size_t b = 1; b < directory_.size(); ++b)
    directory_[b] += directory_[b - 1];
}

bool PostingTable::posting_before(const KeyedPosting& a, const KeyedPosting& b) {
  if (a.hash != b.hash)
    return a.hash < b.hash;
  if (a.posting.entity != b.posting.entity)
    return a.posting.entity < b.posting.entity;
  if (a.posting.name != b.posting.name)
    return a.posting.name < b.posting.name;
  if (a.posting.part != b.posting.part)
    return a.posting.part < b.posting.part;
  if (a.posting.cost != b.posting.cost)
    return a.posting.cost < b.posting.cost;
  return a.posting.part_count < b.posting.part_count;
}

void PostingTable::sort_postings(std::vector<KeyedPosting>& entries) {
  std::sort(entries.begin(), entries.end(), posting_before);
}

PostingTable PostingTable::build_sorted(std::vector<KeyedPosting>&& entries) {
  // The cheapest of several postings of one (entity, name, part) under a key comes first: keep it.
  std::size_t keys = 0;
  std::size_t postings = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0 && same_slot(entries[i - 1], entries[i]))
      continue;
    ++postings;
    if (i == 0 || entries[i - 1].hash != entries[i].hash)
      ++keys;
  }

  // In LargeArrays, which a large catalog's index gets on huge pages (large_block.hpp).
  struct Arrays {
    LargeArray<std::uint64_t> hashes;
    LargeArray<std::uint32_t> offsets;
    LargeArray<Posting> postings;
  };
  auto arrays = std::make_shared<Arrays>(Arrays{LargeArray<std::uint64_t>(keys),
                                                LargeArray<std::uint32_t>(keys + 1),
                                                LargeArray<Posting>(postings)});
  std::size_t key = 0;
  std::size_t posting = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0 && same_slot(entries[i - 1], entries[i]))
      continue;
    if (i == 0 || entries[i - 1].hash != entries[i].hash) {
      arrays->hashes[key] = entries[i].hash;
      arrays->offsets[key] = static_cast<std::uint32_t>(posting);
      ++key;
    }
    arrays->postings[posting++] = entries[i].posting;
  }
  arrays->offsets[key] = static_cast<std::uint32_t>(posting);
  entries.clear();
  entries.shrink_to_fit();

  const Arrays& built = *arrays;
  return PostingTable(arrays, built.hashes.data(), built.offsets.data(),
                      static_cast<std::uint32_t>(keys), built.postings.data(),
                      static_cast<std::uint32_t>(postings));
}

std::size_t PostingTable::memory_bytes() const {
  return key_count_ * (sizeof(std::uint64_t) + sizeof(std::uint32_t)) + sizeof(std::uint32_t) +
         posting_count_ * sizeof(Posting) + directory_.size() * sizeof(std::uint32_t);
}

std::vector<std::size_t> part_boundaries(const std::vector<Token>& tokens) {
  std::vector<std::size_t> boundaries;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Separator separator = tokens[i].separator;
    if (i == 0 || (separator != Separator::kHyphen && separator != Separator::kNone &&
                   separator != Separator::kApostrophe)) {
      boundaries.push_back(i);
    }
  }
  boundaries.push_back(tokens.size());
  return boundaries;
}

std::vector<Token> rotate_parts(const std::vector<Token>& tokens,
                                const std::vector<std::size_t>& boundaries, std::size_t r) {
  const auto middle = tokens.begin() + static_cast<std::ptrdiff_t>(boundaries[r]);
  std::vector<Token> rotated(middle, tokens.end());
  rotated.insert(rotated.end(), tokens.begin(), middle);
  rotated.front().separator = Separator::kStart;
  rotated[tokens.size() - boundaries[r]].separator = Separator::kSpace;
  return rotated;
}

namespace {

// Readings indexed per generator and catalog name, the best first. A decoder may offer more (the
// Korean one 48) for a query to meet; past the first few, a catalog name's readings are guesses
// that cost memory, build time and false matches.
constexpr std::size_t kMaxCatalogReadings = 16;
// Keeps, of the readings one generator appended to `readings` from `from` on, the first
// kMaxCatalogReadings that name every part and the first kMaxCatalogReadings that leave one out.
// A decoder lists the shortened readings (a Russian name without its patronymic) after all the
// full ones: one cut over both would drop them whenever the full name reads many ways, and
// "Sergei Lavrov" would no longer find a catalog's "Sergey Viktorovich Lavrov".
void keep_catalog_readings(std::vector<Reading>& readings, std::size_t from) {
  std::size_t full = 0;
  std::size_t shortened = 0;
  std::size_t kept = from;
  for (std::size_t r = from; r < readings.size(); ++r) {
    std::size_t& count = readings[r].leaves_out_part ? shortened : full;
    if (count == kMaxCatalogReadings)
      continue;
    ++count;
    if (kept != r)
      readings[kept] = std::move(readings[r]);
    ++kept;
  }
  readings.resize(kept);
}

// Most distinct name parts whose readings the build remembers (per generator and part, a few
// hundred bytes each): past it, parts are read each time.
constexpr std::size_t kMaxMemoParts = 1 << 20;

// One word of at most five letters, all capitals: UN, ООН, КНДР, DPRK.
bool is_acronym(const std::vector<Token>& tokens) {
  if (tokens.size() != 1 || !tokens.front().all_caps)
    return false;
  std::size_t letters = 0;
  for (const char c : tokens.front().text)
    letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return letters <= 5;
}

}  // namespace

namespace {

// Reads the names of a run of entities into (key hash, posting) pairs and key prefixes. One
// builder per thread: it shares nothing but the catalog and the generators, which are const.
class IndexBuilder {
 public:
  IndexBuilder(const Catalog& catalog,
               const std::vector<std::unique_ptr<ReadingGenerator>>& generators,
               std::size_t memo_budget)
      : catalog_(catalog),
        generators_(generators),
        part_memo_(generators.size()),
        memo_budget_(memo_budget) {}

  void add_entity(std::uint32_t e);
  // Puts what was read in the tables' order, ready to be merged and built.
  void sort() {
    PostingTable::sort_postings(whole);
    PostingTable::sort_postings(parts);
  }

  // Every (key hash, posting) pair, sorted and grouped at the end: no per-key allocation.
  std::vector<KeyedPosting> whole;
  std::vector<KeyedPosting> parts;
  // The prefixes of every key: the decoders prune by them (generate_pruned), and annotate()
  // stops lengthening a span that no catalog key can begin with.
  DistinctHashes prefixes;

 private:
  void add_prefixes(std::string_view key) { PrefixFilter::add_prefixes(key, prefixes); }
  // A person's name written given name first ("Syngman Rhee", "Se Ri Pak", "Jinping Xi": a
  // last part that a generator of the entity's origin may read as a surname written last, at
  // most kMaxGivenNameParts parts before it, a first part that none may) is also read with that
  // part first, at kSurnameLastNameCost: the decoders read names surname first, so 이승만 and
  // "Yi Sung-man" would otherwise never meet the catalog's "Syngman Rhee".
  void add_surname_first_readings(const Entity& entity, std::uint32_t e, std::size_t n,
                                  const std::vector<Token>& tokens,
                                  const std::vector<std::size_t>& boundaries);

  const Catalog& catalog_;
  const std::vector<std::unique_ptr<ReadingGenerator>>& generators_;
  std::vector<Reading> readings_;
  std::vector<std::pair<std::size_t, Reading>> inner_parts_;
  // Names share parts ("Kim", "Sergei", "Son-hui"): each generator reads a distinct part once.
  // A part's readings depend only on its tokens, which its text and what stands before it
  // (separator, sentence start) determine. Bounded, so that a catalog of only distinct parts
  // costs no more memory than kMaxMemoParts entries in all builders together.
  std::vector<std::unordered_map<std::string, std::vector<Reading>>> part_memo_;
  std::size_t memo_parts_ = 0;
  std::size_t memo_budget_;
  std::string memo_key_;
};

void IndexBuilder::add_entity(std::uint32_t e) {
  const Entity& entity = catalog_[e];
  const std::vector<std::string_view> names = catalog::names_of(entity);
  for (std::size_t n = 0; n < names.size() && n <= 0xFFFF; ++n) {
    Result<std::vector<Token>> tokens = tokenize(names[n]);
    if (!tokens || tokens->empty())
      continue;
    const std::vector<std::size_t> boundaries = part_boundaries(*tokens);
    const std::size_t part_count = boundaries.size() - 1;

    // An acronym of a place or an organization (UN, ООН, КНДР) is read letter by letter, not
    // as a word: only its folded reading is indexed, so that no decoder's reading of an
    // ordinary word ("On", "One" -> он) meets it.
    const bool acronym = entity.type != EntityType::kPerson && is_acronym(*tokens);
    readings_.clear();
    for (const auto& generator : generators_) {
      if (acronym && !generator->language().empty())
        continue;
      if (generator->applies_to_origin(entity.origin)) {
        const std::size_t before = readings_.size();
        generator->generate({tokens->data(), tokens->size(), names[n]}, readings_);
        keep_catalog_readings(readings_, before);
      }
    }
    for (const Reading& reading : readings_) {
      add_prefixes(reading.key);
      whole.push_back(
          {key_hash(reading.key),
           {e, static_cast<std::uint16_t>(n), kWholeName,
            static_cast<std::uint8_t>(std::min<std::size_t>(part_count, 0xFE)), reading.cost}});
    }
    if (entity.type == EntityType::kPerson) {
      add_surname_first_readings(entity, e, n, *tokens, boundaries);
      // Parts a generator finds inside one word (Hangul 최선희 -> 최 + 선희).
      for (const auto& generator : generators_) {
        inner_parts_.clear();
        const std::size_t count =
            generator->applies_to_origin(entity.origin)
                ? generator->generate_parts({tokens->data(), tokens->size(), names[n]},
                                            inner_parts_)
                : 0;
        for (const auto& [part, reading] : inner_parts_) {
          add_prefixes(reading.key);
          parts.push_back({key_hash(reading.key),
                           {e, static_cast<std::uint16_t>(n), static_cast<std::uint8_t>(part),
                            static_cast<std::uint8_t>(count), reading.cost}});
        }
      }
    }

    // A person is often named by one part only ("Lavrov", "Choe"): index the parts too.
    if (entity.type != EntityType::kPerson || part_count < 2 || part_count > 0xFE)
      continue;
    for (std::size_t p = 0; p < part_count; ++p) {
      readings_.clear();
      const TokenSpan span{tokens->data() + boundaries[p], boundaries[p + 1] - boundaries[p],
                           names[n]};
      // An initial ("R." of "Michael R. Pompeo") names no one on its own.
      if (span.count == 1 && span.tokens->text.size() == 1)
        continue;
      memo_key_.assign(1, static_cast<char>(span.tokens->separator));
      memo_key_.push_back(span.tokens->sentence_start ? '.' : ' ');
      memo_key_.append(names[n].substr(span.tokens->begin,
                                       span.tokens[span.count - 1].end - span.tokens->begin));
      for (std::size_t g = 0; g < generators_.size(); ++g) {
        const auto& generator = generators_[g];
        if (!generator->applies_to_origin(entity.origin))
          continue;
        const auto read = [&](std::vector<Reading>& into) {
          const std::size_t before = into.size();
          generator->generate(span, into);
          keep_catalog_readings(into, before);
        };
        if (const auto found = part_memo_[g].find(memo_key_); found != part_memo_[g].end()) {
          readings_.insert(readings_.end(), found->second.begin(), found->second.end());
        } else if (memo_parts_ < memo_budget_) {
          ++memo_parts_;
          std::vector<Reading>& memo = part_memo_[g][memo_key_];
          read(memo);
          readings_.insert(readings_.end(), memo.begin(), memo.end());
        } else {
          read(readings_);
        }
      }
      for (const Reading& reading : readings_) {
        add_prefixes(reading.key);
        parts.push_back({key_hash(reading.key),
                         {e, static_cast<std::uint16_t>(n), static_cast<std::uint8_t>(p),
                          static_cast<std::uint8_t>(part_count), reading.cost}});
      }
    }
  }
}

void IndexBuilder::add_surname_first_readings(const Entity& entity, std::uint32_t e, std::size_t n,
                                              const std::vector<Token>& tokens,
                                              const std::vector<std::size_t>& boundaries) {
  const std::size_t part_count = boundaries.size() - 1;
  if (part_count < 2 || part_count > kMaxGivenNameParts + 1)
    return;
  const std::string_view name = catalog::name_of(entity, n);
  const TokenSpan first{tokens.data(), boundaries[1], name};
  const TokenSpan last{tokens.data() + boundaries[part_count - 1],
                       boundaries[part_count] - boundaries[part_count - 1], name};
  // Only a name whose first part no generator may read as a surname: "I Cho" (이초) turned
  // round is "Cho I", which folds to "choi", and "Yi Wang" may be 易王 as well as 王毅; such
  // names are taken as written.
  bool turned = false;
  for (const auto& generator : generators_) {
    if (!generator->applies_to_origin(entity.origin))
      continue;
    if (generator->may_be_surname_last(first))
      return;
    turned = turned || generator->may_be_surname_last(last);
  }
  if (!turned)
    return;
  // Every generator reads the turned name, the folding one too: "Rhee Syng-man" in running text,
  // which annotate() does not reorder, then meets "Syngman Rhee" as written.
  const std::vector<Token> rotated = rotate_parts(tokens, boundaries, part_count - 1);
  readings_.clear();
  for (const auto& generator : generators_) {
    if (!generator->applies_to_origin(entity.origin))
      continue;
    const std::size_t before = readings_.size();
    generator->generate({rotated.data(), rotated.size(), name}, readings_);
    keep_catalog_readings(readings_, before);
  }
  for (const Reading& reading : readings_) {
    add_prefixes(reading.key);
    whole.push_back({key_hash(reading.key),
                     {e, static_cast<std::uint16_t>(n), kWholeName,
                      static_cast<std::uint8_t>(part_count), reading.cost + kSurnameLastNameCost}});
  }
}

// Entities a build thread takes at a time: small enough to balance the cultures' different
// costs (a Korean alias decodes ten times slower than an English name), large enough that the
// shared counter is touched rarely.
constexpr std::uint32_t kEntitiesPerChunk = 256;

std::size_t build_threads_for(std::size_t entity_count, unsigned requested) {
  std::size_t threads = requested != 0 ? requested : std::thread::hardware_concurrency();
  threads = std::max<std::size_t>(threads, 1);
  // A thread costs tens of microseconds to start: a small catalog builds where it is.
  const std::size_t chunks = (entity_count + kEntitiesPerChunk - 1) / kEntitiesPerChunk;
  return std::min(threads, std::max<std::size_t>(chunks / 4, 1));
}

}  // namespace

ReadingIndex::ReadingIndex(const Catalog& catalog,
                           const std::vector<std::unique_ptr<ReadingGenerator>>& generators,
                           unsigned threads) {
  const auto entity_count = static_cast<std::uint32_t>(catalog.size());
  const std::size_t thread_count = build_threads_for(entity_count, threads);
  std::vector<IndexBuilder> builders;
  builders.reserve(thread_count);
  for (std::size_t t = 0; t < thread_count; ++t)
    builders.emplace_back(catalog, generators, kMaxMemoParts / thread_count);

  if (thread_count == 1) {
    for (std::uint32_t e = 0; e < entity_count; ++e)
      builders.front().add_entity(e);
    builders.front().sort();
  } else {
    // Chunks go to whichever thread is free. The postings are sorted by key, entity, name and
    // part before use, so the tables do not depend on which thread read what.
    std::atomic<std::uint32_t> next_chunk{0};
    std::vector<std::exception_ptr> failures(thread_count);
    const auto work = [&](std::size_t t) {
      try {
        for (;;) {
          const std::uint64_t begin =
              std::uint64_t{next_chunk.fetch_add(1, std::memory_order_relaxed)} * kEntitiesPerChunk;
          if (begin >= entity_count)
            break;
          const auto end = static_cast<std::uint32_t>(
              std::min<std::uint64_t>(begin + kEntitiesPerChunk, entity_count));
          for (auto e = static_cast<std::uint32_t>(begin); e < end; ++e)
            builders[t].add_entity(e);
        }
        // Each thread sorts what it read; the sorted runs are merged below.
        builders[t].sort();
      } catch (...) {
        failures[t] = std::current_exception();
        next_chunk.store(entity_count, std::memory_order_relaxed);  // the others stop early
      }
    };
    std::vector<std::thread> workers;
    workers.reserve(thread_count - 1);
    for (std::size_t t = 1; t < thread_count; ++t) {
      // Where no thread can be started (a process at its limit), the started ones and this one
      // take all the chunks; the builders of threads never started stay empty.
      try {
        workers.emplace_back(work, t);
      } catch (const std::system_error&) {
        break;
      }
    }
    work(0);
    for (std::thread& worker : workers)
      worker.join();
    for (const std::exception_ptr& failure : failures) {
      if (failure)
        std::rethrow_exception(failure);
    }
    // Into the first builder, one sorted run after another, each merged into what is before it;
    // the others' vectors are freed as they are emptied.
    IndexBuilder& into = builders.front();
    const auto append_run = [](std::vector<KeyedPosting>& to, std::vector<KeyedPosting>& run) {
      const auto middle = static_cast<std::ptrdiff_t>(to.size());
      to.insert(to.end(), run.begin(), run.end());
      run = {};
      std::inplace_merge(to.begin(), to.begin() + middle, to.end(), PostingTable::posting_before);
    };
    for (std::size_t t = 1; t < thread_count; ++t) {
      append_run(into.whole, builders[t].whole);
      append_run(into.parts, builders[t].parts);
      for (const std::uint64_t prefix : builders[t].prefixes.take())
        into.prefixes.insert(prefix);
    }
  }
  IndexBuilder& built = builders.front();
  auto tables = std::make_shared<Tables>();
  tables->whole = PostingTable::build_sorted(std::move(built.whole));
  tables->parts = PostingTable::build_sorted(std::move(built.parts));
  tables->prefixes = PrefixFilter::build(std::move(built.prefixes));
  tables_ = std::move(tables);
}

ReadingIndex::ReadingIndex(PostingTable whole, PostingTable parts, PrefixFilter prefixes)
    : tables_(std::make_shared<const Tables>(
          Tables{std::move(whole), std::move(parts), std::move(prefixes)})) {}

std::unique_ptr<ReadingIndex> ReadingIndex::for_catalog(
    const Catalog& catalog, const std::vector<std::unique_ptr<ReadingGenerator>>& generators,
    unsigned threads) {
  const CatalogStorage& storage = CatalogAccess::storage(catalog);
  if (storage.index != nullptr && storage.index_readings_version == readings_version() &&
      &generators == &default_generators()) {
    return std::make_unique<ReadingIndex>(*storage.index);
  }
  return std::make_unique<ReadingIndex>(catalog, generators, threads);
}

}  // namespace onoma::resolve
