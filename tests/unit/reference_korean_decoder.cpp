// The Latin-to-Hangul decoder as first written, with strings in its beam: the straightforward
// version that cultures::korean::Decoder (syllable offsets, indices sorted, duplicates hashed) is
// checked against in test_fast_paths. Kept unchanged in behaviour; not built into the library.
#include "reference_korean_decoder.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>

#include "cultures/korean/hangul.hpp"
#include "text/breves.hpp"
#include "text/utf8.hpp"

namespace onoma::test {

using cultures::korean::HangulReading;
using cultures::korean::SyllableReading;
namespace {

// Keeps the `limit` cheapest partial readings, one per Hangul (the same Hangul reached twice
// keeps its cheaper path); ties go to the smaller Hangul, so the result is deterministic.
template <typename PartialReading>
void keep_best(std::vector<PartialReading>& partials, std::size_t limit) {
  std::sort(partials.begin(), partials.end(), [](const PartialReading& a, const PartialReading& b) {
    if (a.id != b.id)
      return a.id < b.id;
    return a.cost != b.cost ? a.cost < b.cost : a.hangul < b.hangul;
  });
  partials.erase(
      std::unique(partials.begin(), partials.end(),
                  [](const PartialReading& a, const PartialReading& b) { return a.id == b.id; }),
      partials.end());
  const auto cheaper = [](const PartialReading& a, const PartialReading& b) {
    return a.cost != b.cost ? a.cost < b.cost : a.hangul < b.hangul;
  };
  if (partials.size() > limit) {
    std::partial_sort(partials.begin(), partials.begin() + static_cast<std::ptrdiff_t>(limit),
                      partials.end(), cheaper);
    partials.resize(limit);
  } else {
    std::sort(partials.begin(), partials.end(), cheaper);
  }
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

// The span's parts: tokens joined by hyphens decode as one string whose hyphens are preferred
// syllable boundaries, not walls ("Yu-na" may still be 연아, at a cost). Per letter, what the
// written text marks on it (Decoder, "McCune–Reischauer's marks").
struct ReferenceKoreanDecoder::Part {
  std::string letters;
  std::vector<bool> hyphen_before;  // per letter position (size letters + 1)
  std::vector<bool> breve;          // per letter: written ŏ or ŭ
  std::vector<bool> aspirated;      // per letter: a stop followed by an apostrophe
  std::vector<bool> unknown;        // per letter: its token's breves are not known
};

// Whether the span is marked: some breve, some aspiration apostrophe.
struct ReferenceKoreanDecoder::Marking {
  bool vowels = false;
  bool aspiration = false;
};

namespace {

// What McCune–Reischauer's marks in `part` over letters [begin, end) say against the Hangul
// `hangul`, as a cost: per syllable with an ㅓ-vowel (ㅓ ㅕ ㅝ), an ㅡ-vowel (ㅡ ㅢ) or an
// aspirated initial (ㅊ ㅋ ㅌ ㅍ) that the letters' breves (on o, on u) and apostrophes do not
// account for, or the other way round.
template <typename PartType, typename MarkingType>
float mark_cost(const PartType& part, const MarkingType& marking, std::size_t begin,
                std::size_t end, const std::string& hangul) {
  bool unknown = false;
  int breve_o = 0, breve_u = 0, apostrophes = 0;
  for (std::size_t i = begin; i < end; ++i) {
    unknown = unknown || part.unknown[i];
    if (part.breve[i] && part.letters[i] == 'o')
      ++breve_o;
    if (part.breve[i] && part.letters[i] == 'u')
      ++breve_u;
    if (part.aspirated[i])
      ++apostrophes;
  }
  int eo = 0, eu = 0, aspirated = 0;
  for (std::size_t offset = 0; offset < hangul.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(hangul, offset);
    offset += decoded.length;
    if (!cultures::korean::is_syllable(decoded.code_point))
      continue;
    const cultures::korean::Jamo jamo = cultures::korean::decompose(decoded.code_point);
    // ㅓ ㅕ ㅝ; ㅡ ㅢ; ㅊ ㅋ ㅌ ㅍ.
    if (jamo.vowel == 4 || jamo.vowel == 6 || jamo.vowel == 14)
      ++eo;
    if (jamo.vowel == 18 || jamo.vowel == 19)
      ++eu;
    if (jamo.initial == 14 || jamo.initial == 15 || jamo.initial == 16 || jamo.initial == 17)
      ++aspirated;
  }
  int differences = 0;
  if (marking.vowels && !unknown)
    differences += std::abs(eo - breve_o) + std::abs(eu - breve_u);
  if (marking.aspiration)
    differences += std::abs(aspirated - apostrophes);
  return static_cast<float>(differences) * ReferenceKoreanDecoder::kMarkMismatchCost;
}

}  // namespace

// A reading of the letters so far. `id` hashes the Hangul (a cheap identity for keep_best());
// `key` is the prefix hash of its reading key, "h:" + the folded Hangul.
struct ReferenceKoreanDecoder::Partial {
  std::string hangul;
  float cost;
  std::uint64_t id;
  std::uint64_t key;
};

std::vector<ReferenceKoreanDecoder::Partial> ReferenceKoreanDecoder::decode_part(
    const Part& part, const Marking& marking, bool surname_position, std::vector<Partial> partials,
    const resolve::PrefixFilter* catalog_prefixes) const {
  const std::string_view letters = part.letters;
  const std::vector<bool>& hyphen_before = part.hyphen_before;
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
  for (std::size_t i = 0; i < letters.size(); ++i) {
    if (best[i].empty())
      continue;
    keep_best(best[i], kBeam);
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
          const float marked = mark_cost(part, marking, i, i + length, syllable.hangul);
          for (const Partial& prefix : best[i]) {
            const std::uint64_t key = resolve::extend_prefix(prefix.key, syllable.folded);
            if (catalog_prefixes != nullptr && !catalog_prefixes->may_contain(key))
              continue;
            best[i + length].push_back({prefix.hangul + syllable.hangul,
                                        prefix.cost + syllable.cost + extra + prior + marked,
                                        resolve::extend_prefix(prefix.id, syllable.hangul), key});
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
    best[i].clear();
    best[i].shrink_to_fit();
  }
  return std::move(best[letters.size()]);
}

std::vector<HangulReading> ReferenceKoreanDecoder::decode(
    resolve::TokenSpan span, const resolve::PrefixFilter* catalog_prefixes) const {
  // A lone short word in capitals is an acronym (NIS, KCNA, UN), not a romanized name.
  if (span.count == 1 && span.tokens->all_caps && span.tokens->text.size() <= kMaxAcronymLetters) {
    return {};
  }
  if (span.count > kMaxTokens)
    return {};
  std::vector<Part> parts;
  Marking marking;
  for (const Token& token : span) {
    if (token.script != Script::kLatin)
      return {};
    const bool joined = !parts.empty() && token.separator == Separator::kHyphen;
    if (!joined)
      parts.push_back({{}, {false}, {}, {}, {}});
    Part& part = parts.back();
    if (joined)
      part.hyphen_before.back() = true;
    const std::size_t first_letter = part.letters.size();
    std::size_t letters_in_token = 0;
    for (const char c : token.text) {
      if (c >= 'a' && c <= 'z') {
        part.letters.push_back(c);
        part.hyphen_before.push_back(false);
        part.breve.push_back(false);
        part.aspirated.push_back(false);
        part.unknown.push_back(false);
        ++letters_in_token;
      } else if (c == '\'') {
        // An apostrophe after k, t, p or ch of this token aspirates it.
        const std::string_view so_far = std::string_view(part.letters).substr(first_letter);
        if (!so_far.empty() &&
            (so_far.back() == 'k' || so_far.back() == 't' || so_far.back() == 'p' ||
             (so_far.size() >= 2 && so_far.substr(so_far.size() - 2) == "ch"))) {
          part.aspirated.back() = true;
          marking.aspiration = true;
        }
      } else {
        return {};
      }
    }
    if (letters_in_token == 0 || part.letters.size() > kMaxTokenLetters)
      return {};
    const std::string_view written = span.written(token);
    const std::optional<std::uint64_t> breves =
        written.empty() ? std::nullopt : text::breve_letters(written, token.text);
    for (std::size_t i = 0; i < letters_in_token; ++i) {
      if (!breves) {
        part.unknown[first_letter + i] = true;
      } else if ((*breves >> i & 1) != 0) {
        part.breve[first_letter + i] = true;
        marking.vowels = true;
      }
    }
  }
  std::vector<Partial> partials{{std::string(), 0.0f, resolve::kEmptyPrefix,
                                 resolve::extend_prefix(resolve::kEmptyPrefix, "h:")}};
  bool first = true;
  for (const Part& part : parts) {
    partials = decode_part(part, marking, first, std::move(partials), catalog_prefixes);
    if (partials.empty())
      return {};
    first = false;
  }
  keep_best(partials, kMaxReadings);
  std::vector<HangulReading> readings;
  readings.reserve(partials.size());
  for (Partial& partial : partials)
    readings.push_back({std::move(partial.hangul), partial.cost});
  return readings;
}

}  // namespace onoma::test
