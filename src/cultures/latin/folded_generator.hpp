// The reading every name has: its folded text with word boundaries removed.
#pragma once

#include "resolve/readings.hpp"

namespace onoma::cultures {

// Key: tag "f:" followed by the tokens' folded text, apostrophes dropped, run together, so that
// case, diacritics, hyphens, apostrophes and spacing do not matter ("Kim Jong-un", "KIM JONG UN",
// "Kim Jongun" all read "f:kimjongun"). Works for every script: the key of 최선희 is "f:최선희".
// A name with the Arabic article before a word ("Abu Bakr al-Baghdadi", "el-Sisi") also reads
// without it, at kDroppedArticleCost: the press writes Baghdadi and al-Baghdadi alike. The cost
// keeps the exact spelling of one person more than the ambiguity margin (0.05) above another's
// name that differs by the article (0.97 x (1 - 0.03) = 0.94), as for Cyrillic and Hangul
// homophones: at 0.02 "Salim Shammari" tied with a catalog's "Salim al-Shammari" (0.9506).
// A name written with McCune–Reischauer's breves ("Cho Sŏng-hŭi") reads "f:" with them kept
// ("f:chosŏnghŭi"), and the folded key above only at kDroppedMarkCost: ŏ and o are two vowels
// (성 and 송), so a spelling that writes the marks meets one that does not as a guess, while the
// Korean decoder, which reads the marks, finds the person they spell.
// Stateless; thread-safe.
class FoldedReadingGenerator final : public resolve::ReadingGenerator {
 public:
  static constexpr float kDroppedArticleCost = 0.03f;
  // A folded match between a name with breves and one without: what the Korean decoder charges
  // for one jamo the marks contradict (Decoder::kMarkMismatchCost). 0.97 x 0.7 = 0.68 still
  // resolves alone, but a Korean reading the marks fit outranks it by more than the ambiguity
  // margin when the catalog writes another person so: 조성희 (0.91) from "Cho Sŏng-hŭi" over the
  // catalog's "Cho Song-hui" (조송희), and 오극렬 (0.83, its 렬 read as 열) from "O Kŭk-ryŏl"
  // over "O Kuk-ryol" (오국렬); at 0.2 that one was a tie.
  static constexpr float kDroppedMarkCost = 0.3f;

  std::string_view name() const override { return "folded"; }
  void generate(resolve::TokenSpan span, std::vector<resolve::Reading>& out) const override;
};

}  // namespace onoma::cultures
