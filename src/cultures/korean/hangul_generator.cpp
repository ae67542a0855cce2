#include "cultures/korean/hangul_generator.hpp"

#include "cultures/korean/hangul.hpp"

namespace onoma::cultures {

void HangulReadingGenerator::generate(resolve::TokenSpan span,
                                      std::vector<resolve::Reading>& out) const {
  if (span.count == 0)
    return;
  std::string joined;
  for (const Token& token : span) {
    if (token.script != Script::kHangul)
      return;
    joined += token.text;
  }
  std::string key = "h:" + korean::fold_initial_sounds(joined);
  // A folded key reaches the other Korea's spelling (리/이, 룡/용): likely the same name, but not
  // identity. The cost keeps an exact native spelling of one person ahead of the other Korea's
  // spelling of another by more than the default ambiguity margin: 이건준 is 이건준 before 리건준
  // (0.97 x (1 - 0.03) = 0.94 against 1.0).
  const float cost = key.compare(2, std::string::npos, joined) == 0 ? 0.0f : kFoldedSpellingCost;
  out.push_back({std::move(key), cost});
}

std::size_t HangulReadingGenerator::generate_parts(
    resolve::TokenSpan span, std::vector<std::pair<std::size_t, resolve::Reading>>& out) const {
  if (span.count != 1 || span.tokens->script != Script::kHangul)
    return 0;
  const std::string& name = span.tokens->text;
  constexpr std::size_t kSyllableBytes = 3;  // every Hangul syllable is 3 bytes of UTF-8
  const std::size_t syllables = name.size() / kSyllableBytes;
  if (name.size() % kSyllableBytes != 0 || syllables < 2 || syllables > 5)
    return 0;
  const std::string first_two = name.substr(0, 2 * kSyllableBytes);
  const std::size_t surname_syllables =
      syllables >= 3 && table_.is_surname_hangul(first_two) ? 2 : 1;
  const std::string surname = name.substr(0, surname_syllables * kSyllableBytes);
  const std::string given = name.substr(surname_syllables * kSyllableBytes);
  out.push_back({0, {"h:" + korean::fold_initial_sounds(surname), 0.0f}});
  out.push_back({1, {"h:" + korean::fold_initial_sounds(given), 0.0f}});
  return 2;
}

}  // namespace onoma::cultures
