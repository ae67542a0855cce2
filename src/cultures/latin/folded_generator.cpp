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
  // Every query and every part of one comes here: the key is sized once, and the reading
  // without an article is built only for a name that has one.
  const auto is_article = [&](std::size_t t) {
    return t + 1 < span.count && span.tokens[t].script == Script::kLatin &&
           span.tokens[t + 1].separator == Separator::kHyphen &&
           is_arabic_article(span.tokens[t].text);
  };
  std::size_t letters = 2;
  bool article_dropped = false;
  for (std::size_t t = 0; t < span.count; ++t) {
    letters += span.tokens[t].text.size();
    article_dropped = article_dropped || is_article(t);
  }
  resolve::Reading reading;
  reading.key.reserve(letters);
  reading.key = "f:";
  resolve::Reading without_article{"f:", kDroppedArticleCost};
  if (article_dropped)
    without_article.key.reserve(letters);
  for (std::size_t t = 0; t < span.count; ++t) {
    const bool kept_without_article = article_dropped && !is_article(t);
    for (const char c : span.tokens[t].text) {
      if (c == '\'')
        continue;
      reading.key.push_back(c);
      if (kept_without_article)
        without_article.key.push_back(c);
    }
  }
  if (article_dropped && without_article.key.size() > 2)
    out.push_back(std::move(without_article));
  if (reading.key.size() > 2)
    out.push_back(std::move(reading));
}

}  // namespace onoma::cultures
