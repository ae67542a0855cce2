// Fuzz target: Resolver::annotate on the built-in catalog.
//
// Invariants: mentions are sorted, non-overlapping and non-empty, with begin < end <= size (on
// code point boundaries when the input is valid UTF-8); no mention is unknown; each resolution
// satisfies fuzz_resolution.hpp. Inputs over kMaxInput (64 KiB) are ignored.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <onoma/resolver.hpp>

#include "fuzz_common.hpp"
#include "fuzz_resolution.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > onoma::fuzz::kMaxInput)
    return 0;
  static const onoma::Resolver resolver;  // the built-in catalog
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const bool valid = onoma::fuzz::valid_utf8(text);

  const auto mentions = resolver.annotate(text);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const onoma::Mention& mention = mentions[i];
    FUZZ_CHECK(mention.begin < mention.end);
    FUZZ_CHECK(mention.end <= text.size());
    if (i > 0)
      FUZZ_CHECK(mentions[i - 1].end <= mention.begin);
    if (valid) {
      FUZZ_CHECK(onoma::fuzz::on_boundary(text, mention.begin));
      FUZZ_CHECK(onoma::fuzz::on_boundary(text, mention.end));
    }
    FUZZ_CHECK(mention.resolution.status != onoma::Status::kUnknown);
    FUZZ_CHECK(!mention.resolution.candidates.empty());
    onoma::fuzz::check_resolution(resolver, mention.resolution);
    FUZZ_CHECK(mention.score() > 0.0 && mention.score() <= 1.0);
  }
  return 0;
}
