#include "synthetic_catalog.hpp"

#include <onoma/romanize.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace onoma_bench {
namespace {

using onoma::System;

// --- Randomness: splitmix64, identical on every platform and standard library ----------------

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t state_;
};

template <typename T>
class Weighted {
 public:
  void add(T item, double weight) {
    total_ += weight;
    items_.push_back(std::move(item));
    cumulative_.push_back(total_);
  }
  const T& pick(Rng& rng) const {
    const double x = rng.unit() * total_;
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), x);
    const std::size_t i = std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()),
                                                items_.size() - 1);
    return items_[i];
  }
  bool empty() const { return items_.empty(); }

 private:
  std::vector<T> items_;
  std::vector<double> cumulative_;
  double total_ = 0;
};

// --- Small UTF-8 helpers for the few non-ASCII letters the Latin names use ---------------------

const std::array<std::pair<std::string_view, std::string_view>, 14> kSpanishLetters = {{
    {"á", "Á"},
    {"é", "É"},
    {"í", "Í"},
    {"ó", "Ó"},
    {"ú", "Ú"},
    {"ñ", "Ñ"},
    {"ü", "Ü"},
    {"ŏ", "Ŏ"},
    {"ŭ", "Ŭ"},
    {"ë", "Ë"},
    {"ā", "Ā"},
    {"ī", "Ī"},
    {"ū", "Ū"},
    {"ç", "Ç"},
}};

const std::array<std::pair<std::string_view, char>, 28> kStripped = {{
    {"á", 'a'}, {"é", 'e'}, {"í", 'i'}, {"ó", 'o'}, {"ú", 'u'}, {"ñ", 'n'}, {"ü", 'u'},
    {"Á", 'A'}, {"É", 'E'}, {"Í", 'I'}, {"Ó", 'O'}, {"Ú", 'U'}, {"Ñ", 'N'}, {"Ü", 'U'},
    {"ŏ", 'o'}, {"ŭ", 'u'}, {"Ŏ", 'O'}, {"Ŭ", 'U'}, {"ë", 'e'}, {"Ë", 'E'}, {"ā", 'a'},
    {"ī", 'i'}, {"ū", 'u'}, {"Ā", 'A'}, {"Ī", 'I'}, {"Ū", 'U'}, {"ç", 'c'}, {"Ç", 'C'},
}};

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

std::string to_upper(std::string_view text, bool first_only) {
  std::string out;
  bool done = false;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (done) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (c < 0x80) {
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : static_cast<char>(c));
      ++i;
      done = first_only && letter;
      continue;
    }
    bool mapped = false;
    for (const auto& [lower, upper] : kSpanishLetters) {
      if (starts_with(text.substr(i), lower)) {
        out += upper;
        i += lower.size();
        mapped = true;
        break;
      }
    }
    if (!mapped) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    done = first_only;
  }
  return out;
}

std::string capitalized(std::string_view text) {
  return to_upper(text, true);
}

std::string to_lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string strip_diacritics(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool mapped = false;
    for (const auto& [accented, plain] : kStripped) {
      if (starts_with(text.substr(i), accented)) {
        out.push_back(plain);
        i += accented.size();
        mapped = true;
        break;
      }
    }
    if (!mapped)
      out.push_back(text[i++]);
  }
  return out;
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A rough fold for deciding whether a spelling is new: ASCII letters lower-cased, every other
// ASCII character dropped, other bytes kept.
std::string rough_fold(std::string_view text) {
  std::string out;
  for (const char c : strip_diacritics(text)) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= 'a' && c <= 'z'))
      out.push_back(c);
    else if (c >= 'A' && c <= 'Z')
      out.push_back(static_cast<char>(c - 'A' + 'a'));
  }
  return out;
}

std::string join(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const std::string& word : words) {
    if (word.empty())
      continue;
    if (!out.empty())
      out += separator;
    out += word;
  }
  return out;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    out.emplace_back(text.substr(start, end == std::string_view::npos ? text.npos : end - start));
    if (end == std::string_view::npos)
      return out;
    start = end + 1;
  }
}

// One code point of UTF-8 at `i`, which is advanced past it.
char32_t next_code_point(std::string_view text, std::size_t& i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  char32_t code_point = length == 1 ? c : c & (0xFF >> (length + 1));
  for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
    code_point = (code_point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += length;
  return code_point;
}

void append_code_point(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// A name part as a reader takes it: two parts that fold alike are one name, so an "unknown"
// name must not fold like a catalog person's. Korean: the initial-sound law of South Korean
// spelling (리 and 이, 룡 and 용, 녀 and 여: the North's and the South's spelling of one
// name). Russian: ё and э as е, й and ы as и, ь and ъ dropped, щ as шч, о after ж ч ш as е
// (Кравчёва, written Кравчева in Cyrillic and Kravchova in Latin). The library reads its
// keys the same way (docs/architecture.md); other cultures' parts are kept as they are.
std::string same_name_fold(Culture culture, std::string_view part) {
  if (culture != Culture::kKorean && culture != Culture::kRussian)
    return std::string(part);
  std::string out;
  char32_t previous = 0;
  for (std::size_t i = 0; i < part.size();) {
    char32_t c = next_code_point(part, i);
    if (culture == Culture::kKorean) {
      if (c >= 0xAC00 && c <= 0xD7A3) {
        const char32_t index = c - 0xAC00;
        char32_t initial = index / (21 * 28);
        const char32_t vowel = (index / 28) % 21;
        const bool i_or_y = vowel == 2 || vowel == 3 || vowel == 6 || vowel == 7 || vowel == 12 ||
                            vowel == 17 || vowel == 20;
        if (initial == 5)  // ㄹ
          initial = i_or_y ? 11 : 2;
        else if (initial == 2 && i_or_y)  // ㄴ
          initial = 11;
        c = 0xAC00 + (initial * 21 + vowel) * 28 + index % 28;
      }
      append_code_point(out, c);
      continue;
    }
    if (c >= U'А' && c <= U'Я')
      c += 0x20;                              // А-Я to а-я
    if (c == U'Ё' || c == U'ё' || c == U'э')  // Ё ё э
      c = U'е';
    if (c == U'й' || c == U'ы')  // й ы
      c = U'и';
    if (c == U'ь' || c == U'ъ')  // ь ъ
      continue;
    const auto write = [&](char32_t letter) {
      if (letter == U'о' &&
          (previous == U'ж' || previous == U'ч' || previous == U'ш'))  // о after ж ч ш
        letter = U'е';
      if (letter == previous)
        return;
      append_code_point(out, letter);
      previous = letter;
    };
    if (c == U'щ') {  // щ
      write(U'ш');
      write(U'ч');
    } else {
      write(c);
    }
  }
  return out;
}

// The code points of a UTF-8 string as separate strings (Hangul syllables, Han characters).
std::vector<std::string> characters(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    out.emplace_back(text.substr(i, length));
    i += length;
  }
  return out;
}

// --- Batched romanization --------------------------------------------------------------------
//
// onoma::romanize clones an ICU transliterator per call (hundreds of microseconds), so name
// parts are collected first ("recording"), romanized in batches of newline-separated units (one
// call per batch), and read from the cache afterwards. Generation therefore runs twice with the
// same seed: once to record the parts, once to build the names.

class Romanizer {
 public:
  void set_recording(bool recording) { recording_ = recording; }

  // `unit` romanized as running text (no name splitting) in `system`.
  std::string plain(const std::string& unit, System system) {
    auto& done = done_[static_cast<std::size_t>(system)];
    if (const auto it = done.find(unit); it != done.end())
      return it->second;
    if (recording_) {
      if (pending_set_[static_cast<int>(system)].insert(unit).second)
        pending_[static_cast<int>(system)].push_back(unit);
      return {};
    }
    const auto result = onoma::romanize(unit, system);
    std::string value = result ? result.value() : unit;
    done.emplace(unit, value);
    return value;
  }

  // Romanizes every recorded unit, a batch per system.
  void warm() {
    constexpr std::size_t kBatch = 4096;
    for (auto& [system_index, units] : pending_) {
      const System system = static_cast<System>(system_index);
      auto& done = done_[static_cast<std::size_t>(system_index)];
      for (std::size_t start = 0; start < units.size(); start += kBatch) {
        const std::size_t end = std::min(units.size(), start + kBatch);
        std::string text;
        for (std::size_t i = start; i < end; ++i) {
          text += units[i];
          text += '\n';
        }
        const auto result = onoma::romanize(text, system);
        std::vector<std::string> lines =
            result ? split(result.value(), '\n') : std::vector<std::string>{};
        if (lines.size() != end - start + 1) {
          // The rules joined or split a line: fall back to one call per unit.
          for (std::size_t i = start; i < end; ++i) {
            const auto one = onoma::romanize(units[i], system);
            done.emplace(units[i], one ? one.value() : units[i]);
          }
          continue;
        }
        for (std::size_t i = start; i < end; ++i)
          done.emplace(units[i], std::move(lines[i - start]));
      }
    }
    pending_.clear();
    pending_set_.clear();
  }

 private:
  bool recording_ = false;
  std::array<std::unordered_map<std::string, std::string>, 16> done_;
  std::map<int, std::vector<std::string>> pending_;
  std::map<int, std::unordered_set<std::string>> pending_set_;
};

// Runs `generate` twice: recording the name parts it romanizes, then for real.
// ONOMA_SYNTH_VERBOSE=1 prints the time of each phase to standard error.
template <typename F>
auto two_pass(Romanizer& romanizer, F generate) {
  const bool verbose = std::getenv("ONOMA_SYNTH_VERBOSE") != nullptr;
  auto start = std::chrono::steady_clock::now();
  const auto lap = [&](const char* what) {
    const auto now = std::chrono::steady_clock::now();
    if (verbose) {
      std::fprintf(stderr, "onoma_synth: %s %.3f s\n", what,
                   std::chrono::duration<double>(now - start).count());
    }
    start = now;
  };
  romanizer.set_recording(true);
  (void)generate();
  lap("recording pass");
  romanizer.warm();
  lap("batched romanization");
  romanizer.set_recording(false);
  auto result = generate();
  lap("generating pass");
  return result;
}

// --- Korean ------------------------------------------------------------------------------------

struct KoreanTables {
  Weighted<std::string> surnames;
  std::unordered_map<std::string, std::string> customary;  // 최 -> Choi
  Weighted<std::string> given_syllables;
  std::vector<std::string> all_syllables;
};

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::ifstream in(path);
  if (!in)
    throw std::runtime_error("cannot read " + path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#')
      continue;
    if (header) {
      header = false;
      continue;
    }
    rows.push_back(split(line, '\t'));
  }
  return rows;
}

