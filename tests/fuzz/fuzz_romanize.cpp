// Fuzz target: romanize() in every system of all_systems(), as running text and as a name.
//
// Invariants: every system named by all_systems() round-trips through system_name and
// system_from_name; a successful result is valid UTF-8; a failed one has error diagnostics;
// plain ASCII letters, digits and spaces pass through running-text romanization unchanged.
// Inputs over kMaxInput (64 KiB) are ignored.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <onoma/romanize.hpp>

#include "fuzz_common.hpp"

namespace {

bool plain_ascii(std::string_view text) {
  for (const char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' '))
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > onoma::fuzz::kMaxInput)
    return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const bool ascii = plain_ascii(text);

  for (const onoma::System system : onoma::all_systems()) {
    const std::string_view name = onoma::system_name(system);
    FUZZ_CHECK(!name.empty());
    FUZZ_CHECK(onoma::system_from_name(name) == system);
    for (const bool as_name : {false, true}) {
      onoma::RomanizeOptions options;
      options.as_name = as_name;
      options.tone_marks = size % 2 == 0;
      const auto result = onoma::romanize(text, system, options);
      if (!result.ok()) {
        FUZZ_CHECK(!result.errors().empty());
        for (const onoma::Diagnostic& error : result.errors())
          FUZZ_CHECK(onoma::fuzz::valid_utf8(error.message));
        continue;
      }
      FUZZ_CHECK(onoma::fuzz::valid_utf8(*result));
      if (ascii && !as_name)
        FUZZ_CHECK(*result == text);
    }
  }
  return 0;
}
