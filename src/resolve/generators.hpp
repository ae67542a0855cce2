// The reading generators every Resolver and compare() use.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/readings.hpp"

namespace onoma::resolve {

using Generators = std::vector<std::unique_ptr<ReadingGenerator>>;

// Built once (thread-safe static), immutable, shared by every Resolver and compare().
const Generators& default_generators();

// Whether two BCP 47 tags share their primary language subtag ("ko-KP" and "ko" do).
bool same_language(std::string_view a, std::string_view b);

// Whether `generator` reads a query whose caller-given origin is `origin` (Hints::origin; empty
// when unknown): native-script and culture-free generators always do, a culture's decoder only
// for its own language.
bool runs_for_origin(const ReadingGenerator& generator, std::string_view origin);

// The languages estimate_origins() reports for a name: those of the generators that find it
// likely theirs (`affinity_of(g)`) and read it (`reads(g)`: generate() gives some reading), in
// default_generators() order, each once. A caller that has asked a generator already answers
// from what it kept, so that no decoder reads the name twice.
template <typename AffinityOf, typename Reads>
std::vector<std::string> likely_languages(AffinityOf&& affinity_of, Reads&& reads) {
  std::vector<std::string> languages;
  const Generators& generators = default_generators();
  for (std::size_t g = 0; g < generators.size(); ++g) {
    const std::string_view language = generators[g]->language();
    if (language.empty() || affinity_of(g) != Affinity::kLikely ||
        std::find(languages.begin(), languages.end(), language) != languages.end()) {
      continue;
    }
    if (reads(g))
      languages.emplace_back(language);
  }
  return languages;
}

}  // namespace onoma::resolve
