#include "cultures/arabic/skeleton.hpp"

#include <algorithm>
#include <array>
#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "text/utf8.hpp"

namespace onoma::cultures::arabic {
namespace {

constexpr char32_t kFirstArabic = 0x0600;
constexpr char32_t kLastArabic = 0x06FF;

// The Latin (ASCII, lower case) of every character of the Arabic block, from ICU's Arabic-Latin
// and Latin-ASCII in one call at first use.
const std::vector<std::string>& arabic_letters() {
  static const std::vector<std::string> letters = [] {
    std::vector<std::string> table(kLastArabic - kFirstArabic + 1);
    icu::UnicodeString all;
    for (char32_t c = kFirstArabic; c <= kLastArabic; ++c) {
      all.append(static_cast<UChar32>(c));
      all.append(static_cast<UChar>('\n'));
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> transliterator(icu::Transliterator::createInstance(
        "Arabic-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !transliterator)
      return table;
    transliterator->transliterate(all);
    std::string utf8;
    all.toUTF8String(utf8);
    std::size_t index = 0;
    for (std::size_t start = 0; start < utf8.size() && index < table.size(); ++index) {
      std::size_t end = utf8.find('\n', start);
      if (end == std::string::npos)
        end = utf8.size();
      std::string latin;
      for (std::size_t i = start; i < end; ++i) {
        const char c = utf8[i];
        if (c >= 'a' && c <= 'z')
          latin.push_back(c);
      }
      table[index] = std::move(latin);
      start = end + 1;
    }
    // Ta marbuta (ة) is silent in the press's spellings (Fatima, Hamza), not the t ICU writes.
    table[0x0629 - kFirstArabic].clear();
    return table;
  }();
  return letters;
}

// Appends the consonants of `latin` (lower-case ASCII) in the skeleton's spelling.
void append_consonants(std::string_view latin, std::string& skeleton) {
  for (std::size_t i = 0; i < latin.size(); ++i) {
    char c = latin[i];
    // dh th: the interdentals are often written d t; q is often written k (Qasim, Kasim).
    if ((c == 'd' || c == 't') && i + 1 < latin.size() && latin[i + 1] == 'h') {
      ++i;
    } else if (c == 'q') {
      c = 'k';
    }
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y' ||
        c < 'a' || c > 'z') {
      continue;
    }
    if (skeleton.empty() || skeleton.back() != c)
      skeleton.push_back(c);
  }
}

}  // namespace

bool is_article(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kArticles = {
      "al", "el", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an", "ul"};
  for (const std::string_view article : kArticles) {
    if (word == article)
      return true;
  }
  return false;
}

std::string latin_skeleton(const Token* tokens, std::size_t count) {
  std::string skeleton;
  for (std::size_t t = 0; t < count; ++t) {
    const Token& token = tokens[t];
    if (token.script != Script::kLatin)
      return {};
    for (const char c : token.text) {
      if (!((c >= 'a' && c <= 'z') || c == '\''))
        return {};
    }
    // "al-Baghdadi", "el Sisi": the article is no part of the name's skeleton.
    if (t + 1 < count && is_article(token.text))
      continue;
    // "Abdel", "Abdul": عبد and the article of the word after it, which Arabic script writes
    // joined to that word (عبد الفتاح), so the article is dropped here too.
    const std::string_view word = token.text;
    if (word.size() == 5 && word.substr(0, 3) == "abd" &&
        (is_article(word.substr(3)) || word.substr(3) == "ol")) {
      append_consonants("abd", skeleton);
      continue;
    }
    append_consonants(token.text, skeleton);
  }
  return skeleton;
}

void prepare_arabic_letters() {
  (void)arabic_letters();
}

std::string arabic_skeleton(const Token* tokens, std::size_t count) {
  // Checked before the table is asked for: its construction runs an ICU transliterator (about
  // 160 million instructions), which a process that reads no Arabic never needs; every native
  // query (최선희, Лавров) reaches this function.
  if (std::any_of(tokens, tokens + count,
                  [](const Token& token) { return token.script != Script::kArabic; })) {
    return {};
  }
  const std::vector<std::string>& letters = arabic_letters();
  std::string skeleton;
  for (std::size_t t = 0; t < count; ++t) {
    const Token& token = tokens[t];
    std::string latin;
    for (std::size_t i = 0; i < token.text.size();) {
      const text::DecodedCodePoint decoded = text::decode_utf8(token.text, i);
      i += decoded.length;
      if (decoded.code_point < kFirstArabic || decoded.code_point > kLastArabic)
        return {};
      latin += letters[decoded.code_point - kFirstArabic];
    }
    // The article ال is written joined to the word (البغدادي): drop a leading "al".
    std::string_view word = latin;
    if (word.size() > 3 && word.substr(0, 2) == "al")
      word.remove_prefix(2);
    append_consonants(word, skeleton);
  }
  return skeleton;
}

}  // namespace onoma::cultures::arabic
