// The Latin-to-Hangul syllable table of tables/korean/ (syllables.tsv and surnames.tsv).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "onoma/result.hpp"

namespace onoma::cultures::korean {

// One Hangul reading of a Latin spelling, with its cost (0 for the likeliest reading; see
// weight_to_cost).
struct SyllableReading {
  std::string hangul;  // one syllable, or two for a two-syllable surname (남궁, 선우)
  float cost;
  std::string folded;    // fold_initial_sounds(hangul): its piece of a reading key
  float given_cost = 0;  // SyllableTable::given_name_cost(hangul), looked up once
  // `hangul` as offsets from U+AC00 (the decoder's beam holds these, not strings); 0 syllables
  // when `hangul` is not one or two precomposed syllables, which the decoder then skips.
  std::array<std::uint16_t, 2> syllables{};
  std::uint8_t syllable_count = 0;
};

// Maps lower-case ASCII spellings ("sun", "son", "hui", "choi") to their Hangul readings.
// Apostrophes are not part of keys: "ch'oe" is looked up as "choe".
//
// Immutable after loading; const members are thread-safe.
class SyllableTable {
 public:
  // The texts of the tables and the names diagnostics use for them.
  struct Sources {
    std::string_view jamo;  // jamo.tsv: required
    std::string_view jamo_name;
    std::string_view syllables;  // syllables.tsv: extra whole-syllable spellings, may be empty
    std::string_view syllables_name;
    std::string_view surnames;  // surnames.tsv, may be empty
    std::string_view surnames_name;
    std::string_view given;  // given_syllables.tsv, may be empty
    std::string_view given_name;
  };

  // Composes every Hangul syllable's spellings from the jamo rows: each system on its own
  // (a syllable's weight is its weakest jamo's), and RR, MR, DPRK and colloquial spellings
  // mixed jamo by jamo as the press mixes them (weights multiply; mixtures below
  // kMinMixedWeight are left out). Adds syllables.tsv rows and surnames.tsv spellings.
  static Result<SyllableTable> parse(const Sources& sources);
  static constexpr double kMinMixedWeight = 0.3;
  // Cost of the rarest surname reading; kept below Decoder::kNotSurnameCost.
  static constexpr float kMaxSurnameCost = 0.04f;

  // The tables compiled into the library.
  static const SyllableTable& builtin();

  // Readings of one syllable spelling; empty when the spelling is no Korean syllable.
  const std::vector<SyllableReading>& syllable(std::string_view latin) const;
  // Readings of a surname spelling ("lee" -> 이, 리; "namgung" -> 남궁).
  const std::vector<SyllableReading>& surname(std::string_view latin) const;

  // The prior cost of `hangul` (one syllable) in a given name: 0 for the syllables most common
  // in given names (given_syllables.tsv), up to kUnlistedGivenCost for one not listed.
  float given_name_cost(std::string_view hangul) const;
  static constexpr float kUnlistedGivenCost = 0.04f;

  // Whether `hangul` is a surname of surnames.tsv (e.g. 김, 남궁).
  bool is_surname_hangul(std::string_view hangul) const;

  // Whether some syllable or surname spelling begins with `latin` (or is it): a decoder stops
  // trying longer spellings at a position once this fails.
  bool begins_spelling(std::string_view latin) const;

  std::size_t longest_spelling() const { return longest_; }
  std::size_t size() const { return size_; }

 private:
  void add_syllable(const std::string& latin, std::string_view hangul, double weight);

  using ReadingMap = std::unordered_map<std::string, std::vector<SyllableReading>>;
  // The decoder looks spellings up several times per letter: spellings of up to kPackedLetters
  // letters a-z are kept under an integer key (5 bits a letter), which costs no allocation and
  // hashes for free; the string maps keep the rest.
  static constexpr std::size_t kPackedLetters = 12;
  static bool pack(std::string_view latin, std::uint64_t& packed);
  using PackedMap = std::unordered_map<std::uint64_t, std::vector<SyllableReading>>;
  static const std::vector<SyllableReading>& find(const PackedMap& packed, const ReadingMap& rest,
                                                  std::string_view latin);
  // Moves what can be packed from the string maps into the packed ones.
  void pack_maps();

  ReadingMap syllables_;
  ReadingMap surnames_;
  PackedMap packed_syllables_;
  PackedMap packed_surnames_;
  std::unordered_set<std::uint64_t> packed_prefixes_;  // of every spelling, packed
  std::size_t size_ = 0;
  std::unordered_map<std::string, bool> surname_hangul_;
  std::unordered_map<std::string, float> given_cost_;
  std::size_t longest_ = 0;
};

// A prior weight in (0, 1] as an additive cost: 0 for 1, about 0.1 for 0.1, 0.2 for 0.01.
float weight_to_cost(double weight);

}  // namespace onoma::cultures::korean
