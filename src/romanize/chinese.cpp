#include "romanize/chinese.hpp"

#include <vector>

#include "cultures/chinese/han_readings.hpp"
#include "cultures/chinese/pinyin_table.hpp"
#include "text/utf8.hpp"

namespace onoma::romanize_detail {
namespace {

using cultures::chinese::HanReadings;
using cultures::chinese::PinyinTable;

std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(text, i);
    i += decoded.length;
    out.push_back(decoded.code_point);
  }
  return out;
}

// The pinyin key written as pinyin is written: v back to ü.
std::string pinyin_spelling(std::string_view key) {
  std::string out;
  for (const char c : key) {
    if (c == 'v') {
      out += "ü";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// One syllable of character `c` in `system`; empty when `c` has no reading. In a name, a
// polyphonic character takes its name reading (name_readings.tsv).
std::string syllable(char32_t c, System system, bool tone_marks, bool in_name = false,
                     bool surname_position = false) {
  const HanReadings& readings = HanReadings::builtin();
  const cultures::chinese::NameReading* name_reading =
      in_name ? PinyinTable::builtin().name_reading(c, surname_position) : nullptr;
  const std::string_view key = name_reading ? std::string_view(name_reading->key) : readings.key(c);
  if (key.empty())
    return {};
  if (name_reading && system == System::kZhPinyin)
    return tone_marks ? name_reading->toned : pinyin_spelling(key);
  if (system == System::kZhWadeGiles) {
    const std::string_view wade_giles = PinyinTable::builtin().wade_giles_of(key);
    return wade_giles.empty() ? pinyin_spelling(key) : std::string(wade_giles);
  }
  return tone_marks ? std::string(readings.toned(c)) : pinyin_spelling(key);
}

// A surname's syllable: its surname reading when it has one (单 is Shan), else its usual one.
std::string surname_syllables(const std::vector<char32_t>& characters, std::size_t length,
                              System system, bool tone_marks) {
  std::string han;
  for (std::size_t i = 0; i < length; ++i)
    text::append_utf8(han, characters[i]);
  // Wade–Giles hyphenates a compound surname (Ssu-ma, Chu-ko); pinyin joins it (Sima, Zhuge).
  std::string usual;
  for (std::size_t i = 0; i < length; ++i) {
    if (i > 0 && system == System::kZhWadeGiles)
      usual += '-';
    usual += syllable(characters[i], system, tone_marks, true, i == 0);
  }
  const std::string_view surname_key = PinyinTable::builtin().surname_reading(han);
  if (surname_key.empty() || length != 1)
    return usual;
  const cultures::chinese::NameReading* name_reading =
      PinyinTable::builtin().name_reading(characters[0], true);
  if (surname_key == (name_reading ? std::string_view(name_reading->key)
                                   : HanReadings::builtin().key(characters[0])))
    return usual;
  if (system == System::kZhWadeGiles) {
    const std::string_view wade_giles = PinyinTable::builtin().wade_giles_of(surname_key);
    return wade_giles.empty() ? pinyin_spelling(surname_key) : std::string(wade_giles);
  }
  return pinyin_spelling(surname_key);
}

// First letter upper case (ASCII, or the precomposed toned vowels' capitals via a small map).
std::string capitalized(std::string word) {
  if (word.empty())
    return word;
  if (word[0] >= 'a' && word[0] <= 'z') {
    word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
  }
  const text::DecodedCodePoint first = text::decode_utf8(word, 0);
  static constexpr std::pair<char32_t, char32_t> kUpper[] = {
      {U'ā', U'Ā'}, {U'á', U'Á'}, {U'ǎ', U'Ǎ'}, {U'à', U'À'}, {U'ē', U'Ē'}, {U'é', U'É'},
      {U'ě', U'Ě'}, {U'è', U'È'}, {U'ō', U'Ō'}, {U'ó', U'Ó'}, {U'ǒ', U'Ǒ'}, {U'ò', U'Ò'}};
  for (const auto& [lower, upper] : kUpper) {
    if (first.code_point == lower) {
      std::string out;
      text::append_utf8(out, upper);
      return out + word.substr(first.length);
    }
  }
  return word;
}

// Whether a pinyin syllable starts with a, o or e: joined after another syllable, pinyin marks
// the boundary with an apostrophe (Xi'an).
bool starts_with_vowel(std::string_view syllable) {
  const text::DecodedCodePoint first = text::decode_utf8(syllable, 0);
  const std::u32string_view vowels = U"aoeāáǎàōóǒòēéěè";
  return vowels.find(first.code_point) != std::u32string_view::npos;
}

std::string as_name(const std::vector<char32_t>& characters, System system, bool tone_marks) {
  std::vector<char32_t> han;
  std::size_t space_at = 0;
  for (const char32_t c : characters) {
    if (c == U' ' && space_at == 0 && !han.empty()) {
      space_at = han.size();
    } else if (cultures::chinese::is_han(c)) {
      han.push_back(c);
    } else {
      return {};
    }
  }
  if (han.size() < 2 || han.size() > 4)
    return {};
  std::size_t surname_length = space_at;
  if (surname_length == 0) {
    std::string two;
    text::append_utf8(two, han[0]);
    text::append_utf8(two, han[1]);
    surname_length =
        han.size() >= 3 && !PinyinTable::builtin().surname_reading(two).empty() ? 2 : 1;
  }
  std::string surname = surname_syllables(han, surname_length, system, tone_marks);
  std::string given;
  for (std::size_t i = surname_length; i < han.size(); ++i) {
    const std::string next = syllable(han[i], system, tone_marks, true);
    if (next.empty())
      return {};
    if (i > surname_length)
      given += system == System::kZhWadeGiles ? "-" : (starts_with_vowel(next) ? "'" : "");
    given += next;
  }
  if (surname.empty() || given.empty())
    return {};
  return capitalized(surname) + ' ' + capitalized(given);
}

}  // namespace

std::string romanize_chinese(std::string_view text, System system, const RomanizeOptions& options) {
  const std::vector<char32_t> characters = code_points(text);
  if (options.as_name) {
    std::string name = as_name(characters, system, options.tone_marks);
    if (!name.empty())
      return name;
  }
  std::string out;
  bool previous_was_syllable = false;
  for (const char32_t c : characters) {
    const std::string next = syllable(c, system, options.tone_marks);
    if (next.empty()) {
      text::append_utf8(out, c);
      previous_was_syllable = false;
      continue;
    }
    if (previous_was_syllable)
      out.push_back(' ');
    out += next;
    previous_was_syllable = true;
  }
  return out;
}

}  // namespace onoma::romanize_detail
