#include "cultures/chinese/generators.hpp"

#include <algorithm>
#include <array>

#include "text/utf8.hpp"

namespace onoma::cultures {
namespace {

// Chinese names have two to four characters; longer Han runs are other words.
constexpr std::size_t kMaxNameCharacters = 4;

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count)
    i += text::decode_utf8(text, i).length;
  return count;
}

}  // namespace

bool HanReadingGenerator::syllables(std::string_view text, Syllables& out) const {
  const chinese::HanReadings& readings = chinese::HanReadings::builtin();
  const std::size_t characters = count_code_points(text);
  const bool is_name = characters >= 2 && characters <= kMaxNameCharacters;
  out.joined.clear();
  out.characters = characters;
  // Where the keys of the first one and two characters end in `joined`, and their bytes in `text`.
  std::array<std::size_t, 3> key_end{};
  std::array<std::size_t, 3> text_end{};
  std::size_t offset = 0;
  for (std::size_t i = 0; i < characters; ++i) {
    const text::DecodedCodePoint decoded = text::decode_utf8(text, offset);
    offset += decoded.length;
    // A name's reading of a polyphonic character (刘少奇 shao, 薄一波 bo) before ICU's.
    if (const chinese::NameReading* reading =
            is_name ? table_.name_reading(decoded.code_point, i == 0) : nullptr) {
      out.joined += reading->key;
    } else {
      const std::string_view key = readings.key(decoded.code_point);
      if (key.empty())
        return false;
      out.joined += key;
    }
    if (i < 2) {
      key_end[i + 1] = out.joined.size();
      text_end[i + 1] = offset;
    }
  }
  out.first_end = key_end[1];
  if (is_name) {
    // A leading surname reads as a surname (单 shan, 曾 zeng, 欧阳 ouyang), two characters when
    // the name has a given name besides them.
    std::size_t length = 1;
    if (characters >= 3 && !table_.surname_reading(text.substr(0, text_end[2])).empty())
      length = 2;
    const std::string_view surname = table_.surname_reading(text.substr(0, text_end[length]));
    if (!surname.empty()) {
      out.joined.replace(0, key_end[length], surname);
      out.first_end = surname.size();
    }
  }
  return true;
}

resolve::Affinity HanReadingGenerator::affinity(resolve::TokenSpan span) const {
  for (const Token& token : span) {
    if (token.script != Script::kHan)
      return resolve::Affinity::kNone;
  }
  return span.count == 0 ? resolve::Affinity::kNone : resolve::Affinity::kLikely;
}

void HanReadingGenerator::generate(resolve::TokenSpan span,
                                   std::vector<resolve::Reading>& out) const {
  if (span.count == 0)
    return;
  std::string key = "z:";
  Syllables read;
  for (const Token& token : span) {
    if (token.script != Script::kHan || !syllables(token.text, read) || read.characters == 0)
      return;
    key += read.joined;
  }
  out.push_back({std::move(key), kToneless});
}

std::size_t HanReadingGenerator::generate_parts(
    resolve::TokenSpan span, std::vector<std::pair<std::size_t, resolve::Reading>>& out) const {
  if (span.count != 1 || span.tokens->script != Script::kHan)
    return 0;
  Syllables read;
  if (!syllables(span.tokens->text, read) || read.characters < 2 ||
      read.characters > kMaxNameCharacters || read.first_end == read.joined.size()) {
    return 0;
  }
  // syllables() already merged a two-character surname into one key.
  const std::string_view keys = read.joined;
  out.push_back({0, {"z:" + std::string(keys.substr(0, read.first_end)), 0.0f}});
  out.push_back({1, {"z:" + std::string(keys.substr(read.first_end)), 0.0f}});
  return 2;
}

void HanReadingGenerator::prepare() const {
  (void)chinese::HanReadings::builtin();
}

bool RomanizedChineseGenerator::applies_to_origin(std::string_view origin) const {
  for (const std::string_view language : {"zh", "yue", "wuu", "cmn"}) {
    if (origin.substr(0, language.size()) == language &&
        (origin.size() == language.size() || origin[language.size()] == '-')) {
      return true;
    }
  }
  return false;
}

resolve::Affinity RomanizedChineseGenerator::affinity(resolve::TokenSpan span) const {
  const std::vector<chinese::PinyinReading> readings = decoder_.decode(span);
  if (readings.empty())
    return resolve::Affinity::kNone;
  for (const chinese::PinyinReading& reading : readings) {
    const auto& parts = reading.parts;
    if (table_.is_surname(parts.front().front()) || table_.is_surname(parts.back().front()))
      return resolve::Affinity::kLikely;
    if (parts.size() >= 2) {
      for (const std::vector<std::string>& part : parts) {
        if (part.size() == 2)
          return resolve::Affinity::kLikely;
      }
    }
  }
  return resolve::Affinity::kPossible;
}

bool RomanizedChineseGenerator::may_be_surname_last(resolve::TokenSpan word) const {
  if (word.count == 0 || word.tokens->script != Script::kLatin)
    return false;
  const std::vector<chinese::PinyinReading> readings = decoder_.decode(word);
  return std::any_of(readings.begin(), readings.end(), [&](const chinese::PinyinReading& reading) {
    // Every one-syllable word: the table holds the 200 commonest surnames, and 习 (Xi) is not
    // among them. A rotated span still names someone only if the catalog has the name.
    return reading.parts.size() == 1 &&
           (reading.parts.front().size() == 1 || table_.is_surname(reading.joined()));
  });
}

void RomanizedChineseGenerator::generate(resolve::TokenSpan span,
                                         std::vector<resolve::Reading>& out) const {
  for (const chinese::PinyinReading& reading : decoder_.decode(span))
    out.push_back({"z:" + reading.joined(), reading.cost});
}

}  // namespace onoma::cultures
