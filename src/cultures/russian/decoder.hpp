// From a Latin spelling of a Russian name to weighted Russian keys ("Sergei", "Sergey",
// "Serguei", "Sergej" -> сергеи; see spelling_table.hpp for the key).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cultures/russian/spelling_table.hpp"
#include "resolve/prefix_filter.hpp"

namespace onoma::cultures::russian {

struct CyrillicReading {
  std::string key;  // folded Cyrillic (spelling_table.hpp)
  float cost;
  bool by_equivalence = false;  // from the table of equivalent given names, not the spelling
};

// Decodes one Latin word spelled by any of the systems of latin.tsv (BGN/PCGN, ISO 9, GOST B,
// ICAO, the English press, German and French transcriptions) into Russian keys. A word is
// segmented into the table's Latin spellings by dynamic programming; each reading's cost is
// the sum of its spellings' costs.
//
// Bounded: at most kBeam partial readings are kept per position and kMaxReadings returned;
// words longer than kMaxLetters, or holding anything but ASCII letters and apostrophes, give
// no reading. Readings that cost more than kMaxCost are dropped.
//
// Immutable; decode() is const and thread-safe. It works in a workspace of the calling thread
// (resolve::ScratchLease), which keeps at most 256 KiB between calls.
class Decoder {
 public:
  static constexpr std::size_t kBeam = 32;
  static constexpr std::size_t kMaxReadings = 24;
  // Reading a letter group with shorter spellings where a longer one matches ("sh" + "ch" where
  // "shch" spells щ) is possible (Shchukin's "shch" is щ, but "Ashchurch" would be ш + ч) but
  // less likely than the longer spelling.
  static constexpr float kSplitCost = 0.03f;
  static constexpr std::size_t kMaxLetters = 32;
  static constexpr float kMaxCost = 0.25f;

  explicit Decoder(const SpellingTable& table) : table_(table) {}

  // Best first; empty when the word cannot be read as Russian. With `catalog_prefixes`, a
  // partial reading survives only while `start` (the prefix of the key before this word, e.g.
  // "r:") followed by its key may begin a catalog key.
  std::vector<CyrillicReading> decode(std::string_view latin,
                                      const resolve::PrefixFilter* catalog_prefixes = nullptr,
                                      std::uint64_t start = 0) const;

 private:
  const SpellingTable& table_;
};

}  // namespace onoma::cultures::russian
