// Fuzz target: Resolver::resolve on the built-in catalog, with and without hints.
//
// Invariants (besides those of fuzz_resolution.hpp): the decision follows the options (the
// best score reaches resolve_threshold when resolved or ambiguous and not when unknown; the
// chosen candidates lie within ambiguity_margin of the best, the next one does not); the list
// is capped at max_candidates unless ambiguous; a type hint admits only entities of that type;
// resolving the same mention twice gives the same answer. Inputs over kMaxInput (64 KiB) are
// ignored.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <onoma/resolver.hpp>

#include "fuzz_common.hpp"
#include "fuzz_resolution.hpp"

namespace {

constexpr double kEpsilon = 1e-9;

void check_decision(const onoma::Resolver& resolver, const onoma::Resolution& resolution,
                    const onoma::Hints& hints) {
  onoma::fuzz::check_resolution(resolver, resolution);
  const onoma::ResolverOptions& options = resolver.options();
  const auto& candidates = resolution.candidates;
  if (resolution.status != onoma::Status::kAmbiguous)
    FUZZ_CHECK(candidates.size() <= options.max_candidates);
  if (resolution.status == onoma::Status::kUnknown) {
    FUZZ_CHECK(candidates.empty() || candidates.front().score < options.resolve_threshold);
  } else {
    const double best = candidates.front().score;
    FUZZ_CHECK(best >= options.resolve_threshold);
    FUZZ_CHECK(candidates[resolution.chosen - 1].score >=
               best - options.ambiguity_margin - kEpsilon);
    if (resolution.chosen < candidates.size())
      FUZZ_CHECK(candidates[resolution.chosen].score < best - options.ambiguity_margin + kEpsilon);
  }
  if (hints.type) {
    for (const onoma::Candidate& candidate : candidates)
      FUZZ_CHECK(candidate.entity->type == *hints.type);
  }
}

bool same(const onoma::Resolution& a, const onoma::Resolution& b) {
  if (a.status != b.status || a.chosen != b.chosen || a.candidates.size() != b.candidates.size())
    return false;
  for (std::size_t i = 0; i < a.candidates.size(); ++i) {
    if (a.candidates[i].entity != b.candidates[i].entity ||
        a.candidates[i].score != b.candidates[i].score)
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > onoma::fuzz::kMaxInput)
    return 0;
  static const onoma::Resolver resolver;  // the built-in catalog
  const std::string_view mention(reinterpret_cast<const char*>(data), size);

  const onoma::Resolution plain = resolver.resolve(mention);
  check_decision(resolver, plain, {});
  FUZZ_CHECK(same(plain, resolver.resolve(mention)));

  // Hints chosen by the input's length, so that every input is a plain mention as well.
  static const char* const kOrigins[] = {"ko", "ko-KP", "ru", "zh", "en", "xx"};
  onoma::Hints hints;
  if (size % 5 != 0)
    hints.type = static_cast<onoma::EntityType>(size % 5 - 1);
  hints.origin = kOrigins[(size / 5) % 6];
  check_decision(resolver, resolver.resolve(mention, hints), hints);
  return 0;
}
