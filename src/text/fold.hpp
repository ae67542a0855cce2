// Character folding with a map back to the input: the engine under normalize() and tokenize().
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "onoma/text.hpp"

namespace onoma::text {

// One code point of folded text and the input bytes it came from. A normalization segment of
// the input (a base character with its combining marks, a jamo sequence) can fold to several
// code points; they all carry the segment's byte range.
struct FoldedCodePoint {
  char32_t code_point;
  std::uint32_t begin;
  std::uint32_t end;
  bool upper;       // the segment's first character was upper or title case
  bool lower;       // ... was lower case (neither for caseless scripts)
  bool line_break;  // the segment was a line break (folded to a space)
};

// Folds `input` segment by segment: pre-mapping of apostrophes, dashes, quotes, spaces and
// invisible controls, then NFKC_Casefold, then removal of non-spacing marks on Latin, Greek and
// Cyrillic letters plus the few Latin letters that carry a stroke instead of a mark (ø, đ, ł, ...).
// Invalid UTF-8 becomes U+FFFD. Thread-safe: uses only ICU's immutable normalizer singletons.
std::vector<FoldedCodePoint> fold(std::string_view input);

// fold() without its table of single code points: every segment through ICU. The reference
// the table is tested against; not for the query path.
std::vector<FoldedCodePoint> fold_reference(std::string_view input);

// The onoma script of one (folded) code point; Common and Inherited characters give kOther and
// `has_script` false.
Script script_of(char32_t code_point, bool& has_script);

// What fold() and tokenize() ask ICU about one code point, asked once for the code points names
// are mostly written in (below U+0530: Latin, Greek, Cyrillic; the CJK unified ideographs of
// U+4E00 to U+9FFF; and the Hangul syllables), so that a name costs table lookups instead of ICU
// property calls. Each field is ICU's answer.
struct CodePointFacts {
  char32_t mapped;           // the pre-mapping of fold() (apostrophes, dashes, spaces; 0: dropped)
  std::uint8_t category;     // u_charType()
  Script script;             // script_of()
  bool has_script : 1;       // script_of()'s `has_script`
  bool boundary_before : 1;  // NFKC_Casefold's hasBoundaryBefore(mapped)
  bool upper : 1;            // u_isUUppercase() || u_istitle()
  bool lower : 1;            // u_isULowercase()
  bool alphabetic : 1;       // u_isalpha()
  bool digit : 1;            // u_isdigit()
};

// The facts of `code_point`, or nullptr outside the table (ask ICU then).
const CodePointFacts* facts_of(char32_t code_point);

}  // namespace onoma::text
