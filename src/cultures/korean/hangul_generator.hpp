// Readings of names written in Hangul.
#pragma once

#include "cultures/korean/syllable_table.hpp"
#include "resolve/readings.hpp"

namespace onoma::cultures {

// Key: tag "h:" followed by the name's Hangul syllables with the initial-sound law folded (see
// korean::fold_initial_sound), so North and South Korean spellings of one name meet: 리용호 and
// 이용호, 최룡해 and 최용해. Spans with a token in another script produce nothing. This is the
// native-space key the Korean romanization decoder will produce from Latin spellings too.
// Stateless; thread-safe.
class HangulReadingGenerator final : public resolve::ReadingGenerator {
 public:
  // Cost of a reading whose initial sounds were folded (리선권 read as 이선권).
  static constexpr float kFoldedSpellingCost = 0.03f;

  explicit HangulReadingGenerator(const korean::SyllableTable& table) : table_(table) {}
  std::string_view name() const override { return "hangul"; }
  std::string_view language() const override { return "ko"; }
  bool reads_native_script() const override { return true; }
  void generate(resolve::TokenSpan span, std::vector<resolve::Reading>& out) const override;
  // A one-word Hangul name of 2 to 5 syllables has two parts: the surname (two syllables when
  // they form a known two-syllable surname such as 남궁 or 선우, otherwise one) and the given name.
  std::size_t generate_parts(
      resolve::TokenSpan span,
      std::vector<std::pair<std::size_t, resolve::Reading>>& out) const override;

 private:
  const korean::SyllableTable& table_;
};

}  // namespace onoma::cultures
