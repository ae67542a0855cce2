// The Chinese tables of tables/chinese/: every pinyin syllable with its Wade–Giles spelling
// (wade_giles.tsv) and the common surnames (surnames.tsv).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "onoma/result.hpp"

namespace onoma::cultures::chinese {

// One pinyin syllable a Latin spelling may stand for. Pinyin keys are toneless lower-case ASCII
// with ü written v ("lv", "nve"), as the resolver's Chinese key writes them.
struct SyllableSpelling {
  std::string pinyin;
  float cost;
};

// A character's reading in names where it differs from ICU's (name_readings.tsv).
struct NameReading {
  std::string key;    // pinyin key ("tao")
  std::string toned;  // with the tone mark ("tāo")
  bool surname_only;  // true: only as a leading surname (薄 bó)
};

// Immutable after loading; const members are thread-safe.
class PinyinTable {
 public:
  struct Sources {
    std::string_view wade_giles;  // wade_giles.tsv: required
    std::string_view wade_giles_name;
    std::string_view surnames;  // surnames.tsv: may be empty
    std::string_view surnames_name;
    std::string_view name_readings;  // name_readings.tsv: may be empty
    std::string_view name_readings_name;
  };
  static Result<PinyinTable> parse(const Sources& sources);
  // The tables compiled into the library.
  static const PinyinTable& builtin();

  // Pinyin syllables spelled `latin` (folded: lower case, no diacritics) in pinyin ("lu" is lu,
  // or lü at a cost; "lv" and "lyu" are lü); empty when it is no pinyin syllable.
  const std::vector<SyllableSpelling>& pinyin(std::string_view latin) const;
  // Pinyin syllables spelled `latin` in Wade–Giles (folded; apostrophes kept: "ch'in" is qin,
  // "chin" is jin, or qin at a cost as the press drops apostrophes); empty when none.
  const std::vector<SyllableSpelling>& wade_giles(std::string_view latin) const;
  // Whether some pinyin (or Wade–Giles) spelling begins with `latin` or is it: a decoder stops
  // trying longer spellings at a position once this fails.
  bool begins_spelling(std::string_view latin, bool wade_giles) const;
  // The Wade–Giles spelling of a pinyin key ("qin" -> "ch'in", "lv" -> "lü"), or empty.
  std::string_view wade_giles_of(std::string_view pinyin) const;
  // Longest spelling in either system, in bytes.
  std::size_t longest_spelling() const { return longest_; }

  // Whether a pinyin key (one or two syllables joined: "wang", "ouyang") is a common surname.
  bool is_surname(std::string_view pinyin) const;
  // The reading of a Han surname ("单" -> "shan", "欧阳" -> "ouyang"), or empty.
  std::string_view surname_reading(std::string_view han) const;

  // The reading of `han` in a name at this position, or nullptr for ICU's reading.
  const NameReading* name_reading(char32_t han, bool surname_position) const;

  // Cost of reading a syllable without the ü or ê the source may have had, or of reading a
  // Wade–Giles syllable as aspirated although its apostrophe is missing.
  static constexpr float kLostMarkCost = 0.02f;
  static constexpr float kMissingApostropheCost = 0.03f;

 private:
  // Spellings of one syllable are short ASCII ("ch'uang" is the longest): the decoder looks them
  // up at every letter under an integer key (5 bits a character), which costs no allocation.
  using SpellingMap = std::unordered_map<std::uint64_t, std::vector<SyllableSpelling>>;
  static constexpr std::size_t kPackedLetters = 12;
  static bool pack(std::string_view latin, std::uint64_t& packed);
  static void add(SpellingMap& map, std::unordered_set<std::uint64_t>& prefixes,
                  const std::string& spelling, const std::string& pinyin, float cost,
                  std::size_t& longest);

  SpellingMap pinyin_;
  SpellingMap wade_giles_;
  std::unordered_set<std::uint64_t> pinyin_prefixes_;  // every prefix of every spelling, packed
  std::unordered_set<std::uint64_t> wade_giles_prefixes_;
  std::unordered_map<std::string, std::string> to_wade_giles_;
  std::unordered_set<std::string> surnames_;
  std::unordered_map<std::string, std::string> han_surnames_;
  std::unordered_map<char32_t, NameReading> name_readings_;
  std::size_t longest_ = 0;
};

// The pinyin key of a pinyin or Wade–Giles syllable as the tables write it: lower case, ü as v,
// tone marks and ê's circumflex dropped; apostrophes kept. Empty when it holds other letters.
std::string syllable_key(std::string_view syllable, bool& had_mark);

// The pinyin key of a toned syllable ("lǚ" -> "lv", "jìn" -> "jin"); empty when it holds anything
// but pinyin letters and tone marks.
std::string toned_syllable_key(std::string_view toned);

}  // namespace onoma::cultures::chinese
