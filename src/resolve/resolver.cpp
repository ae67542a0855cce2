#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "catalog/storage.hpp"
#include "onoma/resolver.hpp"
#include "resolve/align.hpp"
#include "resolve/generators.hpp"
#include "resolve/index.hpp"
#include "resolve/scores.hpp"
#include "resolve/titles.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

namespace onoma {
namespace {

using resolve::Posting;
using resolve::Reading;
using resolve::TokenSpan;

using resolve::kAlignedScore;
using resolve::kCommonPartialPenalty;
using resolve::kExactScore;
using resolve::kMaxGivenNameParts;
using resolve::kMaxRotations;
using resolve::kNormalizedScore;
using resolve::kPartialScore;
using resolve::kReorderedScore;
// Longest span annotate() tries, in tokens, whatever the catalog holds.
constexpr std::size_t kMaxSpanTokens = 12;
// Words a name in text may have beyond its longest catalog form, because a generator reads the
// name without them (ReadingGenerator::may_leave_out): "Sergey Viktorovich Lavrov" for a
// catalog's Sergey Lavrov.
constexpr std::size_t kMaxLeftOutWords = 1;
// Part-by-part matching (collect_aligned) takes its candidates from the query's kSeedParts
// rarest parts that have at most kMaxSeedPostings postings each; a query whose parts are all
// commoner ("Kim Jong" against a million names) is not matched part by part. At most
// kMaxAlignedCandidates names are aligned per query.
constexpr std::size_t kSeedParts = 2;
constexpr std::size_t kMaxSeedPostings = 4096;
constexpr std::size_t kMaxAlignedCandidates = 512;
// A part with at most this many postings names candidates on its own; past it, a candidate
// must meet two parts of the query (see collect_aligned).
constexpr std::size_t kFewPostings = 64;

// Calls visit(posting) for each posting of (entity, name) in `postings`, which the index keeps
// in (entity, name, part) order: a binary search, then a walk over the few equal ones. A list
// out of order (a crafted snapshot) gives wrong answers, never an out-of-range read.
template <typename Visit>
void for_each_posting_of(resolve::Postings postings, std::uint32_t entity, std::uint16_t name,
                         Visit visit) {
  const auto before = [&](const Posting& posting) {
    return posting.entity < entity || (posting.entity == entity && posting.name < name);
  };
  std::size_t low = 0;
  std::size_t high = postings.size();
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    if (before(postings[middle]))
      low = middle + 1;
    else
      high = middle;
  }
  for (std::size_t i = low;
       i < postings.size() && postings[i].entity == entity && postings[i].name == name; ++i) {
    visit(postings[i]);
  }
}
// Per entity, the best evidence for it. Most queries meet a handful of entities, which a vector
// holds and a scan finds; a lone common surname meets thousands, which an open-addressing index
// of entry numbers (built once the vector grows past kLinearEntries, no allocation per entry)
// finds instead.
template <typename Value>
class PerEntity {
 public:
  using Entry = std::pair<std::uint32_t, Value>;

  // The entry of `entity`, and whether it was just added (value-initialized). The pointer is
  // valid until the next try_emplace().
  std::pair<Entry*, bool> try_emplace(std::uint32_t entity) {
    if (entries_.size() <= kLinearEntries) {
      for (Entry& entry : entries_) {
        if (entry.first == entity)
          return {&entry, false};
      }
    } else {
      if (2 * (entries_.size() + 1) > slots_.size())
        rehash(std::max<std::size_t>(64, 4 * entries_.size()));
      std::size_t slot = home(entity);
      for (; slots_[slot] != 0; slot = (slot + 1) & (slots_.size() - 1)) {
        Entry& entry = entries_[slots_[slot] - 1];
        if (entry.first == entity)
          return {&entry, false};
      }
      slots_[slot] = static_cast<std::uint32_t>(entries_.size() + 1);
    }
    entries_.emplace_back(entity, Value{});
    return {&entries_.back(), true};
  }

  typename std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  typename std::vector<Entry>::const_iterator end() const { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

 private:
  static constexpr std::size_t kLinearEntries = 16;

  std::size_t home(std::uint32_t entity) const {
    return (static_cast<std::uint64_t>(entity) * 0x9E3779B97F4A7C15ull) >> shift_;
  }
  // Slots for `capacity` (rounded up to a power of two), holding every entry so far.
  void rehash(std::size_t capacity) {
    std::size_t size = 64;
    unsigned bits = 6;
    while (size < capacity) {
      size *= 2;
      ++bits;
    }
    slots_.assign(size, 0);
    shift_ = 64 - bits;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      std::size_t slot = home(entries_[i].first);
      while (slots_[slot] != 0)
        slot = (slot + 1) & (size - 1);
      slots_[slot] = static_cast<std::uint32_t>(i + 1);
    }
  }

  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;  // entry number + 1, or 0 for an empty slot
  unsigned shift_ = 58;
};

// The first index at or after `from` whose posting is not before (entity, name) in `postings`
// (kept in (entity, name, part) order): an exponential search from `from`, then a binary one.
// Looking up names in increasing order from the previous answer costs the log of the gap, not
// of the list: intersecting a list of 100 with one of 1,000 takes a few hundred probes.
std::size_t gallop_to(resolve::Postings postings, std::size_t from, std::uint32_t entity,
                      std::uint16_t name) {
  const auto before = [&](std::size_t i) {
    return postings[i].entity < entity || (postings[i].entity == entity && postings[i].name < name);
  };
  std::size_t low = from;
  std::size_t step = 1;
  while (low + step < postings.size() && before(low + step - 1)) {
    low += step;
    step *= 2;
  }
  std::size_t high = std::min(postings.size(), low + step);
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    if (before(middle))
      low = middle + 1;
    else
      high = middle;
  }
  return low;
}

// Contradicted candidates looked at again with their letters (initials, typos), best met first.
constexpr std::size_t kMaxLetterChecks = 4;
constexpr std::size_t kMinTypoLetters = resolve::kMinTypoLetters;

// Letters (code points) of folded UTF-8 text: "лебедев" is 7 letters in 14 bytes.
std::size_t letter_count(std::string_view text) {
  std::size_t letters = 0;
  for (const char c : text)
    letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return letters;
}

// How many words of text a catalog word may become when written in Latin letters, which is what
// bounds annotate()'s spans: a Han character or a Hangul syllable may each be a word of its own
// ("Ban Ki Moon" and "Ban Ki-moon" for 반기문, "Hsi Chin-p'ing" for 习近平), and an Arabic word
// that begins with the article ال is written as two ("al-Baghdadi" for البغدادي).
std::size_t words_when_romanized(const Token& token) {
  switch (token.script) {
    case Script::kHan:
    case Script::kHangul:
      return letter_count(token.text);
    case Script::kArabic:
      return token.text.rfind("\u0627\u0644", 0) == 0 && letter_count(token.text) > 2 ? 2 : 1;
    default:
      return 1;
  }
}

// Whether a name written in Latin letters has a word of one letter ("R." of "Michael R.
// Pompeo"), which an initial in the query may stand for. A cheap look at the bytes.
bool has_one_letter_word(std::string_view name) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    const char c = i < name.size() ? name[i] : ' ';
    if (c == ' ' || c == '-' || c == '.') {
      if (letters == 1)
        return true;
      letters = 0;
    } else {
      letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
  }
  return false;
}

// Which aligned candidate a (entity, name) pair is, for the seed loop of collect_aligned, which
// looks up every posting of its seed parts (thousands for a common part such as "Gu"): open
// addressing over a fixed power-of-two array, because a node-based map spent most of that loop
// hashing, chasing and allocating. At most `capacity` pairs are stored, so the array is never
// more than half full. Not thread-safe; one per query.
class CandidateSlots {
 public:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;

  explicit CandidateSlots(std::size_t capacity) {
    std::size_t size = 16;
    while (size < 2 * capacity)
      size *= 2;
    keys_.assign(size, 0);
    values_.assign(size, kEmpty);
  }

  // The value stored for `key` (entity << 16 | name), or a kEmpty slot to store it in.
  std::uint32_t& slot(std::uint64_t key) {
    const std::size_t mask = keys_.size() - 1;
    // Fibonacci hashing spreads consecutive entity ids over the whole array.
    std::size_t at = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
    while (values_[at] != kEmpty && keys_[at] != key)
      at = (at + 1) & mask;
    keys_[at] = key;
    return values_[at];
  }

 private:
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> values_;
};

bool syllabic_origin(std::string_view origin) {
  // Two-letter primary subtags only: compare them without splitting the tag.
  if (origin.size() < 2 || (origin.size() > 2 && origin[2] != '-'))
    return false;
  const std::string_view language = origin.substr(0, 2);
  return language == "ko" || language == "zh" || language == "ja" || language == "vi";
}

// The parts of `name` (a catalog name) as written, by part_boundaries(); empty when it does not
// tokenize.
std::vector<std::string> written_parts(std::string_view name, bool folded) {
  std::vector<std::string> parts;
  const Result<std::vector<Token>> tokens = tokenize(name);
  if (!tokens || tokens->empty())
    return parts;
  const std::vector<std::size_t> boundaries = resolve::part_boundaries(*tokens);
  for (std::size_t p = 0; p + 1 < boundaries.size(); ++p) {
    const Token* begin = tokens->data() + boundaries[p];
    const Token* end = tokens->data() + boundaries[p + 1];
    if (folded) {
      parts.push_back(resolve::part_letters(begin, end));
    } else {
      parts.push_back(to_valid_utf8(name.substr(begin->begin, (end - 1)->stem_end - begin->begin)));
    }
  }
  return parts;
}

