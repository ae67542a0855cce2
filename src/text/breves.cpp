#include "text/breves.hpp"

#include "text/utf8.hpp"

namespace onoma::text {

std::optional<std::uint64_t> breve_letters(std::string_view written, std::string_view folded) {
  // The folded letters, in order, to check each breve's letter against.
  char letters[64];
  std::size_t letter_count = 0;
  for (const char c : folded) {
    if (c >= 'a' && c <= 'z') {
      if (letter_count == sizeof letters)
        return std::nullopt;
      letters[letter_count++] = c;
    } else if (c != '\'') {
      return std::nullopt;
    }
  }
  std::uint64_t breves = 0;
  std::size_t letter = 0;  // letters of `written` so far
  for (std::size_t offset = 0; offset < written.size();) {
    const DecodedCodePoint decoded = decode_utf8(written, offset);
    offset += decoded.length;
    const char32_t c = decoded.code_point;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      ++letter;
    } else if (c == 0x014F || c == 0x014E || c == 0x016D || c == 0x016C) {  // ŏ Ŏ ŭ Ŭ
      if (letter >= letter_count)
        return std::nullopt;
      breves |= std::uint64_t{1} << letter++;
    } else if (c == 0x0306) {  // COMBINING BREVE, on the letter before
      if (letter == 0 || (letters[letter - 1] != 'o' && letters[letter - 1] != 'u'))
        return std::nullopt;
      breves |= std::uint64_t{1} << (letter - 1);
    } else if (c != '\'' && c != '`' && c != 0x2019 && c != 0x2018 && c != 0x02BC && c != 0x02BB) {
      // Apostrophes fold to '\''; anything else may fold to another letter count.
      return std::nullopt;
    }
  }
  if (letter != letter_count)
    return std::nullopt;
  return breves;
}

}  // namespace onoma::text
