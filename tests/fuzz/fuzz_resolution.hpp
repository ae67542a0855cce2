// Invariants of a Resolution, shared by the resolve and annotate fuzz targets.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>

#include <onoma/resolver.hpp>

#include "fuzz_common.hpp"

namespace onoma::fuzz {

inline void check_explanation(const Explanation& explanation) {
  FUZZ_CHECK(valid_utf8(explanation.matched_name));
  FUZZ_CHECK(valid_utf8(explanation.reading));
  FUZZ_CHECK(valid_utf8(explanation.via));
  FUZZ_CHECK(valid_utf8(explanation.context));
  for (const std::string& title : explanation.stripped)
    FUZZ_CHECK(valid_utf8(title));
  FUZZ_CHECK(explanation.cost >= 0);
  FUZZ_CHECK(valid_utf8(explanation.to_string()));
}

// The structure every Resolution has: scores in [0, 1], best first; `chosen` consistent with
// the status (1 when resolved, several when ambiguous, 0 when unknown); entities from the
// resolver's catalog; the matched name one of the entity's names, of the kind named.
inline void check_resolution(const Resolver& resolver, const Resolution& resolution) {
  const Catalog& catalog = resolver.catalog();
  const auto& candidates = resolution.candidates;
  FUZZ_CHECK(resolution.chosen <= candidates.size());
  switch (resolution.status) {
    case Status::kResolved:
      FUZZ_CHECK(resolution.chosen == 1);
      FUZZ_CHECK(resolution.entity() == candidates.front().entity);
      break;
    case Status::kAmbiguous:
      FUZZ_CHECK(resolution.chosen >= 2);
      FUZZ_CHECK(resolution.entity() == nullptr);
      break;
    case Status::kUnknown:
      FUZZ_CHECK(resolution.chosen == 0);
      FUZZ_CHECK(resolution.entity() == nullptr);
      break;
    default:
      FUZZ_CHECK(false && "status out of range");
  }
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& candidate = candidates[i];
    FUZZ_CHECK(candidate.score >= 0.0 && candidate.score <= 1.0);
    if (i > 0)
      FUZZ_CHECK(candidates[i - 1].score >= candidate.score);
    FUZZ_CHECK(candidate.entity != nullptr);
    FUZZ_CHECK(candidate.entity >= catalog.begin() && candidate.entity < catalog.end());
    for (std::size_t j = 0; j < i; ++j)
      FUZZ_CHECK(candidates[j].entity != candidate.entity);  // the best evidence per entity
    const Explanation& explanation = candidate.explanation;
    check_explanation(explanation);
    const Entity& entity = *candidate.entity;
    const auto contains = [&](const std::vector<std::string>& names) {
      return std::find(names.begin(), names.end(), explanation.matched_name) != names.end();
    };
    switch (explanation.name_kind) {
      case NameKind::kCanonical:
        FUZZ_CHECK(explanation.matched_name == entity.canonical);
        break;
      case NameKind::kNative:
        FUZZ_CHECK(contains(entity.natives));
        break;
      case NameKind::kAlias:
        FUZZ_CHECK(contains(entity.aliases));
        break;
      default:
        FUZZ_CHECK(false && "name kind out of range");
    }
  }
}

}  // namespace onoma::fuzz
