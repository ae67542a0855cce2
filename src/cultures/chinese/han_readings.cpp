#include "cultures/chinese/han_readings.hpp"

#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "cultures/chinese/pinyin_table.hpp"
#include "text/utf8.hpp"

namespace onoma::cultures::chinese {

HanReadings::HanReadings() {
  const std::size_t count = kLast - kFirst + 1;
  keys_.resize(count);
  toned_.resize(count);
  // One character per line: ICU keeps the line breaks, so line i is the reading of character i.
  icu::UnicodeString all;
  for (char32_t c = kFirst; c <= kLast; ++c) {
    all.append(static_cast<UChar32>(c));
    all.append(static_cast<UChar>('\n'));
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> han_latin(
      icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !han_latin)
    return;
  han_latin->transliterate(all);
  std::string utf8;
  all.toUTF8String(utf8);
  std::size_t index = 0;
  std::size_t start = 0;
  while (start < utf8.size() && index < count) {
    std::size_t end = utf8.find('\n', start);
    if (end == std::string::npos)
      end = utf8.size();
    std::string_view line = std::string_view(utf8).substr(start, end - start);
    while (!line.empty() && line.back() == ' ')
      line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ')
      line.remove_prefix(1);
    std::string key = toned_syllable_key(line);
    // A character ICU leaves as it is has no reading.
    if (!key.empty()) {
      keys_[index] = std::move(key);
      toned_[index] = std::string(line);
    }
    ++index;
    start = end + 1;
  }
}

const HanReadings& HanReadings::builtin() {
  static const HanReadings readings;
  return readings;
}

std::string_view HanReadings::key(char32_t han) const {
  return is_han(han) ? std::string_view(keys_[han - kFirst]) : std::string_view();
}

std::string_view HanReadings::toned(char32_t han) const {
  return is_han(han) ? std::string_view(toned_[han - kFirst]) : std::string_view();
}

}  // namespace onoma::cultures::chinese
