#include "cultures/latin/folded_generator.hpp"

namespace onoma::cultures {
namespace {

// The Arabic article as the press writes it before a hyphen: al-, el-, and its assimilated forms
// (ad-Dawla, ash-Sharif, as-Sadr, at-Tabari, az-Zawahiri, an-Nasser, ar-Rashid).
bool is_arabic_article(const std::string& word) {
  for (const char* article : {"al", "el", "ad", "ash", "as", "at", "az", "an", "ar"}) {
    if (word == article)
      return true;
  }
  return false;
}

}  // namespace

void FoldedReadingGenerator::generate(resolve::TokenSpan span,
                                      std::vector<resolve::Reading>& out) const {
  resolve::Reading reading;
  resolve::Reading without_article{"f:", kDroppedArticleCost};
  bool article_dropped = false;
  reading.key = "f:";
  for (std::size_t t = 0; t < span.count; ++t) {
    const Token& token = span.tokens[t];
    const bool article = t + 1 < span.count && token.script == Script::kLatin &&
                         span.tokens[t + 1].separator == Separator::kHyphen &&
                         is_arabic_article(token.text);
    article_dropped = article_dropped || article;
    for (const char c : token.text) {
      if (c == '\'')
        continue;
      reading.key.push_back(c);
      if (!article)
        without_article.key.push_back(c);
    }
  }
  if (article_dropped && without_article.key.size() > 2)
    out.push_back(std::move(without_article));
  if (reading.key.size() > 2)
    out.push_back(std::move(reading));
}

}  // namespace onoma::cultures
