#include "resolve/align.hpp"

#include <algorithm>
#include <bitset>
#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include "embedded/embedded.hpp"
#include "resolve/scores.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"

namespace onoma::resolve {
namespace {

constexpr std::uint8_t kNoPart = 0xFF;

bool starts_with(std::string_view text, char letter) {
  return !text.empty() && text.front() == letter;
}

// The folded vowels, which alone can be a whole syllable of a romanized Korean or Chinese name.
bool is_vowel(char letter) {
  return letter == 'a' || letter == 'e' || letter == 'i' || letter == 'o' || letter == 'u';
}

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

// Calls `row(fields)` for each data row of a table: no comment, no blank line, not the header
// (whose first field is `header`).
template <typename Row>
void for_each_row(std::string_view table, std::string_view header, Row row) {
  text::for_each_line(table, [&](std::uint32_t /*number*/, std::string_view line) {
    if (line.empty() || line.front() == '#')
      return;
    const std::vector<std::string_view> fields = text::split_fields(line);
    if (fields.front() == header)
      return;
    row(fields);
  });
}

const embedded::File* find_file(embedded::FileSet files, std::string_view suffix) {
  for (const embedded::File& file : files) {
    const std::string_view name = file.name;
    if (name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix)
      return &file;
  }
  return nullptr;
}

std::unordered_map<std::string, double> load_surname_shares() {
  std::unordered_map<std::string, double> shares;
  const auto keep = [&](std::string key, double share) {
    double& slot = shares[std::move(key)];
    slot = std::max(slot, share);
  };
  // hangul, spellings (|-separated), frequency (percent), source
  if (const embedded::File* korean = find_file(embedded::korean_tables(), "/surnames.tsv")) {
    for_each_row(korean->text(), "hangul", [&](const std::vector<std::string_view>& fields) {
      if (fields.size() < 3)
        return;
      const double share = std::strtod(std::string(fields[2]).c_str(), nullptr);
      keep(std::string(fields[0]), share);
      std::string_view spellings = fields[1];
      while (!spellings.empty()) {
        const std::size_t bar = spellings.find('|');
        keep(ascii_lower(spellings.substr(0, bar)), share);
        spellings = bar == std::string_view::npos ? std::string_view() : spellings.substr(bar + 1);
      }
    });
  }
  // han_simplified, han_traditional, pinyin, "rank N; S%", source
  if (const embedded::File* chinese = find_file(embedded::chinese_tables(), "/surnames.tsv")) {
    for_each_row(chinese->text(), "han_simplified",
                 [&](const std::vector<std::string_view>& fields) {
                   if (fields.size() < 4)
                     return;
                   const std::string_view rank = fields[3];
                   const std::size_t semicolon = rank.find(';');
                   if (semicolon == std::string_view::npos)
                     return;
                   const double share =
                       std::strtod(std::string(rank.substr(semicolon + 1)).c_str(), nullptr);
                   keep(std::string(fields[0]), share);
                   keep(std::string(fields[1]), share);
                   keep(std::string(fields[2]), share);
                 });
  }
  return shares;
}

std::unordered_map<std::string, std::vector<std::string>> load_short_forms() {
  // Each full name with all its forms is one group; a form's equivalents are the other members of
  // every group it belongs to ("steve" and "steven" meet through "stephen").
  std::unordered_map<std::string, std::vector<std::string>> groups;  // full -> members
  if (const embedded::File* table = find_file(embedded::latin_tables(), "/short_forms.tsv")) {
    for_each_row(table->text(), "full", [&](const std::vector<std::string_view>& fields) {
      if (fields.size() < 3)
        return;
      std::vector<std::string>& members = groups[ascii_lower(fields[0])];
      std::string_view forms = fields[2];
      while (!forms.empty()) {
        const std::size_t bar = forms.find('|');
        members.push_back(ascii_lower(forms.substr(0, bar)));
        forms = bar == std::string_view::npos ? std::string_view() : forms.substr(bar + 1);
      }
    });
  }
  std::unordered_map<std::string, std::vector<std::string>> equivalents;
  for (auto& [full, members] : groups) {
    members.push_back(full);
    for (const std::string& member : members) {
      std::vector<std::string>& others = equivalents[member];
      for (const std::string& other : members) {
        if (other != member && std::find(others.begin(), others.end(), other) == others.end())
          others.push_back(other);
      }
    }
  }
  return equivalents;
}

// The code points of UTF-8 `text`.
std::u32string code_points(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(text, i);
    out.push_back(decoded.code_point);
    i += decoded.length;
  }
  return out;
}

// Optimal string alignment distance, stopping once it exceeds 1.
bool within_one_edit(std::u32string_view a, std::u32string_view b) {
  if (a.size() > b.size())
    std::swap(a, b);
  if (b.size() - a.size() > 1)
    return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i])
    ++i;
  if (i == a.size())
    return true;  // equal, or b has one more letter at the end
  if (a.size() == b.size()) {
    if (a.substr(i + 1) == b.substr(i + 1))
      return true;  // one substitution
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.substr(i + 2) == b.substr(i + 2);  // neighbours swapped
  }
  return a.substr(i) == b.substr(i + 1);  // one insertion
}

}  // namespace

