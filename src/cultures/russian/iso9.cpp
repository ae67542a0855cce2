#include "cultures/russian/iso9.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "cultures/russian/spelling_table.hpp"
#include "onoma/romanize.hpp"
#include "text/utf8.hpp"

namespace onoma::cultures::russian {
namespace {

// A letter as up to two code points: a base and, when decomposed, one combining mark.
std::uint64_t letter_id(char32_t base, char32_t mark) {
  return (std::uint64_t{base} << 32) | mark;
}

bool is_combining_mark(char32_t code_point) {
  return code_point >= 0x300 && code_point <= 0x36F;  // Combining Diacritical Marks
}

struct Iso9Letters {
  // ISO 9's letter (composed, and decomposed when it decomposes) -> the Cyrillic letter.
  std::unordered_map<std::uint64_t, std::string> cyrillic;
  // Letters ISO 9 writes and BGN/PCGN does not: a word with one is ISO 9.
  std::unordered_set<std::uint64_t> telling;
};

// The code points of `text`, up to two (a letter and a combining mark); nothing for more.
std::optional<std::uint64_t> as_letter(std::string_view text) {
  char32_t points[2] = {0, 0};
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    const text::DecodedCodePoint decoded = text::decode_utf8(text, i);
    if (count == 2 || !decoded.valid)
      return std::nullopt;
    points[count] = decoded.code_point;
    i += decoded.length;
  }
  if (count == 0 || (count == 2 && !is_combining_mark(points[1])))
    return std::nullopt;
  return letter_id(points[0], points[1]);
}

Iso9Letters build_letters() {
  // Every Russian letter, lower and upper case at the same index; ISO 9 writes each as one Latin
  // letter.
  const std::u16string lower = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  const std::u16string upper = u"АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  struct Written {
    std::optional<std::uint64_t> composed;
    std::optional<std::uint64_t> decomposed;
    char32_t code_point;  // the composed letter
    std::string cyrillic;
  };
  std::vector<Written> written;
  std::unordered_set<char32_t> bgn_letters;  // the non-ASCII letters BGN/PCGN writes
  for (std::size_t i = 0; i < lower.size(); ++i) {
    std::string cyrillic;
    text::append_utf8(cyrillic, lower[i]);
    for (const char16_t unit : {lower[i], upper[i]}) {
      std::string letter;
      text::append_utf8(letter, unit);
      const Result<std::string> iso9 = romanize(letter, System::kRuIso9);
      const Result<std::string> bgn = romanize(letter, System::kRuBgn);
      if (!iso9 || !bgn)
        continue;  // a rules file that did not compile: the decoder still reads every word
      for (std::size_t at = 0; at < bgn->size();) {
        const text::DecodedCodePoint decoded = text::decode_utf8(*bgn, at);
        if (decoded.code_point >= 0x80)
          bgn_letters.insert(decoded.code_point);
        at += decoded.length;
      }
      std::string decomposed;
      UErrorCode nfd_status = U_ZERO_ERROR;
      if (nfd != nullptr && U_SUCCESS(status)) {
        nfd->normalize(icu::UnicodeString::fromUTF8(*iso9), nfd_status).toUTF8String(decomposed);
      }
      const std::optional<std::uint64_t> composed = as_letter(*iso9);
      if (!composed)
        continue;
      written.push_back({composed, U_SUCCESS(nfd_status) ? as_letter(decomposed) : std::nullopt,
                         static_cast<char32_t>(*composed >> 32), cyrillic});
    }
  }
  Iso9Letters letters;
  for (const Written& letter : written) {
    const bool telling = letter.code_point >= 0x80 && bgn_letters.count(letter.code_point) == 0;
    for (const std::optional<std::uint64_t>& id : {letter.composed, letter.decomposed}) {
      if (!id)
        continue;
      letters.cyrillic.emplace(*id, letter.cyrillic);
      if (telling)
        letters.telling.insert(*id);
    }
  }
  return letters;
}

const Iso9Letters& iso9_letters() {
  static const Iso9Letters letters = build_letters();
  return letters;
}

}  // namespace

void prepare_iso9_letters() {
  (void)iso9_letters();
}

std::optional<std::string> iso9_key(std::string_view written) {
  // Plain ASCII words (most of them) are no ISO 9 evidence: no table needed.
  bool non_ascii = false;
  for (const char c : written)
    non_ascii = non_ascii || static_cast<unsigned char>(c) >= 0x80;
  if (!non_ascii)
    return std::nullopt;
  const Iso9Letters& letters = iso9_letters();
  std::string cyrillic;
  bool telling = false;
  for (std::size_t i = 0; i < written.size();) {
    const text::DecodedCodePoint base = text::decode_utf8(written, i);
    if (!base.valid)
      return std::nullopt;
    i += base.length;
    char32_t mark = 0;
    if (i < written.size()) {
      const text::DecodedCodePoint next = text::decode_utf8(written, i);
      if (next.valid && is_combining_mark(next.code_point)) {
        mark = next.code_point;
        i += next.length;
      }
    }
    const std::uint64_t letter = letter_id(base.code_point, mark);
    const auto found = letters.cyrillic.find(letter);
    if (found == letters.cyrillic.end())
      return std::nullopt;
    telling = telling || letters.telling.count(letter) != 0;
    cyrillic += found->second;
  }
  std::string key;
  if (!telling || !append_cyrillic_key(cyrillic, key) || key.empty())
    return std::nullopt;
  return key;
}

}  // namespace onoma::cultures::russian