const KoreanTables& korean_tables(const std::string& dir) {
  static std::map<std::string, KoreanTables> cache;
  if (const auto it = cache.find(dir); it != cache.end())
    return it->second;
  KoreanTables tables;
  for (const auto& row : read_tsv(dir + "/surnames.tsv")) {
    if (row.size() < 3)
      continue;
    tables.surnames.add(row[0], std::stod(row[2]));
    tables.customary[row[0]] = split(row[1], '|').front();
  }
  std::map<std::string, double> weights;
  for (const auto& row : read_tsv(dir + "/syllables.tsv")) {
    if (row.size() >= 2 && characters(row[1]).size() == 1)
      weights.emplace(row[1], 1.0);
  }
  for (const auto& row : read_tsv(dir + "/given_syllables.tsv")) {
    if (row.size() >= 2)
      weights[row[0]] = 1.0 + 5.0 * std::stod(row[1]);
  }
  for (const auto& [syllable, weight] : weights) {
    tables.given_syllables.add(syllable, weight);
    tables.all_syllables.push_back(syllable);
  }
  if (tables.surnames.empty() || tables.given_syllables.empty())
    throw std::runtime_error("no Korean names in " + dir);
  return cache.emplace(dir, std::move(tables)).first->second;
}

enum class KoStyle : std::uint8_t {
  kRr,                 // Choe Seonhui
  kRrHyphen,           // Choe Seon-hui
  kMrAscii,            // Choe Son-hui
  kMr,                 // Ch'oe Sŏn-hŭi
  kDprk,               // Choe Son Hui
  kYale,               // Choy Sen-huy
  kCustomaryRrHyphen,  // Choi Seon-hui
  kCustomaryMrAscii,   // Choi Son-hui
  kCustomaryDprk,      // Choi Son Hui
};

std::string korean_name(Romanizer& romanizer, const KoreanTables& tables,
                        const std::string& surname, const std::string& given, KoStyle style) {
  const bool customary = style == KoStyle::kCustomaryRrHyphen ||
                         style == KoStyle::kCustomaryMrAscii || style == KoStyle::kCustomaryDprk;
  System system = System::kKoRr;
  switch (style) {
    case KoStyle::kMrAscii:
    case KoStyle::kCustomaryMrAscii:
      system = System::kKoMrAscii;
      break;
    case KoStyle::kMr:
      system = System::kKoMr;
      break;
    case KoStyle::kDprk:
    case KoStyle::kCustomaryDprk:
      system = System::kKoDprk;
      break;
    case KoStyle::kYale:
      system = System::kKoYale;
      break;
    default:
      break;
  }
  std::string out;
  if (customary) {
    const auto it = tables.customary.find(surname);
    out = it != tables.customary.end() ? it->second : capitalized(romanizer.plain(surname, system));
  } else {
    out = capitalized(romanizer.plain(surname, system));
  }
  out += ' ';
  const std::vector<std::string> syllables = characters(given);
  if (system == System::kKoRr) {
    // RR: no sound change in a given name, syllable by syllable (as onoma::romanize does).
    std::vector<std::string> romanized;
    for (const std::string& syllable : syllables)
      romanized.push_back(romanizer.plain(syllable, system));
    const bool hyphen = style != KoStyle::kRr;
    return out + capitalized(join(romanized, hyphen ? "-" : ""));
  }
  // MR, Yale, DPRK: the given name as one hyphenated word, voiced across the hyphen.
  const std::string word = romanizer.plain(join(syllables, "-"), system);
  if (system == System::kKoDprk) {
    std::vector<std::string> words;
    for (const std::string& part : split(word, '-'))
      words.push_back(capitalized(part));
    return out + join(words, " ");
  }
  return out + capitalized(word);
}

// --- Russian -----------------------------------------------------------------------------------

const std::vector<std::string> kRussianMale = {
    "Александр", "Алексей",    "Анатолий", "Андрей",  "Антон",  "Аркадий",  "Борис",
    "Вадим",     "Валентин",   "Валерий",  "Василий", "Виктор", "Виталий",  "Владимир",
    "Владислав", "Вячеслав",   "Геннадий", "Георгий", "Глеб",   "Григорий", "Даниил",
    "Денис",     "Дмитрий",    "Евгений",  "Егор",    "Иван",   "Игорь",    "Илья",
    "Кирилл",    "Константин", "Леонид",   "Максим",  "Михаил", "Никита",   "Николай",
    "Олег",      "Павел",      "Пётр",     "Роман",   "Руслан", "Сергей",   "Станислав",
    "Степан",    "Тимофей",    "Фёдор",    "Юрий",    "Яков",   "Ярослав",  "Эдуард",
    "Артём"};
