// Readings of Korean names written in Latin letters: the decoder's Hangul, in the same key space
// as HangulReadingGenerator, so "Choi Sun Hee" meets 최선희.
#pragma once

#include "cultures/korean/decoder.hpp"
#include "resolve/readings.hpp"

namespace onoma::cultures {

// Keys: "h:" + the initial-sound-folded Hangul of each of the decoder's readings, with the
// decoder's cost. Applies to catalog entities of Korean origin (ko, ko-KP, ko-KR) and to every
// query. A name is likely Korean when it reads as Korean and its first or last word is a
// Korean surname spelling ("Kim", "Choe", "Lee"); "Anna" reads as 안나 but is only possible.
// Immutable; thread-safe.
class RomanizedKoreanGenerator final : public resolve::ReadingGenerator {
 public:
  explicit RomanizedKoreanGenerator(const korean::SyllableTable& table)
      : table_(table), decoder_(table) {}
  std::string_view name() const override { return "korean"; }
  std::string_view language() const override { return "ko"; }
  bool applies_to_origin(std::string_view origin) const override;
  resolve::Affinity affinity(resolve::TokenSpan span) const override;
  void generate(resolve::TokenSpan span, std::vector<resolve::Reading>& out) const override;
  std::string_view pruning_tag() const override { return "h:"; }
  void generate_pruned(resolve::TokenSpan span, const resolve::PrefixFilter& catalog_prefixes,
                       std::vector<resolve::Reading>& out) const override;
  // A Korean surname spelling ("Pak", "Rhee", "Jo", "Nam-goong").
  bool may_be_surname_last(resolve::TokenSpan word) const override;

 private:
  // Whether the letters of `word`'s tokens, joined, spell a surname of the table.
  bool is_surname(resolve::TokenSpan word) const;

  const korean::SyllableTable& table_;
  korean::Decoder decoder_;
};

}  // namespace onoma::cultures
