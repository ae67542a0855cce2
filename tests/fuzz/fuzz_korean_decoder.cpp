// Fuzz target: the Latin-to-Hangul Korean decoder (internal: src/cultures/korean/decoder.hpp),
// on the built-in syllable table. The input is tokenized and decoded as a whole span and token
// by token, without its text and with it (so that McCune–Reischauer's breves and apostrophes in
// it are read as marks).
//
// Invariants: at most Decoder::kMaxReadings readings, best (lowest cost) first, no reading
// twice; each reading is non-empty valid UTF-8 made of Hangul syllables only, at least one per
// part and at most one per letter; costs are finite and non-negative; spans of more than
// kMaxTokens tokens, or with a token that is not Latin, give nothing. Inputs over kMaxInput
// (64 KiB) are ignored.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <onoma/text.hpp>

#include "cultures/korean/decoder.hpp"
#include "cultures/korean/syllable_table.hpp"
#include "fuzz_common.hpp"

namespace {

using onoma::cultures::korean::Decoder;
using onoma::cultures::korean::HangulReading;

void check_span(const Decoder& decoder, const onoma::Token* tokens, std::size_t count,
                std::string_view text) {
  const std::vector<HangulReading> readings = decoder.decode({tokens, count, text});
  if (count > Decoder::kMaxTokens)
    FUZZ_CHECK(readings.empty());
  std::size_t letters = 0;
  std::size_t parts = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (tokens[i].script != onoma::Script::kLatin)
      FUZZ_CHECK(readings.empty());
    for (const char c : tokens[i].text)
      letters += c >= 'a' && c <= 'z';
    if (i == 0 || tokens[i].separator != onoma::Separator::kHyphen)
      ++parts;
  }
  FUZZ_CHECK(readings.size() <= Decoder::kMaxReadings);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < readings.size(); ++i) {
    const HangulReading& reading = readings[i];
    FUZZ_CHECK(!reading.hangul.empty());
    FUZZ_CHECK(onoma::fuzz::valid_utf8(reading.hangul));
    FUZZ_CHECK(seen.insert(reading.hangul).second);
    std::size_t syllables = 0;
    onoma::fuzz::for_each_code_point(reading.hangul, [&](char32_t cp) {
      FUZZ_CHECK(cp >= 0xAC00 && cp <= 0xD7A3);
      ++syllables;
    });
    FUZZ_CHECK(syllables >= parts && syllables <= letters);
    FUZZ_CHECK(std::isfinite(reading.cost) && reading.cost >= 0.0f);
    if (i > 0)
      FUZZ_CHECK(readings[i - 1].cost <= reading.cost);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > onoma::fuzz::kMaxInput)
    return 0;
  static const Decoder decoder(onoma::cultures::korean::SyllableTable::builtin());
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto tokens = onoma::tokenize(input);
  FUZZ_CHECK(tokens.ok());
  if (tokens->empty())
    return 0;
  for (const std::string_view text : {std::string_view(), input}) {
    check_span(decoder, tokens->data(), tokens->size(), text);
    // Each token alone, and each run of up to kMaxTokens + 1 tokens from the start.
    for (std::size_t i = 0; i < tokens->size() && i < 64; ++i)
      check_span(decoder, tokens->data() + i, 1, text);
    for (std::size_t count = 2; count <= tokens->size() && count <= Decoder::kMaxTokens + 1;
         ++count) {
      check_span(decoder, tokens->data(), count, text);
    }
  }
  return 0;
}
