// Resolving a mention ("Choe Son-hui", "Choi Sun Hee", "최선희", "Mr. Lavrov") to catalog entities.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "onoma/catalog.hpp"
#include "onoma/export.hpp"

namespace onoma {

enum class Status : std::uint8_t {
  kResolved,   // one candidate stands clearly above the rest
  kAmbiguous,  // several candidates are too close to choose; all of them are reported
  kUnknown,    // nothing in the catalog matches well enough
};

ONOMA_API std::string_view status_name(Status status);

// Which of an entity's names matched.
enum class NameKind : std::uint8_t { kCanonical, kNative, kAlias };

// How the query met that name.
enum class MatchKind : std::uint8_t {
  kExact,       // byte for byte, once titles were stripped
  kNormalized,  // the same reading after folding case, diacritics, hyphens and spacing
  kReordered,   // the same reading with the name's parts in another order ("Jong-un Kim")
  kPartial,     // one part of the name only ("Lavrov", "Choi"): weaker evidence
  // Part by part: every part of the query met a part of the name, some through an initial
  // ("S. Lavrov"), a short form ("Mike"), a typo, or with parts of the name missing from the
  // query ("Valentina Matviyenko" for "Valentina Ivanovna Matviyenko") or parts of the query the
  // name lacks; Explanation::parts says which.
  kAligned,
};

// How one part of a query met a part of a name (Explanation::parts).
enum class PartMatch : std::uint8_t {
  kSame,          // one reading: "Sergei" and "Sergey", "Choi" and 최
  kShortForm,     // a short form of a given name (tables/latin/short_forms.tsv): Mike, Michael
  kInitial,       // an initial and a part that begins with it: "S." and "Sergey"
  kTypo,          // two long parts one letter apart, in a name of no syllabic culture
  kMissing,       // a part of the name that the query lacks (a patronymic, a middle name)
  kExtra,         // a part of the query that the name lacks
  kContradicted,  // parts in the same place that disagree: "Jong-un" and "Jong-il"
};

ONOMA_API std::string_view name_kind_name(NameKind kind);
ONOMA_API std::string_view match_kind_name(MatchKind kind);
ONOMA_API std::string_view part_match_name(PartMatch match);

// One line of an alignment: a part of the query, the part of the name it met, and how.
struct AlignedPart {
  std::string query;  // the query's part as written ("S."); empty when kMissing
  std::string name;   // the name's part as written ("Sergey"); empty when kExtra
  PartMatch match = PartMatch::kSame;
  std::string via;  // the generator or table ("russian", "folded", "short_forms"), if any
  double cost = 0;  // how far this pair had to stretch
  // How much the query's part counted, in (0, 1]: a rare part ("Lavrov") 1, a common one
  // ("Kim", 21% of Koreans; or shared by many catalog names) less. 1 for missing parts.
  double weight = 1;
};

// Why a candidate matched: a structured record, printable with to_string().
struct Explanation {
  std::string matched_name;  // the catalog name that matched, as written in the catalog
  NameKind name_kind = NameKind::kCanonical;
  MatchKind match = MatchKind::kNormalized;
  std::string reading;  // the reading query and name share, e.g. "kimjongun" or "최선희"
  std::string via;      // the reading generator that produced it, e.g. "folded"
  double cost = 0;      // how far the readings had to stretch (0 = not at all)
  std::vector<std::string> stripped;  // titles removed from the query, as written
  // annotate() only: the earlier full mention a partial one was linked to ("Choe Son-hui at
  // byte 36"), empty otherwise.
  std::string context;
  // Which part met which: one line per part for kAligned matches (and compare()'s part-by-part
  // judgement), the whole query against the whole name otherwise (or against the name's surname
  // for kPartial).
  std::vector<AlignedPart> parts;

  ONOMA_API std::string to_string() const;
};

struct Candidate {
  const Entity* entity = nullptr;  // points into the Resolver's catalog; valid while it lives
  // In [0, 1], calibrated by kind of evidence, each less the further readings stretched: 1 an
  // exact match of a catalog name, 0.97 the same reading after folding, 0.92 reordered, at most
  // 0.9 part by part (an initial, a short form, a typo, a part missing), 0.55-0.7 a surname
  // alone (the commoner, the lower), 0.85 a surname linked by annotate() to an earlier mention.
  double score = 0;
  Explanation explanation;
};

struct Resolution {
  Status status = Status::kUnknown;
  // Ranked best first (ties by entity id). When ambiguous, the candidates within the margin of
  // the best are here, up to ResolverOptions::max_tied of them; the list is otherwise capped at
  // ResolverOptions::max_candidates.
  std::vector<Candidate> candidates;
  // The first `chosen` candidates are the answer: 1 when resolved, the tied candidates listed
  // when ambiguous, 0 when unknown.
  std::size_t chosen = 0;
  // How many candidates were within the margin of the best: `chosen`, or more when an ambiguous
  // answer listed only max_tied of them ("Kim" alone against a large catalog).
  std::size_t tied = 0;