// When token `last` is followed by an aside of one or two words in parentheses and then by a
// word of the same sentence ("Party of (North) Korea"), the index of that word; else 0.
std::size_t aside_after(std::string_view text, const std::vector<Token>& tokens, std::size_t last) {
  const auto trimmed = [](std::string_view gap) {
    while (!gap.empty() && gap.front() == ' ')
      gap.remove_prefix(1);
    while (!gap.empty() && gap.back() == ' ')
      gap.remove_suffix(1);
    return gap;
  };
  const auto gap_before = [&](std::size_t t) {
    return trimmed(text.substr(tokens[t - 1].end, tokens[t].begin - tokens[t - 1].end));
  };
  const std::size_t open = last + 1;
  if (open >= tokens.size() || gap_before(open) != "(" || tokens[open].sentence_start)
    return 0;
  for (std::size_t close = open + 1; close <= open + 2 && close < tokens.size(); ++close) {
    const std::string_view gap = gap_before(close);
    if (gap == ")")
      return tokens[close].sentence_start ? 0 : close;
    if (!gap.empty())
      return 0;
  }
  return 0;
}

// `tokens` with each run of Han characters (Chinese writes no spaces: "王毅会见了孔铉佑" is one
// token) split into one token per character, so that annotate() can find the names inside it.
// A run is split only when its folded text is its text as written (no compatibility
// ideograph), so that offsets stay exact. `inside_run` marks the tokens that came from a split.
std::vector<Token> split_han_runs(std::string_view text, const std::vector<Token>& tokens,
                                  std::vector<bool>& inside_run) {
  std::vector<Token> out;
  inside_run.clear();
  for (const Token& token : tokens) {
    const bool splittable = token.script == Script::kHan && token.end == token.stem_end &&
                            token.text.size() > 3 &&
                            text.substr(token.begin, token.end - token.begin) == token.text;
    if (!splittable) {
      out.push_back(token);
      inside_run.push_back(false);
      continue;
    }
    for (std::size_t i = 0; i < token.text.size();) {
      const auto lead = static_cast<unsigned char>(token.text[i]);
      const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      const std::size_t size = std::min(length, token.text.size() - i);
      Token character = token;
      character.text = token.text.substr(i, size);
      character.begin = token.begin + i;
      character.end = character.begin + size;
      character.stem_end = character.end;
      if (i > 0) {
        character.separator = Separator::kNone;
        character.sentence_start = false;
      }
      out.push_back(std::move(character));
      inside_run.push_back(true);
      i += size;
    }
  }
  return out;
}

// A Latin word written in lower case, as running text writes ordinary words.
bool is_lower_case_word(const Token& token) {
  return token.script == Script::kLatin && !token.capitalized && !token.all_caps;
}

NameKind kind_of_name(const Entity& entity, std::size_t name_index) {
  if (name_index == 0)
    return NameKind::kCanonical;
  return name_index <= entity.natives.size() ? NameKind::kNative : NameKind::kAlias;
}

bool surname_first(std::string_view origin) {
  for (const std::string_view language : {"ko", "zh", "ja", "vi", "hu", "mn"}) {
    if (origin.substr(0, language.size()) == language &&
        (origin.size() == language.size() || origin[language.size()] == '-')) {
      return true;
    }
  }
  return false;
}

// The script of a name: that of its first letter that has one (kOther when none does).
Script written_script(std::string_view name) {
  for (std::size_t offset = 0; offset < name.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(name, offset);
    offset += decoded.length;
    bool has_script = false;
    const Script script = text::script_of(decoded.code_point, has_script);
    if (has_script)
      return script;
  }
  return Script::kOther;
}

// The script every token of a query is written in, or kOther when they differ.
Script shared_script(const std::vector<Token>& tokens) {
  const Script first = tokens.empty() ? Script::kOther : tokens.front().script;
  for (const Token& token : tokens) {
    if (token.script != first)
      return Script::kOther;
  }
  return first;
}

// What the query path asks of an entity, packed in two bytes per entity: the hot loops look at
// hundreds of candidates per query, and reading each Entity (its origin string) misses the cache.
struct EntityTraits {
  static constexpr std::uint8_t kSurnameFirst = 1;  // surname_first(origin)
  static constexpr std::uint8_t kSyllabic = 2;      // syllabic_origin(origin)
  static constexpr unsigned kTypeShift = 2;         // EntityType in bits 2 and 3
  static constexpr std::uint8_t kTypeMask = 3;
  // Bits 4 to 6: the scripts among the entity's names, for those native_script_bit() names.

  static constexpr std::uint8_t kNativeScripts = 16 | 32 | 64;
  // native_names covers the first kMaskedNames names; later ones are read when asked.
  static constexpr std::size_t kMaskedNames = 8;

  std::uint8_t bits = 0;
  // Bit i: name i (in names_of() order) is written in one of the native_script_bit() scripts.
  std::uint8_t native_names = 0;

  static EntityTraits of(const Entity& entity) {
    EntityTraits traits;
    traits.bits = static_cast<std::uint8_t>((surname_first(entity.origin) ? kSurnameFirst : 0) |
                                            (syllabic_origin(entity.origin) ? kSyllabic : 0) |
                                            (static_cast<unsigned>(entity.type) << kTypeShift));
    const std::vector<std::string_view> names = catalog::names_of(entity);
    for (std::size_t i = 0; i < names.size(); ++i) {
      const std::uint8_t script_bit = native_script_bit(written_script(names[i]));
      traits.bits |= script_bit;
      if (script_bit != 0 && i < kMaskedNames)
        traits.native_names |= static_cast<std::uint8_t>(1u << i);
    }
    return traits;
  }
  // The trait bit of a script whose readers keep names apart that romanizations merge (Hangul,
  // Han, Cyrillic); 0 for the others.
  static std::uint8_t native_script_bit(Script script) {
    switch (script) {
      case Script::kHangul:
        return 16;
      case Script::kHan:
        return 32;
      case Script::kCyrillic:
        return 64;
      default:
        return 0;
    }
  }
  bool writes_surname_first() const { return (bits & kSurnameFirst) != 0; }
  bool syllabic() const { return (bits & kSyllabic) != 0; }
  EntityType type() const { return static_cast<EntityType>((bits >> kTypeShift) & kTypeMask); }
  // Whether a query written in `script` (whose native_script_bit() is `script_bit`) that met
  // name `index` went around the entity's own name in that script: the entity has one, and
  // name `index` is in another script. Answered from the bits when they can (one native
  // script among the names), else by reading the name.
  bool around_native(const Entity& entity, std::size_t index, Script script,
                     std::uint8_t script_bit) const {
    if ((bits & script_bit) == 0)
      return false;
    if (index < kMaskedNames) {
      if ((native_names & (1u << index)) == 0)
        return true;
      if ((bits & kNativeScripts) == script_bit)
        return false;
    }
    return written_script(catalog::name_of(entity, index)) != script;
  }
  std::uint8_t surname_part(std::uint8_t part_count) const {
    return writes_surname_first() ? 0 : static_cast<std::uint8_t>(part_count - 1);
  }
};

// Where `tokens`' parts end, counted in the letters part_letters() keeps, the last part's end
// excluded: "Yangbin Hao" is cut after 7 letters.
std::vector<std::size_t> part_cuts(const std::vector<Token>& tokens) {
  const std::vector<std::size_t> boundaries = resolve::part_boundaries(tokens);
  std::vector<std::size_t> cuts;
  std::size_t letters = 0;
  for (std::size_t p = 0; p + 1 < boundaries.size(); ++p) {
    letters +=
        resolve::part_letters(tokens.data() + boundaries[p], tokens.data() + boundaries[p + 1])
            .size();
    if (p + 2 < boundaries.size())
      cuts.push_back(letters);
  }
  return cuts;
}

// Whether a reordered query, cut into parts at `cuts` (part_cuts()) and `letters` long, puts
// each cut between two words of `name`, as a reordering of the name's own words does ("Kim
// Jong-un" for "Kim Jong Un"): the folded key runs the words together, so "Hao Yangbin" turned
// around reads as "Yang Binhao" without being it (and so does its pinyin). True where the cuts
// cannot be compared: a name in another script than the query's `script` (杨彬浩), or letters
// that differ in number (another spelling, "Chong-un" for "Jong Un"; a key without an article).
bool cuts_between_words(std::string_view name, const std::vector<std::size_t>& cuts,
                        std::size_t letters, Script script) {
  const Result<std::vector<Token>> tokens = tokenize(name);
  if (!tokens)
    return true;
  std::vector<std::size_t> word_ends;
  std::size_t at = 0;
  for (const Token& token : *tokens) {
    if (token.script != script)
      return true;
    at += resolve::part_letters(&token, &token + 1).size();
    word_ends.push_back(at);
  }
  if (at != letters)
    return true;
  return std::all_of(cuts.begin(), cuts.end(), [&](std::size_t cut) {
    return std::find(word_ends.begin(), word_ends.end(), cut) != word_ends.end();
  });
}

// The script a culture's decoders read a name into, whatever it is written in: "Choi Sun Hee"
// is read as Hangul. kLatin for a culture of no native script that around_native() knows.
Script culture_script(std::string_view language) {
  if (language == "ko")
    return Script::kHangul;
  if (language == "ru")
    return Script::kCyrillic;
  if (language == "zh")
    return Script::kHan;
  return Script::kLatin;
}

std::string_view strip_tag(std::string_view key) {
  const std::size_t colon = key.find(':');
  return colon == std::string_view::npos ? key : key.substr(colon + 1);
}

}  // namespace

