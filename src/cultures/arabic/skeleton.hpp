// Consonant skeletons of Arabic names, so that Arabic script and the press's Latin spellings
// meet: البغدادي, "al-Baghdadi" and "Al-Baghdadi" all give "bghd" (article dropped, vowels and
// the semivowels w and y dropped, doubled letters once).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "onoma/text.hpp"

namespace onoma::cultures::arabic {

// Whether a folded Latin word is the Arabic article as the press writes it: al, el, and the
// assimilated forms (ad-, ash-, ...).
bool is_article(std::string_view word);

// The skeleton of a name's Latin tokens (folded text), or empty when a token holds anything but
// ASCII letters and apostrophes. Articles (al, el, and the assimilated ad-, ash-, ...) are
// dropped.
std::string latin_skeleton(const Token* tokens, std::size_t count);

// The skeleton of a name's Arabic-script tokens, read through a letter table generated once from
// ICU's Arabic-Latin transliterator (on the first Arabic-script name; no query runs a
// transliterator). Empty when a token is not in Arabic script or holds letters the table does not
// read.
std::string arabic_skeleton(const Token* tokens, std::size_t count);

// Builds the letter table now, if no call has yet (ResolverOptions::prepare_tables).
void prepare_arabic_letters();

}  // namespace onoma::cultures::arabic
