// The Russian tables of tables/russian/: Latin spellings of Cyrillic letters (latin.tsv) and
// common given names (given_names.tsv).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "onoma/result.hpp"

namespace onoma::cultures::russian {

// The Russian key of Cyrillic text: lower case with ё and э written е, й and ы written и, ь and ъ
// dropped, щ written шч (as every romanization spells it: shch, schtsch, szcz), о after ж ч ш
// written е (Хрущёв, Chruschtschow) and a doubled letter written once (so Дмитрий and "Dmitry"
// meet as дмитри). Also
// folds the Ukrainian and Belarusian letters і ї є ґ ў. Returns false (and leaves `key` partly
// written) when `text` holds anything but Cyrillic letters and apostrophes.
bool append_cyrillic_key(std::string_view text, std::string& key);

// The key of an already folded Cyrillic string: collapses doubled letters; used on decoder
// output, which is built from the folded alphabet only.
std::string collapse_doubled(std::string_view folded);

// collapse_doubled() one piece at a time, as the prefix hash (resolve::extend_prefix) of the key
// it writes: for a decoder that prunes partial readings by the catalog's key prefixes.
struct KeyPrefix {
  std::uint64_t hash;
  char32_t previous = 0;  // the last letter written, 0 at the start of a word

  // Appends folded Cyrillic (a Spelling's `cyrillic`).
  void append(std::string_view folded);
};

// When to use a spelling (latin.tsv's context column).
enum class SpellingContext : unsigned char {
  kAnywhere,
  kTokenStart,
  kTokenEnd,
  kAfterVowel,    // after a Latin vowel letter
  kBeforeVowel,   // followed by a Latin vowel letter
  kAfterHushing,  // after ж ч ш щ in the Cyrillic read so far
};

struct Spelling {
  std::string latin;     // lower-case ASCII letters or "'"
  std::string cyrillic;  // folded Cyrillic, possibly empty
  float cost;
  SpellingContext context;
};

// Immutable after loading; const members are thread-safe.
class SpellingTable {
 public:
  struct Sources {
    std::string_view latin;  // latin.tsv: required
    std::string_view latin_name;
    std::string_view given_names;  // given_names.tsv: may be empty
    std::string_view given_names_name;
  };
  static Result<SpellingTable> parse(const Sources& sources);
  // The tables compiled into the library.
  static const SpellingTable& builtin();

  // Spellings whose Latin starts with `first` (one letter or the apostrophe), longest first.
  const std::vector<Spelling>& starting_with(char first) const;
  std::size_t longest_latin() const { return longest_latin_; }

  // Whether the Russian key `key` is a common given name (Сергей: "сергеи").
  bool is_given_name(std::string_view key) const;
  // The given-name key a non-Russian equivalent ("alexander", "michael") stands for, or empty.
  const std::vector<std::string>& equivalent_given_names(std::string_view latin) const;

 private:
  std::vector<std::vector<Spelling>> by_first_ =
      std::vector<std::vector<Spelling>>(256);  // by byte
  std::size_t longest_latin_ = 0;
  std::unordered_set<std::string> given_names_;
  std::unordered_map<std::string, std::vector<std::string>> equivalents_;
};

}  // namespace onoma::cultures::russian