std::vector<std::string> estimate_origins(std::string_view name) {
  Result<std::vector<Token>> tokens = tokenize(name);
  if (!tokens || tokens->empty())
    return {};
  const TokenSpan span{tokens->data(), tokens->size(), name};
  const resolve::Generators& generators = resolve::default_generators();
  std::vector<Reading> readings;
  return resolve::likely_languages([&](std::size_t g) { return generators[g]->affinity(span); },
                                   [&](std::size_t g) {
                                     readings.clear();
                                     generators[g]->generate(span, readings);
                                     return !readings.empty();
                                   });
}

std::string_view status_name(Status status) {
  switch (status) {
    case Status::kResolved:
      return "resolved";
    case Status::kAmbiguous:
      return "ambiguous";
    case Status::kUnknown:
      return "unknown";
  }
  return "unknown";
}

std::string_view name_kind_name(NameKind kind) {
  switch (kind) {
    case NameKind::kCanonical:
      return "canonical";
    case NameKind::kNative:
      return "native";
    case NameKind::kAlias:
      return "alias";
  }
  return "alias";
}

std::string_view match_kind_name(MatchKind kind) {
  switch (kind) {
    case MatchKind::kExact:
      return "exact";
    case MatchKind::kNormalized:
      return "normalized";
    case MatchKind::kReordered:
      return "reordered";
    case MatchKind::kPartial:
      return "partial";
    case MatchKind::kAligned:
      return "aligned";
  }
  return "partial";
}

std::string_view part_match_name(PartMatch match) {
  switch (match) {
    case PartMatch::kSame:
      return "same";
    case PartMatch::kShortForm:
      return "short-form";
    case PartMatch::kInitial:
      return "initial";
    case PartMatch::kTypo:
      return "typo";
    case PartMatch::kMissing:
      return "missing";
    case PartMatch::kExtra:
      return "extra";
    case PartMatch::kContradicted:
      return "contradicted";
  }
  return "contradicted";
}

std::string Explanation::to_string() const {
  std::string out =
      match == MatchKind::kAligned
          ? fmt::format("aligned match of {} name '{}' part by part", name_kind_name(name_kind),
                        matched_name)
          : fmt::format("{} match of {} name '{}' via {} reading '{}'", match_kind_name(match),
                        name_kind_name(name_kind), matched_name, via, reading);
  if (cost > 0)
    out += fmt::format(" (cost {:.2f})", cost);
  if (match == MatchKind::kPartial && !parts.empty() && parts.front().weight < 1)
    out += fmt::format(" (a common part: weight {:.2f})", parts.front().weight);
  if (match == MatchKind::kAligned) {
    out += ":";
    for (const AlignedPart& part : parts) {
      out += fmt::format(" [{} '{}' ~ '{}'", part_match_name(part.match), part.query, part.name);
      if (!part.via.empty())
        out += fmt::format(" via {}", part.via);
      if (part.cost > 0)
        out += fmt::format(" cost {:.2f}", part.cost);
      if (part.weight < 1)
        out += fmt::format(" weight {:.2f}", part.weight);
      out += "]";
    }
  }
  if (!context.empty())
    out += fmt::format("; linked to the earlier mention {}", context);
  if (!stripped.empty()) {
    out += "; stripped";
    for (const std::string& title : stripped)
      out += fmt::format(" '{}'", title);
  }
  return out;
}

struct Resolver::Impl {
  Catalog catalog;
  ResolverOptions options;
  const resolve::Generators& generators = resolve::default_generators();
  std::unique_ptr<resolve::ReadingIndex> index;
  std::size_t longest_name_tokens = 1;  // annotate() tries no longer span
  // The Latin words of catalog names after their first word, folded ("bin" of "Osama bin Laden",
  // "talks" of "Six-Party Talks"), and the lower-case words of the cultures whose generators read
  // some catalog entity (ReadingGenerator::lower_case_name_words): the only lower-case words
  // annotate() lets a span run into.
  std::unordered_set<std::string> later_name_words;
  std::vector<EntityTraits> traits;  // per entity, in catalog order
  // Per generator, the script its readings are spelled in: its culture's (culture_script()), or
  // kOther for a generator of no culture, whose readings keep the query's script.
  std::vector<Script> reading_scripts;

  Impl(Catalog catalog_in, ResolverOptions options_in)
      : catalog(std::move(catalog_in)), options(options_in) {
    // A snapshot's index, or one built now.
    index = resolve::ReadingIndex::for_catalog(catalog, generators, options.index_threads);
    if (options.prepare_tables) {
      for (const auto& generator : generators)
        generator->prepare();
    }
    for (const auto& generator : generators) {
      reading_scripts.push_back(
          generator->language().empty() ? Script::kOther : culture_script(generator->language()));
    }
    traits.reserve(catalog.size());
    std::vector<bool> reads_some_entity(generators.size(), false);
    for (const Entity& entity : catalog) {
      traits.push_back(EntityTraits::of(entity));
      for (std::size_t g = 0; g < generators.size(); ++g) {
        if (!reads_some_entity[g] && generators[g]->applies_to_origin(entity.origin))
          reads_some_entity[g] = true;
      }
      for (std::string_view name : catalog::names_of(entity)) {
        const Result<std::vector<Token>> tokens = tokenize(name);
        if (!tokens)
          continue;
        // Counted as the text may write the name in Latin letters: 반기문 is one token of the
        // catalog but three of "Ban Ki-moon". (annotate() splits a run of Han into characters.)
        std::size_t span_tokens = 0;
        for (const Token& token : *tokens)
          span_tokens += words_when_romanized(token);
        longest_name_tokens = std::max(longest_name_tokens, span_tokens);
        for (std::size_t t = 1; t < tokens->size(); ++t) {
          if ((*tokens)[t].script == Script::kLatin)
            later_name_words.insert((*tokens)[t].text);
        }
      }
    }
    longest_name_tokens = std::min(longest_name_tokens, kMaxSpanTokens);
    for (std::size_t g = 0; g < generators.size(); ++g) {
      if (!reads_some_entity[g])
        continue;
      for (const std::string_view word : generators[g]->lower_case_name_words())
        later_name_words.emplace(word);
    }
  }

  // The best evidence for one entity. Its Explanation is written only for the candidates
  // decide() keeps: a common surname alone ("Kim") has thousands of postings.
  struct Pending {
    double score;
    double cost;
    std::uint32_t key;  // index into Evidence::keys
    std::uint16_t name;
    MatchKind kind;
    std::string_view via;         // a generator's name, which lives as long as the generator
    std::int32_t alignment = -1;  // index into Evidence::alignments for kAligned
    float weight = 1;             // kPartial: the rarity of the part
  };

  // Evidence gathered for one query, best per entity.
  struct Evidence {
    PerEntity<Pending> best;
    std::vector<std::string> keys;      // the reading keys that gave evidence
    std::vector<std::string> stripped;  // titles taken off the query
    bool whole_name_found = false;
    std::string as_written;  // the query without titles and possessive, valid UTF-8
    // Part-by-part matches, and the query's parts (as written) and weights they refer to.
    std::vector<resolve::Alignment> alignments;
    std::vector<std::string> query_parts;
    std::vector<float> query_weights;
  };

