#include "cultures/korean/decoder.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "cultures/korean/hangul.hpp"
#include "text/utf8.hpp"

namespace onoma::cultures::korean {
namespace {

// Keeps the `limit` cheapest partial readings, one per Hangul (the same Hangul reached twice
// keeps its cheaper path); ties go to the smaller Hangul, so the result is deterministic.
// Duplicates are found by id in a small open-addressing table, and only indices are sorted:
// the readings are moved once, at the end.
template <typename PartialReading>
void keep_best(std::vector<PartialReading>& partials, std::size_t limit) {
  const std::size_t count = partials.size();
  if (count == 0)
    return;
  const auto cheaper = [&](std::uint32_t a, std::uint32_t b) {
    const PartialReading& x = partials[a];
    const PartialReading& y = partials[b];
    return x.cost != y.cost ? x.cost < y.cost : x.hangul_less(y);
  };
  constexpr std::uint32_t kEmpty = 0xFFFFFFFF;
  std::size_t slots = 16;
  while (slots < 2 * count)
    slots *= 2;
  std::vector<std::uint32_t> slot_of(slots, kEmpty);  // a position in `distinct`
  std::vector<std::uint32_t> distinct;                // the cheapest index per id
  distinct.reserve(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint64_t id = partials[i].id;
    std::size_t slot = static_cast<std::size_t>((id * 0x9E3779B97F4A7C15ull) >> 32) & (slots - 1);
    while (slot_of[slot] != kEmpty && partials[distinct[slot_of[slot]]].id != id)
      slot = (slot + 1) & (slots - 1);
    if (slot_of[slot] == kEmpty) {
      slot_of[slot] = static_cast<std::uint32_t>(distinct.size());
      distinct.push_back(i);
    } else if (cheaper(i, distinct[slot_of[slot]])) {
      distinct[slot_of[slot]] = i;
    }
  }
  const std::size_t kept = std::min(limit, distinct.size());
  std::partial_sort(distinct.begin(), distinct.begin() + static_cast<std::ptrdiff_t>(kept),
                    distinct.end(), cheaper);
  std::vector<PartialReading> best;
  best.reserve(kept);
  for (std::size_t k = 0; k < kept; ++k)
    best.push_back(std::move(partials[distinct[k]]));
  partials = std::move(best);
}

// The letter voicing writes for a stop (g for k, t for d, ...), or 0 for any other letter.
char voicing_swap(char c) {
  switch (c) {
    case 'g':
      return 'k';
    case 'k':
      return 'g';
    case 'd':
      return 't';
    case 't':
      return 'd';
    case 'b':
      return 'p';
    case 'p':
      return 'b';
    default:
      return 0;
  }
}

// Spellings that voicing or its absence can produce from a table spelling: a final k/t/p
// written g/d/b before a voiced sound ("sog" for 석), an initial g/d/b/j written k/t/p/ch
// after one, and the reverse.
std::vector<std::string> voicing_variants(std::string_view spelling) {
  std::vector<std::string> variants;
  if (spelling.size() < 2)
    return variants;
  const auto swap_char = voicing_swap;
  if (const char last = swap_char(spelling.back())) {
    std::string variant(spelling);
    variant.back() = last;
    variants.push_back(std::move(variant));
  }
  if (const char first = swap_char(spelling.front())) {
    std::string variant(spelling);
    variant.front() = first;
    variants.push_back(std::move(variant));
  }
  return variants;
}

}  // namespace

// A reading of the letters so far. Its Hangul is held as syllable offsets from U+AC00, not as a
// string: the beam copies and sorts thousands of partial readings per name, and strings made
// that most of the decoder's time. `id` hashes the Hangul (a cheap identity for keep_best());
// `key` is the prefix hash of its reading key, "h:" + the folded Hangul.
struct Decoder::Partial {
  // The first kHeadSyllables syllables as (offset + 1) in 16 bits each, first syllable highest,
  // 0 where there is none: ties in cost are common, and this settles most of them in one
  // comparison.
  static constexpr std::uint8_t kHeadSyllables = 4;
  std::uint64_t head;
  std::array<std::uint16_t, kMaxSyllables> syllables;
  std::uint8_t length;
  float cost;
  std::uint64_t id;
  std::uint64_t key;

