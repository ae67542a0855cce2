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
  // A folded key reaches the other Korea's spelling: near-certain, but not identity.
  const float cost = key.compare(2, std::string::npos, joined) == 0 ? 0.0f : 0.01f;
  out.push_back({std::move(key), cost});
}

}  // namespace onoma::cultures
