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
// Stateless; thread-safe.
class FoldedReadingGenerator final : public resolve::ReadingGenerator {
 public:
  static constexpr float kDroppedArticleCost = 0.03f;

  std::string_view name() const override { return "folded"; }
  void generate(resolve::TokenSpan span, std::vector<resolve::Reading>& out) const override;
};

}  // namespace onoma::cultures
