// Reading generators for Chinese names: Han read through the generated pinyin table, Latin
// decoded from pinyin or Wade–Giles. Both give the key "z:" + toneless pinyin ("z:xijinping").
#pragma once

#include <string_view>
#include <vector>

#include "cultures/chinese/decoder.hpp"
#include "cultures/chinese/han_readings.hpp"
#include "resolve/readings.hpp"

namespace onoma::cultures {

// Han names (习近平, 拉夫罗夫) read syllable by syllable; a leading common surname takes its
// surname reading (单 is shan, not dan). Parts: the surname (one or two characters) and the
// given name, for names of two to four characters. Reads names of entities of every origin.
//
// Immutable; thread-safe.
class HanReadingGenerator final : public resolve::ReadingGenerator {
 public:
  // Cost of a Han name read as toneless pinyin, on the query side and the catalog side alike:
  // characters and tones are lost, so two different names written alike in pinyin (马明义,
  // 马明益) meet only at 0.97 x (1 - 2 x 0.015) = 0.94, while the exact characters of one of them
  // score 1.0, more than the default ambiguity margin apart.
  static constexpr float kToneless = 0.015f;

  // The Han table is built on the first Han name read (HanReadings::builtin()), so that
  // processes that never see Han never pay for it, or by prepare().
  explicit HanReadingGenerator(const chinese::PinyinTable& table) : table_(table) {}
  std::string_view name() const override { return "han"; }
  std::string_view language() const override { return "zh"; }
  bool reads_native_script() const override { return true; }
  resolve::Affinity affinity(resolve::TokenSpan span) const override;
  void generate(resolve::TokenSpan span, std::vector<resolve::Reading>& out) const override;
  void prepare() const override;
  std::size_t generate_parts(
      resolve::TokenSpan span,
      std::vector<std::pair<std::size_t, resolve::Reading>>& out) const override;

 private:
  // The pinyin keys of the characters of a Han word, one after another.
  struct Syllables {
    std::string joined;
    std::size_t first_end = 0;   // where the first key ends (a two-character surname is one key)
    std::size_t characters = 0;  // how many characters `text` has
  };
  // Reads `text` into `out`; false when a character is no readable Han character.
  bool syllables(std::string_view text, Syllables& out) const;

  const chinese::PinyinTable& table_;
};

// Pinyin and Wade–Giles spellings of Chinese names, for entities of Chinese origin (zh, and
// yue/wuu for Mandarin readings of their names). A name is likely Chinese when it reads in
// either system and it has a common surname or a joined two-syllable given name ("Jinping").
//
// Immutable; thread-safe.
class RomanizedChineseGenerator final : public resolve::ReadingGenerator {
 public:
  explicit RomanizedChineseGenerator(const chinese::PinyinTable& table)
      : table_(table), decoder_(table) {}
  std::string_view name() const override { return "chinese"; }
  std::string_view language() const override { return "zh"; }
  bool applies_to_origin(std::string_view origin) const override;
  resolve::Affinity affinity(resolve::TokenSpan span) const override;
  void generate(resolve::TokenSpan span, std::vector<resolve::Reading>& out) const override;
  // One syllable or a compound surname of the table, in pinyin or Wade–Giles ("Xi", "Hsi",
  // "Ouyang"): Western order writes "Jinping Xi" for 习近平.
  bool may_be_surname_last(resolve::TokenSpan word) const override;

 private:
  const chinese::PinyinTable& table_;
  chinese::Decoder decoder_;
};

}  // namespace onoma::cultures