  // `rotation_only` (annotate()'s span of a name written surname last) looks up that one
  // rotation of the parts, not the span as written.
  void collect(std::string_view mention, const std::vector<Token>& tokens,
               const std::vector<std::string>& stripped, const Hints& hints, Evidence& evidence,
               bool allow_reordering = true, std::size_t rotation_only = 0) const {
    const std::vector<std::size_t> boundaries = resolve::part_boundaries(tokens);
    const std::size_t part_count = boundaries.size() - 1;
    std::vector<Reading> readings;
    // annotate() asks for no reordering: its spans are running text, not a query.
    const bool in_text = !allow_reordering;

    // The query as written, without a possessive "'s" (which no catalog name has).
    const std::string_view as_written =
        mention.substr(tokens.front().begin, tokens.back().stem_end - tokens.front().begin);

    evidence.stripped = stripped;
    evidence.as_written = to_valid_utf8(as_written);
    // A lone part's rarity: the commoner the surname among people (Kim) or in the catalog, the
    // less a part alone says.
    const double share = part_count == 1 ? resolve::surname_share(resolve::part_letters(
                                               tokens.data(), tokens.data() + tokens.size()))
                                         : 0.0;
    // A reading in Hangul, Han or Cyrillic (the query's own script, or the one a culture's
    // decoder read a romanized query into) meets an entity whose name in that script the catalog
    // knows through that name, or pays kAroundNativeCost.
    const Script query_script = shared_script(tokens);
    // A rotation's part cuts and letter count, while its readings are looked up.
    const std::vector<std::size_t>* rotated_cuts = nullptr;
    std::size_t rotated_letters = 0;
    const auto consider = [&](resolve::Postings postings, MatchKind match, const Reading& reading,
                              std::string_view via, Script reading_script) {
      const std::uint8_t native_bit = EntityTraits::native_script_bit(reading_script);
      std::uint32_t key = 0;
      bool key_kept = false;
      const float weight =
          match == MatchKind::kPartial ? resolve::rarity_weight(postings.size(), share) : 1.0f;
      for (const Posting& posting : postings) {
        const EntityTraits entity_traits = traits[posting.entity];
        if (hints.type && entity_traits.type() != *hints.type)
          continue;
        // A part alone names a person only when it is the surname: the first part in East
        // Asian name order (Choe of Choe Son-hui, 최 of 최선희), the last otherwise (Lavrov).
        if (match == MatchKind::kPartial &&
            posting.part != entity_traits.surname_part(posting.part_count)) {
          continue;
        }
        const Entity& entity = catalog[posting.entity];
        // A caller who knows the name is Chinese wants no Korean entity, whatever the spelling.
        if (!hints.origin.empty() && !entity.origin.empty() &&
            !resolve::same_language(entity.origin, hints.origin)) {
          continue;
        }
        if (rotated_cuts != nullptr &&
            !cuts_between_words(catalog::name_of(entity, posting.name), *rotated_cuts,
                                rotated_letters, query_script)) {
          continue;
        }
        MatchKind kind = match;
        // A name written as the query is has a reading that meets the query's at no cost (the
        // same text reads the same), so a costlier posting needs no look at the name: reading
        // it is a cache miss or two per posting, and a decoder's readings meet many.
        if (kind == MatchKind::kNormalized && reading.cost == 0 && posting.cost == 0 &&
            catalog::name_of(entity, posting.name) == as_written) {
          kind = MatchKind::kExact;
        }
        const double base = kind == MatchKind::kExact        ? kExactScore
                            : kind == MatchKind::kNormalized ? kNormalizedScore
                            : kind == MatchKind::kReordered
                                ? kReorderedScore
                                : kPartialScore - kCommonPartialPenalty * (1.0 - weight);
        double cost = static_cast<double>(reading.cost) + posting.cost;
        if (reading.leaves_out_part) {
          cost += resolve::kQueryPartLeftOutCost;
          // A name with as many parts as the query left one out too: each has its own part there.
          if (match != MatchKind::kPartial && posting.part_count >= part_count)
            cost += resolve::kOtherPartLeftOutCost;
        }
        if (entity_traits.around_native(entity, posting.name, reading_script, native_bit))
          cost += resolve::kAroundNativeCost;
        const double score = std::clamp(base * (1.0 - cost), 0.0, 1.0);
        if (kind != MatchKind::kPartial)
          evidence.whole_name_found = true;

        auto [slot, inserted] = evidence.best.try_emplace(posting.entity);
        if (!inserted && slot->second.score >= score)
          continue;
        if (!key_kept) {
          key = static_cast<std::uint32_t>(evidence.keys.size());
          evidence.keys.push_back(reading.key);
          key_kept = true;
        }
        slot->second = Pending{score, cost, key, posting.name, kind, via, -1, weight};
      }
    };

    // Which generators read the query as written (collect_aligned reads its parts with them).
    std::vector<bool> read_query(generators.size(), false);
    // The key hash and postings of each reading of one generator.
    std::vector<std::pair<std::uint64_t, resolve::Postings>> found;
    const auto look_up = [&](TokenSpan span, MatchKind match,
                             const std::vector<std::size_t>* cuts = nullptr) {
      for (std::size_t g = 0; g < generators.size(); ++g) {
        const auto& generator = generators[g];
        if (!resolve::runs_for_origin(*generator, hints.origin))
          continue;
        if (!generator->reads_queries() &&
            generator->affinity(span) != resolve::Affinity::kLikely) {
          continue;
        }
        readings.clear();
        // Decoders follow the catalog's keys: what no catalog key begins with is dropped early.
        generator->generate_pruned(span, index->prefixes(), readings);
        if (match == MatchKind::kNormalized && !readings.empty())
          read_query[g] = true;
        const Script reading_script =
            reading_scripts[g] == Script::kOther ? query_script : reading_scripts[g];
        rotated_cuts = cuts;
        // Each look-up misses the cache (the tables are tens of megabytes): all of them are
        // started before any is used, so that the misses of a decoder's readings overlap.
        const resolve::PostingTable& table =
            match == MatchKind::kPartial ? index->parts_table() : index->whole_table();
        found.clear();
        for (const Reading& reading : readings) {
          const std::uint64_t hash = resolve::key_hash(reading.key);
          table.prefetch(hash);
          found.push_back({hash, {}});
        }
        for (auto& [hash, postings] : found) {
          postings = table.find(hash);
          if (!postings.empty())
            __builtin_prefetch(postings.begin());
        }
        for (std::size_t r = 0; r < readings.size(); ++r)
          consider(found[r].second, match, readings[r], generator->name(), reading_script);
        rotated_cuts = nullptr;
      }
    };

    // The parts rotated by r ("Jong-un Kim" by 1 is "Kim Jong-un"), looked up as reordered.
    const auto look_up_rotation = [&](std::size_t r) {
      const std::vector<Token> rotated = resolve::rotate_parts(tokens, boundaries, r);
      const std::vector<std::size_t> cuts = part_cuts(rotated);
      rotated_letters =
          resolve::part_letters(rotated.data(), rotated.data() + rotated.size()).size();
      look_up({rotated.data(), rotated.size(), mention}, MatchKind::kReordered, &cuts);
    };

    if (rotation_only != 0 && rotation_only < part_count) {
      look_up_rotation(rotation_only);
    } else {
      look_up({tokens.data(), tokens.size(), mention}, MatchKind::kNormalized);
    }

    // Order-free: the same parts, rotated ("Jong-un Kim", "LAVROV Sergei"). A rotation scores
    // at most kReorderedScore; once the best evidence is more than the ambiguity margin above
    // that, no rotation can change the decision, and the decoders need not run again.
    double best_score = 0;
    for (const auto& [entity, candidate] : evidence.best)
      best_score = std::max(best_score, candidate.score);
    if (best_score - options.ambiguity_margin > kReorderedScore)
      allow_reordering = false;
    for (std::size_t r = 1; allow_reordering && r < part_count && r <= kMaxRotations; ++r)
      look_up_rotation(r);

    if (!evidence.whole_name_found && part_count == 1) {
      look_up({tokens.data(), tokens.size(), mention}, MatchKind::kPartial);
    }
    if (!evidence.whole_name_found && part_count >= 2)
      collect_aligned(mention, tokens, boundaries, hints, read_query, evidence, in_text);
  }

