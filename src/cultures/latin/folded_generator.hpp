// The reading every name has: its folded text with word boundaries removed.
#pragma once

#include "resolve/readings.hpp"

namespace onoma::cultures {

// Key: tag "f:" followed by the tokens' folded text, apostrophes dropped, run together, so that
// case, diacritics, hyphens, apostrophes and spacing do not matter ("Kim Jong-un", "KIM JONG UN",
// "Kim Jongun" all read "f:kimjongun"). Works for every script: the key of 최선희 is "f:최선희".
// A name with the Arabic article before a word ("Abu Bakr al-Baghdadi", "el-Sisi") also reads
// without it, at kDroppedArticleCost: the press writes Baghdadi and al-Baghdadi alike.
// Stateless; thread-safe.
class FoldedReadingGenerator final : public resolve::ReadingGenerator {
 public:
  static constexpr float kDroppedArticleCost = 0.02f;

  std::string_view name() const override { return "folded"; }
  void generate(resolve::TokenSpan span, std::vector<resolve::Reading>& out) const override;
};

}  // namespace onoma::cultures