Alignment align(std::vector<PartEdge> edges, const PartFacts& query, const PartFacts& name,
                const AlignOptions& options) {
  Alignment result;
  const std::size_t query_parts = query.folded.size();
  const std::size_t name_parts = name.folded.size();
  std::vector<std::uint8_t> partner_of_query(query_parts, kNoPart);
  std::vector<std::uint8_t> partner_of_name(name_parts, kNoPart);
  const auto pair_up = [&](const PartEdge& edge) {
    partner_of_query[edge.query_part] = edge.name_part;
    partner_of_name[edge.name_part] = edge.query_part;
    result.pairs.push_back(edge);
  };

  // Cheapest first; a tie keeps parts in place ("Kim Jong Kim" pairs its first Kim first).
  std::stable_sort(edges.begin(), edges.end(),
                   [](const PartEdge& a, const PartEdge& b) { return a.cost < b.cost; });
  bool anchored = false;  // some part met through a reading or a table, not by letters alone
  for (const PartEdge& edge : edges) {
    if (edge.query_part >= query_parts || edge.name_part >= name_parts ||
        partner_of_query[edge.query_part] != kNoPart ||
        partner_of_name[edge.name_part] != kNoPart) {
      continue;
    }
    pair_up(edge);
    anchored = true;
  }
  if (!anchored)
    return result;

  // Between the parts left: initials ("S." and Sergey, either side), then typos.
  const auto pair_left_over = [&](PartMatch match, float cost, auto fits) {
    for (std::uint8_t q = 0; q < query_parts; ++q) {
      for (std::uint8_t n = 0; n < name_parts && partner_of_query[q] == kNoPart; ++n) {
        if (partner_of_name[n] == kNoPart && fits(query.folded[q], name.folded[n]))
          pair_up({q, n, cost, match, {}});
      }
    }
  };
  bool name_initial_used = false;
  if (options.initials) {
    pair_left_over(PartMatch::kInitial, kInitialCost, [&](std::string_view q, std::string_view n) {
      // A query's lone vowel against a Korean or Chinese name is a syllable too (I, O, U: 이, 오,
      // 우), read through the culture's readings, not the initial of another one ("I Min-bin" is
      // not "Im Min-bin").
      if (q.size() == 1 && starts_with(n, q.front()) &&
          !(options.syllabic_name && is_vowel(q.front()))) {
        return true;
      }
      // A one-letter part of a Korean or Chinese name is a syllable (U, O), not an initial.
      if (!options.syllabic_name && n.size() == 1 && starts_with(q, n.front())) {
        name_initial_used = true;
        return true;
      }
      return false;
    });
  }
  if (options.typos)
    pair_left_over(PartMatch::kTypo, kTypoCost, typo_allowed);

  // Parts left on both sides stand where the other's should: as many contradictions as the
  // shorter list; what remains on the longer side is extra (query) or missing (name).
  std::vector<std::uint8_t> query_left;
  std::vector<std::uint8_t> name_left;
  for (std::uint8_t q = 0; q < query_parts; ++q) {
    if (partner_of_query[q] == kNoPart)
      query_left.push_back(q);
  }
  for (std::uint8_t n = 0; n < name_parts; ++n) {
    if (partner_of_name[n] == kNoPart)
      name_left.push_back(n);
  }
  const std::size_t conflicts = std::min(query_left.size(), name_left.size());
  // One part the name lacks is a patronymic or a middle name; more is another name that happens
  // to contain this one ("Vice Foreign Minister Choe Son-hui" with titles kept).
  const std::size_t extra = query_left.size() - conflicts;
  const std::size_t missing = name_left.size() - conflicts;
  result.contradicted = conflicts > 0 || extra > kMaxExtraParts;
  // A Korean or Chinese name has no middle name: a syllable more or less is another name.
  if (options.syllabic_name && (extra > 0 || missing > 0))
    result.contradicted = true;
  // The surname is never left out; and an initial of the name ("K." of "Deborah K. Martin") is
  // taken for a part of the query only when every part of the name is met (else "Martin Keldez"
  // would be Deborah K. Martin without her given name).
  if (missing > 0 && name_initial_used)
    result.contradicted = true;
  if (options.surname_part >= 0 && static_cast<std::size_t>(options.surname_part) < name_parts &&
      partner_of_name[static_cast<std::size_t>(options.surname_part)] == kNoPart) {
    result.contradicted = true;
  }
  result.conflicting.assign(query_left.begin(),
                            query_left.begin() + static_cast<std::ptrdiff_t>(conflicts));
  result.conflicting_name.assign(name_left.begin(),
                                 name_left.begin() + static_cast<std::ptrdiff_t>(conflicts));
  result.extra.assign(query_left.begin() + static_cast<std::ptrdiff_t>(conflicts),
                      query_left.end());
  result.missing.assign(name_left.begin() + static_cast<std::ptrdiff_t>(conflicts),
                        name_left.end());

  // The weighted share of the query that the name explains, each part by how rare it is.
  double explained = 0;
  double total = 0;
  const auto weight = [&](std::size_t q) {
    return q < query.weights.size() ? static_cast<double>(query.weights[q]) : 1.0;
  };
  for (const PartEdge& pair : result.pairs) {
    explained += weight(pair.query_part) * (1.0 - std::min(1.0, static_cast<double>(pair.cost)));
  }
  for (const std::uint8_t q : result.extra)
    explained += weight(q) * (1.0 - kExtraPartCost);
  for (std::size_t q = 0; q < query_parts; ++q)
    total += weight(q);
  double score = total > 0 ? kAlignedScore * explained / total : 0;
  score -= kMissingPartPenalty * static_cast<double>(result.missing.size());
  if (result.contradicted)
    score *= kContradictedFactor;
  result.score = std::clamp(score, 0.0, 1.0);
  return result;
}

