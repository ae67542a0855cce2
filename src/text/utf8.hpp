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

// A byte of the form 10xxxxxx.
inline bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// Decodes the code point starting at `offset` (which must be < input.size()). Inline: every
// code point of every query and catalog name goes through it.
inline DecodedCodePoint decode_utf8(std::string_view input, std::size_t offset) {
  const auto byte_at = [&](std::size_t i) { return static_cast<unsigned char>(input[i]); };
  const unsigned char lead = byte_at(offset);
  if (lead < 0x80)
    return {lead, 1, true};

  std::size_t needed = 0;
  char32_t code_point = 0;
  // The allowed range of the second byte narrows for some leads (Unicode Table 3-7): this is
  // what rejects overlong forms, surrogates and values past U+10FFFF.
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    needed = 1;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    needed = 2;
    code_point = lead & 0x0F;
    if (lead == 0xE0)
      second_min = 0xA0;
    if (lead == 0xED)
      second_max = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    needed = 3;
    code_point = lead & 0x07;
    if (lead == 0xF0)
      second_min = 0x90;
    if (lead == 0xF4)
      second_max = 0x8F;
  } else {
    return {kReplacementCharacter, 1, false};
  }

  std::size_t length = 1;
  for (std::size_t i = 0; i < needed; ++i) {
    const std::size_t position = offset + 1 + i;
    if (position >= input.size())
      return {kReplacementCharacter, length, false};
    const unsigned char byte = byte_at(position);
    const bool in_range =
        i == 0 ? (byte >= second_min && byte <= second_max) : is_continuation(byte);
    if (!in_range)
      return {kReplacementCharacter, length, false};
    code_point = (code_point << 6) | (byte & 0x3F);
    ++length;
  }
  return {code_point, length, true};
}

// Writes the UTF-8 encoding of `code_point` to out[0, 4) (surrogates and values past U+10FFFF
// become U+FFFD); returns its length in bytes.
inline std::size_t encode_utf8(char32_t code_point, char* out) {
  if ((code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) {
    code_point = kReplacementCharacter;
  }
  if (code_point < 0x80) {
    out[0] = static_cast<char>(code_point);
    return 1;
  }
  if (code_point < 0x800) {
    out[0] = static_cast<char>(0xC0 | (code_point >> 6));
    out[1] = static_cast<char>(0x80 | (code_point & 0x3F));
    return 2;
  }
  if (code_point < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (code_point >> 12));
    out[1] = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (code_point & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (code_point >> 18));
  out[1] = static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (code_point & 0x3F));
  return 4;
}

// Appends the UTF-8 encoding of `code_point`, as encode_utf8() writes it: one append, where a
// push_back per byte checked the capacity per byte (keys are built a code point at a time).
inline void append_utf8(std::string& out, char32_t code_point) {
  char bytes[4];
  out.append(bytes, encode_utf8(code_point, bytes));
}

// Byte offset of the first invalid sequence, or npos when `input` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view input);

}  // namespace onoma::text
