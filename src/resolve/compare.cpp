#include "onoma/compare.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "resolve/generators.hpp"
#include "resolve/scores.hpp"

namespace onoma {
namespace {

using resolve::Reading;

struct BestReading {
  float cost;
  std::string_view via;
};

// Which generators may judge the pair: a culture's decoder only when one name is likely of that
// culture and the other at least possible. Without this rule a decoder that reads almost any
// Latin (Russian's) would merge names of another culture ("Kim Jong-il" and "Kim Yong-il" both
// read as ким-и(й)онг-ил) that its own decoder keeps apart.
std::vector<bool> generators_for(const std::vector<Token>& a, const std::vector<Token>& b) {
  const auto& generators = resolve::default_generators();
  // Each generator's affinity to each name, once (a decoder's affinity decodes the name).
  std::vector<resolve::Affinity> of_a;
  std::vector<resolve::Affinity> of_b;
  for (const auto& generator : generators) {
    of_a.push_back(generator->affinity({a.data(), a.size()}));
    of_b.push_back(generator->affinity({b.data(), b.size()}));
  }
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
  for (std::size_t g = 0; g < generators.size(); ++g) {
    const resolve::Affinity fit_a = culture_affinity(of_a, g);
    const resolve::Affinity fit_b = culture_affinity(of_b, g);
    usable.push_back(fit_a != resolve::Affinity::kNone && fit_b != resolve::Affinity::kNone &&
                     (fit_a == resolve::Affinity::kLikely || fit_b == resolve::Affinity::kLikely));
  }
  return usable;
}

std::unordered_map<std::string, BestReading> readings_of(const std::vector<Token>& tokens,
                                                         const std::vector<bool>& usable) {
  std::unordered_map<std::string, BestReading> best;
  std::vector<Reading> readings;
  std::size_t index = 0;
  for (const auto& generator : resolve::default_generators()) {
    if (!usable[index++])
      continue;
    readings.clear();
    generator->generate({tokens.data(), tokens.size()}, readings);
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

}  // namespace

Comparison compare(std::string_view a, std::string_view b, const CompareOptions& options) {
  Comparison comparison;
  comparison.explanation.matched_name = to_valid_utf8(b);
  Result<std::vector<Token>> tokens_a = tokenize(a);
  Result<std::vector<Token>> tokens_b = tokenize(b);
  if (!tokens_a || !tokens_b || tokens_a->empty() || tokens_b->empty())
    return comparison;

  const std::vector<bool> usable = generators_for(*tokens_a, *tokens_b);
  const std::unordered_map<std::string, BestReading> readings_a = readings_of(*tokens_a, usable);
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
      generator->generate_pruned({tokens.data(), tokens.size()}, prefixes_of_a, readings);
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
  comparison.same = comparison.score >= options.same_threshold;
  return comparison;
}

}  // namespace onoma
