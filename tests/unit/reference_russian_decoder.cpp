// The first Russian decoder, kept as the reference for cultures::russian::Decoder: each partial
// reading holds its Cyrillic in a string of its own. The fast decoder keeps them in one buffer
// per decode; unit.fast_paths requires both to give the same readings, costs and order.
#include "reference_russian_decoder.hpp"

#include <algorithm>
#include <string>

namespace onoma::test {

using cultures::russian::collapse_doubled;
using cultures::russian::CyrillicReading;
using cultures::russian::KeyPrefix;
using cultures::russian::Spelling;
using cultures::russian::SpellingContext;

namespace {

struct Partial {
  std::string cyrillic;
  float cost;
  KeyPrefix key;  // of `start` + collapse_doubled(cyrillic), when pruning
};

bool is_latin_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Whether folded Cyrillic ends with ж ч ш щ (two bytes each in UTF-8).
bool ends_hushing(const std::string& cyrillic) {
  if (cyrillic.size() < 2)
    return false;
  const std::string_view last = std::string_view(cyrillic).substr(cyrillic.size() - 2);
  return last == "ж" || last == "ч" || last == "ш" || last == "щ";
}

// Whether `spelling` may stand at `at` of `latin`, as far as the Latin letters tell: the letters
// match and the context allows it. kAfterHushing depends on the reading so far (fits_after()).
bool fits_letters(const Spelling& spelling, std::string_view latin, std::size_t at) {
  if (latin.compare(at, spelling.latin.size(), spelling.latin) != 0)
    return false;
  switch (spelling.context) {
    case SpellingContext::kAnywhere:
      return true;
    case SpellingContext::kTokenStart:
      return at == 0;
    case SpellingContext::kTokenEnd:
      return at + spelling.latin.size() == latin.size();
    case SpellingContext::kAfterVowel:
      return at > 0 && is_latin_vowel(latin[at - 1]);
    case SpellingContext::kBeforeVowel: {
      const std::size_t next = at + spelling.latin.size();
      return next < latin.size() && is_latin_vowel(latin[next]);
    }
    case SpellingContext::kAfterHushing:
      return true;
  }
  return false;
}

bool fits_after(const Spelling& spelling, const std::string& cyrillic_so_far) {
  return spelling.context != SpellingContext::kAfterHushing || ends_hushing(cyrillic_so_far);
}

// Keeps the `beam` cheapest partial readings, one per distinct Cyrillic (its cheapest), ties by
// Cyrillic. Deduplicates by sorting on the Cyrillic first: a scan of the kept readings for each
// candidate cost a string comparison per pair.
void prune(std::vector<Partial>& partials, std::size_t beam) {
  std::sort(partials.begin(), partials.end(), [](const Partial& a, const Partial& b) {
    return a.cyrillic != b.cyrillic ? a.cyrillic < b.cyrillic : a.cost < b.cost;
  });
  partials.erase(
      std::unique(partials.begin(), partials.end(),
                  [](const Partial& a, const Partial& b) { return a.cyrillic == b.cyrillic; }),
      partials.end());
  const auto cheaper = [](const Partial& a, const Partial& b) {
    return a.cost != b.cost ? a.cost < b.cost : a.cyrillic < b.cyrillic;
  };
  if (partials.size() > beam) {
    std::partial_sort(partials.begin(), partials.begin() + static_cast<std::ptrdiff_t>(beam),
                      partials.end(), cheaper);
    partials.resize(beam);
  } else {
    std::sort(partials.begin(), partials.end(), cheaper);
  }
}

}  // namespace

std::vector<CyrillicReading> ReferenceRussianDecoder::decode(
    std::string_view latin, const resolve::PrefixFilter* catalog_prefixes,
    std::uint64_t start) const {
  if (latin.empty() || latin.size() > Decoder::kMaxLetters)
    return {};
  for (const char c : latin) {
    if (!((c >= 'a' && c <= 'z') || c == '\''))
      return {};
  }
  // at[i]: the partial readings of latin[0, i).
  std::vector<std::vector<Partial>> at(latin.size() + 1);
  at[0].push_back({{}, 0.0f, KeyPrefix{start}});
  for (std::size_t i = 0; i < latin.size(); ++i) {
    if (at[i].empty())
      continue;
    prune(at[i], Decoder::kBeam);
    const std::vector<Spelling>& spellings = table_.starting_with(latin[i]);
    // Spellings are sorted longest first: the first that matches is the longest.
    std::size_t longest = 0;
    for (const Spelling& spelling : spellings) {
      if (latin.compare(i, spelling.latin.size(), spelling.latin) == 0) {
        longest = spelling.latin.size();
        break;
      }
    }
    for (const Spelling& spelling : spellings) {
      if (!fits_letters(spelling, latin, i))
        continue;
      const float cost =
          spelling.cost + (spelling.latin.size() < longest ? Decoder::kSplitCost : 0.0f);
      for (const Partial& partial : at[i]) {
        if (partial.cost + cost > Decoder::kMaxCost || !fits_after(spelling, partial.cyrillic))
          continue;
        KeyPrefix key = partial.key;
        if (catalog_prefixes != nullptr) {
          key.append(spelling.cyrillic);
          if (!catalog_prefixes->may_contain(key.hash))
            continue;
        }
        at[i + spelling.latin.size()].push_back(
            {partial.cyrillic + spelling.cyrillic, partial.cost + cost, key});
      }
    }
    at[i].clear();
    at[i].shrink_to_fit();
  }

  std::vector<Partial>& complete = at[latin.size()];
  for (Partial& partial : complete)
    partial.cyrillic = collapse_doubled(partial.cyrillic);
  prune(complete, Decoder::kMaxReadings);
  std::vector<CyrillicReading> readings;
  for (Partial& partial : complete) {
    if (!partial.cyrillic.empty())
      readings.push_back({std::move(partial.cyrillic), partial.cost, false});
  }
  return readings;
}

}  // namespace onoma::test
