#include "cultures/korean/romanized_generator.hpp"

#include <algorithm>

#include "cultures/korean/hangul.hpp"

namespace onoma::cultures {

bool RomanizedKoreanGenerator::applies_to_origin(std::string_view origin) const {
  return origin == "ko" || origin.substr(0, 3) == "ko-";
}

bool RomanizedKoreanGenerator::is_surname(resolve::TokenSpan word) const {
  std::string letters;
  for (std::size_t i = 0; i < word.count; ++i) {
    for (const char c : word.tokens[i].text) {
      if (c != '\'')
        letters.push_back(c);
    }
  }
  return !table_.surname(letters).empty();
}

resolve::Affinity RomanizedKoreanGenerator::affinity(resolve::TokenSpan span) const {
  if (span.count == 0 || !decoder_.reads(span))
    return resolve::Affinity::kNone;
  return is_surname({span.tokens, 1, span.text}) ||
                 is_surname({span.tokens + span.count - 1, 1, span.text})
             ? resolve::Affinity::kLikely
             : resolve::Affinity::kPossible;
}

bool RomanizedKoreanGenerator::may_be_surname_last(resolve::TokenSpan word) const {
  // Two-syllable surnames may be hyphenated ("Nam-goong"); the table writes them joined.
  return std::all_of(word.tokens, word.tokens + word.count,
                     [](const Token& token) { return token.script == Script::kLatin; }) &&
         is_surname(word);
}

void RomanizedKoreanGenerator::generate(resolve::TokenSpan span,
                                        std::vector<resolve::Reading>& out) const {
  for (const korean::HangulReading& reading : decoder_.decode(span)) {
    out.push_back({"h:" + korean::fold_initial_sounds(reading.hangul), reading.cost});
  }
}

void RomanizedKoreanGenerator::generate_pruned(resolve::TokenSpan span,
                                               const resolve::PrefixFilter& catalog_prefixes,
                                               std::vector<resolve::Reading>& out) const {
  for (const korean::HangulReading& reading : decoder_.decode(span, &catalog_prefixes)) {
    out.push_back({"h:" + korean::fold_initial_sounds(reading.hangul), reading.cost});
  }
}

}  // namespace onoma::cultures
