// Readings: the resolver's common currency (design.md, "match in native space").
//
// A reading generator turns the tokens of a name into a small set of weighted keys. Two
// spellings of one name share a key: the folded generator's key of "Kim Jong-un" and of
// "KIM JONG UN" is "kimjongun"; a Korean decoder's key of "Choi Sun Hee" and of "최선희" is the
// Hangul 최선희. The resolver indexes the readings of every catalog name and looks up the readings
// of each query, so a culture decoder plugs in by implementing ReadingGenerator; nothing else in
// the resolver changes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "onoma/text.hpp"

namespace onoma::resolve {

struct Reading {
  // Begins with the generator's tag so that keys of different generators never collide.
  std::string key;
  // 0 for a reading that needed no stretching; larger for less likely readings.
  float cost = 0;
};

// A contiguous run of a name's tokens.
struct TokenSpan {
  const Token* tokens = nullptr;
  std::size_t count = 0;

  const Token* begin() const { return tokens; }
  const Token* end() const { return tokens + count; }
};

// Thread safety: implementations are immutable after construction; generate() is const and must
// be safe to call concurrently.
class ReadingGenerator {
 public:
  virtual ~ReadingGenerator() = default;
  // Short name used in explanations ("folded", "korean", ...).
  virtual std::string_view name() const = 0;
  // Appends the readings of `span` (a whole name or one part of it), each key starting with the
  // generator's tag. Appends nothing when the span is outside the generator's culture.
  virtual void generate(TokenSpan span, std::vector<Reading>& out) const = 0;
};

// The parts of a name: runs of tokens joined by hyphens or a change of script ("Jong-un" is one
// part, "Jong Un" two). Returns the index of each part's first token plus a final end index.
std::vector<std::size_t> part_boundaries(const std::vector<Token>& tokens);

}  // namespace onoma::resolve
