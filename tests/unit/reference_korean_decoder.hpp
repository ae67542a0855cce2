// The reference for cultures::korean::Decoder (see reference_korean_decoder.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cultures/korean/decoder.hpp"
#include "cultures/korean/syllable_table.hpp"
#include "resolve/readings.hpp"

namespace onoma::test {

// Same contract and constants as cultures::korean::Decoder, without its kMaxSyllables bound.
// Immutable; decode() is const and thread-safe.
class ReferenceKoreanDecoder {
 public:
  using Decoder = cultures::korean::Decoder;
  static constexpr std::size_t kBeam = Decoder::kBeam;
  static constexpr std::size_t kMaxReadings = Decoder::kMaxReadings;
  static constexpr std::size_t kMaxTokenLetters = Decoder::kMaxTokenLetters;
  static constexpr std::size_t kMaxTokens = Decoder::kMaxTokens;
  static constexpr std::size_t kMaxAcronymLetters = Decoder::kMaxAcronymLetters;
  static constexpr float kJoinedBoundaryCost = Decoder::kJoinedBoundaryCost;
  static constexpr float kVoicingCost = Decoder::kVoicingCost;
  static constexpr float kCrossHyphenCost = Decoder::kCrossHyphenCost;
  static constexpr float kNotSurnameCost = Decoder::kNotSurnameCost;
  static constexpr float kMarkMismatchCost = Decoder::kMarkMismatchCost;

  explicit ReferenceKoreanDecoder(const cultures::korean::SyllableTable& table) : table_(table) {}

  std::vector<cultures::korean::HangulReading> decode(
      resolve::TokenSpan span, const resolve::PrefixFilter* catalog_prefixes = nullptr) const;

 private:
  struct Partial;
  struct Part;
  struct Marking;
  std::vector<Partial> decode_part(const Part& part, const Marking& marking, bool surname_position,
                                   std::vector<Partial> partials,
                                   const resolve::PrefixFilter* catalog_prefixes) const;

  const cultures::korean::SyllableTable& table_;
};

}  // namespace onoma::test
