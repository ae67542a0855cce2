// Deciding whether two spellings can be one name, with no catalog.
#pragma once

#include <string_view>

#include "onoma/export.hpp"
#include "onoma/resolver.hpp"

namespace onoma {

struct Comparison {
  // In [0, 1]: 1 for the same text, a little less for spellings that fold to one reading, less
  // again the further the readings had to stretch. Matched part by part (an initial, a short
  // form, a typo, a part one name lacks): at most 0.9, less for each stretch. Parts that
  // contradict ("Kim Jong-un", "Kim Jong-il"): at most 0.36, by what the other parts share. 0
  // when the two share nothing.
  double score = 0;
  bool same = false;  // score >= CompareOptions::same_threshold
  // The shared reading and how it was reached; `matched_name` holds `b` as written; `parts`
  // pairs `a`'s parts (as `query`) with `b`'s (as `name`).
  Explanation explanation;
};

struct CompareOptions {
  // Scores from here up are "same". Default 0.5, the resolver's threshold.
  double same_threshold = 0.5;
};

// Whether `a` and `b` can be one name: "Choi Sun Hee" and "Choe Son Hui" (same), "Kim Jong-un"
// and "Kim Jong-il" (different). Name order does not matter ("Jong-un Kim"). The primitive for
// deduplicating names no catalog knows. Thread-safe; never throws for any input.
ONOMA_API Comparison compare(std::string_view a, std::string_view b,
                             const CompareOptions& options = {});

}  // namespace onoma
