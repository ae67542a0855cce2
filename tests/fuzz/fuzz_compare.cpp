// Fuzz target: compare(a, b). The input is split at its first tab (or, without one, in half).
//
// Invariants: the score is in [0, 1]; `same` is exactly score >= same_threshold, for the default
// and for a stricter threshold; a positive score's explanation names `b` as written, reached
// through a reading at a non-negative cost; the explanation's text is valid UTF-8; a name is
// the same as itself (score 1) when it has any token. Inputs over kMaxInput (64 KiB) are ignored.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <onoma/compare.hpp>
#include <onoma/text.hpp>

#include "fuzz_common.hpp"
#include "fuzz_resolution.hpp"

namespace {

void check(const onoma::Comparison& comparison, std::string_view b, double threshold) {
  FUZZ_CHECK(comparison.score >= 0.0 && comparison.score <= 1.0);
  FUZZ_CHECK(comparison.same == (comparison.score >= threshold));
  onoma::fuzz::check_explanation(comparison.explanation);
  if (comparison.score > 0 && onoma::fuzz::valid_utf8(b))
    FUZZ_CHECK(comparison.explanation.matched_name == b);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > onoma::fuzz::kMaxInput)
    return 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t tab = input.find('\t');
  const std::size_t split = tab == std::string_view::npos ? size / 2 : tab;
  const std::string_view a = input.substr(0, split);
  const std::string_view b = input.substr(tab == std::string_view::npos ? split : split + 1);

  check(onoma::compare(a, b), b, 0.5);
  onoma::CompareOptions strict;
  strict.same_threshold = 0.95;
  check(onoma::compare(a, b, strict), b, strict.same_threshold);
  check(onoma::compare(b, a), a, 0.5);

  // Identity: a short name with at least one token is the same as itself.
  if (a.size() <= 256 && onoma::fuzz::valid_utf8(a)) {
    const auto tokens = onoma::tokenize(a);
    const onoma::Comparison self = onoma::compare(a, a);
    check(self, a, 0.5);
    if (tokens.ok() && !tokens->empty())
      FUZZ_CHECK(self.score == 1.0);
  }
  return 0;
}
