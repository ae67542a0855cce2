// From a Latin spelling of a Chinese name to weighted pinyin keys ("Xi Jinping", "Xi Jin-ping",
// "Hsi Chin-p'ing", "Hsi Chin-ping" -> xijinping).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cultures/chinese/pinyin_table.hpp"
#include "resolve/readings.hpp"

namespace onoma::cultures::chinese {

struct PinyinReading {
  // Pinyin keys of the name's syllables, per part ("xi" | "jin" "ping").
  std::vector<std::vector<std::string>> parts;
  float cost;

  // The syllables joined: the Chinese key without its tag ("xijinping").
  std::string joined() const;
};

// Reads a name in one system at a time, pinyin or Wade–Giles, never a mixture. Parts are the
// space-separated words; inside a part, hyphens and apostrophes between syllables are syllable
// boundaries ("Jin-ping", "Xi'an"), and joined syllables are segmented ("Jinping", "Zedong"). In
// Wade–Giles an apostrophe after an initial marks aspiration (ch'in, p'ing) and may be missing,
// as newspapers print it (Chin-ping reads jin-bing, or jin-ping at a cost).
//
// A span that is valid pinyin is read as Wade–Giles only at kWadeGilesWhenPinyinCost: "Li Peng"
// is pinyin li peng before it is Wade–Giles li beng.
//
// Bounded: spans of more than kMaxTokens tokens or parts longer than kMaxPartLetters give no
// reading; at most kMaxReadings readings are returned.
//
// Immutable; decode() is const and thread-safe. It works in a workspace of the calling thread
// (resolve::ScratchLease), which keeps at most 256 KiB between calls.
class Decoder {
 public:
  static constexpr std::size_t kMaxTokens = 6;
  static constexpr std::size_t kMaxPartLetters = 24;
  // Readings kept per part and per name: a Wade–Giles name printed without apostrophes reads
  // two ways per syllable ("Chu Chiu-pai": zhu/ju/qu, jiu/qiu, bai/pai), so lists must be wide.
  static constexpr std::size_t kMaxReadings = 32;
  static constexpr float kWadeGilesCost = 0.01f;
  static constexpr float kWadeGilesWhenPinyinCost = 0.08f;
  // Wade–Giles joins a given name's syllables with a hyphen; joined, they are a little unusual.
  static constexpr float kJoinedWadeGilesCost = 0.02f;

  explicit Decoder(const PinyinTable& table) : table_(table) {}

  // Best first; empty when the span cannot be a Chinese name in either system.
  std::vector<PinyinReading> decode(resolve::TokenSpan span) const;

 private:
  std::vector<PinyinReading> decode_in(resolve::TokenSpan span, bool wade_giles) const;

  const PinyinTable& table_;
};

}  // namespace onoma::cultures::chinese
