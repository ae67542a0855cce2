// Shared helpers of the fuzz targets: the input cap, an independent UTF-8 validator and the
// invariant check that stops the process (libFuzzer records the input as a crash; the replay
// runner of a normal build fails its ctest).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace onoma::fuzz {

// Every target ignores inputs longer than this (64 KiB): larger inputs exercise no other code
// and only slow the fuzzer down. tests/unit/test_hostile.cpp covers the 10 MB inputs.
inline constexpr std::size_t kMaxInput = 64 * 1024;

[[noreturn]] inline void fail(const char* file, int line, const char* condition) {
  std::fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, condition);
  std::fflush(stderr);
  __builtin_trap();
}

// The offset of the first byte that starts an ill-formed UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are ill-formed), or npos when `text` is valid.
// Written independently of the library's decoder so that the two check each other.
inline std::size_t first_invalid_utf8(std::string_view text) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead < 0x80) {
      ++i;
      continue;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0)
        low = 0xA0;
      if (lead == 0xED)
        high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0)
        low = 0x90;
      if (lead == 0xF4)
        high = 0x8F;
    } else {
      return i;
    }
    if (i + length > text.size())
      return i;
    if (byte(i + 1) < low || byte(i + 1) > high)
      return i;
    for (std::size_t k = 2; k < length; ++k) {
      if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
        return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

inline bool valid_utf8(std::string_view text) {
  return first_invalid_utf8(text) == std::string_view::npos;
}

// Whether `offset` is the start of a code point (or the end) of a valid UTF-8 `text`.
inline bool on_boundary(std::string_view text, std::size_t offset) {
  return offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

// Calls visit(code_point) for each code point of a valid UTF-8 `text`.
template <typename Visit>
void for_each_code_point(std::string_view text, Visit visit) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t cp = length == 1   ? lead
                  : length == 2 ? lead & 0x1Fu
                  : length == 3 ? lead & 0x0Fu
                                : lead & 0x07u;
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    visit(cp);
    i += length;
  }
}

}  // namespace onoma::fuzz

// Aborts (with a message naming the condition) when `condition` is false.
#define FUZZ_CHECK(condition)                              \
  do {                                                     \
    if (!(condition))                                      \
      ::onoma::fuzz::fail(__FILE__, __LINE__, #condition); \
  } while (false)