  void append(std::uint16_t syllable) {
    if (length < kHeadSyllables)
      head |= std::uint64_t{syllable + 1u} << (16 * (kHeadSyllables - 1 - length));
    syllables[length++] = syllable;
  }
  // The order of the Hangul as UTF-8 strings: every syllable is three bytes whose order is the
  // code point's, so the strings compare as the offsets do (a prefix first).
  bool hangul_less(const Partial& other) const {
    if (head != other.head)
      return head < other.head;
    if (length <= kHeadSyllables || other.length <= kHeadSyllables)
      return length < other.length;
    return std::lexicographical_compare(
        syllables.begin() + kHeadSyllables, syllables.begin() + length,
        other.syllables.begin() + kHeadSyllables, other.syllables.begin() + other.length);
  }
  std::string hangul() const {
    std::string text;
    text.reserve(3 * length);
    for (std::uint8_t i = 0; i < length; ++i)
      text::append_utf8(text, kFirstSyllable + syllables[i]);
    return text;
  }
};

std::vector<Decoder::Partial> Decoder::decode_part(
    std::string_view letters, const std::vector<bool>& hyphen_before, bool surname_position,
    std::vector<Partial> partials, const resolve::PrefixFilter* catalog_prefixes) const {
  // best[i]: the cheapest readings of the parts before and letters[0, i).
  std::vector<std::vector<Partial>> best(letters.size() + 1);
  best[0] = std::move(partials);
  const std::size_t longest = table_.longest_spelling();
  const auto begins_voiced = [&](std::string_view spelling) {
    const char swapped = voicing_swap(spelling.front());
    if (swapped == 0)
      return false;
    std::string voiced(spelling);
    voiced.front() = swapped;
    return table_.begins_spelling(voiced);
  };
  // A partial reading of best[i] extended by one syllable reading, kept until the filter is
  // asked about it: every extension from position i is located in the filter first, then asked
  // in the order found, so that their cache misses overlap (PrefixFilter::locate()).
  struct Extension {
    const Partial* prefix;
    const SyllableReading* syllable;
    float cost;
    std::size_t end;  // the extended reading's position: best[end]
    std::uint64_t key;
    resolve::PrefixFilter::Probe probe;
  };
  std::vector<Extension> extensions;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    if (best[i].empty())
      continue;
    keep_best(best[i], kBeam);
    extensions.clear();
    const float boundary_cost = i == 0 || hyphen_before[i] ? 0.0f : kJoinedBoundaryCost;
    float crossing_cost = 0.0f;  // hyphens inside the syllable so far
    for (std::size_t length = 1; length <= longest && i + length <= letters.size(); ++length) {
      if (length > 1 && hyphen_before[i + length - 1])
        crossing_cost += kCrossHyphenCost;
      const std::string_view spelling = letters.substr(i, length);
      // Past the surname, a syllable is part of a given name and takes that prior too.
      const bool in_given_name = !surname_position || i > 0;
      const auto extend = [&](const std::vector<SyllableReading>& readings, float extra) {
        for (const SyllableReading& syllable : readings) {
          const float prior = in_given_name ? syllable.given_cost : 0.0f;
          if (syllable.syllable_count == 0)
            continue;
          for (const Partial& prefix : best[i]) {
            if (prefix.length + syllable.syllable_count > kMaxSyllables)
              continue;
            const std::uint64_t key = resolve::extend_prefix(prefix.key, syllable.folded);
            extensions.push_back(
                {&prefix, &syllable, prefix.cost + syllable.cost + extra + prior, i + length, key,
                 catalog_prefixes != nullptr ? catalog_prefixes->locate(key)
                                             : resolve::PrefixFilter::Probe{nullptr, 0}});
          }
        }
      };
      const bool is_surname = surname_position && i == 0 && !table_.surname(spelling).empty();
      extend(table_.syllable(spelling),
             boundary_cost + crossing_cost + (is_surname ? kNotSurnameCost : 0.0f));
      if (is_surname)
        extend(table_.surname(spelling), crossing_cost);
      for (const std::string& variant : voicing_variants(spelling)) {
        extend(table_.syllable(variant), boundary_cost + crossing_cost + kVoicingCost);
      }
      // A longer spelling here, or its voicing variant (first or last letter changed), begins
      // with this one or with it voiced at the start; when no table spelling does, stop.
      if (!table_.begins_spelling(spelling) && !begins_voiced(spelling))
        break;
    }
    for (const Extension& extension : extensions) {
      if (catalog_prefixes != nullptr && !resolve::PrefixFilter::holds(extension.probe))
        continue;
      Partial& longer = best[extension.end].emplace_back(*extension.prefix);
      const SyllableReading& syllable = *extension.syllable;
      for (std::uint8_t k = 0; k < syllable.syllable_count; ++k)
        longer.append(syllable.syllables[k]);
      longer.cost = extension.cost;
      longer.id = resolve::extend_prefix(extension.prefix->id, syllable.hangul);
      longer.key = extension.key;
    }
    best[i].clear();
    best[i].shrink_to_fit();
  }
  return std::move(best[letters.size()]);
}

