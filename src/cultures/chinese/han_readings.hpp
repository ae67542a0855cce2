// Han characters to toneless pinyin, generated once per process from ICU's Han-Latin.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace onoma::cultures::chinese {

// The Mandarin reading of every CJK Unified Ideograph (U+4E00..U+9FFF), as pinyin keys
// (pinyin_table.hpp) and with tone marks. Built on first use by transliterating all of them in
// one ICU Han-Latin call (about 0.3 s), so that no query ever runs a transliterator; ICU gives
// one reading per character (the most common), which is what names need except for surnames,
// whose readings come from surnames.tsv.
//
// Immutable after construction; thread-safe.
class HanReadings {
 public:
  static const HanReadings& builtin();

  // The pinyin key of one Han character ("近" -> "jin"), or empty when it has none.
  std::string_view key(char32_t han) const;
  // The toned pinyin of one Han character ("近" -> "jìn"), or empty.
  std::string_view toned(char32_t han) const;

  static constexpr char32_t kFirst = 0x4E00;
  static constexpr char32_t kLast = 0x9FFF;

 private:
  HanReadings();
  std::vector<std::string> keys_;
  std::vector<std::string> toned_;
};

// Whether `c` is a Han character this table reads.
inline bool is_han(char32_t c) {
  return c >= HanReadings::kFirst && c <= HanReadings::kLast;
}

}  // namespace onoma::cultures::chinese
