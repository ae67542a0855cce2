// The reading generators every Resolver and compare() use.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "resolve/readings.hpp"

namespace onoma::resolve {

using Generators = std::vector<std::unique_ptr<ReadingGenerator>>;

// Built once (thread-safe static), immutable, shared by every Resolver and compare().
const Generators& default_generators();

// Whether `generator` reads a query whose caller-given origin is `origin` (Hints::origin; empty
// when unknown): native-script and culture-free generators always do, a culture's decoder only
// for its own language.
// Whether two BCP 47 tags share their primary language subtag ("ko-KP" and "ko" do).
bool same_language(std::string_view a, std::string_view b);

bool runs_for_origin(const ReadingGenerator& generator, std::string_view origin);

}  // namespace onoma::resolve
