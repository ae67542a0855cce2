#include "cultures/korean/hangul.hpp"

#include "text/utf8.hpp"

namespace onoma::cultures::korean {
namespace {

constexpr int kNieun = 2;   // ㄴ
constexpr int kRieul = 5;   // ㄹ
constexpr int kIeung = 11;  // ㅇ

// ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ: the vowels before which the law drops the initial entirely.
bool is_i_or_y_vowel(int vowel) {
  return vowel == 2 || vowel == 3 || vowel == 6 || vowel == 7 || vowel == 12 || vowel == 17 ||
         vowel == 20;
}

}  // namespace

char32_t fold_initial_sound(char32_t syllable) {
  if (!is_syllable(syllable))
    return syllable;
  Jamo jamo = decompose(syllable);
  if (jamo.initial == kRieul) {
    jamo.initial = is_i_or_y_vowel(jamo.vowel) ? kIeung : kNieun;
  } else if (jamo.initial == kNieun && is_i_or_y_vowel(jamo.vowel)) {
    jamo.initial = kIeung;
  }
  return compose(jamo);
}

std::string fold_initial_sounds(std::string_view input) {
  std::string out;
  out.reserve(input.size());
  for (std::size_t offset = 0; offset < input.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(input, offset);
    text::append_utf8(out, fold_initial_sound(decoded.code_point));
    offset += decoded.length;
  }
  return out;
}

}  // namespace onoma::cultures::korean
