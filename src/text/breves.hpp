// The breves a folded Latin token no longer shows: McCune–Reischauer writes ㅓ as ŏ and ㅡ as ŭ,
// and the fold (fold.hpp) reads both as the plain o and u that stand for ㅗ and ㅜ.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace onoma::text {

// Which letters of `folded` (a token's folded text: lower-case ASCII letters and apostrophes)
// `written` (the same token as written) spells ŏ or ŭ, precomposed or with U+0306 COMBINING
// BREVE: bit i for the i-th letter, apostrophes not counted. 0 when it has none; nullopt when
// the two do not line up letter for letter (a letter written with another mark or folding to two
// letters, such as æ, or more than 64 letters), so that no letter's breve is known.
std::optional<std::uint64_t> breve_letters(std::string_view written, std::string_view folded);

}  // namespace onoma::text
