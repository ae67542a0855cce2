#include "resolve/titles.hpp"

#include <fmt/format.h>

#include "embedded/embedded.hpp"
#include "text/lines.hpp"

namespace onoma::resolve {
namespace {

std::string joined_tokens(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
  std::string key;
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin)
      key.push_back(' ');
    key += tokens[i].text;
  }
  return key;
}

}  // namespace

Result<Titles> Titles::parse(std::string_view text, std::string_view source_name) {
  Titles titles;
  std::vector<Diagnostic> errors;
  const auto error = [&](std::uint32_t line, std::uint32_t column, std::string message) {
    errors.push_back(
        {Severity::kError, std::string(source_name), line, column, std::move(message)});
  };
  text::for_each_tsv_row(
      text, source_name, "title\tkind", 2, errors,
      [&](std::uint32_t line_number, const std::vector<std::string_view>& fields) {
        const std::string_view title = fields[0];
        const std::string_view kind = fields[1];
        TitleKind parsed_kind;
        if (kind == "honorific") {
          parsed_kind = TitleKind::kHonorific;
        } else if (kind == "office") {
          parsed_kind = TitleKind::kOffice;
        } else if (kind == "modifier") {
          parsed_kind = TitleKind::kModifier;
        } else {
          error(line_number, static_cast<std::uint32_t>(title.size() + 2),
                fmt::format("invalid kind '{}': expected honorific, office or modifier", kind));
          return;
        }
        Result<std::vector<Token>> tokens = tokenize(title);
        if (!tokens || tokens->empty()) {
          error(line_number, 1, "empty title");
          return;
        }
        titles.longest_ = std::max(titles.longest_, tokens->size());
        titles.entries_[joined_tokens(*tokens, 0, tokens->size())] = parsed_kind;
      });
  if (!errors.empty())
    return errors;
  return titles;
}

const Titles& Titles::builtin() {
  static const Titles instance = [] {
    for (const embedded::File& file : embedded::titles()) {
      Result<Titles> parsed = parse(file.text(), std::string("builtin:") + file.name);
      // The test suite parses the shipped table; an empty table only disables stripping.
      if (parsed)
        return std::move(parsed).value();
    }
    return Titles();
  }();
  return instance;
}

std::size_t Titles::leading_title_tokens(const std::vector<Token>& tokens) const {
  std::size_t position = 0;
  std::size_t after_last_title = 0;
  while (position < tokens.size()) {
    std::size_t matched = 0;
    TitleKind kind = TitleKind::kModifier;
    const std::size_t longest = std::min(longest_, tokens.size() - position);
    for (std::size_t length = longest; length > 0; --length) {
      const auto found = entries_.find(joined_tokens(tokens, position, position + length));
      if (found != entries_.end()) {
        matched = length;
        kind = found->second;
        break;
      }
    }
    if (matched == 0)
      break;
    position += matched;
    if (kind != TitleKind::kModifier)
      after_last_title = position;
  }
  return after_last_title < tokens.size() ? after_last_title : 0;
}

}  // namespace onoma::resolve