  // Part by part (resolve/align.hpp), for a query of several parts that no whole reading found:
  // the index's part postings say which parts of which names each query part meets, align()
  // pairs them and scores what is left over. `in_text` (annotate()'s spans) wants every part of
  // the span in the name: no extra part and no typo ("Choe Son-hui Monday" is a name and a day).
  void collect_aligned(std::string_view mention, const std::vector<Token>& tokens,
                       const std::vector<std::size_t>& boundaries, const Hints& hints,
                       const std::vector<bool>& read_query, Evidence& evidence,
                       bool in_text) const {
    const std::size_t part_count = boundaries.size() - 1;
    if (part_count < 2 || part_count > resolve::kMaxAlignedParts)
      return;
    struct Source {
      resolve::Postings postings;
      float cost;
      PartMatch match;
      std::string_view via;
    };
    // Which generators read the parts: the culture-free ones (folding), and a culture's only
    // when it read the whole query (whose readings followed the catalog's keys); in running text
    // folding alone, as may_be_parts() checked (decoding every part of every capitalized run
    // would cost more than it finds).
    std::vector<bool> reads_parts(generators.size(), false);
    for (std::size_t g = 0; g < generators.size(); ++g) {
      reads_parts[g] = resolve::runs_for_origin(*generators[g], hints.origin) &&
                       (generators[g]->language().empty() || (!in_text && read_query[g]));
    }
    std::vector<std::vector<Source>> sources(part_count);
    std::vector<std::size_t> posting_counts(part_count, 0);
    resolve::PartFacts query;
    std::vector<Reading> readings;
    for (std::size_t p = 0; p < part_count; ++p) {
      const Token* begin = tokens.data() + boundaries[p];
      const Token* end = tokens.data() + boundaries[p + 1];
      query.folded.push_back(resolve::part_letters(begin, end));
      if (resolve::is_initial(begin, end)) {
        query.weights.push_back(resolve::kInitialWeight);
        continue;
      }
      const TokenSpan span{begin, static_cast<std::size_t>(end - begin), mention};
      std::size_t commonest = 0;
      for (std::size_t g = 0; g < generators.size(); ++g) {
        const auto& generator = generators[g];
        if (!reads_parts[g])
          continue;
        readings.clear();
        generator->generate_pruned(span, index->prefixes(), readings);
        for (const Reading& reading : readings) {
          const resolve::Postings postings = index->parts(reading.key);
          if (postings.empty())
            continue;
          sources[p].push_back({postings, reading.cost, PartMatch::kSame, generator->name()});
          posting_counts[p] += postings.size();
          commonest = std::max(commonest, postings.size());
        }
      }
      // Short forms of a given name (Mike, Michael) meet through the folded reading.
      if (span.count == 1 && begin->script == Script::kLatin) {
        if (const auto* forms = resolve::short_form_equivalents(begin->text)) {
          for (const std::string& form : *forms) {
            const resolve::Postings postings = index->parts("f:" + form);
            if (postings.empty())
              continue;
            sources[p].push_back(
                {postings, resolve::kShortFormCost, PartMatch::kShortForm, "short_forms"});
            posting_counts[p] += postings.size();
          }
        }
      }
      query.weights.push_back(
          resolve::rarity_weight(commonest, resolve::surname_share(query.folded[p])));
    }

    // Candidates come from the two rarest parts that meet anything (two, so that one extra part
    // of the query that happens to be someone else's cannot hide the name); every other part
    // is then looked for in each candidate's postings by binary search, so a common part
    // ("Sergei", "Kim") costs a few probes per candidate instead of a scan of its postings.
    struct AlignedCandidate {
      std::uint32_t entity;
      std::uint16_t name;
      std::uint8_t name_parts;
      std::uint32_t first_edge;  // its edges are edges[first_edge, first_edge + edge_count)
      std::uint32_t edge_count;
    };
    std::vector<AlignedCandidate> candidates;
    // Each edge found, with its candidate, in the order found; grouped by candidate below. (A
    // vector per candidate cost an allocation per candidate, and a common part seeds hundreds.)
    std::vector<std::pair<std::uint32_t, resolve::PartEdge>> found_edges;
    std::vector<std::size_t> order;
    for (std::size_t p = 0; p < part_count; ++p) {
      if (posting_counts[p] > 0)
        order.push_back(p);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return posting_counts[a] < posting_counts[b];
    });
    // In running text every part must be the name's: a part that meets nothing ends it here.
    if (in_text) {
      for (std::size_t p = 0; p < part_count; ++p) {
        if (posting_counts[p] == 0 && query.folded[p].size() > 1)
          return;
      }
    }
    // When even the rarest part that meets anything is common (more than kFewPostings), a name
    // must meet two parts of the query to be a candidate: one common part proves nothing, and
    // reading hundreds of names for a typo or an extra part costs more than it finds.
    if (order.empty())
      return;
    const bool common = posting_counts[order.front()] > kFewPostings;
    if (common && order.size() < 2)
      return;
    // Whether the second rarest part meets the name of `posting`. The seed loop visits each
    // source's postings in order, so each of the second part's lists is searched onwards from
    // where the previous posting left it (second_from, reset per source).
    std::vector<std::size_t> second_from;
    const auto meets_second = [&](const Posting& posting) {
      bool found = false;
      const std::vector<Source>& second = sources[order[1]];
      for (std::size_t s = 0; s < second.size(); ++s) {
        const resolve::Postings postings = second[s].postings;
        second_from[s] = gallop_to(postings, second_from[s], posting.entity, posting.name);
        found = found || (second_from[s] < postings.size() &&
                          postings[second_from[s]].entity == posting.entity &&
                          postings[second_from[s]].name == posting.name);
      }
      return found;
    };
    const std::size_t seed_parts = common ? 1 : std::min<std::size_t>(order.size(), kSeedParts);
    CandidateSlots candidate_of(kMaxAlignedCandidates);
    for (std::size_t rank = 0; rank < seed_parts; ++rank) {
      const std::size_t p = order[rank];
      if (posting_counts[p] > kMaxSeedPostings)
        break;
      for (const Source& source : sources[p]) {
        if (common)
          second_from.assign(sources[order[1]].size(), 0);
        for (const Posting& posting : source.postings) {
          const std::uint64_t id = (std::uint64_t{posting.entity} << 16) | posting.name;
          std::uint32_t& slot = candidate_of.slot(id);
          if (slot == CandidateSlots::kEmpty) {
            if (candidates.size() >= kMaxAlignedCandidates || (common && !meets_second(posting)))
              continue;
            if (hints.type && traits[posting.entity].type() != *hints.type)
              continue;
            if (!hints.origin.empty()) {
              const Entity& entity = catalog[posting.entity];
              if (!entity.origin.empty() && !resolve::same_language(entity.origin, hints.origin))
                continue;
            }
            slot = static_cast<std::uint32_t>(candidates.size());
            candidates.push_back({posting.entity, posting.name, posting.part_count, 0, 0});
          }
          found_edges.push_back({slot,
                                 {static_cast<std::uint8_t>(p), posting.part,
                                  source.cost + posting.cost, source.match, source.via}});
        }
      }
    }
    for (std::size_t rank = seed_parts; rank < order.size() && !candidates.empty(); ++rank) {
      const std::size_t p = order[rank];
      for (const Source& source : sources[p]) {
        for (std::size_t c = 0; c < candidates.size(); ++c) {
          for_each_posting_of(
              source.postings, candidates[c].entity, candidates[c].name,
              [&](const Posting& posting) {
                found_edges.push_back({static_cast<std::uint32_t>(c),
                                       {static_cast<std::uint8_t>(p), posting.part,
                                        source.cost + posting.cost, source.match, source.via}});
              });
        }
      }
    }
    // Grouped by candidate, each candidate's edges in the order found (align() breaks ties of
    // cost by that order).
    for (const auto& [c, edge] : found_edges)
      ++candidates[c].edge_count;
    std::uint32_t next_edge = 0;
    for (AlignedCandidate& candidate : candidates) {
      candidate.first_edge = next_edge;
      next_edge += candidate.edge_count;
      candidate.edge_count = 0;
    }
    std::vector<resolve::PartEdge> edges(found_edges.size());
    for (const auto& [c, edge] : found_edges) {
      AlignedCandidate& candidate = candidates[c];
      edges[candidate.first_edge + candidate.edge_count++] = edge;
    }
    const auto edges_of = [&](const AlignedCandidate& candidate) {
      const resolve::PartEdge* first = edges.data() + candidate.first_edge;
      return std::make_pair(first, first + candidate.edge_count);
    };

    // First by what the index says; then, for the few contradicted candidates whose parts met
    // best, again with the name's letters, which initials (on either side) and typos need.
    struct Aligned {
      std::size_t candidate;
      resolve::AlignOptions options;
      resolve::Alignment alignment;
      double met;  // weight of the query parts that met a part of the name
    };
    std::vector<Aligned> aligned;
    std::vector<Aligned> to_recheck;
    // A name whose surname no part of the query met can only be met through letters (an
    // initial, a typo): most candidates share only a given name ("Kevin"), so those go straight
    // to the few letter checks below, and only names whose surname met are aligned now.
    std::vector<std::size_t> query_letters;
    bool query_has_initial = false;    // a part of one letter
    bool query_has_long_part = false;  // a part long enough for a typo
    for (std::size_t p = 0; p < part_count; ++p) {
      query_letters.push_back(letter_count(query.folded[p]));
      query_has_initial = query_has_initial || query_letters[p] == 1;
      query_has_long_part = query_has_long_part || query_letters[p] >= kMinTypoLetters;
    }
    const bool letters_may_help = query_has_initial || query_has_long_part;
    for (std::size_t c = 0; c < candidates.size(); ++c) {
      AlignedCandidate& candidate = candidates[c];
      const EntityTraits entity_traits = traits[candidate.entity];
      resolve::AlignOptions align_options;
      align_options.syllabic_name = entity_traits.syllabic();
      align_options.typos = !in_text && !align_options.syllabic_name;
      align_options.surname_part =
          entity_traits.writes_surname_first() ? 0 : static_cast<int>(candidate.name_parts) - 1;
      const auto [first_edge, last_edge] = edges_of(candidate);
      const bool surname_met = std::any_of(first_edge, last_edge, [&](const auto& edge) {
        return edge.name_part == align_options.surname_part;
      });
      if (!surname_met) {
        if (!letters_may_help)
          continue;
        double met = 0;
        std::array<bool, resolve::kMaxAlignedParts> counted{};  // per query part
        for (const resolve::PartEdge* edge = first_edge; edge != last_edge; ++edge) {
          if (!counted[edge->query_part]) {
            counted[edge->query_part] = true;
            met += static_cast<double>(query.weights[edge->query_part]);
          }
        }
        // The surname is met through letters only by a part of the query that met nothing:
        // an initial, or a part long enough for a typo.
        bool could_meet = false;
        for (std::size_t p = 0; p < part_count; ++p) {
          const std::size_t letters = query_letters[p];
          could_meet =
              could_meet || (!counted[p] &&
                             (letters == 1 || (align_options.typos && letters >= kMinTypoLetters)));
        }
        if (could_meet)
          to_recheck.push_back({c, align_options, {}, met});
        continue;
      }
      // Most candidates of a query with a common part meet that part only ("Gu" of "Gu
      // Guoping" is in thousands of names): when the edges alone prove a contradiction that no
      // letter check could lift, align() would say so and the candidate would be dropped below,
      // so it is dropped without aligning it.
      if (!query_has_initial && !(align_options.typos && query_has_long_part) &&
          resolve::edges_contradict(first_edge, last_edge, part_count, candidate.name_parts,
                                    align_options.syllabic_name) &&
          (align_options.syllabic_name || candidate.name_parts > part_count ||
           !has_one_letter_word(catalog::name_of(catalog[candidate.entity], candidate.name)))) {
        continue;
      }
      resolve::PartFacts name;
      name.folded.resize(candidate.name_parts);
      resolve::Alignment alignment =
          resolve::align({first_edge, last_edge}, query, name, align_options);
      double met = 0;
      for (const resolve::PartEdge& pair : alignment.pairs)
        met += static_cast<double>(query.weights[pair.query_part]);
      if (!alignment.contradicted) {
        aligned.push_back({c, align_options, std::move(alignment), met});
        continue;
      }
      // Letters can only help when a conflicting part of the query is an initial or long
      // enough for a typo, or when the name has an initial of its own and nothing is missing.
      bool fixable = false;
      for (const std::uint8_t q : alignment.conflicting) {
        const std::size_t letters = query_letters[q];
        fixable = fixable || letters == 1 || (align_options.typos && letters >= kMinTypoLetters);
      }
      fixable = fixable ||
                (!align_options.syllabic_name && alignment.missing.empty() &&
                 has_one_letter_word(catalog::name_of(catalog[candidate.entity], candidate.name)));
      if (fixable)
        to_recheck.push_back({c, align_options, std::move(alignment), met});
    }
    if (to_recheck.size() > kMaxLetterChecks) {
      std::partial_sort(
          to_recheck.begin(), to_recheck.begin() + static_cast<std::ptrdiff_t>(kMaxLetterChecks),
          to_recheck.end(), [](const Aligned& a, const Aligned& b) { return a.met > b.met; });
      to_recheck.resize(kMaxLetterChecks);
    }
    for (Aligned& recheck : to_recheck) {
      AlignedCandidate& candidate = candidates[recheck.candidate];
      resolve::PartFacts name;
      name.folded = written_parts(catalog::name_of(catalog[candidate.entity], candidate.name),
                                  /*folded=*/true);
      if (name.folded.size() != candidate.name_parts)
        continue;
      const auto [first_edge, last_edge] = edges_of(candidate);
      recheck.alignment = resolve::align({first_edge, last_edge}, query, name, recheck.options);
      aligned.push_back(std::move(recheck));
    }

