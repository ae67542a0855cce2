// Reading generators for Arabic names: consonant skeletons (skeleton.hpp), tagged "s:".
#pragma once

#include <string_view>
#include <vector>

#include "resolve/readings.hpp"

namespace onoma::cultures {

// Arabic-script names (البغدادي) read to their skeleton, for entities of every origin.
// Immutable; thread-safe.
class ArabicScriptGenerator final : public resolve::ReadingGenerator {
 public:
  std::string_view name() const override { return "arabic"; }
  std::string_view language() const override { return "ar"; }
  bool reads_native_script() const override { return true; }
  resolve::Affinity affinity(resolve::TokenSpan span) const override;
  void generate(resolve::TokenSpan span, std::vector<resolve::Reading>& out) const override;
  void prepare() const override;
};

// The Latin names of entities of Arabic-writing origins (ar, fa, ur, ps, ku) read to their
// skeleton, so that an Arabic-script query finds "Abu Bakr al-Baghdadi". A Latin query is read
// this way only when it is likely Arabic (reads_queries() is false, affinity decides): it has an
// Arabic name particle (bin, ibn, abu, abd, abdel, abdul, the article before a hyphen) or a
// form of Muhammad; then "Mohammed bin Salman" meets "Muhammad bin Salman". Without such evidence
// a skeleton says too little: Omar and Amr share one. Immutable; thread-safe.
class ArabicLatinGenerator final : public resolve::ReadingGenerator {
 public:
  static constexpr float kSkeletonCost = 0.1f;

  std::string_view name() const override { return "arabic-latin"; }
  std::string_view language() const override { return "ar"; }
  bool applies_to_origin(std::string_view origin) const override;
  bool reads_queries() const override { return false; }
  resolve::Affinity affinity(resolve::TokenSpan span) const override;
  void generate(resolve::TokenSpan span, std::vector<resolve::Reading>& out) const override;
  // Whatever the span's affinity, and however short its skeleton: the evidence that a name is
  // Arabic ("bin", "al-") often comes after its first word ("Osama", "Ayman"). A final article
  // waits for the word it goes with.
  bool may_begin_key(resolve::TokenSpan span, const resolve::PrefixFilter& catalog_prefixes,
                     std::vector<resolve::Reading>& readings) const override;
  // bin, ibn, bint and the article (al, el).
  std::vector<std::string_view> lower_case_name_words() const override;
};

}  // namespace onoma::cultures
