// Hangul syllable arithmetic (Unicode §3.12) and the North/South initial-sound fold.
#pragma once

#include <string>
#include <string_view>

namespace onoma::cultures::korean {

inline constexpr char32_t kFirstSyllable = 0xAC00;
inline constexpr char32_t kLastSyllable = 0xD7A3;
inline constexpr int kVowelCount = 21;
inline constexpr int kFinalCount = 28;  // including "no final"

inline bool is_syllable(char32_t c) {
  return c >= kFirstSyllable && c <= kLastSyllable;
}

struct Jamo {
  int initial;  // 0..18: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
  int vowel;  // 0..20: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
  int final;  // 0..27: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ...
};

inline Jamo decompose(char32_t syllable) {
  const int index = static_cast<int>(syllable - kFirstSyllable);
  return {index / (kVowelCount * kFinalCount), (index / kFinalCount) % kVowelCount,
          index % kFinalCount};
}

inline char32_t compose(Jamo jamo) {
  return kFirstSyllable + static_cast<char32_t>(
                              (jamo.initial * kVowelCount + jamo.vowel) * kFinalCount + jamo.final);
}

// The syllable with the initial-sound law (두음법칙) applied as South Korean spelling does and
// North Korean spelling does not: ㄹ becomes ㅇ before ㅣ and the y-vowels (리 → 이, 룡 → 용,
// 류 → 유) and ㄴ before the other vowels (로 → 노, 락 → 낙); ㄴ becomes ㅇ before ㅣ and the
// y-vowels (녀 → 여). Applied to every syllable of a name, so that the North's 리용호 and 최룡해
// and the South's 이용호 and 최용해 share one key. Other characters are returned unchanged.
char32_t fold_initial_sound(char32_t syllable);

// `text` (UTF-8) with fold_initial_sound applied to each Hangul syllable.
std::string fold_initial_sounds(std::string_view text);

}  // namespace onoma::cultures::korean