const std::vector<std::string> kRussianFemale = {
    "Алёна",    "Алла",  "Анастасия", "Анна",    "Валентина", "Вера",    "Виктория",
    "Галина",   "Дарья", "Екатерина", "Елена",   "Елизавета", "Жанна",   "Зоя",
    "Ирина",    "Кира",  "Ксения",    "Лариса",  "Любовь",    "Людмила", "Маргарита",
    "Марина",   "Мария", "Надежда",   "Наталья", "Нина",      "Ольга",   "Полина",
    "Светлана", "София", "Татьяна",   "Юлия",    "Яна",       "Евгения", "Юлиана"};
// Patronymic stems: + "ич" (male), + "на" (female).
const std::vector<std::string> kPatronymicStems = {
    "Александров", "Алексеев",  "Андреев",  "Борисов",   "Васильев",     "Викторов",
    "Владимиров",  "Геннадьев", "Дмитриев", "Евгеньев",  "Иванов",       "Игорев",
    "Михайлов",    "Николаев",  "Олегов",   "Павлов",    "Петров",       "Сергеев",
    "Юрьев",       "Анатольев", "Валерьев", "Григорьев", "Константинов", "Леонидов",
    "Фёдоров",     "Романов",   "Максимов", "Степанов",  "Аркадьев",     "Вячеславов"};
// Surname stems; every stem takes every ending, so the pool is large enough for 1M entities.
const std::vector<std::string> kRussianStems = {
    "Лавр",   "Смирн", "Кузнец",   "Поп",    "Сокол",  "Волк",    "Козл",   "Мороз",   "Новик",
    "Орл",    "Павл",  "Богдан",   "Тарас",  "Федот",  "Лебед",   "Семен",  "Голуб",   "Виноград",
    "Медвед", "Зайц",  "Бел",      "Черн",   "Громов", "Сорок",   "Карп",   "Щук",     "Ерш",
    "Жук",    "Комар", "Шуст",     "Быстр",  "Тих",    "Добр",    "Прохор", "Матве",   "Гуса",
    "Баран",  "Быков", "Жаворонк", "Ворон",  "Грач",   "Снегир",  "Гранат", "Кедр",    "Берез",
    "Осин",   "Липат", "Калин",    "Малин",  "Вишн",   "Яблок",   "Груш",   "Стрельц", "Кузьм",
    "Фом",    "Ильин", "Никит",    "Макар",  "Захар",  "Ефрем",   "Яковл",  "Тимоф",   "Афанас",
    "Горбач", "Шевч",  "Ткач",     "Бондар", "Коваль", "Мельник", "Кравч",  "Лыс",     "Марч",
    "Левч",   "Тимош", "Гончар",   "Рыбак",  "Пахом",  "Игнат",   "Ермол",  "Сидор",   "Крыл",
    "Хохл",   "Дуб",   "Клим",     "Рогоз",  "Шипил",  "Пестр",   "Соловь", "Журавл",  "Синиц"};
struct RussianEnding {
  const char* male;
  const char* female;
};
const std::array<RussianEnding, 5> kRussianEndings = {{
    {"ов", "ова"},
    {"ев", "ева"},
    {"ин", "ина"},
    {"ский", "ская"},
    {"енко", "енко"},
}};

std::string russian_latin(Romanizer& romanizer, const std::vector<std::string>& words,
                          System system) {
  std::vector<std::string> out;
  for (const std::string& word : words) {
    if (!word.empty())
      out.push_back(romanizer.plain(word, system));
  }
  return join(out, " ");
}

// --- Chinese -----------------------------------------------------------------------------------

