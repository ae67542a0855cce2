// The reading generators every Resolver and compare() use.
#pragma once

#include <memory>
#include <vector>

#include "resolve/readings.hpp"

namespace onoma::resolve {

using Generators = std::vector<std::unique_ptr<ReadingGenerator>>;

// Built once (thread-safe static), immutable, shared by every Resolver and compare().
const Generators& default_generators();

}  // namespace onoma::resolve
