// Part-by-part matching of two names: which part of one is which part of the other, and what the
// parts that found no partner mean.
//
// Whole-name readings (readings.hpp) decide most matches: "Choi Sun Hee" and "Choe Son Hui" share
// one Korean reading. They cannot say that "S. Lavrov" is Sergey Lavrov, that "Sergei Viktorovich
// Lavrov" is the same man without his patronymic, that "Mike Pompeo" is "Michael Pompeo", or that
// "Kim Jong-un" and "Kim Jong-il" share a surname and contradict on the given name. align() does:
// the caller finds which parts share a reading (through the index or the part readings of both
// names), and align() pairs them up, adds initials and typos, and scores the result.
//
// Thread safety: everything here is a pure function or an immutable table built once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "onoma/resolver.hpp"
#include "onoma/text.hpp"

namespace onoma::resolve {

// One way a query part may meet a name part, found by the caller.
struct PartEdge {
  std::uint8_t query_part;
  std::uint8_t name_part;
  float cost;  // how far the readings had to stretch, as Reading::cost
  PartMatch match;
  std::string_view via;  // a generator's name or a table's; must outlive the Alignment
};

// What align() knows about each side's parts.
struct PartFacts {
  std::vector<std::string> folded;  // each part's folded letters, hyphens dropped ("jongun")
  std::vector<float> weights;       // query only: rarity_weight() of each part
};

struct AlignOptions {
  // Pair an initial with a part that begins with its letter. Default true.
  bool initials = true;
  // Pair two long parts one edit apart (typo_allowed()). Callers switch it off for names of a
  // syllabic culture, where one letter changes the name (Jong-il, Jong-in). Default true.
  bool typos = true;
  // The name is of a syllabic culture (Korean, Chinese): its one-letter parts are syllables (U,
  // O, I), not initials, and so are the query's one-letter vowels; it has no middle names: a part
  // missing or extra on either side is a different given name. Default false.
  bool syllabic_name = false;
  // The name's surname part, which the query may not leave out ("Deborah K. Martin" is not met
  // by "Deborah K."); -1 when unknown (compare()). Default -1.
  int surname_part = -1;
};

struct Alignment {
  // In [0, 1]: kAlignedScore for every query part met at no cost, lower for each stretch, each
  // part of the query the name lacks and each part of the name the query lacks.
  double score = 0;
  // Some part of the query and some part of the name stand where the other's should and
  // disagree, or the query has more than kMaxExtraParts parts the name lacks: two different
  // people, whatever else they share.
  bool contradicted = false;
  std::vector<PartEdge> pairs;            // the parts that met, one edge per query part at most
  std::vector<std::uint8_t> extra;        // query parts the name lacks
  std::vector<std::uint8_t> missing;      // name parts the query lacks
  std::vector<std::uint8_t> conflicting;  // query parts that contradict a name part
  std::vector<std::uint8_t> conflicting_name;  // the name parts they contradict, in order
};

// Most parts of the query that the name may lack (a patronymic, a middle name); more contradict.
inline constexpr std::size_t kMaxExtraParts = 1;

// An initial says little about who is meant: it counts half as much as a rare part.
inline constexpr float kInitialWeight = 0.5f;

// The best pairing of query and name parts given the edges the caller found (any order of parts;
// each part used once, cheapest edges first), then initials and typos between the parts left,
// then the score. `query` and `name` give each side's folded parts; their sizes are the part
// counts (a name part with empty text is known only by count: it can pair through edges only).
Alignment align(std::vector<PartEdge> edges, const PartFacts& query, const PartFacts& name,
                const AlignOptions& options = {});

// Whether align() must find a query of `query_parts` parts and a name of `name_parts` parts whose
// letters it is not given (empty PartFacts::folded) contradicted, whichever of the edges in
// [first, last) it pairs: some parts are then left on both sides (it pairs no more parts than
// either side has met), a syllabic name differs in part count, or the query has more than
// kMaxExtraParts parts the name lacks. False when no edge can be paired (align() then scores 0
// without a contradiction). A sufficient condition read off the edges alone, so that a caller
// with thousands of candidates can drop most of them without aligning them; align() stays the
// judge of the rest.
bool edges_contradict(const PartEdge* first, const PartEdge* last, std::size_t query_parts,
                      std::size_t name_parts, bool syllabic_name);

// How much a part counts, in [kMinPartWeight, 1]: 1 for a rare part; less for a part that many
// catalog names share (`catalog_postings`, the postings of its reading) or that a large share of a
// population bears (`population_share`, in percent: Kim 21.5, Wang 7.5). Common parts say less
// about who is meant.
float rarity_weight(std::size_t catalog_postings, double population_share);
inline constexpr float kMinPartWeight = 0.35f;

// The share of a population (percent) bearing the surname spelled `folded` (a Latin spelling
// such as "kim", "lee", "wang", or the Hangul or Han surname), from the culture tables'
// frequencies (tables/korean/surnames.tsv, tables/chinese/surnames.tsv); 0 when no table knows
// it. The largest share when several cultures do ("li").
double surname_share(std::string_view folded);

// The other forms of a given name in tables/latin/short_forms.tsv (folded: "mike" -> "michael",
// "mick", ...; "michael" -> "mike", ...): the members of every row it belongs to, or nullptr.
const std::vector<std::string>* short_form_equivalents(std::string_view folded);

// Whether two parts may be typos of each other: both at least kMinTypoLetters letters long and
// one edit (insertion, deletion, substitution or swap of neighbours) apart. Shorter parts never
// are: Li and Lu are different names, and so are Dobreva and Dobrova, Kalinov and Kalinev.
bool typo_allowed(std::string_view a, std::string_view b);
inline constexpr std::size_t kMinTypoLetters = 8;

// A part's folded letters without hyphens and apostrophes: the text align() compares.
std::string part_letters(const Token* begin, const Token* end);

// Whether a part is an initial: one Latin token of one letter ("S" of "S. Lavrov").
bool is_initial(const Token* begin, const Token* end);

}  // namespace onoma::resolve