  // The resolved entity, or nullptr when the status is not kResolved.
  const Entity* entity() const {
    return status == Status::kResolved ? candidates.front().entity : nullptr;
  }
};

// An entity found in running text by Resolver::annotate().
struct Mention {
  std::size_t begin = 0;  // byte offsets into the annotated text: text.substr(begin, end - begin)
  std::size_t end = 0;
  Resolution resolution;  // kResolved or kAmbiguous; never kUnknown

  const Entity* entity() const { return resolution.entity(); }
  double score() const { return resolution.candidates.front().score; }
};

// Per-query knowledge the caller has.
struct Hints {
  // Only consider entities of this type. Default: any type.
  std::optional<EntityType> type;
  // The name's origin when the caller knows it, as a BCP 47 language ("ru", "zh", "ko-KP"):
  // only that culture's decoders read a romanized query (native scripts are always read), and
  // only entities of that language (or of no stated origin) are candidates. Default: empty, the
  // resolver runs every decoder the spelling allows (see estimate_origins).
  std::string origin;
};

// The cultures a name's spelling is likely to come from, as BCP 47 languages in a fixed order
// ("ko", "ru", "zh"): "Kang" and "Li" may be Korean or Chinese, "Lavrov" is Russian, 최선희 is
// Korean. Empty when no culture decoder finds evidence (a generic Latin name such as
// "Michael Pompeo"). Thread-safe; never throws.
ONOMA_API std::vector<std::string> estimate_origins(std::string_view name);

struct ResolverOptions {
  // Best score below this: kUnknown. Default 0.5: a lone surname shared by no one (0.7) still
  // resolves; nothing weaker does.
  double resolve_threshold = 0.5;
  // Candidates within this distance of the best make the answer kAmbiguous. Default 0.05.
  double ambiguity_margin = 0.05;
  // Longest candidate list returned, ambiguous ties excepted. Default 5.
  std::size_t max_candidates = 5;
  // Most tied candidates an ambiguous answer lists (best first, ties by id); Resolution::tied
  // counts them all. Default 32.
  std::size_t max_tied = 32;
  // Remove leading titles and honorifics (tables/titles.tsv) before matching. Default true.
  bool strip_titles = true;
  // Threads that build the reading index when the catalog brings none (a snapshot brings its
  // own). Default 0: one per hardware thread, fewer for a small catalog; 1 builds on the calling
  // thread only. The index, and so every answer, is the same whatever the count.
  unsigned index_threads = 0;
  // Build in the constructor the process-wide tables that are otherwise built on the first query
  // needing each: the Han readings (from ICU's Han-Latin over every CJK character: about 0.3 s of
  // CPU), the ISO 9 and Arabic letters. Then no query, and no thread waiting on another's first
  // query, pays for them: for servers. Default false: a process that never reads Han never
  // builds its table. The tables are shared by every Resolver; answers are the same either way.
  bool prepare_tables = false;
};

// Resolves mentions against a catalog.
//
// Thread safety: a Resolver is immutable after construction; resolve() and every other const
// member may be called concurrently from any number of threads without locking. Ownership: the
// Resolver shares its Catalog (copies are cheap), so Entity pointers in its results stay valid
// for as long as the Resolver or a copy of it lives. Building indexes every name once; queries
// never run an ICU transliterator.
class ONOMA_API Resolver {
 public:
  explicit Resolver(Catalog catalog = Catalog::builtin(), ResolverOptions options = {});
  ~Resolver();
  Resolver(const Resolver&);
  Resolver& operator=(const Resolver&);
  Resolver(Resolver&&) noexcept;
  Resolver& operator=(Resolver&&) noexcept;

  // Never throws for any input; invalid UTF-8 is read as U+FFFD.
  Resolution resolve(std::string_view mention, const Hints& hints = {}) const;

  // The catalog's entities in running text, in order, non-overlapping, longest match first. A
  // span is a whole catalog name (any spelling the resolver accepts, without reordering), or
  // one capitalized part of a person's name ("Lavrov", "Choe"). Such a partial mention is
  // linked to the person of an earlier full mention in the same text when exactly one earlier
  // full mention fits ("Choe" after "Choe Son-hui"); with several it stays ambiguous between
  // them, with none it keeps the catalog's answer: resolved if one person has that name part,
  // else ambiguous, never guessed. Leading titles and a possessive "'s" are not part of a span.
  // Invalid UTF-8 is read as U+FFFD; offsets still index the original bytes.
  std::vector<Mention> annotate(std::string_view text) const;

  const Catalog& catalog() const;
  const ResolverOptions& options() const;

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;
};

}  // namespace onoma
