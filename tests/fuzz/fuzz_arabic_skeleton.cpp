// Fuzz target: the consonant skeletons of Arabic names (internal: src/cultures/arabic/
// skeleton.hpp), from Latin tokens (latin_skeleton) and from Arabic-script tokens
// (arabic_skeleton). The input is tokenized; the whole span and each token alone are read.
//
// Invariants: a skeleton is lower-case ASCII consonants (no a e i o u w y), with no letter
// twice in a row; a span with a token of another script, or a Latin token holding anything but
// a-z and apostrophes, gives an empty skeleton; a Latin skeleton has at most one letter per
// letter of the tokens, an Arabic one at most four per code point (the longest transliteration of
// a letter of the Arabic block). Inputs over kMaxInput (64 KiB) are ignored.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <onoma/text.hpp>

#include "cultures/arabic/skeleton.hpp"
#include "fuzz_common.hpp"

namespace {

constexpr std::size_t kMaxLatinPerCodePoint = 4;

void check_skeleton(const std::string& skeleton) {
  char previous = 0;
  for (const char c : skeleton) {
    FUZZ_CHECK(c >= 'a' && c <= 'z');
    FUZZ_CHECK(c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u' && c != 'w' && c != 'y');
    FUZZ_CHECK(c != previous);
    previous = c;
  }
}

void check_span(const onoma::Token* tokens, std::size_t count) {
  std::size_t bytes = 0;
  std::size_t code_points = 0;
  bool all_latin = true;
  bool all_arabic = true;
  for (std::size_t i = 0; i < count; ++i) {
    bytes += tokens[i].text.size();
    onoma::fuzz::for_each_code_point(tokens[i].text, [&](char32_t) { ++code_points; });
    all_latin = all_latin && tokens[i].script == onoma::Script::kLatin;
    all_arabic = all_arabic && tokens[i].script == onoma::Script::kArabic;
  }
  const std::string latin = onoma::cultures::arabic::latin_skeleton(tokens, count);
  check_skeleton(latin);
  if (!all_latin)
    FUZZ_CHECK(latin.empty());
  FUZZ_CHECK(latin.size() <= bytes);
  const std::string arabic = onoma::cultures::arabic::arabic_skeleton(tokens, count);
  check_skeleton(arabic);
  if (!all_arabic)
    FUZZ_CHECK(arabic.empty());
  FUZZ_CHECK(arabic.size() <= kMaxLatinPerCodePoint * code_points);
  // The same tokens give the same skeletons (the letter table is built once, on first use).
  FUZZ_CHECK(onoma::cultures::arabic::arabic_skeleton(tokens, count) == arabic);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > onoma::fuzz::kMaxInput)
    return 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto tokens = onoma::tokenize(input);
  FUZZ_CHECK(tokens.ok());
  check_span(tokens->data(), tokens->size());
  for (std::size_t i = 0; i < tokens->size() && i < 64; ++i)
    check_span(tokens->data() + i, 1);
  return 0;
}
