#include "text/fold.hpp"

#include <array>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include "text/utf8.hpp"

namespace onoma::text {
namespace {

// Input characters that are rewritten before normalization. Returns 0 to drop the character.
char32_t premap(char32_t c) {
  switch (c) {
    // Apostrophes and the letters that stand for one in romanizations (MR's ’, Hawaiian ʻ).
    case U'\'':
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x02BB:
    case 0x02BD:
    case 0x0060:
    case 0x00B4:
    case 0x2032:
    case 0xFF07:
    case 0x02B9:
    case 0x201B:
      return U'\'';
    // Hyphens, dashes and the minus sign.
    case U'-':
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
    case 0x2E3A:
    case 0x2E3B:
      return U'-';
    // Quotation marks.
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
    case 0x300C:
    case 0x300D:
    case 0xFF02:
      return U'"';
    default:
      break;
  }
  if (c == U'\t' || c == U'\n' || c == U'\r' || c == 0x0B || c == 0x0C || c == 0x85 ||
      c == 0x2028 || c == 0x2029) {
    return U' ';
  }
  if (c < 0x80)
    return c;
  if (u_isUWhiteSpace(static_cast<UChar32>(c)))
    return U' ';
  const auto category = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(c)));
  // Format controls (bidi marks, zero-width joiners, soft hyphen) and C1 controls are invisible
  // in a name; dropping them makes "Kim\u200BJong" equal "KimJong".
  if (category == U_FORMAT_CHAR || category == U_CONTROL_CHAR)
    return 0;
  return c;
}

bool is_line_break(char32_t c) {
  return c == U'\n' || c == U'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

// Latin letters whose "diacritic" is part of the glyph, so NFD does not remove it. Romanized
// names from Polish, Croatian, Scandinavian and Vietnamese sources use them.
const char* latin_letter_fold(char32_t c) {
  switch (c) {
    case 0x00F8:
      return "o";  // ø
    case 0x0111:
      return "d";  // đ
    case 0x0142:
      return "l";  // ł
    case 0x0127:
      return "h";  // ħ
    case 0x0167:
      return "t";  // ŧ
    case 0x0131:
      return "i";  // dotless ı
    case 0x00E6:
      return "ae";  // æ
    case 0x0153:
      return "oe";  // œ
    case 0x00FE:
      return "th";  // þ
    case 0x00F0:
      return "d";  // ð
    case 0x0180:
      return "b";  // ƀ
    case 0x0268:
      return "i";  // ɨ
    case 0x0289:
      return "u";  // ʉ
    default:
      return nullptr;
  }
}

bool strips_marks(UScriptCode script) {
  return script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC;
}

struct Normalizers {
  const icu::Normalizer2* nfkc_casefold = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  const icu::Normalizer2* nfc = nullptr;
};

// ICU's normalizer instances are process-wide immutable singletons; looking them up once keeps
// the per-query path free of ICU's own cache lookups.
const Normalizers& normalizers() {
  static const Normalizers instances = [] {
    Normalizers n;
    UErrorCode status = U_ZERO_ERROR;
    n.nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    n.nfd = icu::Normalizer2::getNFDInstance(status);
    n.nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
      n = Normalizers{};
    return n;
  }();
  return instances;
}

// Folds one normalization segment (already pre-mapped) and appends the result.
void fold_segment(const icu::UnicodeString& segment, const FoldedCodePoint& prototype,
                  std::vector<FoldedCodePoint>& out) {
  const Normalizers& n = normalizers();
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = n.nfkc_casefold->normalize(segment, status);
  if (U_FAILURE(status))
    folded = segment;

  // Decompose, drop non-spacing marks that sit on a Latin/Greek/Cyrillic base, recompose.
  icu::UnicodeString decomposed = n.nfd->normalize(folded, status);
  if (U_FAILURE(status))
    decomposed = folded;
  icu::UnicodeString stripped;
  bool base_strips_marks = false;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) {
      if (!base_strips_marks)
        stripped.append(c);
      continue;
    }
    // Only a starter is a new base: canonical order can put a spacing combining mark (U+302F,
    // class 224) between a letter and its own accents (class 230), which still belong to the
    // letter and must go as they would without it (idempotent folding).
    if (u_getCombiningClass(c) == 0) {
      UErrorCode script_status = U_ZERO_ERROR;
      base_strips_marks = strips_marks(uscript_getScript(c, &script_status));
    }
    if (const char* replacement = latin_letter_fold(static_cast<char32_t>(c))) {
      stripped.append(icu::UnicodeString(replacement, -1, US_INV));
    } else {
      stripped.append(c);
    }
  }
  icu::UnicodeString composed = n.nfc->normalize(stripped, status);
  if (U_FAILURE(status))
    composed = stripped;

  for (int32_t i = 0; i < composed.length();) {
    const UChar32 c = composed.char32At(i);
    i += U16_LENGTH(c);
    FoldedCodePoint folded_cp = prototype;
    // NFKC can produce spaces or new apostrophe-like characters (e.g. from ´ or ㈜); map again so
    // that folding is idempotent.
    folded_cp.code_point = premap(static_cast<char32_t>(c));
    if (folded_cp.code_point == 0)
      continue;
    out.push_back(folded_cp);
  }
}

