// UTF-8 decoding that never fails: invalid input is reported, not trusted.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace onoma::text {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// One step of decoding: the code point (U+FFFD when the bytes were invalid) and how many bytes
// it took. An invalid sequence consumes its maximal subpart (Unicode 15, §3.9 U+FFFD
// substitution), so every byte is covered exactly once and decoding always advances.
struct DecodedCodePoint {
  char32_t code_point;
  std::size_t length;
  bool valid;
};

// Decodes the code point starting at `offset` (which must be < input.size()).
DecodedCodePoint decode_utf8(std::string_view input, std::size_t offset);

// Appends the UTF-8 encoding of `code_point` (surrogates and values past U+10FFFF become U+FFFD).
void append_utf8(std::string& out, char32_t code_point);

// Byte offset of the first invalid sequence, or npos when `input` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view input);

}  // namespace onoma::text