bool edges_contradict(const PartEdge* first, const PartEdge* last, std::size_t query_parts,
                      std::size_t name_parts, bool syllabic_name) {
  std::bitset<256> query_met;  // bit q: query part q met some part of the name
  std::bitset<256> name_met;
  std::size_t query_parts_met = 0;
  std::size_t name_parts_met = 0;
  for (const PartEdge* edge = first; edge != last; ++edge) {
    if (edge->query_part < query_parts && edge->name_part < name_parts) {
      query_parts_met += query_met[edge->query_part] ? 0 : 1;
      name_parts_met += name_met[edge->name_part] ? 0 : 1;
      query_met.set(edge->query_part);
      name_met.set(edge->name_part);
    }
  }
  const std::size_t most_pairs = std::min(query_parts_met, name_parts_met);
  if (most_pairs == 0)
    return false;
  if (std::min(query_parts - most_pairs, name_parts - most_pairs) > 0)
    return true;
  if (syllabic_name && query_parts != name_parts)
    return true;
  return query_parts > name_parts + kMaxExtraParts;
}

float rarity_weight(std::size_t catalog_postings, double population_share) {
  double weight = 1.0;
  // A handful of names sharing a part is no sign of a common part: a person has several names.
  if (catalog_postings > 4)
    weight = 1.0 - 0.08 * std::log2(static_cast<double>(catalog_postings) / 4.0);
  if (population_share > 0)
    weight = std::min(weight, 1.0 - 0.2 * std::log2(1.0 + population_share));
  return static_cast<float>(std::clamp(weight, static_cast<double>(kMinPartWeight), 1.0));
}

double surname_share(std::string_view folded) {
  static const std::unordered_map<std::string, double> shares = load_surname_shares();
  const auto found = shares.find(std::string(folded));
  return found == shares.end() ? 0.0 : found->second;
}

const std::vector<std::string>* short_form_equivalents(std::string_view folded) {
  static const std::unordered_map<std::string, std::vector<std::string>> equivalents =
      load_short_forms();
  const auto found = equivalents.find(std::string(folded));
  return found == equivalents.end() ? nullptr : &found->second;
}

bool typo_allowed(std::string_view a, std::string_view b) {
  // Letters, not bytes: "доброва" is 7 letters in 14 bytes.
  if (a.size() < kMinTypoLetters || b.size() < kMinTypoLetters)
    return false;
  const std::u32string letters_a = code_points(a);
  const std::u32string letters_b = code_points(b);
  return letters_a.size() >= kMinTypoLetters && letters_b.size() >= kMinTypoLetters &&
         within_one_edit(letters_a, letters_b);
}

std::string part_letters(const Token* begin, const Token* end) {
  std::string letters;
  for (const Token* token = begin; token != end; ++token) {
    for (const char c : token->text) {
      if (c != '\'' && c != '-')
        letters.push_back(c);
    }
  }
  return letters;
}

bool is_initial(const Token* begin, const Token* end) {
  return end - begin == 1 && begin->script == Script::kLatin && begin->text.size() == 1;
}

}  // namespace onoma::resolve
