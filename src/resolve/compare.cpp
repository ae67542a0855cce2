#include "onoma/compare.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "resolve/align.hpp"
#include "resolve/generators.hpp"
#include "resolve/scores.hpp"

namespace onoma {
namespace {

using resolve::Reading;

struct BestReading {
  float cost;
  std::string_view via;
};

// What compare() learns of one name from each generator, kept so that no decoder reads the name
// twice (a decoder's affinity decodes it, and so does generate()).
struct NameFacts {
  std::vector<resolve::Affinity> affinities;  // per generator
  // Per generator: generate() gave some reading (1), none (0), or was not asked (-1).
  std::vector<std::int8_t> reads;
};

// Which generators may judge the pair: a culture's decoder only when one name is likely of that
// culture and the other at least possible. Without this rule a decoder that reads almost any
// Latin (Russian's) would merge names of another culture ("Kim Jong-il" and "Kim Yong-il" both
// read as ким-и(й)онг-ил) that its own decoder keeps apart.
std::vector<bool> generators_for(const std::vector<Token>& a, const std::vector<Token>& b,
                                 NameFacts& name_a, NameFacts& name_b, bool& syllabic) {
  const auto& generators = resolve::default_generators();
  // Each generator's affinity to each name, once.
  std::vector<resolve::Affinity>& of_a = name_a.affinities;
  std::vector<resolve::Affinity>& of_b = name_b.affinities;
  for (const auto& generator : generators) {
    of_a.push_back(generator->affinity({a.data(), a.size()}));
    of_b.push_back(generator->affinity({b.data(), b.size()}));
  }
  name_a.reads.assign(generators.size(), -1);
  name_b.reads.assign(generators.size(), -1);
  // A culture's affinity is its best generator's: "Сергей" is likely Russian through the
  // Cyrillic reader, "Sergei" through the decoder, and their readings share one key.
  const auto culture_affinity = [&](const std::vector<resolve::Affinity>& of, std::size_t g) {
    resolve::Affinity best = of[g];
    const std::string_view language = generators[g]->language();
    for (std::size_t other = 0; other < generators.size() && !language.empty(); ++other) {
      if (generators[other]->language() == language)
        best = std::max(best, of[other]);
    }
    return best;
  };
  std::vector<bool> usable;
  syllabic = false;
  for (std::size_t g = 0; g < generators.size(); ++g) {
    const std::string_view language = generators[g]->language();
    if ((language == "ko" || language == "zh") && of_a[g] == resolve::Affinity::kLikely &&
        of_b[g] == resolve::Affinity::kLikely) {
      syllabic = true;
    }
    const resolve::Affinity fit_a = culture_affinity(of_a, g);
    const resolve::Affinity fit_b = culture_affinity(of_b, g);
    usable.push_back(fit_a != resolve::Affinity::kNone && fit_b != resolve::Affinity::kNone &&
                     (fit_a == resolve::Affinity::kLikely || fit_b == resolve::Affinity::kLikely));
  }
  return usable;
}

// The readings of `tokens` (of the name `text`) through the usable generators, cheapest per key.
// `reads`, when given, records which generators gave any reading (NameFacts::reads).
std::unordered_map<std::string, BestReading> readings_of(
    std::string_view text, const std::vector<Token>& tokens, const std::vector<bool>& usable,
    std::vector<std::int8_t>* reads = nullptr) {
  std::unordered_map<std::string, BestReading> best;
  std::vector<Reading> readings;
  std::size_t index = 0;
  for (const auto& generator : resolve::default_generators()) {
    if (!usable[index++])
      continue;
    readings.clear();
    generator->generate({tokens.data(), tokens.size(), text}, readings);
    if (reads != nullptr)
      (*reads)[index - 1] = !readings.empty();
    for (Reading& reading : readings) {
      if (reading.by_equivalence)
        continue;
      auto [slot, inserted] =
          best.try_emplace(std::move(reading.key), BestReading{reading.cost, generator->name()});
      if (!inserted && reading.cost < slot->second.cost) {
        slot->second = {reading.cost, generator->name()};
      }
    }
  }
  return best;
}

// The readings of one part of a name through the usable generators, cheapest per key.
std::unordered_map<std::string, BestReading> part_readings(std::string_view text,
                                                           const Token* begin, const Token* end,
                                                           const std::vector<bool>& usable) {
  std::vector<Token> alone(begin, end);
  alone.front().separator = Separator::kStart;
  return readings_of(text, alone, usable);
}

// estimate_origins() of a name, from what compare() has learnt of it already.
std::vector<std::string> likely_languages(std::string_view text, const std::vector<Token>& tokens,
                                          const NameFacts& facts) {
  const resolve::Generators& generators = resolve::default_generators();
  std::vector<Reading> readings;
  return resolve::likely_languages(
      [&](std::size_t g) { return facts.affinities[g]; },
      [&](std::size_t g) {
        if (facts.reads[g] >= 0)
          return facts.reads[g] == 1;
        readings.clear();
        generators[g]->generate({tokens.data(), tokens.size(), text}, readings);
        return !readings.empty();
      });
}

// compare() part by part (resolve/align.hpp), when no whole reading is shared: `a`'s parts play
// the query, `b`'s the name. Both need two parts at least; a lone surname is no name to judge.
void compare_parts(std::string_view a, std::string_view b, const std::vector<Token>& tokens_a,
                   const std::vector<Token>& tokens_b, const NameFacts& name_a,
                   const NameFacts& name_b, const std::vector<bool>& usable, bool syllabic,
                   Comparison& comparison) {
  const std::vector<std::size_t> bounds_a = resolve::part_boundaries(tokens_a);
  const std::vector<std::size_t> bounds_b = resolve::part_boundaries(tokens_b);
  const std::size_t parts_a = bounds_a.size() - 1;
  const std::size_t parts_b = bounds_b.size() - 1;
  if (parts_a < 2 || parts_b < 2 || parts_a > resolve::kMaxAlignedParts ||
      parts_b > resolve::kMaxAlignedParts) {
    return;
  }
  resolve::PartFacts facts_a;
  resolve::PartFacts facts_b;
  std::vector<std::unordered_map<std::string, BestReading>> readings_a(parts_a);
  for (std::size_t p = 0; p < parts_a; ++p) {
    const Token* begin = tokens_a.data() + bounds_a[p];
    const Token* end = tokens_a.data() + bounds_a[p + 1];
    facts_a.folded.push_back(resolve::part_letters(begin, end));
    if (resolve::is_initial(begin, end)) {
      facts_a.weights.push_back(resolve::kInitialWeight);
      continue;
    }
    facts_a.weights.push_back(resolve::rarity_weight(0, resolve::surname_share(facts_a.folded[p])));
    readings_a[p] = part_readings(a, begin, end, usable);
  }
  std::vector<resolve::PartEdge> edges;
  for (std::size_t q = 0; q < parts_b; ++q) {
    const Token* begin = tokens_b.data() + bounds_b[q];
    const Token* end = tokens_b.data() + bounds_b[q + 1];
    facts_b.folded.push_back(resolve::part_letters(begin, end));
    if (resolve::is_initial(begin, end))
      continue;
    const auto readings_b = part_readings(b, begin, end, usable);
    const auto* forms = end - begin == 1 && begin->script == Script::kLatin
                            ? resolve::short_form_equivalents(begin->text)
                            : nullptr;
    for (std::size_t p = 0; p < parts_a; ++p) {
      for (const auto& [key, reading] : readings_b) {
        const auto shared = readings_a[p].find(key);
        if (shared == readings_a[p].end())
          continue;
        edges.push_back({static_cast<std::uint8_t>(p), static_cast<std::uint8_t>(q),
                         shared->second.cost + reading.cost, PartMatch::kSame,
                         shared->second.cost >= reading.cost ? shared->second.via : reading.via});
      }
      if (forms != nullptr &&
          std::find(forms->begin(), forms->end(), facts_a.folded[p]) != forms->end()) {
        edges.push_back({static_cast<std::uint8_t>(p), static_cast<std::uint8_t>(q),
                         resolve::kShortFormCost, PartMatch::kShortForm, "short_forms"});
      }
    }
  }
  // One letter changes a Korean or Chinese name (Jong-il, Jong-in): no typos when both names
  // are likely of one of those cultures.
  resolve::AlignOptions options;
  if (syllabic) {
    // Likely by a decoder's affinity is a cheap first look; a culture estimate_origins() reports
    // for both names (its decoder reads them) is the evidence: "Biegun" may look like pinyin.
    const std::vector<std::string> origins_a = likely_languages(a, tokens_a, name_a);
    const std::vector<std::string> origins_b = likely_languages(b, tokens_b, name_b);
    for (const char* language : {"ko", "zh"}) {
      if (std::find(origins_a.begin(), origins_a.end(), language) != origins_a.end() &&
          std::find(origins_b.begin(), origins_b.end(), language) != origins_b.end()) {
        options.typos = false;
        options.syllabic_name = true;
      }
    }
  }
  const resolve::Alignment alignment = resolve::align(std::move(edges), facts_a, facts_b, options);
  if (alignment.score <= 0)
    return;

  comparison.score = alignment.score;
  Explanation& why = comparison.explanation;
  why.match = MatchKind::kAligned;
  why.name_kind = NameKind::kAlias;
  why.reading.clear();
  why.via = "parts";
  why.cost = 0;
  why.parts.clear();
  const auto written = [](std::string_view text, const std::vector<Token>& tokens,
                          const std::vector<std::size_t>& bounds, std::size_t p) {
    const Token& first = tokens[bounds[p]];
    const Token& last = tokens[bounds[p + 1] - 1];
    return to_valid_utf8(text.substr(first.begin, last.stem_end - first.begin));
  };
  for (const resolve::PartEdge& pair : alignment.pairs) {
    why.cost += static_cast<double>(pair.cost);
    why.parts.push_back({written(a, tokens_a, bounds_a, pair.query_part),
                         written(b, tokens_b, bounds_b, pair.name_part), pair.match,
                         std::string(pair.via), pair.cost, facts_a.weights[pair.query_part]});
  }
  for (std::size_t i = 0; i < alignment.conflicting.size(); ++i) {
    const std::uint8_t p = alignment.conflicting[i];
    why.parts.push_back({written(a, tokens_a, bounds_a, p),
                         written(b, tokens_b, bounds_b, alignment.conflicting_name[i]),
                         PartMatch::kContradicted,
                         {},
                         1.0,
                         facts_a.weights[p]});
  }
  for (const std::uint8_t p : alignment.extra) {
    why.parts.push_back({written(a, tokens_a, bounds_a, p),
                         {},
                         PartMatch::kExtra,
                         {},
                         resolve::kExtraPartCost,
                         facts_a.weights[p]});
  }
  for (const std::uint8_t q : alignment.missing) {
    why.parts.push_back({{},
                         written(b, tokens_b, bounds_b, q),
                         PartMatch::kMissing,
                         {},
                         resolve::kMissingPartPenalty,
                         1.0});
  }
}

}  // namespace

Comparison compare(std::string_view a, std::string_view b, const CompareOptions& options) {
  Comparison comparison;
  comparison.explanation.matched_name = to_valid_utf8(b);
  Result<std::vector<Token>> tokens_a = tokenize(a);
  Result<std::vector<Token>> tokens_b = tokenize(b);
  if (!tokens_a || !tokens_b || tokens_a->empty() || tokens_b->empty())
    return comparison;

  bool syllabic = false;
  NameFacts name_a;
  NameFacts name_b;
  const std::vector<bool> usable = generators_for(*tokens_a, *tokens_b, name_a, name_b, syllabic);
  const std::unordered_map<std::string, BestReading> readings_a =
      readings_of(a, *tokens_a, usable, &name_a.reads);
  // `a`'s readings are the catalog `b` is looked up in: b's decoders follow their prefixes, as a
  // resolver's follow its index (readings.hpp, generate_pruned).
  std::vector<std::uint64_t> prefixes;
  for (const auto& [key, best] : readings_a)
    resolve::PrefixFilter::add_prefixes(key, prefixes);
  const resolve::PrefixFilter prefixes_of_a = resolve::PrefixFilter::build(std::move(prefixes));
  const auto consider = [&](const std::vector<Token>& tokens, MatchKind match) {
    std::vector<Reading> readings;
    std::size_t index = 0;
    for (const auto& generator : resolve::default_generators()) {
      if (!usable[index++])
        continue;
      readings.clear();
      generator->generate_pruned({tokens.data(), tokens.size(), b}, prefixes_of_a, readings);
      for (const Reading& reading : readings) {
        if (reading.by_equivalence)
          continue;
        const auto shared = readings_a.find(reading.key);
        if (shared == readings_a.end())
          continue;
        const double cost = static_cast<double>(shared->second.cost) + reading.cost;
        MatchKind kind = match;
        if (kind == MatchKind::kNormalized && a == b)
          kind = MatchKind::kExact;
        const double base = kind == MatchKind::kExact        ? resolve::kExactScore
                            : kind == MatchKind::kNormalized ? resolve::kNormalizedScore
                                                             : resolve::kReorderedScore;
        const double score = std::clamp(base * (1.0 - cost), 0.0, 1.0);
        if (score <= comparison.score)
          continue;
        comparison.score = score;
        Explanation& why = comparison.explanation;
        why.match = kind;
        why.name_kind = NameKind::kAlias;
        const std::string_view key = reading.key;
        why.reading = std::string(key.substr(key.find(':') + 1));
        // Name the generator that stretched more: that is the interesting one.
        why.via = std::string(shared->second.cost >= reading.cost ? shared->second.via
                                                                  : generator->name());
        why.cost = cost;
      }
    }
  };

  consider(*tokens_b, MatchKind::kNormalized);
  const std::vector<std::size_t> boundaries = resolve::part_boundaries(*tokens_b);
  for (std::size_t r = 1; r + 1 < boundaries.size() && r <= resolve::kMaxRotations; ++r) {
    consider(resolve::rotate_parts(*tokens_b, boundaries, r), MatchKind::kReordered);
  }
  if (comparison.score > 0) {
    // A whole-name match: the whole of `a` met the whole of `b`.
    comparison.explanation.parts = {{to_valid_utf8(a), to_valid_utf8(b), PartMatch::kSame,
                                     comparison.explanation.via, comparison.explanation.cost, 1.0}};
  }
  // Part by part only when no whole reading is shared: a whole reading says more.
  if (comparison.score == 0)
    compare_parts(a, b, *tokens_a, *tokens_b, name_a, name_b, usable, syllabic, comparison);
  comparison.same = comparison.score >= options.same_threshold;
  return comparison;
}

}  // namespace onoma
