// Titles and honorifics that precede names in news ("Vice Foreign Minister", "Mr.", "Dr.").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "onoma/result.hpp"
#include "onoma/text.hpp"

namespace onoma::resolve {

enum class TitleKind : std::uint8_t {
  kHonorific,  // Mr., Dr., ...: a title on its own
  kOffice,     // President, Foreign Minister, ambassador-at-large: a title on its own
  kModifier,   // former, deputy, Russian, North Korean: only counts before a title
};

// The title table of tables/titles.tsv, matched on folded tokens (so case, dots, hyphens and
// spacing do not matter: "ambassador-at-large" = "Ambassador at large").
//
// Immutable after parse(); const members are thread-safe.
class Titles {
 public:
  // Parses the table format documented in tables/README.md.
  static Result<Titles> parse(std::string_view text, std::string_view source_name);
  // The table compiled into the library (tables/titles.tsv).
  static const Titles& builtin();

  // How many leading tokens of `tokens` form a title sequence: modifiers and titles in any
  // order, ending with a title. Never all of them: at least one token is left for the name.
  std::size_t leading_title_tokens(const std::vector<Token>& tokens) const;

  std::size_t size() const { return entries_.size(); }

 private:
  // Key: the entry's folded tokens joined by single spaces.
  std::unordered_map<std::string, TitleKind> entries_;
  std::size_t longest_ = 0;  // most tokens in one entry
};

}  // namespace onoma::resolve
