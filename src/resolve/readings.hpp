// Readings: the resolver's common currency (design.md, "match in native space").
//
// A reading generator turns the tokens of a name into a small set of weighted keys. Two
// spellings of one name share a key: the folded generator's key of "Kim Jong-un" and of
// "KIM JONG UN" is "kimjongun"; a Korean decoder's key of "Choi Sun Hee" and of "최선희" is the
// Hangul 최선희. The resolver indexes the readings of every catalog name and looks up the readings
// of each query, so a culture decoder plugs in by implementing ReadingGenerator; nothing else in
// the resolver changes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "onoma/text.hpp"
#include "resolve/prefix_filter.hpp"

namespace onoma::resolve {

struct Reading {
  // Begins with the generator's tag so that keys of different generators never collide.
  std::string key;
  // 0 for a reading that needed no stretching; larger for less likely readings.
  float cost = 0;
  // True when the reading comes from a table of equivalent names ("Alexander" for Александр)
  // rather than from the spelling: a catalog may use it, but compare() never judges two names the
  // same on it.
  bool by_equivalence = false;
  // True when the reading leaves out a part of the name (a Russian patronymic: "Sergei Lavrov"
  // of "Sergei Viktorovich Lavrov"). The catalog side indexes such readings at their cost alone;
  // a query's pays kQueryPartLeftOutCost more (scores.hpp), since the query then names a part
  // the entity's name lacks.
  bool leaves_out_part = false;
};

// A contiguous run of a name's tokens.
// Parts of a given name written before the surname ("Nam June" of "Nam June Paik") that
// annotate() and the index read as one name with the surname put first: Korean and Chinese
// given names have one or two syllables.
inline constexpr std::size_t kMaxGivenNameParts = 2;

struct TokenSpan {
  const Token* tokens = nullptr;
  std::size_t count = 0;
  // The text the tokens' offsets point into, or empty when the caller has none. Tokens fold
  // diacritics away; a generator that needs the letters as written (ISO 9's š for ш) reads them
  // here, and does without them when this is empty.
  std::string_view text = {};

  // The token as written (without a possessive), or empty when `text` does not hold it.
  std::string_view written(const Token& token) const {
    return token.stem_end <= text.size() && token.begin <= token.stem_end
               ? text.substr(token.begin, token.stem_end - token.begin)
               : std::string_view{};
  }

