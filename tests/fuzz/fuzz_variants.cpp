// Fuzz target: variants(name, max), max from 0 to 24 chosen by the input's length.
//
// Invariants: at most `max` variants, best first, no spelling twice; spellings and native
// readings are non-empty valid UTF-8, the native reading Hangul syllables (and spaces); scores in
// (0, 1]; every system a Korean one. Inputs over kMaxInput (64 KiB) are ignored.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include <onoma/romanize.hpp>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > onoma::fuzz::kMaxInput)
    return 0;
  const std::string_view name(reinterpret_cast<const char*>(data), size);
  const std::size_t max = size % 25;

  const auto variants = onoma::variants(name, max);
  FUZZ_CHECK(variants.size() <= max);
  std::set<std::string> spellings;
  for (std::size_t i = 0; i < variants.size(); ++i) {
    const onoma::Variant& variant = variants[i];
    FUZZ_CHECK(!variant.spelling.empty());
    FUZZ_CHECK(onoma::fuzz::valid_utf8(variant.spelling));
    FUZZ_CHECK(spellings.insert(variant.spelling).second);
    FUZZ_CHECK(!variant.native.empty());
    FUZZ_CHECK(onoma::fuzz::valid_utf8(variant.native));
    onoma::fuzz::for_each_code_point(variant.native, [](char32_t cp) {
      FUZZ_CHECK((cp >= 0xAC00 && cp <= 0xD7A3) || cp == ' ');
    });
    FUZZ_CHECK(variant.score > 0.0 && variant.score <= 1.0);
    FUZZ_CHECK(onoma::system_name(variant.system).substr(0, 3) == "ko-");
    if (i > 0)
      FUZZ_CHECK(variants[i - 1].score >= variant.score);
  }
  return 0;
}
