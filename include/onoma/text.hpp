// Text normalization and tokenization: the first stage of every onoma query.
//
// Normalization folds the differences that never distinguish two names: compatibility forms
// (NFKC), case, diacritics on Latin, Greek and Cyrillic letters (so й folds to и and ё to е, as
// the Russian key wants), apostrophes (’ ' ʼ ʻ ‘ ` ´), hyphens and dashes, quotation marks and
// white space. It keeps, per token, the hints the culture decoders need: which separator came
// before the token, whether it was capitalized, which script it is in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "onoma/export.hpp"
#include "onoma/result.hpp"

namespace onoma {

// The writing system of a token. Common characters (digits, most punctuation) and combining
// marks take the script of the letters they stand with.
enum class Script : std::uint8_t {
  kLatin,
  kHangul,
  kHan,
  kCyrillic,
  kKana,  // Hiragana and Katakana
  kArabic,
  kGreek,
  kOther,
};

ONOMA_API std::string_view script_name(Script script);

// What separated a token from the previous one in the original text.
enum class Separator : std::uint8_t {
  kStart,        // first token of the text
  kNone,         // directly adjacent, e.g. a change of script inside one word ("Kim김")
  kSpace,        // white space
  kHyphen,       // a hyphen or dash, possibly with spaces around it
  kApostrophe,   // an apostrophe that was not kept inside the token
  kPunctuation,  // anything else: ".", ",", ")", ...
};

// One word of normalized text.
//
// `text` is folded (NFKC, case folded, diacritics removed on Latin/Greek/Cyrillic, apostrophes
// unified to U+0027 and kept only between letters: "ch'oe", "o'brien"). `begin` and `end` are
// byte offsets into the original input, so input.substr(begin, end - begin) is the token as
// written (including a possessive "'s" that `text` no longer holds).
struct Token {
  std::string text;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t stem_end = 0;  // `end` without a possessive "'s" (equal to `end` when there is none)
  Script script = Script::kOther;
  Separator separator = Separator::kStart;
  // Separator before this token ends a sentence (".", "!", "?" or a line break after text).
  bool sentence_start = false;
  bool capitalized = false;  // first letter upper or title case in the original
  bool all_caps = false;     // at least two letters, all upper case in the original
  bool possessive = false;   // a trailing "'s" or "'" was removed
  bool has_digit = false;
};

// Options for normalize() and tokenize(); the defaults suit both queries and running text.
struct TextOptions {
  // false (default): each invalid UTF-8 sequence is read as U+FFFD and processing continues.
  // true: the first invalid sequence is an error whose column is its 1-based byte offset.
  bool strict_utf8 = false;
  // true (default): a trailing "'s" (Choe's) or a lone trailing apostrophe (Koreas') is removed
  // from a token and recorded in Token::possessive.
  bool strip_possessive = true;
};

// `input` with each invalid UTF-8 sequence replaced by U+FFFD (the same substitution the
// lenient mode of normalize() and tokenize() makes); nothing else changes.
ONOMA_API std::string to_valid_utf8(std::string_view input);

// The folded text of `input`: tokens' text joined by single spaces ("Kim Jong-un’s" gives
// "kim jong un"). Idempotent: normalize(normalize(x)) == normalize(x).
ONOMA_API Result<std::string> normalize(std::string_view input, const TextOptions& options = {});

// The tokens of `input`, in order, with offsets into `input`.
ONOMA_API Result<std::vector<Token>> tokenize(std::string_view input,
                                              const TextOptions& options = {});

}  // namespace onoma
