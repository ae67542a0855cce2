#include "cultures/korean/syllable_table.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "cultures/korean/hangul.hpp"
#include "embedded/embedded.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"

namespace onoma::cultures::korean {
namespace {

// Fills reading.syllables from reading.hangul (see SyllableReading).
void set_syllables(SyllableReading& reading) {
  reading.syllable_count = 0;
  std::uint8_t count = 0;
  for (std::size_t offset = 0; offset < reading.hangul.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(reading.hangul, offset);
    offset += decoded.length;
    if (count == reading.syllables.size() || decoded.code_point < kFirstSyllable ||
        decoded.code_point > kLastSyllable) {
      return;
    }
    reading.syllables[count++] = static_cast<std::uint16_t>(decoded.code_point - kFirstSyllable);
  }
  reading.syllable_count = count;
}

// Lower-case ASCII letters only, apostrophes and spaces dropped; empty if anything else occurs.
std::string spelling_key(std::string_view latin) {
  std::string key;
  for (const char c : latin) {
    if (c >= 'a' && c <= 'z') {
      key.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      key.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c != '\'' && c != ' ' && c != '-') {
      return {};
    }
  }
  return key;
}

void add(std::unordered_map<std::string, std::vector<SyllableReading>>& map, std::string key,
         std::string_view hangul, float cost) {
  std::vector<SyllableReading>& readings = map[std::move(key)];
  for (SyllableReading& reading : readings) {
    if (reading.hangul == hangul) {
      reading.cost = std::min(reading.cost, cost);
      return;
    }
  }
  readings.push_back({std::string(hangul), cost, fold_initial_sounds(hangul)});
}

bool parse_weight(std::string_view text, double& weight) {
  try {
    std::size_t used = 0;
    weight = std::stod(std::string(text), &used);
    return used == text.size() && weight > 0 && weight <= 1;
  } catch (...) {
    return false;
  }
}

}  // namespace

float weight_to_cost(double weight) {
  return static_cast<float>(-std::log10(std::clamp(weight, 1e-6, 1.0)) * 0.1);
}

Result<SyllableTable> SyllableTable::parse(const Sources& sources) {
  SyllableTable table;
  std::vector<Diagnostic> errors;
  const auto error = [&](std::string_view source, std::uint32_t line, std::string message) {
    errors.push_back({Severity::kError, std::string(source), line, 1, std::move(message)});
  };

  // spellings[position][jamo index][system] -> (spelling, weight) alternatives.
  enum Position { kInitial, kVowel, kFinal };
  static const std::vector<std::string_view> kJamo[3] = {
      {"ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ",
       "ㅋ", "ㅌ", "ㅍ", "ㅎ"},
      {"ㅏ", "ㅐ", "ㅑ", "ㅒ", "ㅓ", "ㅔ", "ㅕ", "ㅖ", "ㅗ", "ㅘ", "ㅙ",
       "ㅚ", "ㅛ", "ㅜ", "ㅝ", "ㅞ", "ㅟ", "ㅠ", "ㅡ", "ㅢ", "ㅣ"},
      {"∅",  "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ",
       "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"}};
  struct Alternative {
    std::string spelling;
    double weight;
  };
  using PerSystem = std::unordered_map<std::string, std::vector<Alternative>>;
  std::vector<PerSystem> spellings[3] = {std::vector<PerSystem>(kJamo[0].size()),
                                         std::vector<PerSystem>(kJamo[1].size()),
                                         std::vector<PerSystem>(kJamo[2].size())};
  text::for_each_tsv_row(
      sources.jamo, sources.jamo_name, "jamo\tposition\tsystem\tspelling\tweight", 5, errors,
      [&](std::uint32_t line, const std::vector<std::string_view>& fields) {
        const int position = fields[1] == "initial" ? kInitial
                             : fields[1] == "vowel" ? kVowel
                             : fields[1] == "final" ? kFinal
                                                    : -1;
        double weight = 0;
        if (position < 0) {
          error(sources.jamo_name, line, fmt::format("bad position '{}'", fields[1]));
          return;
        }
        const auto& jamo = kJamo[position];
        const auto found = std::find(jamo.begin(), jamo.end(), fields[0]);
        const std::string spelling = fields[3] == "-" ? "" : spelling_key(fields[3]);
        if (found == jamo.end()) {
          error(sources.jamo_name, line, fmt::format("unknown {} jamo '{}'", fields[1], fields[0]));
        } else if (spelling.empty() && fields[3] != "-") {
          error(sources.jamo_name, line, fmt::format("bad spelling '{}'", fields[3]));
        } else if (!parse_weight(fields[4], weight)) {
          error(sources.jamo_name, line,
                fmt::format("weight '{}' is not a number in (0, 1]", fields[4]));
        } else {
          spellings[position][static_cast<std::size_t>(found - jamo.begin())]
                   [std::string(fields[2])]
                       .push_back({spelling, weight});
        }
      });
  // Given-name syllables: weight 1 from kFullGivenCount listed names on, linearly less below.
  constexpr double kFullGivenCount = 4.0;
  text::for_each_tsv_row(sources.given, sources.given_name, "hangul\tcount", 2, errors,
                         [&](std::uint32_t line, const std::vector<std::string_view>& fields) {
                           double count = 0;
                           try {
                             count = std::stod(std::string(fields[1]));
                           } catch (...) {
                             count = -1;
                           }
                           if (count <= 0 || fields[0].empty()) {
                             error(sources.given_name, line,
                                   fmt::format("bad given-name syllable row '{}'", fields[1]));
                             return;
                           }
                           const double weight = 0.5 + 0.5 * std::min(1.0, count / kFullGivenCount);
                           table.given_cost_[std::string(fields[0])] = weight_to_cost(weight);
                         });
  if (!errors.empty())
    return errors;

  // Compose every syllable. Pure: one system throughout. Mixed: the best weight of each
  // spelling over the press systems, jamo by jamo.
  const auto merged = [](const PerSystem& per_system) {
    std::unordered_map<std::string, double> best;
    for (const auto& [system, alternatives] : per_system) {
      if (system == "yale")
        continue;  // a scholarly system: never mixed into press spellings
      for (const Alternative& alternative : alternatives) {
        double& weight = best[alternative.spelling];
        weight = std::max(weight, alternative.weight);
      }
    }
    return best;
  };
  std::vector<std::unordered_map<std::string, double>> mixed[3];
  for (int position = 0; position < 3; ++position) {
    for (const PerSystem& per_system : spellings[position]) {
      mixed[position].push_back(merged(per_system));
    }
  }
  std::string hangul;
  for (std::size_t l = 0; l < kJamo[kInitial].size(); ++l) {
    for (std::size_t v = 0; v < kJamo[kVowel].size(); ++v) {
      for (std::size_t t = 0; t < kJamo[kFinal].size(); ++t) {
        hangul.clear();
        text::append_utf8(hangul,
                          compose({static_cast<int>(l), static_cast<int>(v), static_cast<int>(t)}));
        for (const auto& [initial, wi] : mixed[kInitial][l]) {
          for (const auto& [vowel, wv] : mixed[kVowel][v]) {
            for (const auto& [final, wf] : mixed[kFinal][t]) {
              const double weight = wi * wv * wf;
              if (weight < kMinMixedWeight)
                continue;
              table.add_syllable(initial + vowel + final, hangul, weight);
            }
          }
        }
        for (const auto& [system, initials] : spellings[kInitial][l]) {
          const auto vowels = spellings[kVowel][v].find(system);
          const auto finals = spellings[kFinal][t].find(system);
          if (vowels == spellings[kVowel][v].end() || finals == spellings[kFinal][t].end()) {
            continue;
          }
          for (const Alternative& initial : initials) {
            for (const Alternative& vowel : vowels->second) {
              for (const Alternative& final : finals->second) {
                table.add_syllable(initial.spelling + vowel.spelling + final.spelling, hangul,
                                   std::min({initial.weight, vowel.weight, final.weight}));
              }
            }
          }
        }
      }
    }
  }

  text::for_each_tsv_row(
      sources.syllables, sources.syllables_name, "latin\thangul\tsystem\tweight", 4, errors,
      [&](std::uint32_t line, const std::vector<std::string_view>& fields) {
        const std::string key = spelling_key(fields[0]);
        double weight = 0;
        if (key.empty()) {
          error(sources.syllables_name, line, fmt::format("bad spelling '{}'", fields[0]));
        } else if (fields[1].empty()) {
          error(sources.syllables_name, line, "empty hangul");
        } else if (!parse_weight(fields[3], weight)) {
          error(sources.syllables_name, line,
                fmt::format("weight '{}' is not a number in (0, 1]", fields[3]));
        } else {
          table.add_syllable(key, fields[1], weight);
        }
      });

  // Surname frequencies become priors relative to the most frequent surname.
  struct SurnameRow {
    std::string_view hangul;
    std::vector<std::string_view> spellings;
    double frequency;
  };
  std::vector<SurnameRow> rows;
  double most_frequent = 0;
  text::for_each_tsv_row(
      sources.surnames, sources.surnames_name, "hangul\tspellings\tfrequency", 3, errors,
      [&](std::uint32_t line, const std::vector<std::string_view>& fields) {
        double frequency = 0;
        try {
          frequency = std::stod(std::string(fields[2]));
        } catch (...) {
          frequency = -1;
        }
        if (frequency <= 0 || fields[0].empty()) {
          error(sources.surnames_name, line,
                fmt::format("bad surname row (frequency '{}')", fields[2]));
          return;
        }
        most_frequent = std::max(most_frequent, frequency);
        rows.push_back({fields[0], text::split_fields(fields[1], '|'), frequency});
      });
  for (const SurnameRow& row : rows) {
    table.surname_hangul_.emplace(std::string(row.hangul), true);
    for (std::string_view spelling : row.spellings) {
      const std::string key = spelling_key(spelling);
      if (key.empty())
        continue;
      table.longest_ = std::max(table.longest_, key.size());
      // A rare surname is less likely than a common one, but a surname is never as unlikely
      // as a syllable that is no surname: the prior is halved and capped at kMaxSurnameCost.
      add(table.surnames_, key, row.hangul,
          std::min(kMaxSurnameCost, 0.5f * weight_to_cost(row.frequency / most_frequent)));
    }
  }
  if (!errors.empty())
    return errors;
  table.size_ = table.syllables_.size();
  for (auto* map : {&table.syllables_, &table.surnames_}) {
    for (auto& [key, readings] : *map) {
      std::sort(readings.begin(), readings.end(),
                [](const SyllableReading& a, const SyllableReading& b) {
                  return a.cost != b.cost ? a.cost < b.cost : a.hangul < b.hangul;
                });
      for (SyllableReading& reading : readings) {
        reading.given_cost = table.given_name_cost(reading.hangul);
        set_syllables(reading);
      }
    }
  }
  table.pack_maps();
  return table;
}

bool SyllableTable::pack(std::string_view latin, std::uint64_t& packed) {
  if (latin.empty() || latin.size() > kPackedLetters)
    return false;
  packed = 0;
  for (const char c : latin) {
    if (c < 'a' || c > 'z')
      return false;
    packed = packed << 5 | static_cast<std::uint64_t>(c - 'a' + 1);
  }
  return true;
}

void SyllableTable::pack_maps() {
  const auto move_packable = [](ReadingMap& from, PackedMap& to) {
    for (auto it = from.begin(); it != from.end();) {
      std::uint64_t packed = 0;
      if (pack(it->first, packed)) {
        to.emplace(packed, std::move(it->second));
        it = from.erase(it);
      } else {
        ++it;
      }
    }
  };
  move_packable(syllables_, packed_syllables_);
  move_packable(surnames_, packed_surnames_);
  const auto add_prefixes = [&](std::string_view spelling) {
    std::uint64_t packed = 0;
    for (std::size_t length = 1; length <= spelling.size() && length <= kPackedLetters; ++length) {
      if (!pack(spelling.substr(0, length), packed))
        return;
      packed_prefixes_.insert(packed);
    }
  };
  for (const PackedMap* map : {&packed_syllables_, &packed_surnames_}) {
    for (const auto& [packed, readings] : *map) {
      std::string spelling;
      for (std::uint64_t rest = packed; rest != 0; rest >>= 5)
        spelling.insert(spelling.begin(), static_cast<char>('a' + (rest & 31) - 1));
      add_prefixes(spelling);
    }
  }
  for (const ReadingMap* map : {&syllables_, &surnames_}) {
    for (const auto& [spelling, readings] : *map)
      add_prefixes(spelling);
  }
}

bool SyllableTable::begins_spelling(std::string_view latin) const {
  std::uint64_t packed = 0;
  if (latin.size() > kPackedLetters)
    return true;  // not recorded: assume it may (only costs lookups)
  return pack(latin, packed) && packed_prefixes_.count(packed) > 0;
}

const std::vector<SyllableReading>& SyllableTable::find(const PackedMap& packed,
                                                        const ReadingMap& rest,
                                                        std::string_view latin) {
  static const std::vector<SyllableReading> kNone;
  std::uint64_t key = 0;
  if (pack(latin, key)) {
    const auto found = packed.find(key);
    return found == packed.end() ? kNone : found->second;
  }
  const auto found = rest.find(std::string(latin));
  return found == rest.end() ? kNone : found->second;
}

void SyllableTable::add_syllable(const std::string& latin, std::string_view hangul, double weight) {
  if (latin.empty())
    return;
  longest_ = std::max(longest_, latin.size());
  add(syllables_, latin, hangul, weight_to_cost(weight));
}

const SyllableTable& SyllableTable::builtin() {
  static const SyllableTable instance = [] {
    Sources sources;
    for (const embedded::File& file : embedded::korean_tables()) {
      const std::string_view name = file.name;
      const auto ends_with = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
      };
      if (ends_with("/jamo.tsv"))
        sources.jamo = file.text();
      if (ends_with("/syllables.tsv"))
        sources.syllables = file.text();
      if (ends_with("/surnames.tsv"))
        sources.surnames = file.text();
      if (ends_with("/given_syllables.tsv"))
        sources.given = file.text();
    }
    sources.jamo_name = "builtin:tables/korean/jamo.tsv";
    sources.syllables_name = "builtin:tables/korean/syllables.tsv";
    sources.surnames_name = "builtin:tables/korean/surnames.tsv";
    sources.given_name = "builtin:tables/korean/given_syllables.tsv";
    Result<SyllableTable> table = parse(sources);
    // The test suite parses the shipped tables; an empty table only disables the decoder.
    return table ? std::move(table).value() : SyllableTable();
  }();
  return instance;
}

const std::vector<SyllableReading>& SyllableTable::syllable(std::string_view latin) const {
  return find(packed_syllables_, syllables_, latin);
}

float SyllableTable::given_name_cost(std::string_view hangul) const {
  const auto found = given_cost_.find(std::string(hangul));
  return found == given_cost_.end() ? kUnlistedGivenCost : found->second;
}

bool SyllableTable::is_surname_hangul(std::string_view hangul) const {
  return surname_hangul_.count(std::string(hangul)) > 0;
}

const std::vector<SyllableReading>& SyllableTable::surname(std::string_view latin) const {
  return find(packed_surnames_, surnames_, latin);
}

}  // namespace onoma::cultures::korean
