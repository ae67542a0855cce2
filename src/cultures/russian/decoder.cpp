#include "cultures/russian/decoder.hpp"

#include <algorithm>

#include "resolve/scratch.hpp"

namespace onoma::cultures::russian {
namespace {

// A partial reading: its Cyrillic is text[begin, begin + size) of the decode's one buffer, so
// that extending a reading costs no allocation of its own (a 14-letter word makes thousands).
struct Partial {
  std::uint32_t begin;
  std::uint32_t size;
  float cost;
  KeyPrefix key;  // of `start` + collapse_doubled(cyrillic), when pruning
};

// The decode's Cyrillic: every partial reading's text, appended as it is made.
class TextBuffer {
 public:
  TextBuffer() { text_.reserve(1024); }

  std::string_view of(const Partial& partial) const {
    return std::string_view(text_).substr(partial.begin, partial.size);
  }

  // Appends `head`'s text followed by `tail` (which must not point into the buffer); returns
  // where the new text begins.
  std::uint32_t append(const Partial& head, std::string_view tail) {
    const std::size_t needed = text_.size() + head.size + tail.size();
    // `head` points into the buffer: reserve first, so that appending it does not move it.
    if (needed > text_.capacity())
      text_.reserve(2 * needed);
    const auto begin = static_cast<std::uint32_t>(text_.size());
    text_.append(text_.data() + head.begin, head.size);
    text_.append(tail);
    return begin;
  }

  // Appends the key of `head`'s text (collapse_doubled()); returns where it begins.
  std::uint32_t append_key(const Partial& head, std::string& scratch) {
    scratch.assign(of(head));
    const auto begin = static_cast<std::uint32_t>(text_.size());
    append_cyrillic_key(scratch, text_);
    return begin;
  }

  std::size_t size() const { return text_.size(); }
  std::size_t capacity() const { return text_.capacity(); }
  void clear() { text_.clear(); }

 private:
  std::string text_;
};

bool is_latin_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Whether folded Cyrillic ends with ж ч ш щ (two bytes each in UTF-8).
bool ends_hushing(std::string_view cyrillic) {
  if (cyrillic.size() < 2)
    return false;
  const std::string_view last = cyrillic.substr(cyrillic.size() - 2);
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

bool fits_after(const Spelling& spelling, std::string_view cyrillic_so_far) {
  return spelling.context != SpellingContext::kAfterHushing || ends_hushing(cyrillic_so_far);
}

// Keeps the `beam` cheapest partial readings, one per distinct Cyrillic (its cheapest), ties by
// Cyrillic. Duplicates are found by the text's hash in an open-addressing table, compacting in
// place: sorting all of them by text first cost a string comparison per step, and this runs at
// every position of every word.
struct PruneTables {                  // prune()'s, reused from call to call within a decode
  std::vector<std::uint32_t> slots;   // a kept reading's position, or kEmpty
  std::vector<std::uint64_t> hashes;  // of the kept readings' text, by position
};
void prune(std::vector<Partial>& partials, std::size_t beam, const TextBuffer& text,
           PruneTables& tables) {
  constexpr std::uint32_t kEmpty = 0xFFFFFFFF;
  std::size_t slot_count = 16;
  while (slot_count < 2 * partials.size())
    slot_count *= 2;
  std::vector<std::uint32_t>& slots = tables.slots;
  std::vector<std::uint64_t>& hashes = tables.hashes;
  slots.assign(slot_count, kEmpty);
  hashes.clear();
  std::size_t kept = 0;
  for (std::size_t i = 0; i < partials.size(); ++i) {
    const std::string_view cyrillic = text.of(partials[i]);
    const std::uint64_t hash = resolve::extend_prefix(resolve::kEmptyPrefix, cyrillic);
    std::size_t slot =
        static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ull) >> 32) & (slot_count - 1);
    while (slots[slot] != kEmpty &&
           (hashes[slots[slot]] != hash || text.of(partials[slots[slot]]) != cyrillic)) {
      slot = (slot + 1) & (slot_count - 1);
    }
    if (slots[slot] == kEmpty) {
      slots[slot] = static_cast<std::uint32_t>(kept);
      hashes.push_back(hash);
      partials[kept++] = partials[i];
    } else if (partials[i].cost < partials[slots[slot]].cost) {
      partials[slots[slot]] = partials[i];
    }
  }
  partials.resize(kept);
  const auto cheaper = [&](const Partial& a, const Partial& b) {
    return a.cost != b.cost ? a.cost < b.cost : text.of(a) < text.of(b);
  };
  if (partials.size() > beam) {
    std::partial_sort(partials.begin(), partials.begin() + static_cast<std::ptrdiff_t>(beam),
                      partials.end(), cheaper);
    partials.resize(beam);
  } else {
    std::sort(partials.begin(), partials.end(), cheaper);
  }
}

// A partial reading of at[i] extended by one spelling, kept until the filter is asked about it:
// all of position i's are located first, then asked in the order found, so that their cache
// misses overlap (PrefixFilter::locate()).
struct Extension {
  const Partial* partial;
  const Spelling* spelling;
  float cost;
  KeyPrefix key;
  resolve::PrefixFilter::Probe probe;
};

// What decode() works in, kept by each thread from call to call (resolve::ScratchLease): its
// vectors keep their capacity, so a decode allocates only the readings it returns.
struct Workspace {
  TextBuffer text;
  PruneTables prune_tables;
  std::vector<std::vector<Partial>> at;  // the lattice, per letter position
  std::vector<Extension> extensions;
  std::string key_scratch;

