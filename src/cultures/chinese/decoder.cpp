#include "cultures/chinese/decoder.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace onoma::cultures::chinese {
namespace {

// One part of the name: its letters (apostrophes kept) and where a hyphen or an apostrophe
// between tokens forces a syllable boundary.
struct Part {
  std::string letters;
  std::vector<bool> boundary_before;  // per letter
};

// A segmentation of a part into syllables, which point at the table's pinyin strings: the
// lattice copies a segmentation per extension, and a vector of strings allocated once per
// syllable at each copy (a seventh of the decoder's instructions went with it).
struct Segmentation {
  std::array<const std::string*, Decoder::kMaxPartLetters> syllables;
  std::uint8_t count;
  float cost;

  // As vectors of their pinyin strings compare.
  bool syllables_less(const Segmentation& other) const {
    return std::lexicographical_compare(
        syllables.begin(), syllables.begin() + count, other.syllables.begin(),
        other.syllables.begin() + other.count,
        [](const std::string* a, const std::string* b) { return *a < *b; });
  }
  bool same_syllables(const Segmentation& other) const {
    return std::equal(syllables.begin(), syllables.begin() + count, other.syllables.begin(),
                      other.syllables.begin() + other.count,
                      [](const std::string* a, const std::string* b) { return *a == *b; });
  }
  std::vector<std::string> pinyin() const {
    std::vector<std::string> strings;
    strings.reserve(count);
    for (std::uint8_t k = 0; k < count; ++k)
      strings.push_back(*syllables[k]);
    return strings;
  }
};

void sort_and_cap(std::vector<Segmentation>& list, std::size_t cap) {
  std::sort(list.begin(), list.end(), [](const Segmentation& a, const Segmentation& b) {
    return a.cost != b.cost ? a.cost < b.cost : a.syllables_less(b);
  });
  list.erase(
      std::unique(list.begin(), list.end(),
                  [](const Segmentation& a, const Segmentation& b) { return a.same_syllables(b); }),
      list.end());
  if (list.size() > cap)
    list.resize(cap);
}

}  // namespace

std::string PinyinReading::joined() const {
  std::string key;
  for (const std::vector<std::string>& part : parts) {
    for (const std::string& syllable : part)
      key += syllable;
  }
  return key;
}

std::vector<PinyinReading> Decoder::decode(resolve::TokenSpan span) const {
  if (span.count == 0 || span.count > kMaxTokens)
    return {};
  std::vector<PinyinReading> pinyin = decode_in(span, false);
  std::vector<PinyinReading> wade_giles = decode_in(span, true);
  const float extra = pinyin.empty() ? kWadeGilesCost : kWadeGilesWhenPinyinCost;
  for (PinyinReading& reading : wade_giles) {
    reading.cost += extra;
    pinyin.push_back(std::move(reading));
  }
  std::stable_sort(pinyin.begin(), pinyin.end(),
                   [](const PinyinReading& a, const PinyinReading& b) { return a.cost < b.cost; });
  // The same syllables through both systems: keep the cheaper.
  std::vector<PinyinReading> unique;
  for (PinyinReading& reading : pinyin) {
    const bool seen = std::any_of(unique.begin(), unique.end(), [&](const PinyinReading& other) {
      return other.parts == reading.parts;
    });
    if (!seen && unique.size() < kMaxReadings)
      unique.push_back(std::move(reading));
  }
  return unique;
}

std::vector<PinyinReading> Decoder::decode_in(resolve::TokenSpan span, bool wade_giles) const {
  // Parts: tokens joined by hyphens or apostrophes belong together.
  std::vector<Part> parts;
  for (const Token& token : span) {
    if (token.script != Script::kLatin || token.text.empty())
      return {};
    const bool joins = token.separator == Separator::kHyphen ||
                       token.separator == Separator::kApostrophe ||
                       token.separator == Separator::kNone;
    if (parts.empty() || !joins)
      parts.emplace_back();
    Part& part = parts.back();
    for (std::size_t i = 0; i < token.text.size(); ++i) {
      const char c = token.text[i];
      if (!((c >= 'a' && c <= 'z') || c == '\''))
        return {};
      part.letters.push_back(c);
      part.boundary_before.push_back(i == 0);
    }
    if (part.letters.size() > kMaxPartLetters)
      return {};
  }

  std::vector<PinyinReading> combined = {PinyinReading{{}, 0.0f}};
  for (const Part& part : parts) {
    const std::string& s = part.letters;
    const std::size_t n = s.size();
    // at[i]: segmentations of s[0, i).
    std::vector<std::vector<Segmentation>> at(n + 1);
    at[0].push_back({{}, 0, 0.0f});
    for (std::size_t i = 0; i < n; ++i) {
      if (at[i].empty())
        continue;
      sort_and_cap(at[i], kMaxReadings);
      std::size_t start = i;
      // In pinyin an apostrophe only separates syllables (Xi'an).
      if (!wade_giles && s[i] == '\'') {
        if (i == 0)
          continue;
        for (Segmentation& segmentation : at[i])
          at[i + 1].push_back(segmentation);
        continue;
      }
      for (std::size_t length = 1; start + length <= n && length <= table_.longest_spelling();
           ++length) {
        const std::size_t end = start + length;
        // A syllable never spans a forced boundary.
        if (length > 1 && part.boundary_before[end - 1])
          break;
        const std::string_view spelling = std::string_view(s).substr(start, length);
        // No longer spelling begins with this one: stop lengthening.
        if (!table_.begins_spelling(spelling, wade_giles))
          break;
        const auto& syllables = wade_giles ? table_.wade_giles(spelling) : table_.pinyin(spelling);
        if (syllables.empty())
          continue;
        // Joined to the previous syllable without a hyphen or apostrophe.
        const bool joined = i > 0 && !part.boundary_before[i] && s[i - 1] != '\'';
        const float join_cost = wade_giles && joined ? kJoinedWadeGilesCost : 0.0f;
        for (const Segmentation& head : at[i]) {
          for (const SyllableSpelling& syllable : syllables) {
            Segmentation& next = at[end].emplace_back(head);
            next.syllables[next.count++] = &syllable.pinyin;
            next.cost += syllable.cost + join_cost;
          }
        }
      }
    }
    std::vector<Segmentation>& complete = at[n];
    if (complete.empty())
      return {};
    sort_and_cap(complete, kMaxReadings);
    std::vector<PinyinReading> next;
    for (const PinyinReading& head : combined) {
      for (const Segmentation& tail : complete) {
        PinyinReading longer = head;
        longer.parts.push_back(tail.pinyin());
        longer.cost += tail.cost;
        next.push_back(std::move(longer));
      }
    }
    std::sort(next.begin(), next.end(), [](const PinyinReading& a, const PinyinReading& b) {
      return a.cost != b.cost ? a.cost < b.cost : a.parts < b.parts;
    });
    if (next.size() > kMaxReadings)
      next.resize(kMaxReadings);
    combined = std::move(next);
  }
  return combined;
}

}  // namespace onoma::cultures::chinese
