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

// Whether the span's own bytes hold a non-ASCII one: only then may it be written with breves.
// (In annotate() the text is the whole document, so only the span's bytes are scanned.)
bool may_have_breves(resolve::TokenSpan span) {
  if (span.count == 0)
    return false;
  const std::size_t begin = span.tokens[0].begin;
  const std::size_t end = span.tokens[span.count - 1].end;
  if (begin >= end || end > span.text.size())
    return false;
  for (const char c : span.text.substr(begin, end - begin)) {
    if (static_cast<unsigned char>(c) >= 0x80)
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
  // The key with the letters written ŏ and ŭ kept so, built alongside when the span may have any.
  const bool marks_possible = may_have_breves(span);
  resolve::Reading marked{marks_possible ? "f:" : "", 0.0f};
  bool breve = false;
  for (std::size_t t = 0; t < span.count; ++t) {
    const Token& token = span.tokens[t];
    const bool kept_without_article = article_dropped && !is_article(t);
    const std::string_view written = marks_possible ? span.written(token) : std::string_view();
    const std::optional<std::uint64_t> breves = token.script == Script::kLatin && !written.empty()
                                                    ? text::breve_letters(written, token.text)
                                                    : std::nullopt;
    std::size_t letter = 0;
    for (const char c : token.text) {
      if (c == '\'')
        continue;
      reading.key.push_back(c);
      if (kept_without_article)
        without_article.key.push_back(c);
      if (marks_possible) {
        const bool with_breve = breves && (*breves >> letter & 1) != 0;
        if (with_breve)
          marked.key += c == 'o' ? "\u014F" : "\u016D";  // ŏ, ŭ
        else
          marked.key.push_back(c);
        breve = breve || with_breve;
      }
      ++letter;
    }
  }
  if (article_dropped && without_article.key.size() > 2)
    out.push_back(std::move(without_article));
  if (reading.key.size() > 2) {
    if (breve) {
      out.push_back(std::move(marked));
      reading.cost = kDroppedMarkCost;
    }
    out.push_back(std::move(reading));
  }
}

}  // namespace onoma::cultures
