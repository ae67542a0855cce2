// Forward romanization: the rule files of tables/romanize/, compiled once per process with
// icu::Transliterator::createFromRules, each call working on a clone (transliterators keep
// per-call state, so one instance must not serve two threads at once).
#include "onoma/romanize.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>

#include <fmt/format.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "cultures/korean/hangul.hpp"
#include "cultures/korean/syllable_table.hpp"
#include "embedded/embedded.hpp"
#include "onoma/text.hpp"
#include "romanize/chinese.hpp"

namespace onoma {
namespace {

struct SystemInfo {
  System system;
  std::string_view name;
  // Rule files applied in order (each a pass of one compound transliterator).
  std::array<std::string_view, 2> rule_files;
};

constexpr std::array<SystemInfo, 12> kSystems = {{
    {System::kKoRr, "ko-rr", {"ko-rr.rules", ""}},
    {System::kKoMr, "ko-mr", {"ko-mr.rules", ""}},
    {System::kKoMrAscii, "ko-mr-ascii", {"ko-mr-ascii.rules", ""}},
    {System::kKoDprk, "ko-dprk", {"ko-dprk.rules", ""}},
    {System::kKoYale, "ko-yale", {"ko-yale.rules", ""}},
    {System::kRuBgn, "ru-bgn", {"ru-bgn.rules", ""}},
    {System::kRuIso9, "ru-iso9", {"ru-iso9.rules", ""}},
    {System::kRuGostB, "ru-gost-b", {"ru-gost-b.rules", ""}},
    {System::kRuIcao, "ru-icao", {"ru-icao.rules", ""}},
    {System::kRuPress, "ru-press", {"ru-press.rules", ""}},
    // Chinese is written from the generated Han table and tables/chinese/ (romanize/chinese.cpp).
    {System::kZhPinyin, "zh-pinyin", {"", ""}},
    {System::kZhWadeGiles, "zh-wade-giles", {"", ""}},
}};

const SystemInfo& info(System system) {
  return kSystems[static_cast<std::size_t>(system)];
}

bool is_korean(System system) {
  return system == System::kKoRr || system == System::kKoMr || system == System::kKoMrAscii ||
         system == System::kKoDprk || system == System::kKoYale;
}

std::string_view rule_text(std::string_view file_name, bool& found) {
  for (const embedded::File& file : embedded::romanize_rules()) {
    const std::string_view name = file.name;
    if (name.size() > file_name.size() &&
        name.substr(name.size() - file_name.size()) == file_name &&
        name[name.size() - file_name.size() - 1] == '/') {
      found = true;
      return file.text();
    }
  }
  found = false;
  return {};
}

// One compiled system: built on first use, then only read (cloned).
struct Compiled {
  std::once_flag once;
  std::unique_ptr<icu::Transliterator> transliterator;
  std::vector<Diagnostic> errors;
};

Compiled& compiled(System system) {
  static std::array<Compiled, kSystems.size()> cache;
  Compiled& entry = cache[static_cast<std::size_t>(system)];
  std::call_once(entry.once, [&] {
    const SystemInfo& system_info = info(system);
    std::string rules;
    for (const std::string_view file : system_info.rule_files) {
      if (file.empty())
        continue;
      bool found = false;
      const std::string_view text = rule_text(file, found);
      if (!found) {
        entry.errors.push_back(
            {Severity::kError, fmt::format("tables/romanize/{}", file), 0, 0,
             fmt::format("system {} has no rule file in this build", system_info.name)});
        return;
      }
      rules.append(text);
      rules.push_back('\n');
    }
    UParseError parse_error{};
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString id =
        icu::UnicodeString::fromUTF8(fmt::format("onoma-{}", system_info.name));
    entry.transliterator.reset(icu::Transliterator::createFromRules(
        id, icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, parse_error, status));
    if (U_FAILURE(status) || !entry.transliterator) {
      entry.transliterator.reset();
      entry.errors.push_back(
          {Severity::kError, fmt::format("tables/romanize/{}", system_info.rule_files[0]),
           // ICU reports no position (-1) for some errors, such as one rule masking another.
           static_cast<std::uint32_t>(std::max(0, parse_error.line)),
           static_cast<std::uint32_t>(parse_error.line > 0 ? std::max(0, parse_error.offset) + 1
                                                           : 0),
           fmt::format("rules of {} do not compile: {}", system_info.name, u_errorName(status))});
    }
  });
  return entry;
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string capitalized(std::string word) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(word);
  if (unicode.isEmpty())
    return word;
  const UChar32 first = unicode.char32At(0);
  unicode.replace(0, U16_LENGTH(first), u_toupper(first));
  return to_utf8(unicode);
}

// The syllables of an all-Hangul word, or empty.
std::vector<std::string> hangul_syllables(std::string_view word) {
  std::vector<std::string> syllables;
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  for (int32_t i = 0; i < unicode.length();) {
    const UChar32 c = unicode.char32At(i);
    if (!cultures::korean::is_syllable(static_cast<char32_t>(c)))
      return {};
    syllables.push_back(to_utf8(icu::UnicodeString(c)));
    i += U16_LENGTH(c);
  }
  return syllables;
}

// A Korean person's name in the system's name style, syllable by syllable.
std::optional<std::string> korean_name(std::string_view text, System system,
                                       icu::Transliterator& transliterator) {
  // The words of the name: "최선희" or "최 선희".
  std::vector<std::string> words;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t space = text.find(' ', start);
    const std::size_t end = space == std::string_view::npos ? text.size() : space;
    if (end > start)
      words.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (words.empty() || words.size() > 2)
    return std::nullopt;
  std::vector<std::string> surname;
  std::vector<std::string> given;
  if (words.size() == 2) {
    surname = hangul_syllables(words[0]);
    given = hangul_syllables(words[1]);
  } else {
    std::vector<std::string> all = hangul_syllables(words[0]);
    if (all.size() < 2 || all.size() > 5)
      return std::nullopt;
    const bool two_syllable_surname =
        all.size() >= 3 &&
        cultures::korean::SyllableTable::builtin().is_surname_hangul(all[0] + all[1]);
    const std::size_t split = two_syllable_surname ? 2 : 1;
    surname.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(split));
    given.assign(all.begin() + static_cast<std::ptrdiff_t>(split), all.end());
  }
  if (surname.empty() || given.empty())
    return std::nullopt;