// The folding of one code point standing alone (a segment of one), for the letters of Latin
// beyond ASCII, Greek and Cyrillic (U+0080 to U+052F): computed once through fold_segment, so
// that running text in these scripts does not call ICU's normalizers per letter.
class SingleFolds {
 public:
  static constexpr char32_t kFirst = 0x80;
  static constexpr char32_t kEnd = 0x530;

  static const SingleFolds& instance() {
    static const SingleFolds folds;
    return folds;
  }

  // Appends the folding of `code_point` (in [kFirst, kEnd)) with the prototype's offsets and case.
  void append(char32_t code_point, FoldedCodePoint prototype,
              std::vector<FoldedCodePoint>& out) const {
    const Entry& entry = entries_[code_point - kFirst];
    for (std::uint8_t k = 0; k < entry.count; ++k) {
      prototype.code_point = entry.code_points[k];
      out.push_back(prototype);
    }
  }

  bool covers(char32_t code_point) const {
    return code_point >= kFirst && code_point < kEnd && entries_[code_point - kFirst].exact;
  }

 private:
  struct Entry {
    std::array<char32_t, 3> code_points{};
    std::uint8_t count = 0;
    bool exact = false;  // false: the folding is longer than 3; fold_segment is used instead
  };

  SingleFolds() {
    std::vector<FoldedCodePoint> folded;
    for (char32_t c = kFirst; c < kEnd; ++c) {
      folded.clear();
      fold_segment(icu::UnicodeString(static_cast<UChar32>(c)), FoldedCodePoint{}, folded);
      Entry& entry = entries_[c - kFirst];
      if (folded.size() > entry.code_points.size())
        continue;
      for (const FoldedCodePoint& cp : folded)
        entry.code_points[entry.count++] = cp.code_point;
      entry.exact = true;
    }
  }

  std::array<Entry, kEnd - kFirst> entries_;
};

}  // namespace

Script script_of(char32_t code_point, bool& has_script) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(code_point), &status);
  has_script = true;
  switch (script) {
    case USCRIPT_LATIN:
      return Script::kLatin;
    case USCRIPT_HANGUL:
      return Script::kHangul;
    case USCRIPT_HAN:
      return Script::kHan;
    case USCRIPT_CYRILLIC:
      return Script::kCyrillic;
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_KATAKANA_OR_HIRAGANA:
      return Script::kKana;
    case USCRIPT_ARABIC:
      return Script::kArabic;
    case USCRIPT_GREEK:
      return Script::kGreek;
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED:
    case USCRIPT_INVALID_CODE:
      has_script = false;
      return Script::kOther;
    default:
      return Script::kOther;
  }
}

namespace {

class FactsTable {
 public:
  static constexpr char32_t kLowEnd = 0x530;     // ASCII, Latin, Greek, Cyrillic
  static constexpr char32_t kHanFirst = 0x4E00;  // CJK Unified Ideographs, the basic block
  static constexpr char32_t kHanEnd = 0xA000;
  static constexpr char32_t kHangulFirst = 0xAC00;  // the precomposed syllables
  static constexpr char32_t kHangulEnd = 0xD7A4;

  static const FactsTable& instance() {
    static const FactsTable table;
    return table;
  }

  const CodePointFacts* find(char32_t c) const {
    if (c < kLowEnd)
      return &low_[c];
    if (c >= kHangulFirst && c < kHangulEnd)
      return &hangul_[c - kHangulFirst];
    if (c >= kHanFirst && c < kHanEnd)
      return &han_[c - kHanFirst];
    return nullptr;
  }

 private:
  FactsTable() : low_(kLowEnd), han_(kHanEnd - kHanFirst), hangul_(kHangulEnd - kHangulFirst) {
    for (char32_t c = 0; c < kLowEnd; ++c)
      low_[c] = ask_icu(c);
    for (char32_t c = kHanFirst; c < kHanEnd; ++c)
      han_[c - kHanFirst] = ask_icu(c);
    for (char32_t c = kHangulFirst; c < kHangulEnd; ++c)
      hangul_[c - kHangulFirst] = ask_icu(c);
  }

  static CodePointFacts ask_icu(char32_t c) {
    const auto u = static_cast<UChar32>(c);
    CodePointFacts facts{};
    facts.mapped = premap(c);
    facts.category = static_cast<std::uint8_t>(u_charType(u));
    bool has_script = false;
    facts.script = script_of(c, has_script);
    facts.has_script = has_script;
    const icu::Normalizer2* normalizer = normalizers().nfkc_casefold;
    facts.boundary_before =
        normalizer != nullptr && normalizer->hasBoundaryBefore(static_cast<UChar32>(facts.mapped));
    facts.upper = u_isUUppercase(u) || u_istitle(u);
    facts.lower = u_isULowercase(u);
    facts.alphabetic = u_isalpha(u);
    facts.digit = u_isdigit(u);
    return facts;
  }

