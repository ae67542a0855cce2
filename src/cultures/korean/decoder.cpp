#include "cultures/korean/decoder.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <optional>

#include "cultures/korean/hangul.hpp"
#include "resolve/scratch.hpp"
#include "text/breves.hpp"
#include "text/utf8.hpp"

namespace onoma::cultures::korean {
namespace {

// keep_best()'s tables, reused from call to call (Decoder::Workspace).
template <typename PartialReading>
struct KeepBestTables {
  std::vector<std::uint32_t> slot_of;   // a position in `distinct`, or kEmpty
  std::vector<std::uint32_t> distinct;  // the cheapest index per id
  std::vector<PartialReading> kept;     // the result before it is swapped in
};

// Keeps the `limit` cheapest partial readings, one per Hangul (the same Hangul reached twice
// keeps its cheaper path); ties go to the smaller Hangul, so the result is deterministic.
// Duplicates are found by id in a small open-addressing table, and only indices are sorted:
// the readings are moved once, at the end.
template <typename PartialReading>
void keep_best(std::vector<PartialReading>& partials, std::size_t limit,
               KeepBestTables<PartialReading>& tables) {
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
  std::vector<std::uint32_t>& slot_of = tables.slot_of;
  std::vector<std::uint32_t>& distinct = tables.distinct;
  slot_of.assign(slots, kEmpty);
  distinct.clear();
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
  std::vector<PartialReading>& best = tables.kept;
  best.clear();
  for (std::size_t k = 0; k < kept; ++k)
    best.push_back(std::move(partials[distinct[k]]));
  partials.swap(best);  // `best` keeps the old storage for the next call
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
// after one, and the reverse. At most two, held inline: this runs for every spelling the
// lattice tries.
class VoicingVariants {
 public:
  explicit VoicingVariants(std::string_view spelling) {
    if (spelling.size() < 2)
      return;
    if (const char last = voicing_swap(spelling.back())) {
      std::string& variant = variants_[count_++];
      variant.assign(spelling);
      variant.back() = last;
    }
    if (const char first = voicing_swap(spelling.front())) {
      std::string& variant = variants_[count_++];
      variant.assign(spelling);
      variant.front() = first;
    }
  }
  const std::string* begin() const { return variants_.data(); }
  const std::string* end() const { return variants_.data() + count_; }

 private:
  std::array<std::string, 2> variants_;
  std::size_t count_ = 0;
};

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

namespace {

// What the text as written says of a letter that its folded token does not (Part::marks).
enum Mark : std::uint8_t {
  kBreve = 1,      // an o or u written ŏ or ŭ
  kAspirated = 2,  // a k, t, p or the h of ch followed by an apostrophe: ㅋ ㅌ ㅍ ㅊ
  kUnknown = 4,    // the written token did not line up with its letters: its breves are unknown
};

// A part of a span: tokens joined by hyphens decode as one string whose hyphens are preferred
// syllable boundaries, not walls ("Yu-na" may still be 연아, at a cost).
struct Part {
  std::string letters;  // at most kMaxTokenLetters
  // Per letter position (letters.size() + 1 of them): whether a hyphen stood there.
  std::array<bool, Decoder::kMaxTokenLetters + 1> hyphen_before;
  // Per letter: its Mark bits.
  std::array<std::uint8_t, Decoder::kMaxTokenLetters> marks;
};

// Whether the span's marks constrain its readings (Decoder, "McCune–Reischauer's marks").
struct SpanMarks {
  bool vowels = false;      // some letter has a breve
  bool aspiration = false;  // some stop has an apostrophe
};

// Sets kBreve on the token's letters of `part` (`count` of them from `first`) that the token
// as written spells ŏ or ŭ, or kUnknown on all of them when that is not known
// (text::breve_letters), so that no vowel of theirs is held to a mark. Returns whether some letter
// has a breve.
bool mark_breves(resolve::TokenSpan span, const Token& token, Part& part, std::size_t first,
                 std::size_t count) {
  const std::string_view written = span.written(token);
  const std::optional<std::uint64_t> breves =
      written.empty() ? std::nullopt : text::breve_letters(written, token.text);
  for (std::size_t i = 0; i < count; ++i) {
    if (!breves)
      part.marks[first + i] |= kUnknown;
    else if ((*breves >> i & 1) != 0)
      part.marks[first + i] |= kBreve;
  }
  return breves.value_or(0) != 0;
}

// How many of a reading's syllables have an ㅓ-vowel (ㅓ ㅕ ㅝ, which McCune–Reischauer writes
// with ŏ), an ㅡ-vowel (ㅡ ㅢ: ŭ) and an aspirated initial (ㅊ ㅋ ㅌ ㅍ: an apostrophe).
struct MarkedJamo {
  int eo = 0;
  int eu = 0;
  int aspirated = 0;
};

MarkedJamo marked_jamo(const SyllableReading& reading) {
  MarkedJamo counts;
  for (std::uint8_t k = 0; k < reading.syllable_count; ++k) {
    const Jamo jamo = decompose(kFirstSyllable + reading.syllables[k]);
    counts.eo += jamo.vowel == 4 || jamo.vowel == 6 || jamo.vowel == 14;
    counts.eu += jamo.vowel == 18 || jamo.vowel == 19;
    counts.aspirated += jamo.initial >= 14 && jamo.initial <= 17;
  }
  return counts;
}

}  // namespace

// What decode() works in, kept by each thread from call to call (resolve::ScratchLease): its
// vectors keep their capacity, so a decode allocates only the readings it returns.
struct Decoder::Workspace {
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

  std::vector<std::vector<Partial>> best;  // decode_part()'s lattice, per letter position
  std::vector<Extension> extensions;
  KeepBestTables<Partial> keep;
  std::vector<Partial> partials;  // the readings of the parts decoded so far
  std::vector<Part> parts;        // parts[0, part_count) are the span's
  std::size_t part_count = 0;
  SpanMarks span_marks;

  std::size_t retained_bytes() const {
    std::size_t partials_held = partials.capacity() + keep.kept.capacity();
    for (const std::vector<Partial>& at : best)
      partials_held += at.capacity();
    return partials_held * sizeof(Partial) + extensions.capacity() * sizeof(Extension) +
           (keep.slot_of.capacity() + keep.distinct.capacity()) * sizeof(std::uint32_t);
  }
};

void Decoder::decode_part(std::string_view letters, const bool* hyphen_before,
                          const std::uint8_t* marks, bool surname_position, Workspace& workspace,
                          const resolve::PrefixFilter* catalog_prefixes) const {
  const SpanMarks span_marks = workspace.span_marks;
  // best[i]: the cheapest readings of the parts before and letters[0, i).
  std::vector<std::vector<Partial>>& best = workspace.best;
  if (best.size() < letters.size() + 1)
    best.resize(letters.size() + 1);
  best[0].swap(workspace.partials);
  for (std::size_t i = 1; i <= letters.size(); ++i)
    best[i].clear();
  const std::size_t longest = table_.longest_spelling();
  const auto begins_voiced = [&](std::string_view spelling) {
    const char swapped = voicing_swap(spelling.front());
    if (swapped == 0)
      return false;
    std::string voiced(spelling);
    voiced.front() = swapped;
    return table_.begins_spelling(voiced);
  };
  std::vector<Workspace::Extension>& extensions = workspace.extensions;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    if (best[i].empty())
      continue;
    keep_best(best[i], kBeam, workspace.keep);
    extensions.clear();
    const float boundary_cost = i == 0 || hyphen_before[i] ? 0.0f : kJoinedBoundaryCost;
    float crossing_cost = 0.0f;  // hyphens inside the syllable so far
    MarkedJamo spelled;          // the marks of the spelling so far
    bool marks_unknown = false;
    for (std::size_t length = 1; length <= longest && i + length <= letters.size(); ++length) {
      if (length > 1 && hyphen_before[i + length - 1])
        crossing_cost += kCrossHyphenCost;
      const std::uint8_t mark = marks[i + length - 1];
      marks_unknown = marks_unknown || (mark & kUnknown) != 0;
      if ((mark & kBreve) != 0)
        ++(letters[i + length - 1] == 'o' ? spelled.eo : spelled.eu);
      spelled.aspirated += (mark & kAspirated) != 0;
      const std::string_view spelling = letters.substr(i, length);
      // Past the surname, a syllable is part of a given name and takes that prior too.
      const bool in_given_name = !surname_position || i > 0;
      // What the span's marks say against a syllable reading of this spelling.
      const bool check_vowels = span_marks.vowels && !marks_unknown;
      const auto mark_cost = [&](const SyllableReading& syllable) {
        if (!check_vowels && !span_marks.aspiration)
          return 0.0f;
        const MarkedJamo read = marked_jamo(syllable);
        int differences = 0;
        if (check_vowels)
          differences += std::abs(read.eo - spelled.eo) + std::abs(read.eu - spelled.eu);
        if (span_marks.aspiration)
          differences += std::abs(read.aspirated - spelled.aspirated);
        return static_cast<float>(differences) * kMarkMismatchCost;
      };
      const auto extend = [&](const std::vector<SyllableReading>& readings, float extra) {
        for (const SyllableReading& syllable : readings) {
          const float prior = in_given_name ? syllable.given_cost : 0.0f;
          if (syllable.syllable_count == 0)
            continue;
          const float marked = mark_cost(syllable);
          for (const Partial& prefix : best[i]) {
            if (prefix.length + syllable.syllable_count > kMaxSyllables)
              continue;
            const std::uint64_t key = resolve::extend_prefix(prefix.key, syllable.folded);
            extensions.push_back(
                {&prefix, &syllable, prefix.cost + syllable.cost + extra + prior + marked,
                 i + length, key,
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
      for (const std::string& variant : VoicingVariants(spelling)) {
        extend(table_.syllable(variant), boundary_cost + crossing_cost + kVoicingCost);
      }
      // A longer spelling here, or its voicing variant (first or last letter changed), begins
      // with this one or with it voiced at the start; when no table spelling does, stop.
      if (!table_.begins_spelling(spelling) && !begins_voiced(spelling))
        break;
    }
    for (const Workspace::Extension& extension : extensions) {
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
  }
  workspace.partials.swap(best[letters.size()]);
}

namespace {

// The parts of `span`, or false when the decoder reads no reading in it at all (an acronym, too
// many tokens, a token of another script or of other characters, a part too long).
// The parts go to parts[0, count), reusing the Part objects there (and their strings' storage).
// With `span_marks`, the letters' marks too (Part::marks) and whether the span has any; without
// it (reads(), which only asks whether some reading exists) the marks are left unset.
bool split_parts(resolve::TokenSpan span, std::vector<Part>& parts, std::size_t& count,
                 SpanMarks* span_marks) {
  count = 0;
  if (span_marks != nullptr)
    *span_marks = {};
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
    const bool joined = count > 0 && token.separator == Separator::kHyphen;
    if (!joined) {
      if (parts.size() == count)
        parts.emplace_back();
      parts[count].letters.clear();
      parts[count].hyphen_before[0] = false;
      ++count;
    }
    Part& part = parts[count - 1];
    if (joined)
      part.hyphen_before[part.letters.size()] = true;
    const std::size_t first_letter = part.letters.size();
    std::size_t letters_in_token = 0;
    for (const char c : token.text) {
      if (c >= 'a' && c <= 'z') {
        if (part.letters.size() == Decoder::kMaxTokenLetters)
          return false;  // too long
        part.letters.push_back(c);
        part.hyphen_before[part.letters.size()] = false;
        part.marks[part.letters.size() - 1] = 0;
        ++letters_in_token;
      } else if (c == '\'') {
        if (span_marks == nullptr)
          continue;
        // McCune–Reischauer's aspiration: k' t' p' ch' (an apostrophe elsewhere, as in n'g, only
        // parts syllables).
        const std::size_t n = part.letters.size();
        const char before = n > first_letter ? part.letters[n - 1] : 0;
        if (before == 'k' || before == 't' || before == 'p' ||
            (before == 'h' && n >= first_letter + 2 && part.letters[n - 2] == 'c')) {
          part.marks[n - 1] |= kAspirated;
          span_marks->aspiration = true;
        }
      } else {
        return false;
      }
    }
    if (letters_in_token == 0)
      return false;
    if (span_marks != nullptr && mark_breves(span, token, part, first_letter, letters_in_token))
      span_marks->vowels = true;
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
      for (const std::string& variant : VoicingVariants(spelling))
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
  std::size_t part_count = 0;
  if (!split_parts(span, parts, part_count, nullptr))
    return false;
  std::size_t letters = 0;
  for (std::size_t p = 0; p < part_count; ++p)
    letters += parts[p].letters.size();
  // Each syllable takes a letter at least, so only a longer name can meet kMaxSyllables, where
  // the beam decides: ask it.
  if (letters > kMaxSyllables)
    return !decode(span).empty();
  for (std::size_t p = 0; p < part_count; ++p) {
    if (!segments(parts[p].letters, p == 0))
      return false;
  }
  return true;
}

std::vector<HangulReading> Decoder::decode(resolve::TokenSpan span,
                                           const resolve::PrefixFilter* catalog_prefixes) const {
  resolve::ScratchLease<Workspace> workspace;
  std::vector<HangulReading> readings;
  if (split_parts(span, workspace->parts, workspace->part_count, &workspace->span_marks)) {
    std::vector<Partial>& partials = workspace->partials;
    partials.clear();
    partials.push_back({0,
                        {},
                        0,
                        0.0f,
                        resolve::kEmptyPrefix,
                        resolve::extend_prefix(resolve::kEmptyPrefix, "h:")});
    for (std::size_t p = 0; p < workspace->part_count && !partials.empty(); ++p) {
      const Part& part = workspace->parts[p];
      decode_part(part.letters, part.hyphen_before.data(), part.marks.data(), p == 0, *workspace,
                  catalog_prefixes);
    }
    keep_best(partials, kMaxReadings, workspace->keep);
    readings.reserve(partials.size());
    for (const Partial& partial : partials)
      readings.push_back({partial.hangul(), partial.cost});
  }
  return readings;
}

}  // namespace onoma::cultures::korean
