#include "resolve/titles.hpp"

#include <fmt/format.h>

#include "embedded/embedded.hpp"

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
  bool header_seen = false;
  std::uint32_t line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos)
      end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    if (line.empty() || line[0] == '#')
      continue;
    const std::size_t tab1 = line.find('\t');
    const std::size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos) {
      error(line_number, static_cast<std::uint32_t>(line.size() + 1),
            "expected 3 tab-separated fields (title kind note)");
      continue;
    }
    const std::string_view title = line.substr(0, tab1);
    const std::string_view kind = line.substr(tab1 + 1, tab2 - tab1 - 1);
    if (!header_seen) {
      header_seen = true;
      if (title != "title" || kind != "kind") {
        error(line_number, 1, "expected the column line 'title<TAB>kind<TAB>note'");
      }
      continue;
    }
    TitleKind parsed_kind;
    if (kind == "honorific") {
      parsed_kind = TitleKind::kHonorific;
    } else if (kind == "office") {
      parsed_kind = TitleKind::kOffice;
    } else if (kind == "modifier") {
      parsed_kind = TitleKind::kModifier;
    } else {
      error(line_number, static_cast<std::uint32_t>(tab1 + 2),
            fmt::format("invalid kind '{}': expected honorific, office or modifier", kind));
      continue;
    }
    Result<std::vector<Token>> tokens = tokenize(title);
    if (!tokens || tokens->empty()) {
      error(line_number, 1, "empty title");
      continue;
    }
    titles.longest_ = std::max(titles.longest_, tokens->size());
    titles.entries_[joined_tokens(*tokens, 0, tokens->size())] = parsed_kind;
  }
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