    for (Aligned& entry : aligned) {
      const AlignedCandidate& candidate = candidates[entry.candidate];
      resolve::Alignment& alignment = entry.alignment;
      if (alignment.contradicted || alignment.score <= 0 || (in_text && !alignment.extra.empty()))
        continue;
      auto [slot, inserted] = evidence.best.try_emplace(candidate.entity);
      if (!inserted && slot->second.score >= alignment.score)
        continue;
      double cost = 0;
      for (const resolve::PartEdge& pair : alignment.pairs)
        cost += static_cast<double>(pair.cost);
      if (evidence.query_parts.empty()) {
        for (std::size_t p = 0; p < part_count; ++p) {
          const Token& first = tokens[boundaries[p]];
          const Token& last = tokens[boundaries[p + 1] - 1];
          evidence.query_parts.push_back(
              to_valid_utf8(mention.substr(first.begin, last.stem_end - first.begin)));
        }
        evidence.query_weights = query.weights;
        evidence.keys.emplace_back();
      }
      slot->second = Pending{alignment.score,
                             cost,
                             static_cast<std::uint32_t>(evidence.keys.size() - 1),
                             candidate.name,
                             MatchKind::kAligned,
                             "parts",
                             static_cast<std::int32_t>(evidence.alignments.size()),
                             1.0f};
      evidence.alignments.push_back(std::move(alignment));
    }
  }

  // The explanation's parts for a kept candidate.
  std::vector<AlignedPart> explain_parts(const Evidence& evidence, const Entity& entity,
                                         const Pending& pending) const {
    std::vector<AlignedPart> lines;
    const std::string_view matched = catalog::name_of(entity, pending.name);
    if (pending.alignment < 0) {
      AlignedPart line;
      line.query = evidence.as_written;
      line.name = std::string(matched);
      line.via = std::string(pending.via);
      line.cost = pending.cost;
      line.weight = pending.weight;
      lines.push_back(std::move(line));
      return lines;
    }
    const resolve::Alignment& alignment =
        evidence.alignments[static_cast<std::size_t>(pending.alignment)];
    std::vector<std::string> name_parts = written_parts(matched, /*folded=*/false);
    const auto name_part = [&](std::size_t n) {
      return n < name_parts.size() ? name_parts[n] : fmt::format("{} (part {})", matched, n + 1);
    };
    const auto query_part = [&](std::size_t q) {
      return q < evidence.query_parts.size() ? evidence.query_parts[q] : std::string();
    };
    const auto weight = [&](std::size_t q) {
      return q < evidence.query_weights.size() ? evidence.query_weights[q] : 1.0f;
    };
    for (const resolve::PartEdge& pair : alignment.pairs) {
      lines.push_back({query_part(pair.query_part), name_part(pair.name_part), pair.match,
                       std::string(pair.via), pair.cost, weight(pair.query_part)});
    }
    for (const std::uint8_t q : alignment.extra)
      lines.push_back(
          {query_part(q), {}, PartMatch::kExtra, {}, resolve::kExtraPartCost, weight(q)});
    for (const std::uint8_t n : alignment.missing) {
      lines.push_back(
          {{}, name_part(n), PartMatch::kMissing, {}, resolve::kMissingPartPenalty, 1.0});
    }
    return lines;
  }

  // Whether some generator may read a name without `word` (ReadingGenerator::may_leave_out).
  bool may_leave_out(TokenSpan word) const {
    return std::any_of(generators.begin(), generators.end(),
                       [&](const auto& generator) { return generator->may_leave_out(word); });
  }

  // Whether some generator may read `word` as a surname written last
  // (ReadingGenerator::may_be_surname_last).
  bool may_be_surname_last(TokenSpan word) const {
    return std::any_of(generators.begin(), generators.end(),
                       [&](const auto& generator) { return generator->may_be_surname_last(word); });
  }

  // Whether some catalog key (whole name or part) may begin with a reading of `span`: annotate()
  // lengthens a span only while this holds. Every generator's keys grow by concatenation as a
  // span grows, so once no reading of a span can begin a key, no reading of a longer one can.
  bool may_begin_name(TokenSpan span, std::vector<Reading>& readings) const {
    return std::any_of(generators.begin(), generators.end(), [&](const auto& generator) {
      return generator->may_begin_key(span, index->prefixes(), readings);
    });
  }

  // Whether `span` may be (the beginning of) a name matched part by part (collect_aligned): each
  // part an initial or a word that some catalog key begins with, itself or through a short form.
  // Folded spellings only, so the check costs no decoding ("S. Lavrov", "Mike Pompeo",
  // "Michael Pompeo" for "Michael R. Pompeo", whose joined spellings begin no catalog key).
  bool may_be_parts(TokenSpan span) const {
    std::vector<Token> tokens(span.begin(), span.end());
    const std::vector<std::size_t> boundaries = resolve::part_boundaries(tokens);
    // Every part but the last must be a whole part of some name; the last may still grow
    // ("Jong" before "Jong-un"), so it need only begin one.
    bool last = false;
    const auto meets = [&](std::string_view letters) {
      const std::string key = "f:" + std::string(letters);
      return last
                 ? index->prefixes().may_contain(resolve::extend_prefix(resolve::kEmptyPrefix, key))
                 : !index->parts(key).empty();
    };
    for (std::size_t p = 0; p + 1 < boundaries.size(); ++p) {
      last = p + 2 == boundaries.size();
      const Token* begin = tokens.data() + boundaries[p];
      const Token* end = tokens.data() + boundaries[p + 1];
      if (resolve::is_initial(begin, end))
        continue;
      const std::string letters = resolve::part_letters(begin, end);
      if (meets(letters))
        continue;
      const auto* forms = end - begin == 1 ? resolve::short_form_equivalents(letters) : nullptr;
      if (forms == nullptr || std::none_of(forms->begin(), forms->end(), meets))
        return false;
    }
    return true;
  }

  // The decision on `evidence`. When more candidates tie than max_tied, the ones listed are the
  // best by score and id, except that tied entities of `keep_listed` (those a document named in
  // full earlier, for annotate() to link to) are listed first (the best of them by score and id
  // when more of them tie than there are slots).
  Resolution decide(const Evidence& evidence,
                    const std::vector<std::uint32_t>* keep_listed = nullptr) const {
    Resolution resolution;
    std::vector<std::pair<std::uint32_t, const Pending*>> ranked;
    ranked.reserve(evidence.best.size());
    double best = 0;
    for (const auto& [entity, pending] : evidence.best) {
      ranked.emplace_back(entity, &pending);
      best = std::max(best, pending.score);
    }
    // Best first, ties by id; only the candidates reported are put in order.
    std::size_t keep = options.max_candidates;
    if (!ranked.empty() && best >= options.resolve_threshold) {
      std::size_t close = 0;
      for (const auto& [entity, pending] : ranked)
        close += pending->score >= best - options.ambiguity_margin;
      resolution.status = close > 1 ? Status::kAmbiguous : Status::kResolved;
      resolution.tied = close;
      resolution.chosen = std::min(close, std::max<std::size_t>(options.max_tied, 2));
      keep = std::max(resolution.chosen, options.max_candidates);
    } else {
      resolution.status = Status::kUnknown;
    }
    keep = std::min(keep, ranked.size());
    const auto better = [&](const auto& a, const auto& b) {
      if (a.second->score != b.second->score)
        return a.second->score > b.second->score;
      return catalog[a.first].id < catalog[b.first].id;
    };
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                      ranked.end(), better);
    if (keep_listed != nullptr && resolution.tied > resolution.chosen) {
      const auto named = [&](std::uint32_t entity) {
        return std::find(keep_listed->begin(), keep_listed->end(), entity) != keep_listed->end();
      };
      // The tied entities the document named that missed the listed slots, best by score and id
      // first: partial_sort leaves the rest of `ranked` in no useful order, and when more of them
      // tie than there are slots, which are listed should not depend on it.
      const double floor = best - options.ambiguity_margin;
      std::vector<std::size_t> unlisted;
      for (std::size_t i = resolution.chosen; i < ranked.size(); ++i) {
        if (ranked[i].second->score >= floor && named(ranked[i].first))
          unlisted.push_back(i);
      }
      std::sort(unlisted.begin(), unlisted.end(),
                [&](std::size_t a, std::size_t b) { return better(ranked[a], ranked[b]); });
      std::size_t replace = resolution.chosen;  // the next listed slot to give up, from the end
      for (const std::size_t i : unlisted) {
        // Give up the worst listed candidate that the document did not name.
        while (replace > 0 && named(ranked[replace - 1].first))
          --replace;
        if (replace == 0)
          break;
        std::swap(ranked[--replace], ranked[i]);
      }
      std::sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(resolution.chosen),
                better);
    }
    resolution.candidates.reserve(keep);
    for (std::size_t i = 0; i < keep; ++i) {
      const Entity& entity = catalog[ranked[i].first];
      const Pending& pending = *ranked[i].second;
      Candidate candidate;
      candidate.entity = &entity;
      candidate.score = pending.score;
      candidate.explanation = Explanation{std::string(catalog::name_of(entity, pending.name)),
                                          kind_of_name(entity, pending.name),
                                          pending.kind,
                                          std::string(strip_tag(evidence.keys[pending.key])),
                                          std::string(pending.via),
                                          pending.cost,
                                          evidence.stripped,
                                          {},
                                          explain_parts(evidence, entity, pending)};
      resolution.candidates.push_back(std::move(candidate));
    }
    return resolution;
  }
};

