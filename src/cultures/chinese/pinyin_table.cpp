#include "cultures/chinese/pinyin_table.hpp"

#include <algorithm>

#include "embedded/embedded.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"

namespace onoma::cultures::chinese {
namespace {

// `key` with v (for ü) written u: the spelling of a text whose diacritics were folded away.
std::string without_umlaut(std::string key) {
  std::replace(key.begin(), key.end(), 'v', 'u');
  return key;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

std::string syllable_key(std::string_view syllable, bool& had_mark) {
  std::string key;
  had_mark = false;
  for (std::size_t i = 0; i < syllable.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(syllable, i);
    i += decoded.length;
    char32_t c = decoded.code_point;
    if (c >= U'A' && c <= U'Z')
      c = c - U'A' + U'a';
    if ((c >= U'a' && c <= U'z') || c == U'\'') {
      key.push_back(static_cast<char>(c));
    } else if (c == U'ü' || c == U'Ü') {
      key.push_back('v');
      had_mark = true;
    } else if (c == U'ê' || c == U'Ê') {
      key.push_back('e');
      had_mark = true;
    } else if (c == U'’') {
      key.push_back('\'');
    } else {
      return {};
    }
  }
  return key;
}

std::string toned_syllable_key(std::string_view toned) {
  std::string plain;
  for (std::size_t i = 0; i < toned.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(toned, i);
    i += decoded.length;
    switch (decoded.code_point) {
      case U'ā':
      case U'á':
      case U'ǎ':
      case U'à':
        plain.push_back('a');
        break;
      case U'ē':
      case U'é':
      case U'ě':
      case U'è':
        plain.push_back('e');
        break;
      case U'ī':
      case U'í':
      case U'ǐ':
      case U'ì':
        plain.push_back('i');
        break;
      case U'ō':
      case U'ó':
      case U'ǒ':
      case U'ò':
        plain.push_back('o');
        break;
      case U'ū':
      case U'ú':
      case U'ǔ':
      case U'ù':
        plain.push_back('u');
        break;
      case U'ǖ':
      case U'ǘ':
      case U'ǚ':
      case U'ǜ':
      case U'ü':
        plain.push_back('v');
        break;
      case U'ń':
      case U'ň':
      case U'ǹ':
        plain.push_back('n');
        break;
      case U'ḿ':
        plain.push_back('m');
        break;
      default:
        if (decoded.code_point < 0x80) {
          plain.push_back(static_cast<char>(decoded.code_point));
        } else {
          return {};
        }
    }
  }
  bool mark = false;
  return syllable_key(plain, mark);
}

bool PinyinTable::pack(std::string_view latin, std::uint64_t& packed) {
  if (latin.empty() || latin.size() > kPackedLetters)
    return false;
  packed = 0;
  for (const char c : latin) {
    std::uint64_t code = 0;
    if (c >= 'a' && c <= 'z')
      code = static_cast<std::uint64_t>(c - 'a' + 1);
    else if (c == '\'')
      code = 27;
    else
      return false;
    packed = packed << 5 | code;
  }
  return true;
}

void PinyinTable::add(SpellingMap& map, std::unordered_set<std::uint64_t>& prefixes,
                      const std::string& spelling, const std::string& pinyin, float cost,
                      std::size_t& longest) {
  std::uint64_t packed = 0;
  // syllable_key() lets through only lower-case letters and apostrophes; a spelling too long to
  // pack is no syllable of the table's systems.
  if (!pack(spelling, packed))
    return;
  for (std::size_t length = 1; length <= spelling.size(); ++length) {
    std::uint64_t prefix = 0;
    pack(std::string_view(spelling).substr(0, length), prefix);
    prefixes.insert(prefix);
  }
  std::vector<SyllableSpelling>& readings = map[packed];
  longest = std::max(longest, spelling.size());
  for (SyllableSpelling& reading : readings) {
    if (reading.pinyin == pinyin) {
      reading.cost = std::min(reading.cost, cost);
      return;
    }
  }
  readings.push_back({pinyin, cost});
  std::sort(readings.begin(), readings.end(),
            [](const SyllableSpelling& a, const SyllableSpelling& b) { return a.cost < b.cost; });
}

Result<PinyinTable> PinyinTable::parse(const Sources& sources) {
  PinyinTable table;
  std::vector<Diagnostic> errors;
  const std::string wg_name(sources.wade_giles_name);
  text::for_each_tsv_row(
      sources.wade_giles, sources.wade_giles_name, "pinyin\twade_giles", 2, errors,
      [&](std::uint32_t line, const std::vector<std::string_view>& fields) {
        bool pinyin_mark = false;
        bool wg_mark = false;
        const std::string pinyin = syllable_key(fields[0], pinyin_mark);
        const std::string wg = syllable_key(fields[1], wg_mark);
        if (pinyin.empty() || pinyin.find('\'') != std::string::npos) {
          errors.push_back({Severity::kError, wg_name, line, 1, "expected a pinyin syllable"});
          return;
        }
        if (wg.empty()) {
          errors.push_back({Severity::kError, wg_name, line,
                            static_cast<std::uint32_t>(fields[0].size() + 2),
                            "expected a Wade-Giles syllable"});
          return;
        }
        // Pinyin as written: with ü as v (or u after j q x y, where pinyin never marks it), with
        // ü folded to u at a cost (lü read from "lu"), and as passports write it (lyu, nyu).
        add(table.pinyin_, table.pinyin_prefixes_, pinyin, pinyin, 0.0f, table.longest_);
        if (pinyin.find('v') != std::string::npos) {
          add(table.pinyin_, table.pinyin_prefixes_, without_umlaut(pinyin), pinyin, kLostMarkCost,
              table.longest_);
          if (pinyin[0] == 'l' || pinyin[0] == 'n') {
            std::string passport = pinyin;
            passport.replace(1, 1, "yu");
            add(table.pinyin_, table.pinyin_prefixes_, passport, pinyin, 0.0f, table.longest_);
          }
        }
        table.to_wade_giles_.emplace(pinyin, std::string(fields[1]));
        // Wade–Giles as written, with folded marks, and without its apostrophe.
        std::string folded = without_umlaut(wg);
        add(table.wade_giles_, table.wade_giles_prefixes_, folded, pinyin,
            wg_mark ? kLostMarkCost : 0.0f, table.longest_);
        if (folded.find('\'') != std::string::npos) {
          folded.erase(std::remove(folded.begin(), folded.end(), '\''), folded.end());
          add(table.wade_giles_, table.wade_giles_prefixes_, folded, pinyin, kMissingApostropheCost,
              table.longest_);
        }
      });
  // Pinyin syllables spelled the same as a pinyin syllable with ü folded: the plain one wins.
  for (auto& [spelling, readings] : table.pinyin_) {
    std::stable_sort(
        readings.begin(), readings.end(),
        [](const SyllableSpelling& a, const SyllableSpelling& b) { return a.cost < b.cost; });
  }

  if (!sources.surnames.empty()) {
    const std::string surnames_name(sources.surnames_name);
    text::for_each_tsv_row(sources.surnames, sources.surnames_name,
                           "han_simplified\than_traditional\tpinyin", 3, errors,
                           [&](std::uint32_t line, const std::vector<std::string_view>& fields) {
                             bool mark = false;
                             const std::string pinyin = syllable_key(fields[2], mark);
                             if (pinyin.empty() || fields[0].empty()) {
                               errors.push_back({Severity::kError, surnames_name, line, 1,
                                                 "expected Han characters and a pinyin reading"});
                               return;
                             }
                             table.surnames_.insert(pinyin);
                             table.han_surnames_.emplace(std::string(fields[0]), pinyin);
                             if (!fields[1].empty())
                               table.han_surnames_.emplace(std::string(fields[1]), pinyin);
                           });
  }
  if (!sources.name_readings.empty()) {
    const std::string readings_name(sources.name_readings_name);
    text::for_each_tsv_row(
        sources.name_readings, sources.name_readings_name, "han\tpinyin\tposition", 3, errors,
        [&](std::uint32_t line, const std::vector<std::string_view>& fields) {
          const text::DecodedCodePoint han = text::decode_utf8(fields[0], 0);
          std::string key = toned_syllable_key(fields[1]);
          if (fields[0].empty() || han.length != fields[0].size() || key.empty() ||
              (fields[2] != "surname" && fields[2] != "any")) {
            errors.push_back({Severity::kError, readings_name, line, 1,
                              "expected one Han character, a toned pinyin syllable and "
                              "'surname' or 'any'"});
            return;
          }
          table.name_readings_[han.code_point] =
              NameReading{std::move(key), std::string(fields[1]), fields[2] == "surname"};
        });
  }
  if (!errors.empty())
    return Result<PinyinTable>(std::move(errors));
  return table;
}

const PinyinTable& PinyinTable::builtin() {
  static const PinyinTable table = [] {
    Sources sources;
    for (const embedded::File& file : embedded::chinese_tables()) {
      const std::string_view name = file.name;
      if (ends_with(name, "/wade_giles.tsv"))
        sources.wade_giles = file.text();
      if (ends_with(name, "/surnames.tsv"))
        sources.surnames = file.text();
      if (ends_with(name, "/name_readings.tsv"))
        sources.name_readings = file.text();
    }
    sources.wade_giles_name = "builtin:tables/chinese/wade_giles.tsv";
    sources.surnames_name = "builtin:tables/chinese/surnames.tsv";
    sources.name_readings_name = "builtin:tables/chinese/name_readings.tsv";
    Result<PinyinTable> parsed = parse(sources);
    // The test suite parses the shipped tables; an empty table only disables the decoder.
    return parsed ? std::move(parsed).value() : PinyinTable();
  }();
  return table;
}

const std::vector<SyllableSpelling>& PinyinTable::pinyin(std::string_view latin) const {
  static const std::vector<SyllableSpelling> kNone;
  std::uint64_t packed = 0;
  if (!pack(latin, packed))
    return kNone;
  const auto found = pinyin_.find(packed);
  return found == pinyin_.end() ? kNone : found->second;
}

const std::vector<SyllableSpelling>& PinyinTable::wade_giles(std::string_view latin) const {
  static const std::vector<SyllableSpelling> kNone;
  std::uint64_t packed = 0;
  if (!pack(latin, packed))
    return kNone;
  const auto found = wade_giles_.find(packed);
  return found == wade_giles_.end() ? kNone : found->second;
}

bool PinyinTable::begins_spelling(std::string_view latin, bool wade_giles) const {
  std::uint64_t packed = 0;
  if (!pack(latin, packed))
    return false;
  return (wade_giles ? wade_giles_prefixes_ : pinyin_prefixes_).count(packed) != 0;
}

std::string_view PinyinTable::wade_giles_of(std::string_view pinyin) const {
  const auto found = to_wade_giles_.find(std::string(pinyin));
  return found == to_wade_giles_.end() ? std::string_view() : std::string_view(found->second);
}

const NameReading* PinyinTable::name_reading(char32_t han, bool surname_position) const {
  const auto found = name_readings_.find(han);
  if (found == name_readings_.end() || (found->second.surname_only && !surname_position))
    return nullptr;
  return &found->second;
}

bool PinyinTable::is_surname(std::string_view pinyin) const {
  return surnames_.count(std::string(pinyin)) > 0;
}

std::string_view PinyinTable::surname_reading(std::string_view han) const {
  const auto found = han_surnames_.find(std::string(han));
  return found == han_surnames_.end() ? std::string_view() : std::string_view(found->second);
}

}  // namespace onoma::cultures::chinese