// The hundred commonest surnames (Ministry of Public Security, 2019 and 2020 lists) by rank,
// and common given-name characters.
const std::vector<std::string> kChineseSurnames = characters(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤");
const std::vector<std::string> kChineseGiven = characters(
    "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娟斌文辉建国鹏飞俊峰宇浩凯鑫婷雪琳晶颖慧佳"
    "欣怡思嘉子涵梓轩博睿泽晨阳天志海林亮春燕云龙新东成兵波宁丹晓光德荣永金庆松祥立忠福生民安宏伦"
    "琪薇倩蕾瑶淑兰凤梅莉洁璐菲悦彤昊然铭家瑞诚毅航楠");

// A Chinese name in `system`, as onoma::romanize writes it with as_name: the surname and the
// given name are romanized apart (each cached), then joined.
std::string chinese_latin(const std::string& surname, const std::string& given, System system,
                          bool tone_marks) {
  static std::array<std::unordered_map<std::string, std::string>, 8> cache;
  const auto part = [&](const std::string& name, bool is_surname) -> const std::string& {
    auto& map = cache[(system == System::kZhWadeGiles ? 4 : 0) + (tone_marks ? 2 : 0) +
                      (is_surname ? 1 : 0)];
    if (const auto it = map.find(name); it != map.end())
      return it->second;
    onoma::RomanizeOptions options;
    options.as_name = true;
    options.tone_marks = tone_marks;
    // A one-character stand-in for the other part: 王 (Wang) is read only as a surname.
    const auto result = onoma::romanize(is_surname ? name + " 伟" : "王 " + given, system, options);
    std::string value;
    if (result) {
      const std::string& full = result.value();
      const std::size_t space = full.find(' ');
      if (space != std::string::npos)
        value = is_surname ? full.substr(0, space) : full.substr(space + 1);
    }
    return map.emplace(name, value).first->second;
  };
  const std::string& first = part(surname, true);
  const std::string& second = part(given, false);
  if (first.empty() || second.empty())
    return {};
  return first + " " + second;
}

// --- Latin-script names ------------------------------------------------------------------------

const std::vector<std::string> kEnglishMale = {
    "James",    "John",    "Robert",      "Michael", "William",   "David",   "Richard", "Joseph",
    "Thomas",   "Charles", "Christopher", "Daniel",  "Matthew",   "Anthony", "Mark",    "Donald",
    "Steven",   "Paul",    "Andrew",      "Joshua",  "Kenneth",   "Kevin",   "Brian",   "George",
    "Timothy",  "Ronald",  "Edward",      "Jason",   "Jeffrey",   "Ryan",    "Jacob",   "Gary",
    "Nicholas", "Eric",    "Jonathan",    "Stephen", "Larry",     "Justin",  "Scott",   "Brandon",
    "Benjamin", "Samuel",  "Gregory",     "Frank",   "Alexander", "Raymond", "Patrick", "Jack"};
const std::vector<std::string> kEnglishFemale = {
    "Mary",     "Patricia",  "Jennifer", "Linda",    "Elizabeth", "Barbara",  "Susan",    "Jessica",
    "Sarah",    "Karen",     "Lisa",     "Nancy",    "Betty",     "Margaret", "Sandra",   "Ashley",
    "Kimberly", "Emily",     "Donna",    "Michelle", "Carol",     "Amanda",   "Dorothy",  "Melissa",
    "Deborah",  "Stephanie", "Rebecca",  "Sharon",   "Laura",     "Cynthia",  "Kathleen", "Amy",
    "Angela",   "Shirley",   "Anna",     "Brenda",   "Pamela",    "Emma",     "Nicole",   "Helen"};
const std::vector<std::string> kEnglishSurnames = {
    "Smith",      "Johnson",  "Williams",  "Brown",   "Jones",    "Miller",     "Davis",
    "Wilson",     "Anderson", "Taylor",    "Thomas",  "Moore",    "Martin",     "Jackson",
    "Thompson",   "White",    "Harris",    "Clark",   "Lewis",    "Robinson",   "Walker",
    "Young",      "Allen",    "King",      "Wright",  "Scott",    "Hill",       "Green",
    "Adams",      "Baker",    "Nelson",    "Carter",  "Mitchell", "Roberts",    "Turner",
    "Phillips",   "Campbell", "Parker",    "Evans",   "Edwards",  "Collins",    "Stewart",
    "Morris",     "Murphy",   "Cook",      "Rogers",  "Morgan",   "Peterson",   "Cooper",
    "Reed",       "Bailey",   "Bell",      "Kelly",   "Howard",   "Ward",       "Cox",
    "Richardson", "Wood",     "Watson",    "Brooks",  "Bennett",  "Gray",       "James",
    "Hughes",     "Price",    "Sanders",   "Myers",   "Long",     "Ross",       "Foster",
    "Powell",     "Jenkins",  "Perry",     "Russell", "Sullivan", "Fisher",     "Henderson",
    "Coleman",    "Simmons",  "Patterson", "Jordan",  "Reynolds", "Hamilton",   "Graham",
    "Wallace",    "Woods",    "Cole",      "West",    "Owens",    "Marshall",   "Ellis",
    "Harrison",   "Gibson",   "McDonald",  "O'Brien", "O'Connor", "Fitzgerald", "Pompeo"};
const std::vector<std::string> kSpanishGiven = {
    "José",   "María",    "Juan",     "Ana",    "Luis",   "Carmen",  "Carlos", "Lucía",
    "Jesús",  "Sofía",    "Miguel",   "Isabel", "Ángel",  "Pilar",   "Rafael", "Teresa",
    "Raúl",   "Inés",     "Andrés",   "Mónica", "Pedro",  "Elena",   "Javier", "Rocío",
    "Manuel", "Verónica", "Fernando", "Belén",  "Sergio", "Julián",  "Óscar",  "Ramón",
    "Iván",   "Rubén",    "Adrián",   "Víctor", "Martín", "Nicolás", "Tomás",  "Begoña"};
const std::vector<std::string> kSpanishSurnames = {
    "García",  "Rodríguez", "González", "Fernández", "López",   "Martínez",  "Sánchez",
    "Pérez",   "Gómez",     "Martín",   "Jiménez",   "Ruiz",    "Hernández", "Díaz",
    "Moreno",  "Muñoz",     "Álvarez",  "Romero",    "Alonso",  "Gutiérrez", "Navarro",
    "Torres",  "Domínguez", "Vázquez",  "Ramos",     "Gil",     "Ramírez",   "Serrano",
    "Blanco",  "Molina",    "Morales",  "Suárez",    "Ortega",  "Delgado",   "Castro",
    "Ortiz",   "Rubio",     "Marín",    "Sanz",      "Núñez",   "Iglesias",  "Medina",
    "Garrido", "Cortés",    "Castillo", "Santos",    "Lozano",  "Guerrero",  "Cano",
    "Prieto",  "Méndez",    "Cruz",     "Calvo",     "Gallego", "Vidal",     "León"};
struct ArabicGiven {
  const char* usual;
  const char* other;  // another transliteration in published use, "" when none here
};
const std::vector<ArabicGiven> kArabicGiven = {{"Mohammed", "Muhammad"},
                                               {"Ahmed", "Ahmad"},
                                               {"Ali", ""},
                                               {"Omar", "Umar"},
                                               {"Khalid", "Khaled"},
                                               {"Yusuf", "Youssef"},
                                               {"Hussein", "Husayn"},
                                               {"Abdullah", "Abdallah"},
                                               {"Hassan", "Hasan"},
                                               {"Mahmoud", "Mahmud"},
                                               {"Mustafa", "Mostafa"},
                                               {"Ibrahim", ""},
                                               {"Tariq", "Tarek"},
                                               {"Karim", "Kareem"},
                                               {"Samir", "Sameer"},
                                               {"Nabil", ""},
                                               {"Walid", "Waleed"},
                                               {"Faisal", "Faysal"},
                                               {"Jamal", "Gamal"},
                                               {"Rashid", "Rachid"},
                                               {"Salim", "Selim"},
                                               {"Fatima", "Fatma"},
                                               {"Aisha", "Aysha"},
                                               {"Layla", "Leila"},
                                               {"Mariam", "Maryam"},
                                               {"Nour", "Noor"},
                                               {"Zainab", "Zaynab"},
                                               {"Huda", ""},
                                               {"Samira", "Sameera"},
                                               {"Yasmin", "Yasmine"},
                                               {"Rania", ""},
                                               {"Amira", "Ameera"},
                                               {"Salma", ""},
                                               {"Hamza", ""},
                                               {"Bilal", ""},
                                               {"Ziad", "Ziyad"},
                                               {"Anwar", ""},
                                               {"Adel", "Adil"},
                                               {"Osama", "Usama"},
                                               {"Sami", ""}};
const std::vector<std::string> kArabicFamilies = {
    "Rashid", "Masri",    "Hashimi", "Tamimi",  "Khatib",  "Najjar",   "Haddad",  "Khoury",
    "Nasser", "Saleh",    "Mansour", "Qasim",   "Shami",   "Baghdadi", "Halabi",  "Jaziri",
    "Dosari", "Otaibi",   "Harbi",   "Zahrani", "Ghamdi",  "Shehri",   "Qahtani", "Mutairi",
    "Anazi",  "Shammari", "Sabah",   "Thani",   "Maktoum", "Nahyan",   "Saud",    "Faisal",
    "Bakri",  "Hakim",    "Sharif",  "Hamdan",  "Darwish", "Awad",     "Farouk",  "Ismail"};
// Invented name material for unknown names.
const std::vector<std::string> kInventedStarts = {"Bel",  "Tor",  "Vand", "Quill",  "Mor", "Ash",
                                                  "Keld", "Fen",  "Grav", "Orr",    "Sel", "Thal",
                                                  "Brim", "Cade", "Dru",  "Hollin", "Yev", "Zan"};
const std::vector<std::string> kInventedEnds = {"wick", "more", "stad", "ley",  "brook", "ington",
                                                "ard",  "ovic", "amir", "ette", "quist", "hallow",
                                                "berg", "ford", "wyn",  "ez",   "etti",  "ard"};
// Invented stems for Russian surnames no catalog person has: a large catalog uses every pairing of
// a given name with a stem of kRussianStems, so an unknown Russian name needs a stem of its own.
const std::vector<std::string> kInventedRussianStems = {
    "Зябр",  "Квелд", "Брумс", "Тольд", "Вирж",  "Шмарг", "Пелд", "Глобн",
    "Друсм", "Фенц",  "Хмырл", "Юрств", "Кельп", "Моздр", "Нурв", "Прелт"};

// --- Catalog generation ------------------------------------------------------------------------

struct Generated {
  SynthEntity entity;
  std::string key;  // the structural key that must be unique within a culture
};

class NameFactory {
 public:
  NameFactory(Romanizer& romanizer, const KoreanTables& korean)
      : romanizer_(romanizer), korean_(korean) {}

  // Korean: parts {surname, given}.
  std::vector<std::string> korean_parts(Rng& rng) const {
    std::string surname = korean_.surnames.pick(rng);
    std::string given = korean_.given_syllables.pick(rng);
    if (!rng.chance(0.07))
      given += korean_.given_syllables.pick(rng);
    return {surname, given};
  }
  std::string korean(const std::vector<std::string>& parts, KoStyle style) const {
    return korean_name(romanizer_, korean_, parts[0], parts[1], style);
  }
  // Russian: parts {given, patronymic, surname}.
  std::vector<std::string> russian_parts(Rng& rng, bool female) const {
    const std::string& given = female ? rng.pick(kRussianFemale) : rng.pick(kRussianMale);
    const std::string patronymic = rng.pick(kPatronymicStems) + (female ? "на" : "ич");
    const RussianEnding& ending = kRussianEndings[rng.below(kRussianEndings.size())];
    const std::string surname = rng.pick(kRussianStems) + (female ? ending.female : ending.male);
    return {given, patronymic, surname};
  }
  std::string russian(const std::vector<std::string>& words, System system) const {
    return russian_latin(romanizer_, words, system);
  }
  Romanizer& romanizer() const { return romanizer_; }
  const KoreanTables& korean_tables() const { return korean_; }

 private:
  Romanizer& romanizer_;
  const KoreanTables& korean_;
};

void add_alias(SynthEntity& entity, std::string alias) {
  if (alias.empty() || alias == entity.canonical)
    return;
  for (const std::string& existing : entity.aliases) {
    if (existing == alias)
      return;
  }
  entity.aliases.push_back(std::move(alias));
}

using AliasMaker = std::function<std::string()>;

// Up to `count` aliases from `makers`, tried in a random order; only the ones needed are built
// (each costs romanization-cache lookups).
void add_aliases(SynthEntity& entity, Rng& rng, std::vector<AliasMaker> makers, std::size_t count) {
  for (std::size_t i = makers.size(); i > 1; --i)
    std::swap(makers[i - 1], makers[rng.below(i)]);
  for (const AliasMaker& make : makers) {
    if (entity.aliases.size() >= count)
      break;
    add_alias(entity, make());
  }
}

SynthEntity make_korean(const NameFactory& names, Rng& rng, const std::vector<std::string>& parts) {
  SynthEntity e;
  e.culture = Culture::kKorean;
  e.parts = parts;
  e.female = rng.chance(0.5);
  const bool north = rng.chance(0.4);
  e.origin = north ? "ko-KP" : "ko-KR";
  KoStyle style;
  if (north) {
    style = rng.chance(0.5) ? KoStyle::kMrAscii : KoStyle::kDprk;
  } else {
    const double x = rng.unit();
    style = x < 0.5 ? KoStyle::kCustomaryRrHyphen : x < 0.75 ? KoStyle::kRr : KoStyle::kMrAscii;
  }
  e.canonical = names.korean(parts, style);
  e.natives.push_back(parts[0] + parts[1]);
  const std::size_t count = rng.below(4);
  std::vector<AliasMaker> makers;
  for (const KoStyle other : {KoStyle::kMrAscii, KoStyle::kDprk, KoStyle::kRr,
                              KoStyle::kCustomaryRrHyphen, KoStyle::kCustomaryMrAscii}) {
    if (other != style)
      makers.emplace_back([&names, &parts, other] { return names.korean(parts, other); });
  }
  add_aliases(e, rng, std::move(makers), count);
  return e;
}

SynthEntity make_russian(const NameFactory& names, Rng& rng, const std::vector<std::string>& parts,
                         bool female, bool with_patronymic) {
  SynthEntity e;
  e.culture = Culture::kRussian;
  e.female = female;
  e.origin = "ru";
  e.parts = parts;
  if (!with_patronymic)
    e.parts[1].clear();
  const std::vector<std::string> short_name = {parts[0], parts[2]};
  e.canonical = names.russian(e.parts, System::kRuPress);
  e.natives.push_back(join(e.parts, " "));
  if (!with_patronymic && rng.chance(0.4))
    e.natives.push_back(join(parts, " "));
  const std::size_t count = rng.below(4);
  const std::vector<std::string>& shown = e.parts;
  std::vector<AliasMaker> makers;
  for (const System system : {System::kRuBgn, System::kRuIcao, System::kRuGostB})
    makers.emplace_back([&names, &shown, system] { return names.russian(shown, system); });
  if (!with_patronymic)
    makers.emplace_back([&names, &parts] { return names.russian(parts, System::kRuPress); });
  add_aliases(e, rng, std::move(makers), count);
  return e;
}

SynthEntity make_chinese(Rng& rng, const std::vector<std::string>& parts) {
  SynthEntity e;
  e.culture = Culture::kChinese;
  e.female = rng.chance(0.5);
  e.origin = "zh";
  e.parts = parts;
  e.canonical = chinese_latin(parts[0], parts[1], System::kZhPinyin, false);
  e.natives.push_back(parts[0] + parts[1]);
  const std::size_t count = rng.below(4);
  const std::vector<std::string> words = split(e.canonical, ' ');
  std::vector<AliasMaker> makers = {
      [&parts] { return chinese_latin(parts[0], parts[1], System::kZhPinyin, true); },
      [&words] { return words.size() == 2 ? words[1] + " " + words[0] : std::string(); }};
  if (rng.chance(0.3)) {
    makers.emplace_back(
        [&parts] { return chinese_latin(parts[0], parts[1], System::kZhWadeGiles, false); });
  }
  add_aliases(e, rng, std::move(makers), count);
  return e;
}

SynthEntity make_latin(Rng& rng, const std::vector<std::string>& parts, const std::string& origin,
                       const std::string& arabic_other) {
  SynthEntity e;
  e.culture = Culture::kLatin;
  e.origin = origin;
  e.parts = parts;
  e.canonical = join(parts, " ");
  const std::size_t count = rng.below(4);
  std::vector<std::string> candidates;
  std::vector<AliasMaker> makers;
  // Only spellings of this very name: a shorter form ("María Rubio") would be shared.
  if (origin == "en") {
    candidates.push_back(join({parts[0], parts[1], to_upper(parts[2], false)}, " "));
    if (!parts[1].empty() && parts[1].back() == '.')
      candidates.push_back(parts[0] + " " + parts[1].substr(0, 1) + " " + parts[2]);
  } else if (origin == "es") {
    candidates.push_back(strip_diacritics(e.canonical));
    if (!parts[2].empty())
      candidates.push_back(parts[0] + " " + parts[1] + "-" + parts[2]);
  } else {
    std::string spaced = e.canonical;
    if (const std::size_t al = spaced.find("al-"); al != std::string::npos)
      spaced.replace(al, 3, "Al ");
    candidates.push_back(spaced);
    if (!arabic_other.empty())
      candidates.push_back(arabic_other + e.canonical.substr(parts[0].size()));
  }
  for (std::string& candidate : candidates)
    makers.emplace_back([value = std::move(candidate)] { return value; });
  add_aliases(e, rng, std::move(makers), count);
  return e;
}

std::string tsv_field(const std::vector<std::string>& values) {
  return join(values, "|");
}

const char* culture_tag(Culture culture) {
  switch (culture) {
    case Culture::kKorean:
      return "ko";
    case Culture::kRussian:
      return "ru";
    case Culture::kChinese:
      return "zh";
    case Culture::kLatin:
      return "la";
  }
  return "la";
}

// The generator proper: one pass (see two_pass).
SynthCatalog generate_once(const SynthOptions& options, const NameFactory& names) {
  Rng rng(options.seed * 0x2545F4914F6CDD1DULL + 17);
  SynthCatalog catalog;
  catalog.entities.reserve(options.entities);
  // Hashes of the structural keys: a (very unlikely) collision only costs one more attempt.
  std::unordered_set<std::size_t> keys;
  keys.reserve(options.entities * 2);
  const auto fresh = [&keys](const std::string& key) {
    return keys.insert(std::hash<std::string>{}(key)).second;
  };
  char id[32];
  for (std::size_t i = 0; i < options.entities; ++i) {
    const double x = rng.unit();
    const Culture culture = x < 0.3   ? Culture::kKorean
                            : x < 0.5 ? Culture::kRussian
                            : x < 0.7 ? Culture::kChinese
                                      : Culture::kLatin;
    SynthEntity entity;
    switch (culture) {
      case Culture::kKorean: {
        std::vector<std::string> parts;
        for (int attempt = 0; attempt < 64; ++attempt) {
          parts = names.korean_parts(rng);
          if (fresh("k" + parts[0] + parts[1]))
            break;
        }
        entity = make_korean(names, rng, parts);
        break;
      }
      case Culture::kRussian: {
        const bool female = rng.chance(0.45);
        std::vector<std::string> parts;
        bool with_patronymic = false;
        for (int attempt = 0; attempt < 64; ++attempt) {
          parts = names.russian_parts(rng, female);
          with_patronymic = attempt >= 2;
          const std::string key =
              "r" + parts[0] + " " + (with_patronymic ? parts[1] : "") + " " + parts[2];
          if (fresh(key))
            break;
        }
        entity = make_russian(names, rng, parts, female, with_patronymic);
        break;
      }
      case Culture::kChinese: {
        std::vector<std::string> parts;
        for (int attempt = 0; attempt < 64; ++attempt) {
          // Surnames by rank: the first ones much commoner (a Zipf-like share).
          const std::size_t rank = static_cast<std::size_t>(
              static_cast<double>(kChineseSurnames.size()) * rng.unit() * rng.unit());
          std::string given = rng.pick(kChineseGiven);
          if (rng.chance(0.75))
            given += rng.pick(kChineseGiven);
          parts = {kChineseSurnames[rank], given};
          if (fresh("c" + parts[0] + parts[1]))
            break;
        }
        entity = make_chinese(rng, parts);
        break;
      }
      case Culture::kLatin: {
        const double y = rng.unit();
        const std::string origin = y < 0.5 ? "en" : y < 0.75 ? "es" : "ar";
        const bool female = rng.chance(0.5);
        std::vector<std::string> parts;
        std::string arabic_other;
        for (int attempt = 0; attempt < 64; ++attempt) {
          if (origin == "en") {
            const std::string& given = female ? rng.pick(kEnglishFemale) : rng.pick(kEnglishMale);
            const std::string& middle = rng.pick(rng.chance(0.5) ? kEnglishMale : kEnglishFemale);
            const double m = rng.unit();
            std::string middle_part = attempt < 1 && m < 0.5 ? ""
                                      : m < 0.8              ? middle.substr(0, 1) + "."
                                                             : middle;
            parts = {given, middle_part, rng.pick(kEnglishSurnames)};
          } else if (origin == "es") {
            const std::string& second = rng.pick(kSpanishSurnames);
            parts = {rng.pick(kSpanishGiven), rng.pick(kSpanishSurnames),
                     attempt < 1 && rng.chance(0.4) ? std::string() : second};
          } else {
            const ArabicGiven& given = kArabicGiven[rng.below(kArabicGiven.size())];
            const ArabicGiven& father = kArabicGiven[rng.below(kArabicGiven.size())];
            const std::string& family = rng.pick(kArabicFamilies);
            const double f = rng.unit();
            parts = {given.usual,
                     attempt < 1 && f < 0.7
                         ? std::string()
                         : std::string(f < 0.85 ? "bin " : "ibn ") + father.usual,
                     (rng.chance(0.7) ? "al-" : "") + family};
            arabic_other = given.other;
          }
          if (fresh("l" + join(parts, " ")))
            break;
        }
        entity = make_latin(rng, parts, origin, arabic_other);
        entity.female = female;
        break;
      }
    }
    std::snprintf(id, sizeof id, "syn-%s-%07zu", culture_tag(culture), i);
    entity.id = id;
    catalog.entities.push_back(std::move(entity));
  }
  return catalog;
}

}  // namespace