Resolver::Resolver(Catalog catalog, ResolverOptions options)
    : impl_(std::make_shared<const Impl>(std::move(catalog), options)) {}
Resolver::~Resolver() = default;
Resolver::Resolver(const Resolver&) = default;
Resolver& Resolver::operator=(const Resolver&) = default;
Resolver::Resolver(Resolver&&) noexcept = default;
Resolver& Resolver::operator=(Resolver&&) noexcept = default;

const Catalog& Resolver::catalog() const {
  return impl_->catalog;
}
const ResolverOptions& Resolver::options() const {
  return impl_->options;
}

Resolution Resolver::resolve(std::string_view mention, const Hints& hints) const {
  Result<std::vector<Token>> tokenized = tokenize(mention);
  if (!tokenized || tokenized->empty())
    return Resolution{};
  std::vector<Token>& tokens = tokenized.value();

  Impl::Evidence evidence;
  impl_->collect(mention, tokens, {}, hints, evidence);

  // Titles come off only when the mention as a whole is no name: "General Assembly" is an
  // organization before "General" is a title.
  if (!evidence.whole_name_found && impl_->options.strip_titles) {
    const std::size_t title_tokens = resolve::Titles::builtin().leading_title_tokens(tokens);
    if (title_tokens > 0) {
      // As written, up to the name: "Vice Foreign Minister", "Mr." (with its dot).
      std::string_view title =
          mention.substr(tokens.front().begin, tokens[title_tokens].begin - tokens.front().begin);
      while (!title.empty() && (title.back() == ' ' || title.back() == '\t')) {
        title.remove_suffix(1);
      }
      const std::vector<std::string> stripped = {to_valid_utf8(title)};
      const std::vector<Token> rest(tokens.begin() + static_cast<std::ptrdiff_t>(title_tokens),
                                    tokens.end());
      Impl::Evidence titled;
      impl_->collect(mention, rest, stripped, hints, titled);
      if (!titled.best.empty())
        evidence = std::move(titled);
    }
  }
  return impl_->decide(evidence);
}

namespace {

// Score of a partial mention that the document links to an earlier full mention: better than a
// lone surname (the document says who), below a full name (the link is an inference).
constexpr double kLinkedScore = 0.85;

// Document context: a partial mention ("Choe", "Kim's") names the person of an earlier full
// mention when exactly one earlier full mention is among its candidates; several: ambiguous
// between them; none: the catalog's answer stands, never a guess. Except that a lone surname
// that a census table knows (Moon, Park, Song: short romanized syllables that are English words
// too), beginning a sentence in lower-case letters after its capital, with no full mention of any
// of its candidates anywhere in the document, is dropped: "Moon rose" and a headline's "Park
// Avenue" are ordinary words before they are surnames. A surname no table knows ("Lavrov
// spoke") or one in capitals ("LAVROV: ...") stands.
void link_partial_mentions(std::string_view text, const std::vector<Token>& tokens,
                           std::vector<Mention>& mentions,
                           const std::vector<std::size_t>& first_token) {
  struct FullMention {
    const Entity* entity;
    std::size_t begin;
    std::size_t end;
  };
  const auto is_partial = [](const Mention& mention) {
    return mention.resolution.candidates.front().explanation.match == MatchKind::kPartial;
  };
  std::vector<FullMention> full;
  for (const Mention& mention : mentions) {
    if (!is_partial(mention) && mention.resolution.status == Status::kResolved)
      full.push_back({mention.resolution.entity(), mention.begin, mention.end});
  }
  std::vector<bool> dropped(mentions.size(), false);
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    Mention& mention = mentions[m];
    if (!is_partial(mention))
      continue;
    Resolution& resolution = mention.resolution;
    // The latest earlier full mention of each candidate, in candidate order.
    std::vector<Candidate> fitting;
    std::vector<const FullMention*> antecedents;
    bool named_anywhere = false;
    for (const Candidate& candidate : resolution.candidates) {
      const FullMention* latest = nullptr;
      for (const FullMention& other : full) {
        if (other.entity != candidate.entity)
          continue;
        named_anywhere = true;
        if (other.begin < mention.begin)
          latest = &other;
      }
      if (latest != nullptr) {
        fitting.push_back(candidate);
        antecedents.push_back(latest);
      }
    }
    if (fitting.empty()) {
      const Token& token = tokens[first_token[m]];
      const bool starts_sentence = first_token[m] == 0 || token.sentence_start;
      dropped[m] = starts_sentence && !token.all_caps && !named_anywhere &&
                   resolve::surname_share(token.text) > 0;
      continue;
    }
    if (fitting.size() == 1) {
      Candidate linked = fitting.front();
      linked.score = kLinkedScore;
      const FullMention& antecedent = *antecedents.front();
      linked.explanation.context = fmt::format(
          "{} at byte {}",
          // The mention as written, which may hold invalid UTF-8; explanations never do.
          to_valid_utf8(text.substr(antecedent.begin, antecedent.end - antecedent.begin)),
          antecedent.begin);
      resolution.candidates = {std::move(linked)};
      resolution.chosen = 1;
      resolution.tied = 1;
      resolution.status = Status::kResolved;
    } else {
      resolution.candidates = std::move(fitting);
      resolution.chosen = resolution.candidates.size();
      resolution.tied = resolution.chosen;
      resolution.status = Status::kAmbiguous;
    }
  }
  std::size_t kept = 0;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (dropped[m])
      continue;
    if (kept != m)  // a self-move would empty the mention
      mentions[kept] = std::move(mentions[m]);
    ++kept;
  }
  mentions.resize(kept);
}

}  // namespace

namespace {

// What annotate() learns of a span's form within one document. News repeats its names ("Choe"
// after "Choe Son-hui", "Moscow", a sentence's opening "The"), and a span reads the same however
// often it appears: the same tokens (text, script, separators, case, offsets within the span) and
// the same bytes as written. The evidence of a lone common surname can hold thousands of
// candidates, so what is kept is bounded (kMaxKeptCandidates, kMaxKeptForms); past the bounds a
// span is looked up again each time, with the same answer.
//
// Thread safety: none; one annotate() call owns it.
template <typename Evidence>
class SpanMemo {
 public:
  // The form of `span`, whose tokens are offsets into `text`: the key of both tables.
  static std::string form_of(std::string_view text, TokenSpan span) {
    std::string form;
    const Token& first = *span.begin();
    const Token& last = *(span.end() - 1);
    const std::size_t origin = first.begin;
    const auto put = [&form](std::size_t value) {
      form.append(reinterpret_cast<const char*>(&value), sizeof value);
    };
    for (const Token& token : span) {
      put(token.begin - origin);
      put(token.end - origin);
      put(token.stem_end - origin);
      put(token.text.size());
      form += token.text;
      form += static_cast<char>(token.script);
      form += static_cast<char>(token.separator);
      form += static_cast<char>(token.sentence_start | token.capitalized << 1 |
                                token.all_caps << 2 | token.possessive << 3 | token.has_digit << 4);
    }
    form += text.substr(origin, last.end - origin);
    return form;
  }

  // Whether some catalog key may begin with the span of this form, once known.
  const bool* viable(const std::string& form) const {
    const auto found = viable_.find(form);
    return found == viable_.end() ? nullptr : &found->second;
  }
  void set_viable(const std::string& form, bool viable) {
    if (viable_.size() < kMaxKeptForms)
      viable_.emplace(form, viable);
  }

  // The evidence collected for a span of this form, once known (and kept).
  const Evidence* evidence(const std::string& form) const {
    const auto found = evidence_.find(form);
    return found == evidence_.end() ? nullptr : &found->second;
  }
  // Keeps `evidence` while the bound allows and returns where it is kept; else returns nullptr
  // and leaves `evidence` as it was.
  const Evidence* keep(const std::string& form, Evidence&& evidence) {
    // Evidence with no candidate is kept too (a span that names no one), at the cost of one.
    const std::size_t cost = std::max<std::size_t>(1, evidence.best.size());
    if (cost > kMaxKeptCandidates - kept_candidates_)
      return nullptr;
    kept_candidates_ += cost;
    return &evidence_.emplace(form, std::move(evidence)).first->second;
  }

 private:
  // Candidates kept over all spans of one document. Each is 56 bytes and a slot or two of its
  // table, with the room its vectors keep to grow: 8 to 16 MiB at the bound.
  static constexpr std::size_t kMaxKeptCandidates = std::size_t{1} << 17;
  // Span forms whose viability is kept: a document of distinct capitalized words would otherwise
  // keep one per word (a form and its node are about 150 bytes: 5 MiB at the bound).
  static constexpr std::size_t kMaxKeptForms = std::size_t{1} << 15;

  std::unordered_map<std::string, bool> viable_;
  std::unordered_map<std::string, Evidence> evidence_;
  std::size_t kept_candidates_ = 0;
};

}  // namespace