  const auto romanized = [&](const std::string& syllable) {
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(syllable);
    transliterator.transliterate(unicode);
    return to_utf8(unicode);
  };
  const auto joined = [](const std::vector<std::string>& syllables, std::string_view separator) {
    std::string word;
    for (std::size_t i = 0; i < syllables.size(); ++i) {
      if (i > 0)
        word += separator;
      word += syllables[i];
    }
    return word;
  };
  // A two-syllable surname is one word (MR Namgung, voiced inside).
  std::string out = capitalized(romanized(joined(surname, ""))) + ' ';
  std::string given_name;
  switch (system) {
    case System::kKoRr:
      // RR 3-4: no sound change in a given name; its syllables are written together.
      for (const std::string& syllable : given)
        given_name += romanized(syllable);
      given_name = capitalized(given_name);
      break;
    case System::kKoDprk: {
      // KCNA: each syllable a capitalized word, voiced as in one word ("Son Hui", "Kye Gwan"):
      // romanized hyphenated, then split at the hyphens.
      const std::string word = romanized(joined(given, "-"));
      for (std::size_t start = 0; start <= word.size();) {
        const std::size_t hyphen = std::min(word.find('-', start), word.size());
        if (start > 0)
          given_name += ' ';
        given_name += capitalized(word.substr(start, hyphen - start));
        start = hyphen + 1;
      }
      break;
    }
    default:
      // MR and Yale: one hyphenated word, voicing across the hyphen ("Tae-jung", "Sŏn-hŭi").
      given_name = capitalized(romanized(joined(given, "-")));
      break;
  }
  return out + given_name;
}

}  // namespace

std::string_view system_name(System system) {
  return info(system).name;
}

std::optional<System> system_from_name(std::string_view name) {
  for (const SystemInfo& system_info : kSystems) {
    if (system_info.name == name)
      return system_info.system;
  }
  return std::nullopt;
}

std::vector<System> all_systems() {
  std::vector<System> systems;
  for (const SystemInfo& system_info : kSystems)
    systems.push_back(system_info.system);
  return systems;
}

Result<std::string> romanize(std::string_view text, System system, const RomanizeOptions& options) {
  if (system == System::kZhPinyin || system == System::kZhWadeGiles)
    return romanize_detail::romanize_chinese(to_valid_utf8(text), system, options);
  Compiled& entry = compiled(system);
  if (!entry.transliterator)
    return entry.errors;
  std::unique_ptr<icu::Transliterator> transliterator(entry.transliterator->clone());
  if (!transliterator) {
    return Diagnostic{Severity::kError, "", 0, 0, "out of memory cloning a transliterator"};
  }
  const std::string valid = to_valid_utf8(text);
  if (options.as_name && is_korean(system)) {
    if (std::optional<std::string> name = korean_name(valid, system, *transliterator)) {
      return *name;
    }
  }
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(valid);
  transliterator->transliterate(unicode);
  return to_utf8(unicode);
}

}  // namespace onoma
