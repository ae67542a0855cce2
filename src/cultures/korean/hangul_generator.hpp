// Readings of names written in Hangul.
#pragma once

#include "resolve/readings.hpp"

namespace onoma::cultures {

// Key: tag "h:" followed by the name's Hangul syllables with the initial-sound law folded (see
// korean::fold_initial_sound), so North and South Korean spellings of one name meet: 리용호 and
// 이용호, 최룡해 and 최용해. Spans with a token in another script produce nothing. This is the
// native-space key the Korean romanization decoder will produce from Latin spellings too.
// Stateless; thread-safe.
class HangulReadingGenerator final : public resolve::ReadingGenerator {
 public:
  std::string_view name() const override { return "hangul"; }
  void generate(resolve::TokenSpan span, std::vector<resolve::Reading>& out) const override;
};

}  // namespace onoma::cultures
