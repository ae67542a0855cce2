#include "cultures/korean/romanized_generator.hpp"

#include "cultures/korean/hangul.hpp"

namespace onoma::cultures {

bool RomanizedKoreanGenerator::applies_to_origin(std::string_view origin) const {
  return origin == "ko" || origin.substr(0, 3) == "ko-";
}

bool RomanizedKoreanGenerator::is_surname(const Token& token) const {
  std::string letters;
  for (const char c : token.text) {
    if (c != '\'')
      letters.push_back(c);
  }
  return !table_.surname(letters).empty();
}

resolve::Affinity RomanizedKoreanGenerator::affinity(resolve::TokenSpan span) const {
  if (span.count == 0 || !decoder_.reads(span))
    return resolve::Affinity::kNone;
  return is_surname(span.tokens[0]) || is_surname(span.tokens[span.count - 1])
             ? resolve::Affinity::kLikely
             : resolve::Affinity::kPossible;
}

bool RomanizedKoreanGenerator::may_be_surname_last(resolve::TokenSpan word) const {
  return word.count == 1 && word.tokens->script == Script::kLatin && is_surname(*word.tokens);
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
