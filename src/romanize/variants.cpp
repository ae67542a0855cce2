// variants(): read a name into its native script, then write it in every system.
#include <algorithm>
#include <cmath>
#include <set>

#include "cultures/korean/decoder.hpp"
#include "cultures/korean/hangul.hpp"
#include "onoma/romanize.hpp"
#include "onoma/text.hpp"
#include "text/utf8.hpp"

namespace onoma {
namespace {

// Native readings considered: the decoder's best few, within kMaxCostBehind of the best.
constexpr std::size_t kMaxReadings = 3;
constexpr float kMaxCostBehind = 0.05f;

struct NativeReading {
  std::string hangul;
  double score;
};

std::vector<NativeReading> korean_readings(const std::vector<Token>& tokens) {
  std::vector<NativeReading> readings;
  const bool all_hangul = std::all_of(tokens.begin(), tokens.end(), [](const Token& token) {
    return token.script == Script::kHangul;
  });
  if (all_hangul) {
    // Only whole syllables are read: a loose jamo (ᄀ, ㅏ, ㄱ) that NFC could not compose is no
    // syllable of a name, and a "native reading" holding it is no Hangul a reader could use.
    for (const Token& token : tokens) {
      for (std::size_t i = 0; i < token.text.size();) {
        const text::DecodedCodePoint decoded = text::decode_utf8(token.text, i);
        i += decoded.length;
        if (!cultures::korean::is_syllable(decoded.code_point))
          return readings;
      }
    }
    std::string hangul;
    for (const Token& token : tokens) {
      if (!hangul.empty())
        hangul += ' ';
      hangul += token.text;
    }
    readings.push_back({hangul, 1.0});
    return readings;
  }
  static const cultures::korean::Decoder decoder(cultures::korean::SyllableTable::builtin());
  const auto decoded = decoder.decode({tokens.data(), tokens.size()});
  for (const auto& reading : decoded) {
    if (readings.size() == kMaxReadings || reading.cost > decoded.front().cost + kMaxCostBehind) {
      break;
    }
    // exp(-cost): about 1 - cost for the likely readings, and still above 0 for a far-fetched
    // one (a cost of 1 or more once gave 0, outside the documented (0, 1]).
    readings.push_back({reading.hangul, std::exp(-static_cast<double>(reading.cost))});
  }
  return readings;
}

}  // namespace

std::vector<Variant> variants(std::string_view name, std::size_t max) {
  std::vector<Variant> out;
  Result<std::vector<Token>> tokens = tokenize(name);
  if (!tokens || tokens->empty())
    return out;
  RomanizeOptions as_name;
  as_name.as_name = true;
  std::set<std::string> seen;
  for (const NativeReading& reading : korean_readings(*tokens)) {
    for (const System system :
         {System::kKoMrAscii, System::kKoDprk, System::kKoRr, System::kKoMr, System::kKoYale}) {
      Result<std::string> spelling = romanize(reading.hangul, system, as_name);
      if (!spelling || !seen.insert(*spelling).second)
        continue;
      out.push_back({std::move(spelling).value(), system, reading.hangul, reading.score});
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Variant& a, const Variant& b) { return a.score > b.score; });
  if (out.size() > max)
    out.resize(max);
  return out;
}

}  // namespace onoma