namespace {

// A part of a span: tokens joined by hyphens decode as one string whose hyphens are preferred
// syllable boundaries, not walls ("Yu-na" may still be 연아, at a cost).
struct Part {
  std::string letters;
  std::vector<bool> hyphen_before;  // per letter position (size letters + 1)
};

// The parts of `span`, or false when the decoder reads no reading in it at all (an acronym, too
// many tokens, a token of another script or of other characters, a part too long).
bool split_parts(resolve::TokenSpan span, std::vector<Part>& parts) {
  // A lone short word in capitals is an acronym (NIS, KCNA, UN), not a romanized name.
  if (span.count == 1 && span.tokens->all_caps &&
      span.tokens->text.size() <= Decoder::kMaxAcronymLetters) {
    return false;
  }
  if (span.count > Decoder::kMaxTokens)
    return false;
  for (const Token& token : span) {
    if (token.script != Script::kLatin)
      return false;
    const bool joined = !parts.empty() && token.separator == Separator::kHyphen;
    if (!joined)
      parts.push_back({{}, {false}});
    Part& part = parts.back();
    if (joined)
      part.hyphen_before.back() = true;
    std::size_t letters_in_token = 0;
    for (const char c : token.text) {
      if (c >= 'a' && c <= 'z') {
        part.letters.push_back(c);
        part.hyphen_before.push_back(false);
        ++letters_in_token;
      } else if (c != '\'') {
        return false;
      }
    }
    if (letters_in_token == 0 || part.letters.size() > Decoder::kMaxTokenLetters)
      return false;
  }
  return true;
}

bool has_syllables(const std::vector<SyllableReading>& readings) {
  return std::any_of(readings.begin(), readings.end(),
                     [](const SyllableReading& reading) { return reading.syllable_count > 0; });
}

}  // namespace

bool Decoder::segments(std::string_view letters, bool surname_position) const {
  std::vector<bool> reached(letters.size() + 1, false);
  reached[0] = true;
  const std::size_t longest = table_.longest_spelling();
  for (std::size_t i = 0; i < letters.size(); ++i) {
    if (!reached[i])
      continue;
    for (std::size_t length = 1; length <= longest && i + length <= letters.size(); ++length) {
      const std::string_view spelling = letters.substr(i, length);
      bool fits = has_syllables(table_.syllable(spelling)) ||
                  (surname_position && i == 0 && has_syllables(table_.surname(spelling)));
      for (const std::string& variant : voicing_variants(spelling))
        fits = fits || has_syllables(table_.syllable(variant));
      if (fits)
        reached[i + length] = true;
      // As decode_part() stops: no longer spelling or voicing variant begins with this one.
      std::string voiced(spelling);
      const char swapped = voicing_swap(voiced.front());
      if (swapped != 0)
        voiced.front() = swapped;
      if (!table_.begins_spelling(spelling) && (swapped == 0 || !table_.begins_spelling(voiced)))
        break;
    }
  }
  return reached[letters.size()];
}

bool Decoder::reads(resolve::TokenSpan span) const {
  std::vector<Part> parts;
  if (!split_parts(span, parts))
    return false;
  std::size_t letters = 0;
  for (const Part& part : parts)
    letters += part.letters.size();
  // Each syllable takes a letter at least, so only a longer name can meet kMaxSyllables, where
  // the beam decides: ask it.
  if (letters > kMaxSyllables)
    return !decode(span).empty();
  bool first = true;
  for (const Part& part : parts) {
    if (!segments(part.letters, first))
      return false;
    first = false;
  }
  return true;
}

std::vector<HangulReading> Decoder::decode(resolve::TokenSpan span,
                                           const resolve::PrefixFilter* catalog_prefixes) const {
  std::vector<Part> parts;
  if (!split_parts(span, parts))
    return {};
  std::vector<Partial> partials{
      {0, {}, 0, 0.0f, resolve::kEmptyPrefix, resolve::extend_prefix(resolve::kEmptyPrefix, "h:")}};
  bool first = true;
  for (const Part& part : parts) {
    partials =
        decode_part(part.letters, part.hyphen_before, first, std::move(partials), catalog_prefixes);
    if (partials.empty())
      return {};
    first = false;
  }
  keep_best(partials, kMaxReadings);
  std::vector<HangulReading> readings;
  readings.reserve(partials.size());
  for (const Partial& partial : partials)
    readings.push_back({partial.hangul(), partial.cost});
  return readings;
}

}  // namespace onoma::cultures::korean
