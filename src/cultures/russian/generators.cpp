#include "cultures/russian/generators.hpp"

#include <algorithm>
#include <array>

namespace onoma::cultures {
namespace {

using resolve::Reading;
using russian::CyrillicReading;

// Dropping a patronymic ("Viktorovich") costs less than any contradiction: the name is the same,
// only shorter.
constexpr float kDroppedPatronymicCost = 0.03f;
constexpr std::size_t kMaxTokens = 6;
// Readings kept per name: lossy spellings (ISO 9 with its diacritics folded away: "Urij Luzkov")
// stack up costs in two words at once and need a wide list.
constexpr std::size_t kMaxReadings = 48;

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Russian patronymics end in -вич/-вна (Викторович, Ивановна) or -ич/-ична (Ильич, Ильинична).
bool is_patronymic_key(std::string_view key) {
  return key.size() >= 8 && (ends_with(key, "вич") || ends_with(key, "вна") ||
                             ends_with(key, "ична") || ends_with(key, "ич"));
}

// Latin endings that mark a Russian (or Ukrainian) surname or patronymic, as the press and the
// romanization systems write them.
bool has_russian_ending(std::string_view latin) {
  static constexpr std::array<std::string_view, 30> kEndings = {
      "ov",    "ova",   "ev",   "eva",  "yov",  "yova",  "ow",     "owa",  "off",  "ine",
      "in",    "ina",   "yn",   "yna",  "sky",  "skiy",  "skii",   "skij", "ski",  "skaya",
      "skaia", "skaja", "enko", "chuk", "vich", "vitch", "witsch", "vna",  "tsev", "tseva"};
  if (latin.size() < 5)
    return false;
  return std::any_of(kEndings.begin(), kEndings.end(),
                     [&](std::string_view ending) { return ends_with(latin, ending); });
}

// Every concatenation of one reading per token, cheapest first (a beam over tokens).
std::vector<CyrillicReading> combine(const std::vector<std::vector<CyrillicReading>>& tokens,
                                     float extra_cost) {
  std::vector<CyrillicReading> partial = {{{}, extra_cost, false}};
  for (const std::vector<CyrillicReading>& options : tokens) {
    std::vector<CyrillicReading> next;
    for (const CyrillicReading& head : partial) {
      for (const CyrillicReading& option : options)
        next.push_back({head.key + option.key, head.cost + option.cost,
                        head.by_equivalence || option.by_equivalence});
    }
    std::sort(next.begin(), next.end(), [](const CyrillicReading& a, const CyrillicReading& b) {
      return a.cost != b.cost ? a.cost < b.cost : a.key < b.key;
    });
    if (next.size() > kMaxReadings)
      next.resize(kMaxReadings);
    partial = std::move(next);
  }
  return partial;
}

// Appends the readings of a name whose tokens read as `tokens`, and the same without a
// patronymic: a middle token of three or more whose best reading is one.
void emit(const std::vector<std::vector<CyrillicReading>>& tokens, std::vector<Reading>& out) {
  for (CyrillicReading& reading : combine(tokens, 0.0f))
    out.push_back({"r:" + std::move(reading.key), reading.cost, reading.by_equivalence});
  if (tokens.size() < 3)
    return;
  for (std::size_t t = 1; t + 1 < tokens.size(); ++t) {
    if (!is_patronymic_key(tokens[t].front().key))
      continue;
    std::vector<std::vector<CyrillicReading>> without = tokens;
    without.erase(without.begin() + static_cast<std::ptrdiff_t>(t));
    for (CyrillicReading& reading : combine(without, kDroppedPatronymicCost))
      out.push_back({"r:" + std::move(reading.key), reading.cost, reading.by_equivalence});
  }
}

}  // namespace

resolve::Affinity CyrillicReadingGenerator::affinity(resolve::TokenSpan span) const {
  for (const Token& token : span) {
    if (token.script != Script::kCyrillic)
      return resolve::Affinity::kNone;
  }
  return span.count == 0 ? resolve::Affinity::kNone : resolve::Affinity::kLikely;
}

void CyrillicReadingGenerator::generate(resolve::TokenSpan span, std::vector<Reading>& out) const {
  if (span.count == 0 || span.count > kMaxTokens)
    return;
  std::vector<std::vector<CyrillicReading>> tokens;
  for (const Token& token : span) {
    std::string key;
    if (token.script != Script::kCyrillic || !russian::append_cyrillic_key(token.text, key) ||
        key.empty()) {
      return;
    }
    tokens.push_back({{std::move(key), 0.0f, false}});
  }
  emit(tokens, out);
}

bool RomanizedRussianGenerator::applies_to_origin(std::string_view origin) const {
  for (const std::string_view language : {"ru", "uk", "be", "kk", "ky", "tg", "uz"}) {
    if (origin.substr(0, language.size()) == language &&
        (origin.size() == language.size() || origin[language.size()] == '-')) {
      return true;
    }
  }
  return false;
}

resolve::Affinity RomanizedRussianGenerator::affinity(resolve::TokenSpan span) const {
  if (span.count == 0 || span.count > kMaxTokens)
    return resolve::Affinity::kNone;
  bool likely = false;
  for (const Token& token : span) {
    if (token.script != Script::kLatin)
      return resolve::Affinity::kNone;
    if (has_russian_ending(token.text))
      likely = true;
    const std::vector<CyrillicReading> readings = decoder_.decode(token.text);
    if (readings.empty())
      return resolve::Affinity::kNone;
    if (!likely) {
      likely = std::any_of(readings.begin(), readings.end(), [&](const CyrillicReading& reading) {
        return table_.is_given_name(reading.key);
      });
    }
  }
  return likely ? resolve::Affinity::kLikely : resolve::Affinity::kPossible;
}

void RomanizedRussianGenerator::generate(resolve::TokenSpan span, std::vector<Reading>& out) const {
  if (span.count == 0 || span.count > kMaxTokens)
    return;
  std::vector<std::vector<CyrillicReading>> tokens;
  for (const Token& token : span) {
    if (token.script != Script::kLatin)
      return;
    std::vector<CyrillicReading> readings = decoder_.decode(token.text);
    // "Alexander" is not a spelling of Александр but its English equivalent: weaker.
    for (const std::string& key : table_.equivalent_given_names(token.text))
      readings.push_back({key, kEquivalentNameCost, true});
    if (readings.empty())
      return;
    tokens.push_back(std::move(readings));
  }
  emit(tokens, out);
}

}  // namespace onoma::cultures
