// Fuzz target: the pinyin / Wade–Giles Chinese decoder (internal: src/cultures/chinese/
// decoder.hpp), on the built-in tables. The input is tokenized and decoded as a whole span, token
// by token, and as each run of up to kMaxTokens + 1 tokens from the start.
//
// Invariants: at most Decoder::kMaxReadings readings, best (lowest cost) first, no two with the
// same syllables; spans of more than kMaxTokens tokens, or with a token that is not Latin or
// holds anything but a-z and apostrophes, give nothing; a reading has one list of syllables per
// part (tokens joined by a hyphen, an apostrophe or nothing are one part), each syllable a
// non-empty pinyin key (toneless lower-case ASCII, ü written v) no longer than the part, at
// most one syllable per letter; joined() is the syllables concatenated; costs are finite and
// non-negative. Inputs over kMaxInput (64 KiB) are ignored.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <onoma/text.hpp>

#include "cultures/chinese/decoder.hpp"
#include "cultures/chinese/pinyin_table.hpp"
#include "fuzz_common.hpp"

namespace {

using onoma::cultures::chinese::Decoder;
using onoma::cultures::chinese::PinyinReading;

void check_span(const Decoder& decoder, const onoma::Token* tokens, std::size_t count) {
  const std::vector<PinyinReading> readings = decoder.decode({tokens, count});
  if (count == 0 || count > Decoder::kMaxTokens)
    FUZZ_CHECK(readings.empty());
  // The parts as the decoder forms them, and whether every token is readable at all.
  std::vector<std::size_t> part_letters;
  bool readable = true;
  for (std::size_t i = 0; i < count; ++i) {
    const onoma::Token& token = tokens[i];
    if (token.script != onoma::Script::kLatin || token.text.empty())
      readable = false;
    for (const char c : token.text)
      readable = readable && ((c >= 'a' && c <= 'z') || c == '\'');
    const bool joins = token.separator == onoma::Separator::kHyphen ||
                       token.separator == onoma::Separator::kApostrophe ||
                       token.separator == onoma::Separator::kNone;
    if (part_letters.empty() || !joins)
      part_letters.push_back(0);
    part_letters.back() += token.text.size();
  }
  if (!readable)
    FUZZ_CHECK(readings.empty());
  FUZZ_CHECK(readings.size() <= Decoder::kMaxReadings);
  std::set<std::vector<std::vector<std::string>>> seen;
  for (std::size_t r = 0; r < readings.size(); ++r) {
    const PinyinReading& reading = readings[r];
    FUZZ_CHECK(reading.parts.size() == part_letters.size());
    FUZZ_CHECK(seen.insert(reading.parts).second);
    std::string joined;
    for (std::size_t p = 0; p < reading.parts.size(); ++p) {
      const std::vector<std::string>& syllables = reading.parts[p];
      FUZZ_CHECK(!syllables.empty());
      FUZZ_CHECK(syllables.size() <= part_letters[p]);
      FUZZ_CHECK(part_letters[p] <= Decoder::kMaxPartLetters);
      for (const std::string& syllable : syllables) {
        FUZZ_CHECK(!syllable.empty());
        // A Wade–Giles spelling may be shorter than its pinyin (j -> zh), but never by much.
        FUZZ_CHECK(syllable.size() <= part_letters[p] + 2);
        for (const char c : syllable)
          FUZZ_CHECK(c >= 'a' && c <= 'z');
        joined += syllable;
      }
    }
    FUZZ_CHECK(reading.joined() == joined);
    FUZZ_CHECK(std::isfinite(reading.cost) && reading.cost >= 0.0f);
    if (r > 0)
      FUZZ_CHECK(readings[r - 1].cost <= reading.cost);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > onoma::fuzz::kMaxInput)
    return 0;
  static const Decoder decoder(onoma::cultures::chinese::PinyinTable::builtin());
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto tokens = onoma::tokenize(input);
  FUZZ_CHECK(tokens.ok());
  if (tokens->empty())
    return 0;
  check_span(decoder, tokens->data(), tokens->size());
  for (std::size_t i = 0; i < tokens->size() && i < 64; ++i)
    check_span(decoder, tokens->data() + i, 1);
  for (std::size_t count = 2; count <= tokens->size() && count <= Decoder::kMaxTokens + 1; ++count)
    check_span(decoder, tokens->data(), count);
  return 0;
}