const char* culture_name(Culture culture) {
  switch (culture) {
    case Culture::kKorean:
      return "korean";
    case Culture::kRussian:
      return "russian";
    case Culture::kChinese:
      return "chinese";
    case Culture::kLatin:
      return "latin";
  }
  return "?";
}

const char* input_kind_name(InputKind kind) {
  switch (kind) {
    case InputKind::kLatin:
      return "latin";
    case InputKind::kHangul:
      return "hangul";
    case InputKind::kCyrillic:
      return "cyrillic";
    case InputKind::kHan:
      return "han";
  }
  return "?";
}

const char* query_kind_name(QueryKind kind) {
  switch (kind) {
    case QueryKind::kExact:
      return "exact";
    case QueryKind::kVariant:
      return "variant";
    case QueryKind::kNative:
      return "native";
    case QueryKind::kUnknown:
      return "unknown";
  }
  return "?";
}

const char* mix_name(Mix mix) {
  switch (mix) {
    case Mix::kLatinExact:
      return "latin-exact";
    case Mix::kLatinVariant:
      return "latin-variant";
    case Mix::kLatinUnknown:
      return "latin-unknown";
    case Mix::kLatinMix:
      return "latin-mix";
    case Mix::kHangul:
      return "hangul";
    case Mix::kCyrillic:
      return "cyrillic";
    case Mix::kHan:
      return "han";
  }
  return "?";
}

