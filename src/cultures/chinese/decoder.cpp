#include "cultures/chinese/decoder.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "resolve/scratch.hpp"

namespace onoma::cultures::chinese {
namespace {

// One part of the name: its letters (apostrophes kept) and where a hyphen or an apostrophe
// between tokens forces a syllable boundary.
struct Part {
  std::string letters;                                         // at most kMaxPartLetters
  std::array<bool, Decoder::kMaxPartLetters> boundary_before;  // per letter
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

// What decode_in() works in, kept by each thread from call to call (resolve::ScratchLease): its
// vectors keep their capacity, so a decode allocates little more than the readings it returns.
struct Workspace {
  std::vector<Part> parts;  // parts[0, part_count) are the span's
  std::size_t part_count = 0;
  std::vector<std::vector<Segmentation>> at;  // a part's lattice, per letter position
  // The readings so far by the segmentations of the next part, as indices, before the cheapest
  // are made into readings.
  struct Pair {
    std::uint32_t head;
    std::uint32_t tail;
    float cost;
  };
  std::vector<Pair> pairs;

  std::size_t retained_bytes() const {
    std::size_t segmentations = 0;
    for (const std::vector<Segmentation>& position : at)
      segmentations += position.capacity();
    return segmentations * sizeof(Segmentation) + pairs.capacity() * sizeof(Pair) +
           parts.capacity() * sizeof(Part);
  }
};

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
  resolve::ScratchLease<Workspace> workspace;
  // Parts: tokens joined by hyphens or apostrophes belong together.
  std::vector<Part>& parts = workspace->parts;
  std::size_t& part_count = workspace->part_count;
  part_count = 0;
  for (const Token& token : span) {
    if (token.script != Script::kLatin || token.text.empty())
      return {};
    const bool joins = token.separator == Separator::kHyphen ||
                       token.separator == Separator::kApostrophe ||
                       token.separator == Separator::kNone;
    if (part_count == 0 || !joins) {
      if (parts.size() == part_count)
        parts.emplace_back();
      parts[part_count++].letters.clear();
    }
    Part& part = parts[part_count - 1];
    for (std::size_t i = 0; i < token.text.size(); ++i) {
      const char c = token.text[i];
      if (!((c >= 'a' && c <= 'z') || c == '\''))
        return {};
      if (part.letters.size() == kMaxPartLetters)
        return {};  // too long
      part.boundary_before[part.letters.size()] = i == 0;
      part.letters.push_back(c);
    }
  }

  std::vector<PinyinReading> combined = {PinyinReading{{}, 0.0f}};
  for (std::size_t p = 0; p < part_count; ++p) {
    const Part& part = parts[p];
    const std::string& s = part.letters;
    const std::size_t n = s.size();
    // at[i]: segmentations of s[0, i).
    std::vector<std::vector<Segmentation>>& at = workspace->at;
    if (at.size() < n + 1)
      at.resize(n + 1);
    for (std::size_t i = 0; i <= n; ++i)
      at[i].clear();
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
    // Every reading so far by every segmentation of this part, as index pairs: only the
    // cheapest kMaxReadings are made into readings.
    std::vector<Workspace::Pair>& pairs = workspace->pairs;
    pairs.clear();
    for (std::uint32_t head = 0; head < combined.size(); ++head) {
      for (std::uint32_t tail = 0; tail < complete.size(); ++tail)
        pairs.push_back({head, tail, combined[head].cost + complete[tail].cost});
    }
    const auto cheaper = [&](const Workspace::Pair& a, const Workspace::Pair& b) {
      if (a.cost != b.cost)
        return a.cost < b.cost;
      // As the readings' parts compare: every head holds as many parts, so theirs come first.
      if (a.head != b.head && combined[a.head].parts != combined[b.head].parts)
        return combined[a.head].parts < combined[b.head].parts;
      return complete[a.tail].syllables_less(complete[b.tail]);
    };
    const std::size_t kept = std::min(pairs.size(), kMaxReadings);
    std::partial_sort(pairs.begin(), pairs.begin() + static_cast<std::ptrdiff_t>(kept), pairs.end(),
                      cheaper);
    std::vector<PinyinReading> next;
    next.reserve(kept);
    for (std::size_t k = 0; k < kept; ++k) {
      PinyinReading& longer = next.emplace_back(combined[pairs[k].head]);
      longer.parts.push_back(complete[pairs[k].tail].pinyin());
      longer.cost = pairs[k].cost;
    }
    combined = std::move(next);
  }
  return combined;
}

}  // namespace onoma::cultures::chinese
