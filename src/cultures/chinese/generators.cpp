#include "cultures/chinese/generators.hpp"

#include "text/utf8.hpp"

namespace onoma::cultures {
namespace {

// Chinese names have two to four characters; longer Han runs are other words.
constexpr std::size_t kMaxNameCharacters = 4;

std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(text, i);
    i += decoded.length;
    out.push_back(decoded.code_point);
  }
  return out;
}

std::string utf8_of(const std::vector<char32_t>& code_points, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i)
    text::append_utf8(out, code_points[i]);
  return out;
}

}  // namespace

std::vector<std::string> HanReadingGenerator::syllables(std::string_view text) const {
  const std::vector<char32_t> characters = code_points(text);
  const chinese::HanReadings& readings = chinese::HanReadings::builtin();
  std::vector<std::string> keys;
  const bool is_name = characters.size() >= 2 && characters.size() <= kMaxNameCharacters;
  for (std::size_t i = 0; i < characters.size(); ++i) {
    // A name's reading of a polyphonic character (刘少奇 shao, 薄一波 bo) before ICU's.
    if (const chinese::NameReading* reading =
            is_name ? table_.name_reading(characters[i], i == 0) : nullptr) {
      keys.push_back(reading->key);
      continue;
    }
    const std::string_view key = readings.key(characters[i]);
    if (key.empty())
      return {};
    keys.emplace_back(key);
  }
  if (is_name) {
    // A leading surname reads as a surname (单 shan, 曾 zeng, 欧阳 ouyang).
    const std::size_t length = surname_length(text);
    const std::string_view surname = table_.surname_reading(utf8_of(characters, 0, length));
    if (!surname.empty()) {
      keys.erase(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(length));
      keys.insert(keys.begin(), std::string(surname));
    }
  }
  return keys;
}

std::size_t HanReadingGenerator::surname_length(std::string_view text) const {
  const std::vector<char32_t> characters = code_points(text);
  if (characters.size() >= 3 && !table_.surname_reading(utf8_of(characters, 0, 2)).empty())
    return 2;
  return 1;
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
  for (const Token& token : span) {
    if (token.script != Script::kHan)
      return;
    const std::vector<std::string> keys = syllables(token.text);
    if (keys.empty())
      return;
    for (const std::string& syllable : keys)
      key += syllable;
  }
  out.push_back({std::move(key), kToneless});
}

std::size_t HanReadingGenerator::generate_parts(
    resolve::TokenSpan span, std::vector<std::pair<std::size_t, resolve::Reading>>& out) const {
  if (span.count != 1 || span.tokens->script != Script::kHan)
    return 0;
  const std::string& name = span.tokens->text;
  const std::vector<char32_t> characters = code_points(name);
  if (characters.size() < 2 || characters.size() > kMaxNameCharacters)
    return 0;
  const std::vector<std::string> keys = syllables(name);
  if (keys.empty())
    return 0;
  // syllables() already merged a two-character surname into one key.
  std::string given;
  for (std::size_t i = 1; i < keys.size(); ++i)
    given += keys[i];
  if (given.empty())
    return 0;
  out.push_back({0, {"z:" + keys[0], 0.0f}});
  out.push_back({1, {"z:" + given, 0.0f}});
  return 2;
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

void RomanizedChineseGenerator::generate(resolve::TokenSpan span,
                                         std::vector<resolve::Reading>& out) const {
  for (const chinese::PinyinReading& reading : decoder_.decode(span))
    out.push_back({"z:" + reading.joined(), reading.cost});
}

}  // namespace onoma::cultures
