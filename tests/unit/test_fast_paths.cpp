// Fast paths against their slow references.
//
// Decoders that follow the catalog (ReadingGenerator::generate_pruned with the index's
// PrefixFilter) against the same decoders left free (generate): every reading of a published
// spelling that the free decoder finds in the catalog, the pruned decoder must find too, at no
// greater cost; pruning is only allowed to drop what no catalog key begins with.
//
// Text folding's table of single code points against folding every segment through ICU.
//
// The contradiction collect_aligned reads off a candidate's part edges against align().
//
// The Russian decoder against its first version (reference_russian_decoder.cpp).
//
// The index's look-up by a guessed slot against a binary search.
//
// The decoders' per-thread workspaces: never shared while in use.
#define BOOST_TEST_MODULE fast_paths
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <unicode/uchar.h>
#include <onoma/catalog.hpp>
#include <onoma/text.hpp>

#include "cultures/korean/decoder.hpp"
#include "cultures/korean/syllable_table.hpp"
#include "cultures/russian/decoder.hpp"
#include "cultures/russian/spelling_table.hpp"
#include "fixture_files.hpp"
#include "mixed_catalog.hpp"
#include "reference_korean_decoder.hpp"
#include "reference_russian_decoder.hpp"
#include "resolve/align.hpp"
#include "resolve/generators.hpp"
#include "resolve/index.hpp"
#include "resolve/large_block.hpp"
#include "resolve/prefix_filter.hpp"
#include "resolve/scratch.hpp"
#include "text/breves.hpp"
#include "text/fold.hpp"

