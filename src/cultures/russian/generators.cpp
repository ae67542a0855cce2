#include "cultures/russian/generators.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cultures/russian/iso9.hpp"

namespace onoma::cultures {
namespace {

using resolve::Reading;
using russian::CyrillicReading;

// Dropping a patronymic ("Viktorovich") costs less than any contradiction: the name is the same,
// only shorter.
constexpr float kDroppedPatronymicCost = 0.03f;
constexpr std::size_t kMaxTokens = 6;
// Cost of a Cyrillic name read as its key, on the query side and the catalog side alike. The key
// drops letters (ё/е, й/и/ы, ь, doubled letters), so two names that differ only there (Наталья,
// Наталия) meet at 0.97 x (1 - 2 x 0.015) = 0.94, while the exact spelling of one of them scores
// 1.0: more than the default ambiguity margin apart.
constexpr float kFoldedCyrillicCost = 0.015f;
// A word written with ISO 9's own letters (Âna, Šostakovič) and read otherwise than letter for
// letter contradicts them: such readings cost this much more, as much as the lossy ISO 9 rows of
// latin.tsv (s for ш), so that "Âna" is Яна before Анна ("ana").
constexpr float kBesideIso9Cost = 0.08f;
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

// Calls `drop(t)` for each word of a name of `words` words that the name may be read without: a
// middle word (of three or more) whose key, `key_of(t)`, is a patronymic.
template <typename KeyOf, typename Drop>
void for_each_droppable_patronymic(std::size_t words, KeyOf key_of, Drop drop) {
  for (std::size_t t = 1; t + 1 < words && words >= 3; ++t) {
    if (is_patronymic_key(key_of(t)))
      drop(t);
  }
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

// The prefix hash of the tag every Russian key begins with.
std::uint64_t tag_prefix() {
  return resolve::extend_prefix(resolve::kEmptyPrefix, "r:");
}

// Whether `a_head` + `a_tail` sorts before `b_head` + `b_tail`, without building either.
bool concatenation_less(std::string_view a_head, std::string_view a_tail, std::string_view b_head,
                        std::string_view b_tail) {
  const std::size_t a_size = a_head.size() + a_tail.size();
  const std::size_t b_size = b_head.size() + b_tail.size();
  const auto at = [](std::string_view head, std::string_view tail, std::size_t i) {
    return static_cast<unsigned char>(i < head.size() ? head[i] : tail[i - head.size()]);
  };
  for (std::size_t i = 0; i < a_size && i < b_size; ++i) {
    const unsigned char a = at(a_head, a_tail, i);
    const unsigned char b = at(b_head, b_tail, i);
    if (a != b)
      return a < b;
  }
  return a_size < b_size;
}

// Every concatenation of one reading per token, cheapest first (a beam over tokens). With
// `catalog_prefixes`, only the concatenations that may begin a catalog key.
std::vector<CyrillicReading> combine(const std::vector<std::vector<CyrillicReading>>& tokens,
                                     float extra_cost,
                                     const resolve::PrefixFilter* catalog_prefixes) {
  struct Head {
    CyrillicReading reading;
    std::uint64_t key;  // prefix hash of "r:" + reading.key
  };
  // A head and one more token's reading, before the beam keeps it: the key is built only for
  // the kMaxReadings kept, out of up to kMaxReadings x the token's readings pairs.
  struct Extension {
    std::uint32_t head;
    std::uint32_t option;
    float cost;
    std::uint64_t key;
  };
  std::vector<Head> partial = {{{{}, extra_cost, false}, tag_prefix()}};
  std::vector<Extension> next;
  // Every pair's filter probe is located before any is asked, so that their cache misses
  // overlap (PrefixFilter::locate()).
  std::vector<resolve::PrefixFilter::Probe> probes;
  for (const std::vector<CyrillicReading>& options : tokens) {
    next.clear();
    probes.clear();
    for (std::size_t h = 0; h < partial.size(); ++h) {
      const Head& head = partial[h];
      for (std::size_t o = 0; o < options.size(); ++o) {
        const CyrillicReading& option = options[o];
        std::uint64_t key = 0;
        if (catalog_prefixes != nullptr) {
          key = resolve::extend_prefix(head.key, option.key);
          probes.push_back(catalog_prefixes->locate(key));
        }
        next.push_back({static_cast<std::uint32_t>(h), static_cast<std::uint32_t>(o),
                        head.reading.cost + option.cost, key});
      }
    }
    if (catalog_prefixes != nullptr) {
      std::size_t kept = 0;
      for (std::size_t k = 0; k < next.size(); ++k) {
        if (resolve::PrefixFilter::holds(probes[k]))
          next[kept++] = next[k];
      }
      next.resize(kept);
    }
    std::sort(next.begin(), next.end(), [&](const Extension& a, const Extension& b) {
      return a.cost != b.cost
                 ? a.cost < b.cost
                 : concatenation_less(partial[a.head].reading.key, options[a.option].key,
                                      partial[b.head].reading.key, options[b.option].key);
    });
    if (next.size() > kMaxReadings)
      next.resize(kMaxReadings);
    std::vector<Head> kept;
    kept.reserve(next.size());
    for (const Extension& extension : next) {
      const Head& head = partial[extension.head];
      const CyrillicReading& option = options[extension.option];
      kept.push_back({{head.reading.key + option.key, extension.cost,
                       head.reading.by_equivalence || option.by_equivalence},
                      extension.key});
    }
    partial = std::move(kept);
  }
  std::vector<CyrillicReading> readings;
  readings.reserve(partial.size());
  for (Head& head : partial)
    readings.push_back(std::move(head.reading));
  return readings;
}

// Appends the readings of a name whose tokens read as `tokens`, and the same without a
// patronymic: a middle token of three or more whose best reading is one.
void emit(const std::vector<std::vector<CyrillicReading>>& tokens,
          const resolve::PrefixFilter* catalog_prefixes, std::vector<Reading>& out) {
  for (CyrillicReading& reading : combine(tokens, 0.0f, catalog_prefixes))
    out.push_back({"r:" + std::move(reading.key), reading.cost, reading.by_equivalence});
  for_each_droppable_patronymic(
      tokens.size(), [&](std::size_t t) { return std::string_view(tokens[t].front().key); },
      [&](std::size_t t) {
        std::vector<std::vector<CyrillicReading>> without = tokens;
        without.erase(without.begin() + static_cast<std::ptrdiff_t>(t));
        for (CyrillicReading& reading : combine(without, kDroppedPatronymicCost, catalog_prefixes))
          out.push_back(
              {"r:" + std::move(reading.key), reading.cost, reading.by_equivalence, true});
      });
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
  // Each word has one reading, its key, so the name's reading is the words' keys in order (and,
  // as emit() would give, the same without a patronymic): no beam, no per-word strings.
  std::string keys = "r:";
  std::array<std::size_t, kMaxTokens + 1> word_end{};
  word_end[0] = keys.size();
  std::size_t words = 0;
  for (const Token& token : span) {
    if (token.script != Script::kCyrillic || !russian::append_cyrillic_key(token.text, keys) ||
        keys.size() == word_end[words]) {
      return;
    }
    word_end[++words] = keys.size();
  }
  // The name's cost, once (on its first word, as combine() adds it).
  out.push_back({keys, 0.0f + kFoldedCyrillicCost, false});
  for_each_droppable_patronymic(
      words,
      [&](std::size_t t) {
        return std::string_view(keys).substr(word_end[t], word_end[t + 1] - word_end[t]);
      },
      [&](std::size_t t) {
        std::string without = keys.substr(0, word_end[t]);
        without.append(keys, word_end[t + 1], std::string::npos);
        out.push_back(
            {std::move(without), kDroppedPatronymicCost + kFoldedCyrillicCost, false, true});
      });
}

bool CyrillicReadingGenerator::may_leave_out(resolve::TokenSpan word) const {
  std::string key;
  return word.count == 1 && word.tokens->script == Script::kCyrillic &&
         russian::append_cyrillic_key(word.tokens->text, key) && is_patronymic_key(key);
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
  read(span, nullptr, out);
}

void RomanizedRussianGenerator::generate_pruned(resolve::TokenSpan span,
                                                const resolve::PrefixFilter& catalog_prefixes,
                                                std::vector<Reading>& out) const {
  read(span, &catalog_prefixes, out);
}

void RomanizedRussianGenerator::prepare() const {
  russian::prepare_iso9_letters();
}

bool RomanizedRussianGenerator::may_leave_out(resolve::TokenSpan word) const {
  // As emit() decides: the word's best reading (read() puts an ISO 9 one first) is a patronymic.
  if (word.count != 1 || word.tokens->script != Script::kLatin)
    return false;
  if (std::optional<std::string> exact = russian::iso9_key(word.written(*word.tokens)))
    return is_patronymic_key(*exact);
  // Most words end otherwise and need no decoding: "-vich", "-vna", "-ichna" and their
  // spellings end in h or a.
  const std::string_view text = word.tokens->text;
  if (text.size() < 5 || (text.back() != 'h' && text.back() != 'a'))
    return false;
  const std::vector<CyrillicReading> readings = decoder_.decode(text);
  return !readings.empty() && is_patronymic_key(readings.front().key);
}

void RomanizedRussianGenerator::read(resolve::TokenSpan span,
                                     const resolve::PrefixFilter* catalog_prefixes,
                                     std::vector<Reading>& out) const {
  if (span.count == 0 || span.count > kMaxTokens)
    return;
  std::vector<std::vector<CyrillicReading>> tokens;
  for (const Token& token : span) {
    if (token.script != Script::kLatin)
      return;
    // The first word's key begins the name's key, so its decoding can follow the catalog's key
    // prefixes; later words are combined with it, and their concatenations pruned, in emit().
    std::vector<CyrillicReading> readings =
        tokens.empty() ? decoder_.decode(token.text, catalog_prefixes, tag_prefix())
                       : decoder_.decode(token.text);
    // A word in ISO 9 ("Šostakovič") reads back exactly, before any of the decoder's guesses.
    if (std::optional<std::string> exact = russian::iso9_key(span.written(token))) {
      std::erase_if(readings,
                    [&](const CyrillicReading& reading) { return reading.key == *exact; });
      for (CyrillicReading& reading : readings)
        reading.cost += kBesideIso9Cost;
      readings.insert(readings.begin(), {std::move(*exact), 0.0f, false});
    }
    // "Alexander" is not a spelling of Александр but its English equivalent: weaker.
    for (const std::string& key : table_.equivalent_given_names(token.text))
      readings.push_back({key, kEquivalentNameCost, true});
    if (readings.empty())
      return;
    tokens.push_back(std::move(readings));
  }
  emit(tokens, catalog_prefixes, out);
}

}  // namespace onoma::cultures
