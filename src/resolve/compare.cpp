#include "onoma/compare.hpp"

#include <algorithm>
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

std::unordered_map<std::string, BestReading> readings_of(const std::vector<Token>& tokens) {
  std::unordered_map<std::string, BestReading> best;
  std::vector<Reading> readings;
  for (const auto& generator : resolve::default_generators()) {
    readings.clear();
    generator->generate({tokens.data(), tokens.size()}, readings);
    for (Reading& reading : readings) {
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

  const std::unordered_map<std::string, BestReading> readings_a = readings_of(*tokens_a);
  const auto consider = [&](const std::vector<Token>& tokens, MatchKind match) {
    std::vector<Reading> readings;
    for (const auto& generator : resolve::default_generators()) {
      readings.clear();
      generator->generate({tokens.data(), tokens.size()}, readings);
      for (const Reading& reading : readings) {
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
