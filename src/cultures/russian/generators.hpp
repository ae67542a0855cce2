// Reading generators for Russian names: Cyrillic read directly, Latin decoded.
#pragma once

#include <string_view>
#include <vector>

#include "cultures/russian/decoder.hpp"
#include "resolve/readings.hpp"

namespace onoma::cultures {

// Cyrillic names ("Сергей Лавров", "Цой Рён Хэ") read to their Russian key, tagged "r:", for
// entities of every origin: a Cyrillic name is a Cyrillic name whoever bears it. A patronymic
// ("Сергей Викторович Лавров") also gives a reading without it, at kDroppedPatronymicCost.
//
// Immutable; thread-safe.
class CyrillicReadingGenerator final : public resolve::ReadingGenerator {
 public:
  std::string_view name() const override { return "cyrillic"; }
  std::string_view language() const override { return "ru"; }
  bool reads_native_script() const override { return true; }
  resolve::Affinity affinity(resolve::TokenSpan span) const override;
  void generate(resolve::TokenSpan span, std::vector<resolve::Reading>& out) const override;
  bool may_leave_out(resolve::TokenSpan word) const override;
};

// Latin spellings of Russian names ("Sergei Lavrov", "Sergej Lawrow", "Chruschtschow") decoded
// to the Russian key, for entities of Russian-writing origins (ru, uk, be, kk, ky, tg, uz).
// A query's decoding counts as likely Russian only with evidence: a common Russian given name
// or a Russian surname or patronymic ending. A non-Russian equivalent of a given name
// ("Alexander" for Александр, "Michael" for Михаил) is no evidence, but gives a reading at
// kEquivalentNameCost, weaker than any spelling.
//
// Immutable; thread-safe.
class RomanizedRussianGenerator final : public resolve::ReadingGenerator {
 public:
  static constexpr float kEquivalentNameCost = 0.15f;

  explicit RomanizedRussianGenerator(const russian::SpellingTable& table)
      : table_(table), decoder_(table) {}
  std::string_view name() const override { return "russian"; }
  std::string_view language() const override { return "ru"; }
  bool applies_to_origin(std::string_view origin) const override;
  resolve::Affinity affinity(resolve::TokenSpan span) const override;
  void generate(resolve::TokenSpan span, std::vector<resolve::Reading>& out) const override;
  std::string_view pruning_tag() const override { return "r:"; }
  void generate_pruned(resolve::TokenSpan span, const resolve::PrefixFilter& catalog_prefixes,
                       std::vector<resolve::Reading>& out) const override;
  bool may_leave_out(resolve::TokenSpan word) const override;
  void prepare() const override;

 private:
  void read(resolve::TokenSpan span, const resolve::PrefixFilter* catalog_prefixes,
            std::vector<resolve::Reading>& out) const;

  const russian::SpellingTable& table_;
  russian::Decoder decoder_;
};

}  // namespace onoma::cultures
