// From a romanized Korean name to weighted Hangul readings ("Choi Sun Hee" -> 최선희, 최순희, ...).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cultures/korean/syllable_table.hpp"
#include "resolve/readings.hpp"

namespace onoma::cultures::korean {

struct HangulReading {
  std::string hangul;
  float cost;
};

// Decodes Latin spellings of Korean names in RR, McCune–Reischauer (with or without breves and
// apostrophes), the DPRK system, Yale and colloquial South Korean spellings.
//
// Spaces are hard boundaries; hyphens are preferred syllable boundaries that a syllable may
// cross at a cost (kCrossHyphenCost, for misplaced hyphens such as "Kim Yu-na"); a token that holds
// several syllables ("Jongun", "Sunhee") is segmented, at a small cost per joined boundary.
// The first token may be a surname (two-syllable surnames included). Voicing that spellings
// show across a boundary ("Sog-ju" for 석주) is accepted at a small cost.
//
// A name written with McCune–Reischauer's marks is read by them. The tokens fold diacritics
// away, so the letters the table knows cannot tell 정 from 종 or 차 from 자; when the span's text
// is at hand (TokenSpan::text) and some letter of it carries a breve (ŏ, ŭ), a syllable whose
// count of ㅓ-vowels (ㅓ ㅕ ㅝ, written ŏ) or ㅡ-vowels (ㅡ ㅢ, written ŭ) differs from its
// spelling's breves costs kMarkMismatchCost per difference; when some k, t, p or ch is followed
// by an apostrophe, a syllable whose count of aspirated initials (ㅊ ㅋ ㅌ ㅍ) differs from its
// spelling's apostrophes does too. Such a span uses the marks everywhere, so an unmarked o, u or
// stop is read as the system writes it (Pak Chŏng-hŭi is 박정희, not 박종희). A cost, not a
// wall, because writers drop a mark now and then. A span with no mark is read as before.
//
// Bounded: at most kBeam partial readings are kept per position and kMaxReadings returned, so
// the work grows linearly with the input; tokens longer than kMaxTokenLetters letters, or
// holding anything but ASCII letters and apostrophes, spans of more than kMaxTokens tokens, and
// readings of more than kMaxSyllables syllables give no reading at all.
//
// Immutable; decode() is const and thread-safe. It works in a workspace of the calling thread
// (resolve::ScratchLease), which keeps at most 256 KiB between calls.
class Decoder {
 public:
  static constexpr std::size_t kBeam = 48;
  static constexpr std::size_t kMaxReadings = 48;
  static constexpr std::size_t kMaxTokenLetters = 24;
  // Korean names have at most a few words; a longer span is no name (and bounds the work).
  static constexpr std::size_t kMaxTokens = 6;
  // Longest reading, in syllables: a longer one is no Korean name (and the beam holds readings
  // inline, with no allocation).
  static constexpr std::size_t kMaxSyllables = 24;
  // A name of one all-capital word this short is read as an acronym and not decoded.
  static constexpr std::size_t kMaxAcronymLetters = 5;
  static constexpr float kJoinedBoundaryCost = 0.06f;
  static constexpr float kVoicingCost = 0.04f;
  // A syllable that spans a hyphen ("Yu-na" read as 연아): possible, but the hyphen is evidence.
  static constexpr float kCrossHyphenCost = 0.08f;
  // In surname position, a reading that is no surname of that spelling: Kim is 김 before 킴.
  static constexpr float kNotSurnameCost = 0.06f;
  // Per jamo that McCune–Reischauer's marks in a marked span say is not what a reading has:
  // about what a spelling of another system costs several times over, so that the readings the
  // marks fit come first and the index keeps them among a name's best.
  static constexpr float kMarkMismatchCost = 0.3f;

  explicit Decoder(const SyllableTable& table) : table_(table) {}

  // Best first; empty when the span cannot be a Korean name. With `catalog_prefixes`, a partial
  // reading survives only while "h:" + its initial-sound-folded Hangul may begin a catalog key
  // (RomanizedKoreanGenerator::generate_pruned): the beam then holds what the catalog can match.
  std::vector<HangulReading> decode(resolve::TokenSpan span,
                                    const resolve::PrefixFilter* catalog_prefixes = nullptr) const;

  // Whether decode(span) gives any reading: the same table lookups without a beam or readings
  // (an affinity asks this of every name compare() judges).
  bool reads(resolve::TokenSpan span) const;

 private:
  struct Partial;
  struct Workspace;
  // Extends workspace.partials (readings of the parts before) by one part: its letters, with
  // hyphen_before[i] (letters.size() + 1 of them) true where a hyphen stood before letter i (a
  // free syllable boundary; a syllable across it costs kCrossHyphenCost).
  // marks[i] (letters.size() of them): the Mark bits of letter i; the workspace says whether the
  // span is marked at all.
  void decode_part(std::string_view letters, const bool* hyphen_before, const std::uint8_t* marks,
                   bool surname_position, Workspace& workspace,
                   const resolve::PrefixFilter* catalog_prefixes) const;
  // Whether `letters` split into table spellings (a syllable, a voicing variant of one, or at
  // the start of a surname position a surname), as decode_part() would find some reading.
  bool segments(std::string_view letters, bool surname_position) const;

  const SyllableTable& table_;
};

}  // namespace onoma::cultures::korean