  const Token* begin() const { return tokens; }
  const Token* end() const { return tokens + count; }
};

// How well a name's spelling fits a generator's culture (design.md, "name origin").
enum class Affinity : std::uint8_t {
  kNone,      // the generator cannot read it
  kPossible,  // it can, but nothing in the spelling says the name is of its culture
  kLikely,    // the spelling shows the culture (a known given name, a surname ending, a script)
};

// Thread safety: implementations are immutable after construction; generate() is const and must
// be safe to call concurrently.
class ReadingGenerator {
 public:
  virtual ~ReadingGenerator() = default;
  // Short name used in explanations ("folded", "korean", ...).
  virtual std::string_view name() const = 0;
  // The language whose names the generator reads ("ko", "ru", "zh"), or empty for generators of
  // no culture (folding). Names the origin in estimate_origins() and Hints::origin.
  virtual std::string_view language() const { return {}; }
  // True for generators that read a native script (Hangul, Cyrillic, Han): a Hints::origin
  // never switches them off, since a script is evidence of its own.
  virtual bool reads_native_script() const { return false; }
  // False for generators that read a resolver query only when affinity() finds it likely of
  // their culture (a vowel-less skeleton says too little about any Latin name). Catalog names
  // and compare() are unaffected. Default: true.
  virtual bool reads_queries() const { return true; }
  // How well `span` fits the generator's culture. compare() uses a culture's readings only
  // when one name is likely of it and the other at least possible; estimate_origins() reports
  // the likely ones. Default: kLikely, for generators that read nothing outside their culture.
  virtual Affinity affinity(TokenSpan /*span*/) const { return Affinity::kLikely; }
  // Whether to read the names of catalog entities of this origin (BCP 47, "ko-KP"). Queries
  // have no origin and go through every generator. Default: every origin.
  virtual bool applies_to_origin(std::string_view /*origin*/) const { return true; }
  // Appends the readings of `span` (a whole name or one part of it), each key starting with the
  // generator's tag. Appends nothing when the span is outside the generator's culture.
  virtual void generate(TokenSpan span, std::vector<Reading>& out) const = 0;
  // The key tag ("h:") of the readings generate_pruned() prunes, or empty when the generator
  // does not prune (its generate_pruned() is generate()). The reading index records the prefixes
  // of every catalog key, whatever its tag, in a PrefixFilter. Default: none.
  virtual std::string_view pruning_tag() const { return {}; }
  // generate() for a resolver query: a decoder drops every partial reading whose key prefix is
  // not in `catalog_prefixes`, the prefixes of the catalog's keys, so its
  // search follows the catalog instead of the whole language. The readings may therefore differ
  // from generate()'s (the beam keeps readings the catalog has instead of cheaper ones it has
  // not). Default: generate().
  virtual void generate_pruned(TokenSpan span, const PrefixFilter& /*catalog_prefixes*/,
                               std::vector<Reading>& out) const {
    generate(span, out);
  }
  // Whether some key of this generator may begin with a reading of `span` (`readings` is
  // scratch space): annotate() lengthens a span only while some generator says so. Default: the
  // readings of generate_pruned(), for a span the generator reads as a query, looked up among
  // the prefixes of the catalog's keys.
  virtual bool may_begin_key(TokenSpan span, const PrefixFilter& catalog_prefixes,
                             std::vector<Reading>& readings) const;
  // Lower-case words that names of this culture hold in running text ("bin" of "Osama bin
  // Laden"): annotate() lets a span run into them when the catalog has a name of this culture.
  // Default: none.
  virtual std::vector<std::string_view> lower_case_name_words() const { return {}; }
  // Whether `word` (a span of one token), in the middle of a name, may be left out of the name's
  // readings (a Russian patronymic: "Sergey Viktorovich Lavrov" reads as Сергей Лавров too).
  // annotate() lengthens a span past such a word although no catalog key begins with the span
  // up to it. Default: no.
  virtual bool may_leave_out(TokenSpan /*word*/) const { return false; }
  // Whether `word` (one word: a token, or tokens joined by hyphens, as "Ssu-ma" of "Ch'ien
  // Ssu-ma") may be a surname written after the given name, as
  // Western order writes names of this culture ("Se Ri Pak", "Syngman Rhee" for 박세리, 이승만).
  // No catalog key begins with the given name, so annotate() also reads a span that ends in such
  // a word with that part first. Default: no.
  // (annotate() and the index look at most kMaxGivenNameParts parts before such a word.)
  virtual bool may_be_surname_last(TokenSpan /*word*/) const { return false; }
  // Builds the process-wide tables this generator otherwise builds on the first name that needs
  // them (ResolverOptions::prepare_tables). Thread-safe, and cheap once they exist. Default:
  // nothing to build.
  virtual void prepare() const {}
  // For a name whose parts are not separate tokens (Hangul 최선희 is one word: surname 최, given
  // name 선희), appends the readings of each part as (part index, reading) and returns the
  // number of parts; returns 0 when the generator sees no parts. Default: no parts.
  virtual std::size_t generate_parts(TokenSpan /*span*/,
                                     std::vector<std::pair<std::size_t, Reading>>& /*out*/) const {
    return 0;
  }
};

// The parts of a name: runs of tokens joined by hyphens or a change of script ("Jong-un" is one
// part, "Jong Un" two). Returns the index of each part's first token plus a final end index.
std::vector<std::size_t> part_boundaries(const std::vector<Token>& tokens);

// `tokens` with the parts from `boundaries[r]` on moved to the front ("Jong-un Kim" rotated by 1
// is "Kim Jong-un"); separators are fixed up so the result reads as a name of its own.
std::vector<Token> rotate_parts(const std::vector<Token>& tokens,
                                const std::vector<std::size_t>& boundaries, std::size_t r);

}  // namespace onoma::resolve