std::vector<Mix> all_mixes() {
  return {Mix::kLatinExact, Mix::kLatinVariant, Mix::kLatinUnknown, Mix::kLatinMix,
          Mix::kHangul,     Mix::kCyrillic,     Mix::kHan};
}

std::string SynthCatalog::to_tsv() const {
  std::string out;
  out.reserve(entities.size() * 120 + 256);
  out += "#onoma-catalog v1\n";
  out += "# Synthetic catalog for the onoma benchmarks (tests/bench/synthetic_catalog.cpp).\n";
  out += "id\ttype\torigin\tcanonical\tnative\taliases\tnote\n";
  for (const SynthEntity& e : entities) {
    out += e.id;
    out += "\tperson\t";
    out += e.origin;
    out += '\t';
    out += e.canonical;
    out += '\t';
    out += tsv_field(e.natives);
    out += '\t';
    out += tsv_field(e.aliases);
    out += "\tsynthetic ";
    out += culture_name(e.culture);
    out += '\n';
  }
  return out;
}

std::size_t SynthCatalog::name_count() const {
  std::size_t count = 0;
  for (const SynthEntity& e : entities)
    count += 1 + e.natives.size() + e.aliases.size();
  return count;
}

SynthCatalog generate_catalog(const SynthOptions& options) {
  Romanizer romanizer;
  const NameFactory names(romanizer, korean_tables(options.korean_tables_dir));
  return two_pass(romanizer, [&] { return generate_once(options, names); });
}

// --- Queries -----------------------------------------------------------------------------------

namespace {

struct CultureIndex {
  std::array<std::vector<std::size_t>, 4> members;
  // Structural keys of every entity; a Russian one also without its patronymic, which is the
  // same person (an unknown name must not be a catalog person's given name and surname).
  std::unordered_set<std::string> keys;
  // How many entities have each spelling (rough_fold()) among their names: an exact or native
  // query must name one of them only, or its answer is rightly ambiguous.
  std::unordered_map<std::string, std::uint32_t> owners;