  std::vector<CodePointFacts> low_;
  std::vector<CodePointFacts> han_;
  std::vector<CodePointFacts> hangul_;
};

}  // namespace

const CodePointFacts* facts_of(char32_t code_point) {
  return FactsTable::instance().find(code_point);
}

namespace {

bool is_hangul_syllable(char32_t c) {
  return c >= FactsTable::kHangulFirst && c < FactsTable::kHangulEnd;
}

bool is_unified_ideograph(char32_t c) {
  return c >= FactsTable::kHanFirst && c < FactsTable::kHanEnd;
}

std::vector<FoldedCodePoint> fold_with(std::string_view input, bool use_table) {
  std::vector<FoldedCodePoint> out;
  out.reserve(input.size());
  const icu::Normalizer2* normalizer = normalizers().nfkc_casefold;
  const FactsTable& facts_table = FactsTable::instance();
  const SingleFolds& single_folds = SingleFolds::instance();

  // Decoded and pre-mapped input, one entry per input code point.
  struct InputCodePoint {
    char32_t original;
    char32_t mapped;
    std::uint32_t begin;
    std::uint32_t end;
    const CodePointFacts* facts;  // with use_table, when the table has the code point
  };
  std::vector<InputCodePoint> input_cps;
  input_cps.reserve(input.size());
  for (std::size_t offset = 0; offset < input.size();) {
    const DecodedCodePoint decoded = decode_utf8(input, offset);
    const auto begin = static_cast<std::uint32_t>(offset);
    offset += decoded.length;
    const CodePointFacts* facts = use_table ? facts_table.find(decoded.code_point) : nullptr;
    input_cps.push_back({decoded.code_point,
                         facts != nullptr ? facts->mapped : premap(decoded.code_point), begin,
                         static_cast<std::uint32_t>(offset), facts});
  }
  const auto boundary_before = [&](const InputCodePoint& cp) {
    return cp.facts != nullptr ? cp.facts->boundary_before
                               : normalizer->hasBoundaryBefore(static_cast<UChar32>(cp.mapped));
  };

  for (std::size_t i = 0; i < input_cps.size();) {
    if (input_cps[i].mapped == 0) {
      ++i;
      continue;
    }
    // A segment runs until the next character that normalization cannot join to it. Dropped
    // characters do not end it: a mark after a zero-width space still belongs to its letter,
    // as it will once the space is gone (this keeps folding idempotent).
    std::size_t j = i + 1;
    while (j < input_cps.size() && normalizer != nullptr &&
           (input_cps[j].mapped == 0 || !boundary_before(input_cps[j]))) {
      ++j;
    }
    while (j > i + 1 && input_cps[j - 1].mapped == 0)
      --j;  // leave trailing dropped ones out
    const InputCodePoint& first = input_cps[i];
    FoldedCodePoint prototype{};
    prototype.begin = first.begin;
    prototype.end = input_cps[j - 1].end;
    if (first.facts != nullptr) {
      prototype.upper = first.facts->upper;
      prototype.lower = first.facts->lower;
    } else {
      prototype.upper = u_isUUppercase(static_cast<UChar32>(first.original)) ||
                        u_istitle(static_cast<UChar32>(first.original));
      prototype.lower = u_isULowercase(static_cast<UChar32>(first.original));
    }
    prototype.line_break = is_line_break(first.original);

    if (j == i + 1 && first.mapped < 0x80) {
      // ASCII fast path: nothing to normalize, only case to fold.
      prototype.code_point =
          first.mapped >= U'A' && first.mapped <= U'Z' ? first.mapped + 32 : first.mapped;
      out.push_back(prototype);
    } else if (use_table && j == i + 1 && normalizer != nullptr &&
               single_folds.covers(first.mapped)) {
      // A letter with no mark after it (Cyrillic, Greek and accented Latin text): from the table.
      single_folds.append(first.mapped, prototype, out);
    } else if (use_table && j == i + 1 && normalizer != nullptr &&
               (is_hangul_syllable(first.mapped) || is_unified_ideograph(first.mapped))) {
      // A precomposed Hangul syllable alone folds to itself (NFD, nothing stripped, NFC); so
      // does a unified ideograph (no decomposition, no case: the compatibility ideographs,
      // which NFKC maps, are in another block).
      prototype.code_point = first.mapped;
      out.push_back(prototype);
    } else if (normalizer == nullptr) {
      for (std::size_t k = i; k < j; ++k) {
        prototype.code_point = input_cps[k].mapped;
        out.push_back(prototype);
      }
    } else {
      icu::UnicodeString segment;
      for (std::size_t k = i; k < j; ++k) {
        if (input_cps[k].mapped != 0)
          segment.append(static_cast<UChar32>(input_cps[k].mapped));
      }
      fold_segment(segment, prototype, out);
    }
    i = j;
  }
  return out;
}

}  // namespace

std::vector<FoldedCodePoint> fold(std::string_view input) {
  return fold_with(input, true);
}

std::vector<FoldedCodePoint> fold_reference(std::string_view input) {
  return fold_with(input, false);
}

}  // namespace onoma::text
