// Forward romanization: native script to each supported system's Latin spelling.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "onoma/export.hpp"
#include "onoma/result.hpp"

namespace onoma {

enum class System : std::uint8_t {
  kKoRr,         // ko-rr: Revised Romanization of Korean (2000)
  kKoMr,         // ko-mr: McCune–Reischauer with breves and apostrophes
  kKoMrAscii,    // ko-mr-ascii: McCune–Reischauer as the press prints it
  kKoDprk,       // ko-dprk: the DPRK's system as KCNA prints names
  kKoYale,       // ko-yale: Yale
  kRuBgn,        // ru-bgn: BGN/PCGN
  kRuIso9,       // ru-iso9: ISO 9 / GOST 7.79 A
  kRuGostB,      // ru-gost-b: GOST 7.79 B
  kRuIcao,       // ru-icao: ICAO 9303
  kRuPress,      // ru-press: English-language press
  kZhPinyin,     // zh-pinyin
  kZhWadeGiles,  // zh-wade-giles
};

// "ko-rr", "ru-bgn", ... (the names of the command-line contract).
ONOMA_API std::string_view system_name(System system);
ONOMA_API std::optional<System> system_from_name(std::string_view name);
ONOMA_API std::vector<System> all_systems();

struct RomanizeOptions {
  // false (default): romanize running text, with the system's sound-change rules.
  // true: `text` is a person's name: for Korean, the surname (two syllables when a known
  // two-syllable surname) and the given name are romanized apart, syllable by syllable (no
  // sound change inside a given name), and written in the system's name style: ko-rr
  // "Choe Seonhui", ko-mr "Ch'oe Sŏn-hŭi", ko-mr-ascii "Choe Son-hui", ko-dprk "Choe Son Hui",
  // ko-yale "Choy Sen-huy".
  // For Chinese, the surname (two characters when a known compound surname) and the given name
  // are written apart, the given name's syllables joined: zh-pinyin "Xí Jìnpíng", zh-wade-giles
  // "Hsi Chin-p'ing".
  bool as_name = false;
  // zh-pinyin only: true (default) writes tone marks ("Xí Jìnpíng"), false plain letters with ü
  // kept ("Xi Jinping", "Lü Buwei").
  bool tone_marks = true;
};

// `text` in `system`. Characters the system does not cover pass through unchanged. An error
// (no crash) when the system's rule file is missing from this build or fails to compile; invalid
// UTF-8 is read as U+FFFD. Thread-safe: each call works on its own copy of the compiled rules.
// Not for per-query paths: a call costs microseconds (ICU transliteration).
ONOMA_API Result<std::string> romanize(std::string_view text, System system,
                                       const RomanizeOptions& options = {});

// One spelling of a name in one system.
struct Variant {
  std::string spelling;  // "Choe Son Hui"
  System system;         // the system that writes it so
  std::string native;    // the native-script reading it comes from (최선희)
  double score;          // in (0, 1]: how likely that reading is for the input; 1 for native input
};

// Ranked spellings of a Korean name across the Korean systems: the name is read into Hangul
// (directly when written in Hangul, through the decoder when romanized), and each of the best
// readings is romanized as a name in every system. Best first, duplicates removed, at most `max`.
// Empty when the name cannot be read as Korean. Thread-safe.
ONOMA_API std::vector<Variant> variants(std::string_view name, std::size_t max = 20);

}  // namespace onoma