  explicit CultureIndex(const SynthCatalog& catalog) {
    keys.reserve(catalog.entities.size());
    for (std::size_t i = 0; i < catalog.entities.size(); ++i) {
      const SynthEntity& e = catalog.entities[i];
      members[static_cast<std::size_t>(e.culture)].push_back(i);
      keys.insert(key_of(e.culture, e.parts));
      if (e.culture == Culture::kRussian && e.parts.size() == 3) {
        keys.insert(key_of(e.culture, {e.parts[0], std::string(), e.parts[2]}));
      }
      std::unordered_set<std::string> own;
      own.insert(rough_fold(e.canonical));
      for (const std::string& native : e.natives)
        own.insert(rough_fold(native));
      for (const std::string& alias : e.aliases)
        own.insert(rough_fold(alias));
      for (const std::string& spelling : own)
        ++owners[spelling];
    }
  }
  bool owned_by_one(std::string_view spelling) const {
    const auto found = owners.find(rough_fold(spelling));
    return found == owners.end() || found->second == 1;
  }
  static std::string key_of(Culture culture, const std::vector<std::string>& parts) {
    std::string key(culture_tag(culture));
    for (const std::string& part : parts)
      key += same_name_fold(culture, part) + "|";
    return key;
  }
};

class QueryMaker {
 public:
  QueryMaker(const SynthCatalog& catalog, const CultureIndex& index, const NameFactory& names,
             std::uint64_t seed)
      : catalog_(catalog), index_(index), names_(names), rng_(seed) {}

  Rng& rng() { return rng_; }

  std::size_t random_entity(Culture culture) {
    const auto& members = index_.members[static_cast<std::size_t>(culture)];
    return members.empty() ? rng_.below(catalog_.entities.size()) : rng_.pick(members);
  }
  Culture random_culture() {
    const double x = rng_.unit();
    return x < 0.3   ? Culture::kKorean
           : x < 0.5 ? Culture::kRussian
           : x < 0.7 ? Culture::kChinese
                     : Culture::kLatin;
  }

  Query exact() {
    // A canonical name several catalog people share names none of them: draw another.
    for (int attempt = 0;; ++attempt) {
      const std::size_t i = rng_.below(catalog_.entities.size());
      const SynthEntity& e = catalog_.entities[i];
      if (attempt == 63 || index_.owned_by_one(e.canonical)) {
        return {e.canonical, static_cast<std::int64_t>(i), InputKind::kLatin, QueryKind::kExact,
                e.culture};
      }
    }
  }

  // Another spelling of the name of `i`: one not among its catalog names when there is one.
  std::string variant_of(std::size_t i) {
    const SynthEntity& e = catalog_.entities[i];
    std::vector<std::string> candidates;
    switch (e.culture) {
      case Culture::kKorean:
        for (const KoStyle style :
             {KoStyle::kRr, KoStyle::kRrHyphen, KoStyle::kMrAscii, KoStyle::kMr, KoStyle::kDprk,
              KoStyle::kYale, KoStyle::kCustomaryRrHyphen, KoStyle::kCustomaryMrAscii,
              KoStyle::kCustomaryDprk})
          candidates.push_back(names_.korean(e.parts, style));
        break;
      case Culture::kRussian: {
        const std::vector<std::string> given = {e.parts[0]};
        const std::vector<std::string> rest = {e.parts[1], e.parts[2]};
        for (const System system :
             {System::kRuBgn, System::kRuIcao, System::kRuGostB, System::kRuIso9})
          candidates.push_back(names_.russian(e.parts, system));
        candidates.push_back(names_.russian(given, System::kRuIcao) + " " +
                             names_.russian(rest, System::kRuPress));
        candidates.push_back(names_.russian(given, System::kRuPress) + " " +
                             names_.russian(rest, System::kRuBgn));
        break;
      }
      case Culture::kChinese: {
        const std::string wade_giles =
            chinese_latin(e.parts[0], e.parts[1], System::kZhWadeGiles, false);
        candidates.push_back(wade_giles);
        std::string plain = wade_giles;
        plain.erase(std::remove(plain.begin(), plain.end(), '\''), plain.end());
        candidates.push_back(plain);
        break;
      }
      case Culture::kLatin: {
        // Case and diacritics: onoma folds them; a spelling the catalog does not list.
        candidates.push_back(to_upper(e.canonical, false));
        candidates.push_back(to_lower_ascii(e.canonical));
        if (!is_ascii(e.canonical))
          candidates.push_back(strip_diacritics(e.canonical));
        std::string spaced = e.canonical;
        std::replace(spaced.begin(), spaced.end(), '-', ' ');
        if (spaced != e.canonical)
          candidates.push_back(spaced);
        std::string pick = candidates[rng_.below(candidates.size())];
        return pick;
      }
    }
    std::vector<std::string> known;
    known.push_back(rough_fold(e.canonical));
    for (const std::string& alias : e.aliases)
      known.push_back(rough_fold(alias));
    std::vector<std::string> fresh;
    for (std::string& candidate : candidates) {
      if (candidate.empty())
        continue;
      const std::string folded = rough_fold(candidate);
      if (std::find(known.begin(), known.end(), folded) == known.end()) {
        known.push_back(folded);
        fresh.push_back(std::move(candidate));
      }
    }
    const std::size_t choice = rng_.below(1 << 16);
    if (fresh.empty())
      return to_upper(e.canonical, false);
    return fresh[choice % fresh.size()];
  }

  Query variant() {
    const std::size_t i = random_entity(random_culture());
    return {variant_of(i), static_cast<std::int64_t>(i), InputKind::kLatin, QueryKind::kVariant,
            catalog_.entities[i].culture};
  }

  // Parts of a name no entity has.
  std::vector<std::string> unknown_parts(Culture culture) {
    constexpr int kAttemptsBeforeInvented = 48;
    std::vector<std::string> parts;
    for (int attempt = 0; attempt < 64; ++attempt) {
      switch (culture) {
        case Culture::kKorean:
          parts = names_.korean_parts(rng_);
          break;
        case Culture::kRussian: {
          const bool female = rng_.chance(0.45);
          parts = names_.russian_parts(rng_, female);
          parts[1].clear();
          // The given names and stems of the catalog are all taken: invent a stem.
          if (attempt >= kAttemptsBeforeInvented) {
            const RussianEnding& ending = kRussianEndings[rng_.below(kRussianEndings.size())];
            parts[2] = rng_.pick(kInventedRussianStems) + (female ? ending.female : ending.male);
          }
          break;
        }
        case Culture::kChinese: {
          std::string given = rng_.pick(kChineseGiven) + rng_.pick(kChineseGiven);
          parts = {rng_.pick(kChineseSurnames), given};
          break;
        }
        case Culture::kLatin:
          // An invented surname after a real given name.
          parts = {rng_.chance(0.5) ? rng_.pick(kEnglishMale) : rng_.pick(kSpanishGiven), "",
                   rng_.pick(kInventedStarts) + rng_.pick(kInventedEnds)};
          break;
      }
      if (index_.keys.count(CultureIndex::key_of(culture, parts)) == 0)
        return parts;
    }
    return parts;
  }

  // A name no entity has, as no entity writes any of its names either: two different people
  // may share a romanization ("Ma Mingyi" for 马明义 and 马明益), and answering that catalog
  // person is right, so such a name is drawn again.
  Query unknown_latin() {
    const Culture culture = random_culture();
    for (int attempt = 0;; ++attempt) {
      Query query = unknown_latin_of(culture);
      if (attempt == 63 || index_.owners.count(rough_fold(query.text)) == 0)
        return query;
    }
  }

