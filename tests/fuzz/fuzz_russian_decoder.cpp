// Fuzz target: the Latin-to-Cyrillic Russian decoder (internal: src/cultures/russian/decoder.hpp),
// on the built-in spelling table. Every token of the tokenized input is decoded alone, without
// and with a catalog prefix filter; short raw inputs are decoded as they are, so that words the
// tokenizer would never produce (upper case, digits, bytes of any kind) reach the decoder too.
//
// Invariants: at most Decoder::kMaxReadings readings, best (lowest cost) first, no key twice;
// each key is non-empty valid UTF-8 made of lower-case Cyrillic letters only, with no letter
// doubled (the key collapses doubles), at most two letters per Latin letter (j, x: дж, кс); costs
// are finite, non-negative and at most kMaxCost; words longer than kMaxLetters or holding anything
// but a-z and apostrophes give nothing; with a prefix filter, every key is one the filter may hold.
// Inputs over kMaxInput (64 KiB) are ignored.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <onoma/text.hpp>

#include "cultures/russian/decoder.hpp"
#include "cultures/russian/spelling_table.hpp"
#include "fuzz_common.hpp"
#include "resolve/prefix_filter.hpp"

namespace {

using onoma::cultures::russian::CyrillicReading;
using onoma::cultures::russian::Decoder;
using onoma::resolve::PrefixFilter;

constexpr std::string_view kTag = "r:";

// A filter over the keys of a few common names, as a catalog's index would hold them: most
// partial readings of fuzzed words are cut early, which is the path the resolver takes.
const PrefixFilter& catalog_prefixes() {
  static const PrefixFilter filter = [] {
    std::vector<std::uint64_t> hashes;
    for (const char* key : {"r:сергеи", "r:лавров", "r:шоигу", "r:путин", "r:владимир", "r:хрущев",
                            "r:щукин", "r:дмитри", "r:медведев", "r:юри"}) {
      PrefixFilter::add_prefixes(key, hashes);
    }
    return PrefixFilter::build(std::move(hashes));
  }();
  return filter;
}

bool readable(std::string_view word) {
  if (word.empty() || word.size() > Decoder::kMaxLetters)
    return false;
  for (const char c : word) {
    if (!((c >= 'a' && c <= 'z') || c == '\''))
      return false;
  }
  return true;
}

void check_readings(std::string_view word, const std::vector<CyrillicReading>& readings,
                    const PrefixFilter* filter) {
  if (!readable(word))
    FUZZ_CHECK(readings.empty());
  FUZZ_CHECK(readings.size() <= Decoder::kMaxReadings);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < readings.size(); ++i) {
    const CyrillicReading& reading = readings[i];
    FUZZ_CHECK(!reading.key.empty());
    FUZZ_CHECK(onoma::fuzz::valid_utf8(reading.key));
    FUZZ_CHECK(seen.insert(reading.key).second);
    std::size_t letters = 0;
    char32_t previous = 0;
    onoma::fuzz::for_each_code_point(reading.key, [&](char32_t cp) {
      FUZZ_CHECK((cp >= 0x0430 && cp <= 0x044F) || cp == 0x0451);
      FUZZ_CHECK(cp != previous);
      previous = cp;
      ++letters;
    });
    FUZZ_CHECK(letters <= 2 * word.size());
    FUZZ_CHECK(std::isfinite(reading.cost) && reading.cost >= 0.0f);
    FUZZ_CHECK(reading.cost <= Decoder::kMaxCost + 1e-6f);
    if (i > 0)
      FUZZ_CHECK(readings[i - 1].cost <= reading.cost);
    if (filter != nullptr) {
      const std::uint64_t hash = onoma::resolve::extend_prefix(
          onoma::resolve::extend_prefix(onoma::resolve::kEmptyPrefix, kTag), reading.key);
      FUZZ_CHECK(filter->may_contain(hash));
    }
  }
}

void check_word(const Decoder& decoder, std::string_view word) {
  check_readings(word, decoder.decode(word), nullptr);
  const PrefixFilter& filter = catalog_prefixes();
  const std::uint64_t start = onoma::resolve::extend_prefix(onoma::resolve::kEmptyPrefix, kTag);
  check_readings(word, decoder.decode(word, &filter, start), &filter);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > onoma::fuzz::kMaxInput)
    return 0;
  static const Decoder decoder(onoma::cultures::russian::SpellingTable::builtin());
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (size <= 2 * Decoder::kMaxLetters)
    check_word(decoder, input);
  const auto tokens = onoma::tokenize(input);
  FUZZ_CHECK(tokens.ok());
  for (std::size_t i = 0; i < tokens->size() && i < 64; ++i)
    check_word(decoder, (*tokens)[i].text);
  return 0;
}