std::vector<Mention> Resolver::annotate(std::string_view text) const {
  std::vector<Mention> mentions;
  Result<std::vector<Token>> tokenized = tokenize(text);
  if (!tokenized)
    return mentions;
  std::vector<bool> inside_han_run;  // per token: one character of a longer run of Han
  const std::vector<Token> tokens = split_han_runs(text, *tokenized, inside_han_run);
  std::vector<Token> span;
  std::vector<Reading> readings;
  // Entities named in full so far: a later partial mention may link to them.
  std::vector<std::uint32_t> named;
  std::vector<std::size_t> first_token;  // per mention
  std::size_t i = 0;
  // The tokens of the longest span tried from token i, in order: contiguous, except that a short
  // aside in parentheses inside a name is passed over ("Workers' Party of (North) Korea").
  std::vector<std::size_t> members;
  SpanMemo<Impl::Evidence> memo;
  std::vector<std::string> forms;  // of the spans tried from token i, by length - 1
  // Spans from token i that may be a name written surname last: (length, given-name parts).
  std::vector<std::pair<std::size_t, std::size_t>> surname_last;
  while (i < tokens.size()) {
    // A lower-case Latin word starts no name in English text ("moon", "general"), except a
    // whole multi-word name written in lower case ("six-party talks").
    const Token& first = tokens[i];
    const bool lower_case = first.script == Script::kLatin && !first.capitalized && !first.all_caps;
    members.assign(1, i);
    while (members.size() <
           std::min(impl_->longest_name_tokens + kMaxLeftOutWords, kMaxSpanTokens)) {
      const std::size_t last = members.back();
      std::size_t next = last + 1;
      if (next >= tokens.size())
        break;
      std::string_view gap = text.substr(tokens[last].end, tokens[next].begin - tokens[last].end);
      // A span never crosses a sentence break or punctuation other than a dot ("U.S.",
      // "Michael R. Pompeo"): "(North) Korea" holds no name "North Korea".
      // The dot after an initial ends no sentence ("S. Lavrov").
      const bool after_initial = resolve::is_initial(&tokens[last], &tokens[last] + 1) &&
                                 tokens[last].capitalized &&
                                 gap.find_first_not_of(". ") == gap.npos;
      if ((tokens[next].sentence_start && !after_initial) ||
          gap.find_first_of("()[]{},;:!?\"/") != gap.npos) {
        // ... but a name may go on past an aside of one or two words in parentheses.
        const std::size_t aside_end = aside_after(text, tokens, last);
        if (aside_end == 0)
          break;
        next = aside_end;
      }
      // Nor does it run on into an ordinary lower-case word ("Kim said"), unless some catalog
      // name has that word after its first ("bin", "talks" of "six-party talks"); hyphenated
      // parts ("Jong-un") go on.
      if (tokens[next].separator != Separator::kHyphen && is_lower_case_word(tokens[next]) &&
          impl_->later_name_words.count(tokens[next].text) == 0) {
        break;
      }
      members.push_back(next);
    }
    std::size_t longest = members.size();
    // A span in lower case is a name only if it ends in a capitalized word or holds a hyphenated
    // one (the test before each look-up below): no longer span is worth checking, and a word of
    // running text that starts none ("said", "the") costs no decoding at all.
    if (lower_case) {
      std::size_t useful = 0;
      bool hyphenated = false;
      for (std::size_t m = 1; m < members.size(); ++m) {
        hyphenated = hyphenated || (members[m] == members[m - 1] + 1 &&
                                    tokens[members[m]].separator == Separator::kHyphen);
        if (hyphenated || tokens[members[m]].capitalized)
          useful = m + 1;
      }
      if (useful == 0) {
        ++i;
        continue;
      }
      longest = useful;
    }
    const auto assign_span = [&](std::size_t length) {
      span.clear();
      for (std::size_t m = 0; m < length; ++m) {
        span.push_back(tokens[members[m]]);
        if (m > 0 && members[m] != members[m - 1] + 1)
          span.back().separator = Separator::kSpace;  // the aside is not part of the name
      }
      span.front().separator = Separator::kStart;
    };
    // No longer than a span some catalog key may begin with, except that a word a name may be
    // read without (a patronymic: "Sergey Viktorovich Lavrov" is Сергей Лавров) is passed over
    // once; if no longer span is viable either, the span ends before it.
    std::size_t viable = 0;
    std::size_t before_left_out = 0;  // the viable length before the word passed over, if any
    forms.clear();
    while (viable < longest) {
      assign_span(viable + 1);
      const TokenSpan tried{span.data(), span.size(), text};
      const std::string& form = forms.emplace_back(memo.form_of(text, tried));
      const bool* known = memo.viable(form);
      const bool may_begin =
          known != nullptr ? *known
                           : impl_->may_begin_name(tried, readings) || impl_->may_be_parts(tried);
      if (known == nullptr)
        memo.set_viable(form, may_begin);
      if (!may_begin) {
        if (before_left_out != 0 || viable == 0 || viable + 1 >= longest ||
            !impl_->may_leave_out({&span.back(), 1, text})) {
          break;
        }
        before_left_out = viable;
      }
      ++viable;
    }
    if (before_left_out != 0 && viable == before_left_out + 1)
      viable = before_left_out;
    longest = viable;
    // A name written surname last ("Se Ri Pak", "Syngman Rhee" for 박세리, 이승만): no catalog key
    // begins with the given name, so the spans above end at it. A span of capitalized Latin words
    // that is one or two parts of given name and then a word some generator may read as a surname
    // written last is also looked up with that part first, after any span as long found as
    // written.
    surname_last.clear();
    if (!lower_case && first.script == Script::kLatin && first.capitalized) {
      std::size_t parts = 1;       // words up to and including the one at word_begin
      std::size_t word_begin = 0;  // a hyphenated word is one part: "Ssu-ma" of "Ch'ien Ssu-ma"
      for (std::size_t m = 1; m < members.size(); ++m) {
        const Token& token = tokens[members[m]];
        const Token& before = tokens[members[m - 1]];
        if (members[m] != members[m - 1] + 1 || token.script != Script::kLatin ||
            before.possessive) {
          break;
        }
        if (token.separator != Separator::kHyphen) {
          if (!token.capitalized || parts > kMaxGivenNameParts)
            break;
          word_begin = m;
          ++parts;
        }
        const bool word_ends =
            m + 1 == members.size() || tokens[members[m + 1]].separator != Separator::kHyphen;
        if (word_begin != 0 && word_ends &&
            impl_->may_be_surname_last({&tokens[members[word_begin]], m - word_begin + 1, text})) {
          surname_last.push_back({m + 1, parts - 1});
        }
      }
    }
    std::size_t matched = 0;
    std::size_t from = longest;
    for (const auto& [length, rotation] : surname_last)
      from = std::max(from, length);
    std::string rotated_form;
    for (std::size_t length = from; length > (lower_case ? 1 : 0) && matched == 0; --length) {
      std::size_t rotation = 0;  // of a span of this length written surname last, if any
      for (const auto& [candidate_length, candidate_rotation] : surname_last) {
        if (candidate_length == length)
          rotation = candidate_rotation;
      }
      for (const bool rotated : {false, true}) {
        if (matched != 0 || (rotated ? rotation == 0 : length > longest))
          continue;
        assign_span(length);
        // In lower case only a name with a capitalized last word ("far eastern Russia") or a
        // hyphenated word ("six-party talks") is one; "the general assembly of parts" is not.
        // Checked before any lookup: most words of running text start such spans.
        if (lower_case && !span.back().capitalized &&
            std::none_of(span.begin() + 1, span.end(), [](const Token& token) {
              return token.separator == Separator::kHyphen;
            })) {
          continue;
        }
        // The viability check built the form of a span as written; a rotated one is apart.
        if (rotated)
          rotated_form = memo.form_of(text, {span.data(), span.size(), text}) + "\x01";
        const std::string& form = rotated ? rotated_form : forms[length - 1];
        const Impl::Evidence* evidence = memo.evidence(form);
        Impl::Evidence collected;
        if (evidence == nullptr) {
          impl_->collect(text, span, {}, Hints{}, collected, /*allow_reordering=*/false,
                         rotated ? rotation : 0);
          evidence = memo.keep(form, std::move(collected));
          if (evidence == nullptr)
            evidence = &collected;  // not kept: the bound is reached
        }
        if (evidence->best.empty())
          continue;
        Resolution resolution = impl_->decide(*evidence, &named);
        if (resolution.status == Status::kUnknown)
          continue;
        // Chinese writes no spaces: one character of a run is a surname only if it is a word,
        // and nothing says so ("王" of "国王", king). Whole names only inside a run of Han.
        if (resolution.candidates.front().explanation.match == MatchKind::kPartial &&
            (inside_han_run[members.front()] || inside_han_run[members[length - 1]])) {
          continue;
        }
        Mention mention;
        mention.begin = span.front().begin;
        mention.end = span.back().stem_end;
        // A name that ends in a dot ("U.S.") keeps it when the entity has that spelling.
        if (mention.end < text.size() && text[mention.end] == '.') {
          const std::string_view with_dot =
              text.substr(mention.begin, mention.end + 1 - mention.begin);
          for (std::string_view name : catalog::names_of(*resolution.candidates.front().entity)) {
            if (name == with_dot)
              ++mention.end;
            if (name == with_dot)
              break;
          }
        }
        mention.resolution = std::move(resolution);
        mention.resolution.candidates.resize(mention.resolution.chosen);
        const Resolution& decided = mention.resolution;
        if (decided.status == Status::kResolved &&
            decided.candidates.front().explanation.match != MatchKind::kPartial) {
          named.push_back(static_cast<std::uint32_t>(decided.candidates.front().entity -
                                                     impl_->catalog.begin()));
        }
        mentions.push_back(std::move(mention));
        first_token.push_back(i);
        matched = length;
      }
    }
    i = matched > 0 ? members[matched - 1] + 1 : i + 1;
  }
  link_partial_mentions(text, tokens, mentions, first_token);
  return mentions;
}

}  // namespace onoma