  Query unknown_latin_of(Culture culture) {
    const std::vector<std::string> parts = unknown_parts(culture);
    std::string text;
    switch (culture) {
      case Culture::kKorean: {
        const KoStyle style = rng_.chance(0.5) ? KoStyle::kMrAscii : KoStyle::kCustomaryRrHyphen;
        text = names_.korean(parts, style);
        break;
      }
      case Culture::kRussian:
        text = names_.russian(parts, System::kRuPress);
        break;
      case Culture::kChinese:
        text = chinese_latin(parts[0], parts[1], System::kZhPinyin, false);
        break;
      case Culture::kLatin:
        text = join(parts, " ");
        break;
    }
    return {text, kNoEntity, InputKind::kLatin, QueryKind::kUnknown, culture};
  }

  Query native(Culture culture, InputKind input) {
    if (rng_.chance(0.1)) {
      std::string text;
      for (int attempt = 0; attempt < 64; ++attempt) {
        const std::vector<std::string> parts = unknown_parts(culture);
        text = culture == Culture::kRussian ? join(parts, " ") : parts[0] + parts[1];
        if (index_.owners.count(rough_fold(text)) == 0)
          break;
      }
      return {text, kNoEntity, input, QueryKind::kUnknown, culture};
    }
    // A spelling several catalog people share names none of them: draw another.
    for (int attempt = 0;; ++attempt) {
      const std::size_t i = random_entity(culture);
      const SynthEntity& e = catalog_.entities[i];
      const std::string& native = rng_.pick(e.natives);
      if (attempt == 63 || index_.owned_by_one(native))
        return {native, static_cast<std::int64_t>(i), input, QueryKind::kNative, culture};
    }
  }

  Query one(Mix mix) {
    switch (mix) {
      case Mix::kLatinExact:
        return exact();
      case Mix::kLatinVariant:
        return variant();
      case Mix::kLatinUnknown:
        return unknown_latin();
      case Mix::kLatinMix: {
        const double x = rng_.unit();
        return x < 0.5 ? exact() : x < 0.85 ? variant() : unknown_latin();
      }
      case Mix::kHangul:
        return native(Culture::kKorean, InputKind::kHangul);
      case Mix::kCyrillic:
        return native(Culture::kRussian, InputKind::kCyrillic);
      case Mix::kHan:
        return native(Culture::kChinese, InputKind::kHan);
    }
    return exact();
  }

 private:
  const SynthCatalog& catalog_;
  const CultureIndex& index_;
  const NameFactory& names_;
  Rng rng_;
};

const char* const kPlaces[] = {"Seoul",       "Moscow",   "Beijing", "Pyongyang",
                               "Washington",  "Madrid",   "Riyadh",  "Tokyo",
                               "Vladivostok", "Shanghai", "Busan",   "Cairo"};
const char* const kFiller[] = {
    "The talks were described as constructive by both sides.",
    "Officials declined to give further details about the agenda.",
    "Analysts said the meeting could pave the way for a broader agreement on trade.",
    "The statement did not mention sanctions, which remain a sticking point.",
    "Markets reacted calmly to the news on Tuesday.",
    "A spokesperson for the ministry said more meetings were planned before the end of the year.",
    "The visit comes amid renewed tension on the peninsula and in the region.",
    "Neither side released a transcript of the conversation.",
};

// The surname as an article repeats it: first word for Korean and Chinese names, last otherwise.
std::string surname_of(const SynthEntity& e) {
  const std::vector<std::string> words = split(e.canonical, ' ');
  if (e.culture == Culture::kKorean || e.culture == Culture::kChinese)
    return words.front();
  return words.back();
}

}  // namespace

std::vector<Query> make_queries(const SynthCatalog& catalog, Mix mix, std::size_t count,
                                std::uint64_t seed, const std::string& korean_tables_dir) {
  Romanizer romanizer;
  const NameFactory names(romanizer, korean_tables(korean_tables_dir));
  const CultureIndex index(catalog);
  return two_pass(romanizer, [&] {
    QueryMaker maker(catalog, index, names, seed * 31 + static_cast<std::uint64_t>(mix) + 1);
    std::vector<Query> queries;
    queries.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
      queries.push_back(maker.one(mix));
    return queries;
  });
}

std::vector<Pair> make_pairs(const SynthCatalog& catalog, std::size_t count, std::uint64_t seed,
                             const std::string& korean_tables_dir) {
  Romanizer romanizer;
  const NameFactory names(romanizer, korean_tables(korean_tables_dir));
  const CultureIndex index(catalog);
  return two_pass(romanizer, [&] {
    QueryMaker maker(catalog, index, names, seed * 131 + 7);
    Rng& rng = maker.rng();
    std::vector<Pair> pairs;
    pairs.reserve(count);
    for (std::size_t k = 0; k < count; ++k) {
      const Culture culture = maker.random_culture();
      const std::size_t i = maker.random_entity(culture);
      const SynthEntity& e = catalog.entities[i];
      if (rng.chance(0.5)) {
        const bool native = culture != Culture::kLatin && rng.chance(0.3);
        InputKind input = InputKind::kLatin;
        if (native) {
          input = culture == Culture::kKorean    ? InputKind::kHangul
                  : culture == Culture::kRussian ? InputKind::kCyrillic
                                                 : InputKind::kHan;
        }
        pairs.push_back(
            {native ? e.natives.front() : maker.variant_of(i), e.canonical, true, input});
      } else {
        std::size_t j = maker.random_entity(culture);
        if (j == i)
          j = (i + 1) % catalog.entities.size();
        pairs.push_back({e.canonical, catalog.entities[j].canonical, false, InputKind::kLatin});
      }
    }
    return pairs;
  });
}

std::vector<std::string> make_news(const SynthCatalog& catalog, std::size_t total_bytes,
                                   std::size_t document_bytes, std::uint64_t seed,
                                   const std::string& korean_tables_dir) {
  Romanizer romanizer;
  const NameFactory names(romanizer, korean_tables(korean_tables_dir));
  const CultureIndex index(catalog);
  return two_pass(romanizer, [&] {
    QueryMaker maker(catalog, index, names, seed * 977 + 3);
    Rng& rng = maker.rng();
    std::vector<std::string> documents;
    std::size_t total = 0;
    while (total < total_bytes) {
      std::string doc;
      std::vector<std::size_t> people;
      for (int p = 0; p < 4; ++p)
        people.push_back(maker.random_entity(maker.random_culture()));
      const auto full = [&](std::size_t i) {
        const SynthEntity& e = catalog.entities[i];
        const double x = rng.unit();
        return x < 0.7 ? e.canonical : maker.variant_of(i);
      };
      const auto place = [&] { return std::string(kPlaces[rng.below(std::size(kPlaces))]); };
      doc += full(people[0]) + " met " + full(people[1]) + " in " + place() +
             " on Monday, officials said. ";
      while (doc.size() < document_bytes) {
        const std::size_t a = people[rng.below(people.size())];
        const std::size_t b = people[rng.below(people.size())];
        switch (rng.below(6)) {
          case 0:
            doc += "\"We had a frank exchange,\" " + surname_of(catalog.entities[a]) +
                   " told reporters in " + place() + ". ";
            break;
          case 1:
            doc += "According to a statement released in " + place() + ", " + full(a) +
                   " will travel there next month. ";
            break;
          case 2:
            doc += surname_of(catalog.entities[a]) + " and " + surname_of(catalog.entities[b]) +
                   " are expected to meet again in " + place() + ".\n\n";
            break;
          case 3:
            doc += "Earlier, " + full(a) + " had criticized the proposal. ";
            break;
          default:
            doc += kFiller[rng.below(std::size(kFiller))];
            doc += ' ';
            break;
        }
      }
      total += doc.size();
      documents.push_back(std::move(doc));
    }
    return documents;
  });
}

}  // namespace onoma_bench
