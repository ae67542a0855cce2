#include "cultures/latin/folded_generator.hpp"

#include <cstdint>
#include <optional>

#include "text/breves.hpp"

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

// The folded key with the letters written ŏ and ŭ kept so, or empty when the span has none (or
// its text is not at hand). Most names are ASCII as written and are ruled out by one scan.
std::string with_breves(resolve::TokenSpan span) {
  if (span.count == 0)
    return {};
  // The span's own bytes: in annotate() the text is the whole document.
  const std::size_t begin = span.tokens[0].begin;
  const std::size_t end = span.tokens[span.count - 1].end;
  if (begin >= end || end > span.text.size())
    return {};
  bool non_ascii = false;
  for (const char c : span.text.substr(begin, end - begin))
    non_ascii = non_ascii || static_cast<unsigned char>(c) >= 0x80;
  if (!non_ascii)
    return {};
  std::string key = "f:";
  bool breve = false;
  for (const Token& token : span) {
    const std::string_view written = span.written(token);
    const std::optional<std::uint64_t> breves = token.script == Script::kLatin && !written.empty()
                                                    ? text::breve_letters(written, token.text)
                                                    : std::nullopt;
    std::size_t letter = 0;
    for (const char c : token.text) {
      if (c == '\'')
        continue;
      if (breves && (*breves >> letter & 1) != 0) {
        key += c == 'o' ? "\u014F" : "\u016D";  // ŏ, ŭ
        breve = true;
      } else {
        key.push_back(c);
      }
      ++letter;
    }
  }
  return breve ? key : std::string();
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
  if (reading.key.size() > 2) {
    std::string marked = with_breves(span);
    if (!marked.empty()) {
      out.push_back({std::move(marked), 0.0f});
      reading.cost = kDroppedMarkCost;
    }
    out.push_back(std::move(reading));
  }
}

}  // namespace onoma::cultures
