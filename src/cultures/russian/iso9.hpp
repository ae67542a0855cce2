// Words written in ISO 9 (GOST 7.79 system A) read back letter for letter.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace onoma::cultures::russian {

// The Russian key (append_cyrillic_key) of `written`, a word as the text writes it, when it is
// ISO 9: every letter is one ISO 9 writes for a Russian letter, and at least one is a letter no
// other system of the project writes (š ž č ŝ û â è, not ë ʹ ʺ, which BGN/PCGN shares). ISO 9
// is reversible, so such a word has exactly one reading; the decoder reads tokens with their
// diacritics folded away (Šostakovič as sostakovic) and finds it only among costly guesses, or
// not at all. Accepts precomposed and decomposed letters (NFC and NFD), either case.
//
// The letter table is built from tables/romanize/ru-iso9.rules and ru-bgn.rules (through
// onoma::romanize) on first use, once per process; thread-safe.
std::optional<std::string> iso9_key(std::string_view written);

// Builds the letter table now, if no call has yet (ResolverOptions::prepare_tables).
void prepare_iso9_letters();

}  // namespace onoma::cultures::russian