namespace {

using onoma::resolve::PrefixFilter;
using onoma::resolve::Reading;

const std::string kFixtures = ONOMA_FIXTURES_DIR;
const std::string kHeader =
    "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n";

// Every published spelling of a fixture, with the native name it spells.
struct Spelling {
  std::string native;
  std::string latin;
};

std::vector<std::string> split_bars(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t bar = text.find('|', start);
    out.push_back(text.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    if (bar == std::string::npos)
      return out;
    start = bar + 1;
  }
}

std::vector<Spelling> korean_spellings() {
  std::vector<Spelling> out;
  for (const auto& row : onoma::testing::read_tsv(kFixtures + "/korean/names.tsv")) {
    for (const std::string& latin : split_bars(row.at("spellings")))
      out.push_back({row.at("hangul"), latin});
  }
  return out;
}

std::vector<Spelling> russian_spellings() {
  std::vector<Spelling> out;
  for (const auto& row : onoma::testing::read_tsv(kFixtures + "/russian/names.tsv"))
    out.push_back({row.at("cyrillic"), row.at("spelling")});
  return out;
}

// A catalog of the fixture's people under their native names only, and its reading index.
struct AliasFree {
  onoma::Catalog catalog;
  onoma::resolve::ReadingIndex index;
};

AliasFree alias_free(const std::vector<Spelling>& spellings, const std::string& origin) {
  std::map<std::string, bool> natives;
  for (const Spelling& spelling : spellings)
    natives[spelling.native] = true;
  std::string text = kHeader;
  std::size_t id = 0;
  for (const auto& [native, unused] : natives)
    text += "p" + std::to_string(id++) + "\tperson\t" + origin + "\t" + native + "\t\t\t\n";
  auto catalog = onoma::Catalog::parse(text, "alias-free.tsv");
  BOOST_TEST_REQUIRE(catalog.ok());
  onoma::resolve::ReadingIndex index(*catalog, onoma::resolve::default_generators());
  return {std::move(*catalog), std::move(index)};
}

void check_pruning_keeps_catalog_readings(const std::vector<Spelling>& spellings,
                                          const std::string& origin) {
  const AliasFree world = alias_free(spellings, origin);
  std::size_t checked = 0;
  for (const auto& generator : onoma::resolve::default_generators()) {
    if (generator->pruning_tag().empty())
      continue;
    for (const Spelling& spelling : spellings) {
      const auto tokens = onoma::tokenize(spelling.latin);
      BOOST_TEST_REQUIRE(tokens.ok());
      const onoma::resolve::TokenSpan span{tokens->data(), tokens->size()};
      std::vector<Reading> free;
      std::vector<Reading> pruned;
      generator->generate(span, free);
      generator->generate_pruned(span, world.index.prefixes(), pruned);
      std::map<std::string, float> pruned_cost;
      for (const Reading& reading : pruned) {
        const auto [slot, inserted] = pruned_cost.emplace(reading.key, reading.cost);
        if (!inserted && reading.cost < slot->second)
          slot->second = reading.cost;
      }
      for (const Reading& reading : free) {
        if (world.index.whole(reading.key).empty() && world.index.parts(reading.key).empty())
          continue;
        ++checked;
        const auto found = pruned_cost.find(reading.key);
        BOOST_TEST((found != pruned_cost.end() && found->second <= reading.cost),
                   generator->name() << ": '" << spelling.latin << "' lost " << reading.key);
      }
    }
  }
  BOOST_TEST(checked >= spellings.size() / 2);  // the check saw catalog readings at all
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_filter_holds_every_prefix_it_was_built_from) {
  std::vector<std::string> keys;
  for (const Spelling& spelling : korean_spellings())
    keys.push_back("h:" + spelling.native);
  for (const Spelling& spelling : russian_spellings())
    keys.push_back("r:" + spelling.latin);
  std::vector<std::uint64_t> prefixes;
  for (const std::string& key : keys)
    PrefixFilter::add_prefixes(key, prefixes);
  const std::vector<std::uint64_t> inserted = prefixes;
  const PrefixFilter filter = PrefixFilter::build(std::move(prefixes));
  for (const std::uint64_t hash : inserted)
    BOOST_TEST_REQUIRE(filter.may_contain(hash));

  // A prefix is cut at code point boundaries only: "h:최" is one, "h:" plus half of 최 is not.
  std::vector<std::uint64_t> of_choe;
  PrefixFilter::add_prefixes("h:최", of_choe);
  BOOST_TEST(of_choe.size() == 3u);  // "h", "h:", "h:최"

  // Extending a prefix hash piece by piece is hashing the whole.
  std::uint64_t state = onoma::resolve::kEmptyPrefix;
  for (const char* piece : {"h:", "최", "선", "희"})
    state = onoma::resolve::extend_prefix(state, piece);
  BOOST_TEST(state == onoma::resolve::extend_prefix(onoma::resolve::kEmptyPrefix, "h:최선희"));

  // False positives stay rare: keys no one inserted, checked against the filter.
  std::size_t false_positives = 0;
  const std::size_t probes = 20000;
  for (std::size_t i = 0; i < probes; ++i) {
    const std::string absent = "x:" + std::to_string(i * 7919);
    false_positives +=
        filter.may_contain(onoma::resolve::extend_prefix(onoma::resolve::kEmptyPrefix, absent));
  }
  BOOST_TEST(false_positives < probes / 50, false_positives << " of " << probes);

  BOOST_TEST(!PrefixFilter().may_contain(state));  // an empty filter holds nothing
}

BOOST_AUTO_TEST_CASE(pruned_korean_decoding_keeps_every_catalog_reading) {
  check_pruning_keeps_catalog_readings(korean_spellings(), "ko");
}

BOOST_AUTO_TEST_CASE(pruned_russian_decoding_keeps_every_catalog_reading) {
  check_pruning_keeps_catalog_readings(russian_spellings(), "ru");
}

namespace {

std::string utf8_of(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

bool same_folding(const std::string& text) {
  const auto fast = onoma::text::fold(text);
  const auto slow = onoma::text::fold_reference(text);
  if (fast.size() != slow.size())
    return false;
  for (std::size_t i = 0; i < fast.size(); ++i) {
    if (fast[i].code_point != slow[i].code_point || fast[i].begin != slow[i].begin ||
        fast[i].end != slow[i].end || fast[i].upper != slow[i].upper ||
        fast[i].lower != slow[i].lower || fast[i].line_break != slow[i].line_break) {
      return false;
    }
  }
  return true;
}

}  // namespace

BOOST_AUTO_TEST_CASE(folding_by_table_equals_folding_through_icu) {
  // Every code point of the table, alone, between letters, and before a combining mark (which
  // makes a segment of two and takes the ICU path in both).
  std::size_t checked = 0;
  for (char32_t cp = 0x80; cp < 0x530; ++cp) {
    const std::string c = utf8_of(cp);
    for (const std::string& text :
         {c, "a" + c + "b", c + c, "\xD0\x9A" + c + " x", c + "\xCC\x81"}) {
      BOOST_TEST(same_folding(text), "U+" << std::hex << static_cast<unsigned>(cp));
      ++checked;
    }
  }
  BOOST_TEST(checked == 5u * (0x530 - 0x80));
  for (const char* text : {"Сергей Лавров", "Хрущёв", "Ἀθῆναι", "Dvořák Łódź Øresund Straße",
                           "ǅemal", "ΣΊΣΥΦΟΣ", "Ёлка й ї ґ"}) {
    BOOST_TEST(same_folding(text), text);
  }
}

namespace {

// How many texts built on the code points of [first, last] fold as through ICU: each alone,
// doubled, between Cyrillic and a space, and followed by `joiner` (which makes a segment of two,
// ICU's path in both). Stops at the first that does not, and reports it.
std::size_t count_foldings_as_through_icu(char32_t first, char32_t last,
                                          const std::string& joiner) {
  std::size_t checked = 0;
  for (char32_t cp = first; cp <= last; ++cp) {
    const std::string c = utf8_of(cp);
    for (const std::string& text : {c, c + c, "\xD0\x9A" + c + " x", c + joiner}) {
      if (!same_folding(text)) {
        BOOST_TEST(false, "U+" << std::hex << static_cast<unsigned>(cp));
        return checked;
      }
      ++checked;
    }
  }
  return checked;
}

}  // namespace

BOOST_AUTO_TEST_CASE(hangul_syllables_fold_to_themselves_as_through_icu) {
  // The fast path keeps a lone precomposed syllable as it is; ICU's way (NFKC_Casefold, NFD,
  // NFC) must agree for every syllable. The joiner is a trailing jamo, which composes with an
  // LV syllable.
  BOOST_TEST(count_foldings_as_through_icu(0xAC00, 0xD7A3, "\xE1\x86\xA8") == 4u * 11172u);
}

BOOST_AUTO_TEST_CASE(unified_ideographs_fold_to_themselves_as_through_icu) {
  // The same fast path for U+4E00 to U+9FFF; the joiner is a combining acute accent.
  BOOST_TEST(count_foldings_as_through_icu(0x4E00, 0x9FFF, "\xCC\x81") == 4u * 0x5200u);
}

BOOST_AUTO_TEST_CASE(tokens_from_the_table_of_common_code_points_match_icu) {
  // tokenize() reads scripts, categories and letters from text::facts_of for the common code
  // points; each entry must be what ICU says.
  std::size_t checked = 0;
  for (char32_t cp = 0; cp < 0xD7A4; ++cp) {
    const onoma::text::CodePointFacts* facts = onoma::text::facts_of(cp);
    if (facts == nullptr)
      continue;
    bool has_script = false;
    const onoma::Script script = onoma::text::script_of(cp, has_script);
    const auto u = static_cast<UChar32>(cp);
    const bool same = facts->script == script && facts->has_script == has_script &&
                      facts->category == static_cast<std::uint8_t>(u_charType(u)) &&
                      facts->alphabetic == static_cast<bool>(u_isalpha(u)) &&
                      facts->digit == static_cast<bool>(u_isdigit(u)) &&
                      facts->upper == static_cast<bool>(u_isUUppercase(u) || u_istitle(u)) &&
                      facts->lower == static_cast<bool>(u_isULowercase(u));
    if (!same) {
      BOOST_TEST(false, "U+" << std::hex << static_cast<unsigned>(cp));
      return;
    }
    ++checked;
  }
  BOOST_TEST(checked == 0x530u + 0x5200u + 11172u);
}

namespace {

// Names to decode: every fixture spelling, its tokens recombined (1 to 3 parts, hyphenated,
// joined, in capitals), and strings of random letters (some with apostrophes, some with breves),
// from a fixed seed.
// At most 24 letters in all, so that no reading can pass Decoder::kMaxSyllables.
std::vector<std::string> korean_decoder_inputs() {
  std::vector<std::string> inputs;
  std::vector<std::string> pool;
  for (const Spelling& spelling : korean_spellings()) {
    inputs.push_back(spelling.latin);
    const auto tokens = onoma::tokenize(spelling.latin);
    if (tokens.ok()) {
      for (const onoma::Token& token : *tokens)
        pool.push_back(token.text);
    }
  }
  std::uint64_t state = 20261123;
  const auto next = [&](std::size_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>((state >> 33) % bound);
  };
  const auto capitalized = [](std::string word) {
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z')
      word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
  };
  for (std::size_t i = 0; i < 3000; ++i) {
    const std::string a = pool[next(pool.size())];
    const std::string b = pool[next(pool.size())];
    const std::string c = pool[next(pool.size())];
    for (const std::string& name :
         {capitalized(a), capitalized(a) + " " + capitalized(b) + "-" + c,
          capitalized(a) + " " + capitalized(b) + c, a + " " + b + " " + c,
          capitalized(b) + "-" + c + " " + capitalized(a)}) {
      std::size_t letters = 0;
      for (const char ch : name)
        letters += ch != ' ' && ch != '-';
      if (letters <= 24)
        inputs.push_back(name);
    }
  }
  const std::string alphabet = "abcdeghijklmnoprstuwy'";
  for (std::size_t i = 0; i < 3000; ++i) {
    std::string name;
    const std::size_t words = 1 + next(3);
    for (std::size_t w = 0; w < words; ++w) {
      if (w > 0)
        name += next(2) == 0 ? " " : "-";
      const std::size_t length = 1 + next(8);
      for (std::size_t k = 0; k < length; ++k)
        name += alphabet[next(alphabet.size())];
    }
    inputs.push_back(name);
    // Every third also with McCune–Reischauer's breves on some of its o and u, precomposed or
    // combining, which the decoder reads as ㅓ and ㅡ.
    if (i % 3 == 0) {
      std::string marked;
      for (const char c : name) {
        if ((c == 'o' || c == 'u') && next(2) == 0)
          marked += next(4) == 0 ? std::string(1, c) + "\u0306" : c == 'o' ? "\u014F" : "\u016D";
        else
          marked += c;
      }
      inputs.push_back(marked);
    }
  }
  return inputs;
}

}  // namespace

namespace {

// Whether a fast decoder's readings are its reference's: as many, and each the same by
// `same_reading`, in the same order.
template <typename Readings, typename SameReading>
bool same_readings(const Readings& got, const Readings& expected, SameReading same_reading) {
  if (got.size() != expected.size())
    return false;
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (!same_reading(got[i], expected[i]))
      return false;
  }
  return true;
}

}  // namespace

BOOST_AUTO_TEST_CASE(korean_decoder_gives_what_the_reference_gives) {
  const auto& table = onoma::cultures::korean::SyllableTable::builtin();
  const onoma::cultures::korean::Decoder fast(table);
  const onoma::test::ReferenceKoreanDecoder reference(table);
  const AliasFree world = alias_free(korean_spellings(), "ko");
  std::size_t compared = 0;
  std::size_t with_readings = 0;
  for (const std::string& input : korean_decoder_inputs()) {
    const auto tokens = onoma::tokenize(input);
    BOOST_TEST_REQUIRE(tokens.ok());
    // With the text, so that the decoders read the breves it writes.
    const onoma::resolve::TokenSpan span{tokens->data(), tokens->size(), input};
    for (const onoma::resolve::PrefixFilter* prefixes :
         {static_cast<const PrefixFilter*>(nullptr), &world.index.prefixes()}) {
      const auto expected = reference.decode(span, prefixes);
      const auto got = fast.decode(span, prefixes);
      const bool same = same_readings(got, expected, [](const auto& a, const auto& b) {
        return a.hangul == b.hangul && a.cost == b.cost;
      });
      if (!same) {
        BOOST_TEST(false, "'" << input << "' (" << (prefixes ? "pruned" : "free")
                              << "): " << got.size() << " readings, reference " << expected.size());
        return;
      }
      ++compared;
      with_readings += !got.empty();
    }
    // reads() answers whether decode() would give anything, without decoding.
    if (fast.reads(span) == reference.decode(span).empty()) {
      BOOST_TEST(false, "reads('" << input << "') disagrees with decode()");
      return;
    }
  }
  BOOST_TEST(compared > 20000u);
  BOOST_TEST(with_readings > compared / 4);  // the inputs exercise the decoder, not its refusals
}

// The Russian decoder, which keeps its partial readings' Cyrillic in one buffer per decode,
// against its first version, where each partial reading had a string of its own: the same
// readings, costs and order for every word of the fixture's spellings and for variants of them
// (a letter changed, doubled or dropped), free and following the catalog's key prefixes.
namespace {

std::vector<std::string> russian_decoder_inputs() {
  std::vector<std::string> words;
  for (const Spelling& spelling : russian_spellings()) {
    const auto tokens = onoma::tokenize(spelling.latin);
    BOOST_TEST_REQUIRE(tokens.ok());
    for (const onoma::Token& token : *tokens)
      words.push_back(token.text);
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::vector<std::string> inputs = words;
  const std::string letters = "aeiouyjhkszcvw'";
  std::size_t salt = 0;
  for (const std::string& word : words) {
    for (std::size_t at = 0; at < word.size(); ++at) {
      std::string changed = word;
      changed[at] = letters[salt++ % letters.size()];
      inputs.push_back(changed);
      inputs.push_back(word.substr(0, at) + word.substr(at + 1));
      inputs.push_back(word.substr(0, at + 1) + word.substr(at));
    }
  }
  inputs.push_back("");
  inputs.push_back(std::string(onoma::cultures::russian::Decoder::kMaxLetters, 'a'));
  inputs.push_back(std::string(onoma::cultures::russian::Decoder::kMaxLetters + 1, 'a'));
  inputs.push_back("shchshchshchshchshchshchshchshch");
  return inputs;
}

}  // namespace

BOOST_AUTO_TEST_CASE(russian_decoder_gives_what_the_reference_gives) {
  const auto& table = onoma::cultures::russian::SpellingTable::builtin();
  const onoma::cultures::russian::Decoder fast(table);
  const onoma::test::ReferenceRussianDecoder reference(table);
  const AliasFree world = alias_free(russian_spellings(), "ru");
  const std::uint64_t start = onoma::resolve::extend_prefix(onoma::resolve::kEmptyPrefix, "r:");
  std::size_t compared = 0;
  std::size_t with_readings = 0;
  for (const std::string& input : russian_decoder_inputs()) {
    for (const PrefixFilter* prefixes :
         {static_cast<const PrefixFilter*>(nullptr), &world.index.prefixes()}) {
      const std::uint64_t from = prefixes == nullptr ? 0 : start;
      const auto expected = reference.decode(input, prefixes, from);
      const auto got = fast.decode(input, prefixes, from);
      const bool same = same_readings(got, expected, [](const auto& a, const auto& b) {
        return a.key == b.key && a.cost == b.cost && a.by_equivalence == b.by_equivalence;
      });
      if (!same) {
        BOOST_TEST(false, "'" << input << "' (" << (prefixes ? "pruned" : "free")
                              << "): " << got.size() << " readings, reference " << expected.size());
        return;
      }
      ++compared;
      with_readings += !got.empty();
    }
  }
  BOOST_TEST_MESSAGE(compared << " decodings compared, " << with_readings << " with readings");
  BOOST_TEST(compared > 5000u);
  BOOST_TEST(with_readings > compared / 4);  // the inputs exercise the decoder, not its refusals
}

// The index built on several threads against the same index built on one: the postings are
// sorted into one total order, so the tables must be the same byte for byte, whichever thread
// read which entity.
namespace {

template <typename T>
bool same_array(const T* a, const T* b, std::size_t count) {
  return count == 0 || std::memcmp(a, b, count * sizeof(T)) == 0;
}

bool same_table(const onoma::resolve::PostingTable& a, const onoma::resolve::PostingTable& b) {
  return a.key_count() == b.key_count() && a.posting_count() == b.posting_count() &&
         same_array(a.hashes(), b.hashes(), a.key_count()) &&
         same_array(a.offsets(), b.offsets(), a.key_count() + 1) &&
         same_array(a.postings(), b.postings(), a.posting_count());
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_index_built_on_threads_equals_one_built_on_one) {
  const auto catalog = onoma::Catalog::parse(onoma::testing::mixed_catalog(4000), "mixed.tsv");
  BOOST_TEST_REQUIRE(catalog.ok());
  const auto& generators = onoma::resolve::default_generators();
  const onoma::resolve::ReadingIndex alone(*catalog, generators, 1);
  BOOST_TEST(alone.whole_table().posting_count() > 4000u);
  BOOST_TEST(alone.parts_table().posting_count() > 4000u);
  for (const unsigned threads : {2u, 3u, 0u}) {
    const onoma::resolve::ReadingIndex together(*catalog, generators, threads);
    BOOST_TEST(same_table(alone.whole_table(), together.whole_table()), threads << " threads");
    BOOST_TEST(same_table(alone.parts_table(), together.parts_table()), threads << " threads");
    BOOST_TEST(alone.prefixes().word_count() == together.prefixes().word_count());
    BOOST_TEST(same_array(alone.prefixes().words(), together.prefixes().words(),
                          alone.prefixes().word_count()),
               threads << " threads");
  }
}

// PostingTable::find guesses a key's slot from its hash's bits and walks from there, against a
// binary search over the same hashes: every key is found with its own postings and no other hash
// is, whatever the table's size (a directory of 2 buckets up to 2^16), with hashes at either end
// of the range, runs of neighbouring hashes (a walk across a bucket's end) and empty buckets.
BOOST_AUTO_TEST_CASE(a_guessed_slot_finds_what_a_binary_search_finds) {
  std::mt19937_64 random(20261124);
  for (const std::size_t key_count : {0u, 1u, 2u, 31u, 32u, 33u, 1000u, 70000u, 1500000u}) {
    std::vector<onoma::resolve::KeyedPosting> entries;
    std::vector<std::uint64_t> hashes;
    const auto add = [&](std::uint64_t hash) {
      hashes.push_back(hash);
      // Each key's postings say which key they are: entity = its number, one to three of them.
      const auto entity = static_cast<std::uint32_t>(hashes.size() - 1);
      for (std::uint16_t name = 0; name <= entity % 3; ++name)
        entries.push_back({hash, {entity, name, onoma::resolve::kWholeName, 1, 0.0f}});
    };
    if (key_count > 0) {
      add(0);
      add(~std::uint64_t{0});
    }
    while (hashes.size() < key_count) {
      const std::uint64_t hash = random();
      // A run of neighbours now and then, and a dense corner: buckets far above the average.
      const std::size_t run = random() % 50 == 0 ? 1 + random() % 40 : 1;
      for (std::size_t i = 0; i < run && hashes.size() < key_count; ++i)
        add(hash + i);
    }
    onoma::resolve::PostingTable::sort_postings(entries);
    std::vector<onoma::resolve::KeyedPosting> kept(entries);
    const onoma::resolve::PostingTable table =
        onoma::resolve::PostingTable::build_sorted(std::move(kept));
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    BOOST_TEST_REQUIRE(table.key_count() == hashes.size());

    std::size_t wrong = 0;
    for (const std::uint64_t hash : hashes) {
      const onoma::resolve::Postings found = table.find(hash);
      // The reference: the first slot of a binary search over the table's own hashes.
      const auto slot = static_cast<std::size_t>(
          std::lower_bound(table.hashes(), table.hashes() + table.key_count(), hash) -
          table.hashes());
      const std::uint32_t first = table.offsets()[slot];
      wrong += found.size() != table.offsets()[slot + 1] - first ||
               found.begin() != table.postings() + first;
      for (const std::uint64_t absent : {hash - 1, hash + 1, hash ^ 0x5555}) {
        if (!std::binary_search(hashes.begin(), hashes.end(), absent))
          wrong += !table.find(absent).empty();
      }
    }
    for (int i = 0; i < 1000; ++i) {
      const std::uint64_t absent = random();
      if (!std::binary_search(hashes.begin(), hashes.end(), absent))
        wrong += !table.find(absent).empty();
    }
    BOOST_TEST(wrong == 0u, key_count << " keys");
  }
}

// The contradiction that collect_aligned reads off a candidate's edges, to drop it without
// aligning it, against align() itself: whenever the edges alone say "contradicted", align() must
// say so too, for any edges between any part counts, syllabic names or not.
BOOST_AUTO_TEST_CASE(a_contradiction_read_off_the_edges_is_one_align_finds) {
  std::mt19937 random(20261123);
  std::size_t shortcut = 0;
  std::size_t contradicted = 0;
  for (std::size_t query_parts = 1; query_parts <= 5; ++query_parts) {
    for (std::size_t name_parts = 1; name_parts <= 6; ++name_parts) {
      for (int round = 0; round < 400; ++round) {
        std::vector<onoma::resolve::PartEdge> edges(random() % 7);
        for (onoma::resolve::PartEdge& edge : edges) {
          // Now and then a part beyond either side, which align() ignores.
          edge.query_part = static_cast<std::uint8_t>(random() % (query_parts + 1));
          edge.name_part = static_cast<std::uint8_t>(random() % (name_parts + 1));
          edge.cost = static_cast<float>(random() % 4) * 0.05f;
          edge.match = onoma::PartMatch::kSame;
        }
        onoma::resolve::PartFacts query;
        query.folded.assign(query_parts, "part");
        query.weights.assign(query_parts, 1.0f);
        onoma::resolve::PartFacts name;
        name.folded.resize(name_parts);  // known by count only, as collect_aligned aligns first
        for (const bool syllabic : {false, true}) {
          onoma::resolve::AlignOptions options;
          options.syllabic_name = syllabic;
          options.typos = !syllabic;
          const bool read_off = onoma::resolve::edges_contradict(
              edges.data(), edges.data() + edges.size(), query_parts, name_parts, syllabic);
          const bool aligned = onoma::resolve::align(edges, query, name, options).contradicted;
          if (read_off && !aligned) {
            BOOST_TEST(false, query_parts << " query parts, " << name_parts << " name parts, "
                                          << edges.size() << " edges, syllabic " << syllabic
                                          << ": the edges say contradicted, align() does not");
            return;
          }
          shortcut += read_off;
          contradicted += aligned;
        }
      }
    }
  }
  // The shortcut is worth having: it finds most of what align() finds.
  BOOST_TEST(contradicted > 1000u);
  BOOST_TEST(shortcut * 2 > contradicted);
}

// The decoders' per-thread workspaces (resolve::ScratchLease): a lease taken while another is
// alive on the thread must not share its storage (the decoders would overwrite each other's
// beams), a later lease finds what the last one left, a lease that ends holding more than its
// bound gives the memory back, and threads never share.
namespace {

constexpr std::size_t kTestRetainedBytes = 1024;

struct TestScratch {
  std::vector<int> values;
  std::size_t retained_bytes() const { return values.capacity() * sizeof(int); }
};

}  // namespace

BOOST_AUTO_TEST_CASE(a_scratch_lease_never_shares_what_is_in_use) {
  using Lease = onoma::resolve::ScratchLease<TestScratch, kTestRetainedBytes>;
  const TestScratch* thread_storage = nullptr;
  {
    Lease outer;
    thread_storage = &*outer;
    outer->values.assign(3, 7);
    {
      Lease inner;  // the outer lease is alive: a storage of its own
      BOOST_TEST(&*inner != thread_storage);
      BOOST_TEST(inner->values.empty());
      inner->values.assign(5, 1);
    }
    BOOST_TEST(outer->values == std::vector<int>(3, 7));
  }
  {
    Lease again;  // the thread's storage, as the last lease left it
    BOOST_TEST(&*again == thread_storage);
    BOOST_TEST(again->values == std::vector<int>(3, 7));
    again->values.assign(kTestRetainedBytes, 0);  // past the bound
  }
  {
    Lease after;
    BOOST_TEST(&*after == thread_storage);
    BOOST_TEST(after->values.capacity() == 0u);  // given back when the lease ended
  }
  const TestScratch* other_thread_storage = nullptr;
  std::thread([&] {
    Lease elsewhere;
    other_thread_storage = &*elsewhere;
    BOOST_TEST(elsewhere->values.empty());
  }).join();
  BOOST_TEST(other_thread_storage != thread_storage);
}

// text::breve_letters, which both the Korean decoder and the folded reading rely on to find the
// breves the fold took away: by folded letter, precomposed or combining, in any case, with the
// apostrophes the fold keeps; unknown rather than wrong when the letters do not line up.
BOOST_AUTO_TEST_CASE(breve_letters_lines_the_written_token_up_with_its_letters) {
  using onoma::text::breve_letters;
  BOOST_TEST(breve_letters("Kim", "kim").value() == 0u);
  BOOST_TEST(breve_letters("S\u014Fn", "son").value() == 0b010u);
  BOOST_TEST(breve_letters("h\u016Di", "hui").value() == 0b010u);
  BOOST_TEST(!breve_letters("\u014Cn", "on").has_value());  // another mark: not known
  BOOST_TEST(breve_letters("\u014E", "o").value() == 0b1u);
  BOOST_TEST(breve_letters("Ch'\u014F", "ch'o").value() == 0b100u);  // the apostrophe is no letter
  BOOST_TEST(breve_letters("Ch\u2019\u014F", "ch'o").value() == 0b100u);
  BOOST_TEST(breve_letters("So\u0306nu\u0306", "sonu").value() == 0b1010u);  // combining
  BOOST_TEST(!breve_letters("Ka\u0306", "ka").has_value());      // a breve on a, not Korean
  BOOST_TEST(!breve_letters("\u00C6gir", "aegir").has_value());  // one letter folded to two
  BOOST_TEST(!breve_letters("Son", "sonn").has_value());
  BOOST_TEST(!breve_letters(std::string(65, 'a'), std::string(65, 'a')).has_value());
  BOOST_TEST(!breve_letters("S\u014Fn", "s-n").has_value());
}

// The index's arrays and a loaded snapshot live in LargeBlocks (some of whose pages the kernel
// may back with huge pages): a block keeps what is written to it, also when moved or assigned.
BOOST_AUTO_TEST_CASE(a_large_block_keeps_what_is_written) {
  using onoma::resolve::LargeArray;
  using onoma::resolve::LargeBlock;

  LargeArray<std::uint64_t> small(1000);
  BOOST_TEST(small.size() == 1000u);
  BOOST_TEST(reinterpret_cast<std::uintptr_t>(small.data()) % alignof(std::uint64_t) == 0u);
  for (std::size_t i = 0; i < small.size(); ++i)
    small[i] = i * 3;

  // Larger than kHugePageMinBytes, so that its inner 2 MiB pages are advised for huge pages.
  const std::size_t big_count = 3 * LargeBlock::kHugePageMinBytes / sizeof(std::uint64_t) + 3;
  LargeArray<std::uint64_t> big(big_count);
  for (std::size_t i = 0; i < big_count; ++i)
    big[i] = ~i;
  const std::uint64_t* before = big.data();
  LargeArray<std::uint64_t> moved(std::move(big));
  BOOST_TEST(moved.data() == before);
  BOOST_TEST(moved.size() == big_count);
  bool kept = true;
  for (std::size_t i = 0; i < big_count; ++i)
    kept = kept && moved[i] == ~i;
  BOOST_TEST(kept);
  for (std::size_t i = 0; i < small.size(); ++i)
    kept = kept && small[i] == i * 3;
  BOOST_TEST(kept);

  LargeBlock empty(0);
  BOOST_TEST(empty.size() == 0u);
  BOOST_TEST(empty.data() == nullptr);
  LargeBlock assigned(LargeBlock::kHugePageMinBytes);
  assigned = LargeBlock(16);  // frees the large block, takes the small one
  BOOST_TEST(assigned.size() == 16u);
  BOOST_TEST(assigned.data() != nullptr);
}
