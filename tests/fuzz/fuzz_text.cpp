// Fuzz target: to_valid_utf8, normalize and tokenize, lenient and strict.
//
// Invariants: every output is valid UTF-8; to_valid_utf8 leaves valid input alone; strict mode
// fails exactly on invalid input, at the 1-based byte offset of the first invalid sequence, and
// otherwise agrees with lenient mode; normalize is idempotent and equals the tokens' text joined
// by single spaces; token offsets lie inside the input, in order, begin <= stem_end <= end, on
// code point boundaries of valid input. Inputs over kMaxInput (64 KiB) are ignored.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <onoma/text.hpp>

#include "fuzz_common.hpp"

namespace {

void check_tokens(std::string_view input, const std::vector<onoma::Token>& tokens, bool valid) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const onoma::Token& token = tokens[i];
    FUZZ_CHECK(!token.text.empty());
    FUZZ_CHECK(onoma::fuzz::valid_utf8(token.text));
    FUZZ_CHECK(token.begin < token.end);
    FUZZ_CHECK(token.end <= input.size());
    FUZZ_CHECK(token.begin <= token.stem_end && token.stem_end <= token.end);
    FUZZ_CHECK(token.possessive || token.stem_end == token.end);
    FUZZ_CHECK((i == 0) == (token.separator == onoma::Separator::kStart));
    if (i > 0) {
      FUZZ_CHECK(tokens[i - 1].begin <= token.begin);
      FUZZ_CHECK(tokens[i - 1].end <= token.end);
    }
    if (valid) {
      FUZZ_CHECK(onoma::fuzz::on_boundary(input, token.begin));
      FUZZ_CHECK(onoma::fuzz::on_boundary(input, token.stem_end));
      FUZZ_CHECK(onoma::fuzz::on_boundary(input, token.end));
    }
  }
}

bool same_tokens(const std::vector<onoma::Token>& a, const std::vector<onoma::Token>& b) {
  if (a.size() != b.size())
    return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].text != b[i].text || a[i].begin != b[i].begin || a[i].end != b[i].end ||
        a[i].stem_end != b[i].stem_end || a[i].script != b[i].script ||
        a[i].separator != b[i].separator || a[i].possessive != b[i].possessive)
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > onoma::fuzz::kMaxInput)
    return 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t invalid_at = onoma::fuzz::first_invalid_utf8(input);
  const bool valid = invalid_at == std::string_view::npos;

  const std::string repaired = onoma::to_valid_utf8(input);
  FUZZ_CHECK(onoma::fuzz::valid_utf8(repaired));
  FUZZ_CHECK(!valid || repaired == input);
  FUZZ_CHECK(valid || repaired.find("\xEF\xBF\xBD") != std::string::npos);

  for (const bool strip_possessive : {true, false}) {
    onoma::TextOptions lenient;
    lenient.strip_possessive = strip_possessive;
    const auto tokens = onoma::tokenize(input, lenient);
    FUZZ_CHECK(tokens.ok());
    check_tokens(input, *tokens, valid);

    const auto normalized = onoma::normalize(input, lenient);
    FUZZ_CHECK(normalized.ok());
    FUZZ_CHECK(onoma::fuzz::valid_utf8(*normalized));
    std::string joined;
    for (const onoma::Token& token : *tokens) {
      if (!joined.empty())
        joined += ' ';
      joined += token.text;
    }
    FUZZ_CHECK(*normalized == joined);
    const auto twice = onoma::normalize(*normalized, lenient);
    FUZZ_CHECK(twice.ok());
    FUZZ_CHECK(*twice == *normalized);

    // The lenient reading of the input is the reading of its repaired text.
    const auto repaired_normalized = onoma::normalize(repaired, lenient);
    FUZZ_CHECK(repaired_normalized.ok() && *repaired_normalized == *normalized);

    onoma::TextOptions strict = lenient;
    strict.strict_utf8 = true;
    const auto strict_tokens = onoma::tokenize(input, strict);
    const auto strict_normalized = onoma::normalize(input, strict);
    FUZZ_CHECK(strict_tokens.ok() == valid);
    FUZZ_CHECK(strict_normalized.ok() == valid);
    if (valid) {
      FUZZ_CHECK(same_tokens(*strict_tokens, *tokens));
      FUZZ_CHECK(*strict_normalized == *normalized);
    } else {
      for (const auto* errors : {&strict_tokens.errors(), &strict_normalized.errors()}) {
        for (const onoma::Diagnostic& error : *errors) {
          FUZZ_CHECK(error.severity == onoma::Severity::kError);
          FUZZ_CHECK(error.line == 0);
          FUZZ_CHECK(error.column == invalid_at + 1);
          FUZZ_CHECK(onoma::fuzz::valid_utf8(error.message));
        }
      }
    }
  }
  return 0;
}