  std::size_t retained_bytes() const {
    std::size_t partials = 0;
    for (const std::vector<Partial>& position : at)
      partials += position.capacity();
    return text.capacity() + partials * sizeof(Partial) +
           extensions.capacity() * sizeof(Extension) +
           prune_tables.slots.capacity() * sizeof(std::uint32_t) +
           prune_tables.hashes.capacity() * sizeof(std::uint64_t);
  }
};

}  // namespace

std::vector<CyrillicReading> Decoder::decode(std::string_view latin,
                                             const resolve::PrefixFilter* catalog_prefixes,
                                             std::uint64_t start) const {
  if (latin.empty() || latin.size() > kMaxLetters)
    return {};
  for (const char c : latin) {
    if (!((c >= 'a' && c <= 'z') || c == '\''))
      return {};
  }
  resolve::ScratchLease<Workspace> workspace;
  TextBuffer& text = workspace->text;
  PruneTables& prune_tables = workspace->prune_tables;
  text.clear();
  // at[i]: the partial readings of latin[0, i).
  std::vector<std::vector<Partial>>& at = workspace->at;
  if (at.size() < latin.size() + 1)
    at.resize(latin.size() + 1);
  for (std::size_t i = 0; i <= latin.size(); ++i)
    at[i].clear();
  at[0].push_back({0, 0, 0.0f, KeyPrefix{start}});
  std::vector<Extension>& extensions = workspace->extensions;
  for (std::size_t i = 0; i < latin.size(); ++i) {
    if (at[i].empty())
      continue;
    prune(at[i], kBeam, text, prune_tables);
    extensions.clear();
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
      const float cost = spelling.cost + (spelling.latin.size() < longest ? kSplitCost : 0.0f);
      for (const Partial& partial : at[i]) {
        if (partial.cost + cost > kMaxCost || !fits_after(spelling, text.of(partial)))
          continue;
        KeyPrefix key = partial.key;
        resolve::PrefixFilter::Probe probe{nullptr, 0};
        if (catalog_prefixes != nullptr) {
          key.append(spelling.cyrillic);
          probe = catalog_prefixes->locate(key.hash);
        }
        extensions.push_back({&partial, &spelling, partial.cost + cost, key, probe});
      }
    }
    for (const Extension& extension : extensions) {
      if (catalog_prefixes != nullptr && !resolve::PrefixFilter::holds(extension.probe))
        continue;
      const Partial& partial = *extension.partial;
      const std::string_view cyrillic = extension.spelling->cyrillic;
      const std::uint32_t begin = text.append(partial, cyrillic);
      at[i + extension.spelling->latin.size()].push_back(
          {begin, static_cast<std::uint32_t>(partial.size + cyrillic.size()), extension.cost,
           extension.key});
    }
    at[i].clear();
  }

  std::vector<Partial>& complete = at[latin.size()];
  for (Partial& partial : complete) {
    const std::uint32_t begin = text.append_key(partial, workspace->key_scratch);
    partial.size = static_cast<std::uint32_t>(text.size() - begin);
    partial.begin = begin;
  }
  prune(complete, kMaxReadings, text, prune_tables);
  std::vector<CyrillicReading> readings;
  for (const Partial& partial : complete) {
    if (partial.size > 0)
      readings.push_back({std::string(text.of(partial)), partial.cost, false});
  }
  return readings;
}

}  // namespace onoma::cultures::russian
