// Line and TSV iteration shared by the data-file readers (catalog, titles, Korean tables).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "onoma/result.hpp"

namespace onoma::text {

// Calls visit(line_number, line) for each line of `text` (1-based numbers; LF or CRLF ends,
// the CR removed; a final line without LF counts).
template <typename Visit>
void for_each_line(std::string_view text, Visit visit) {
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
    visit(line_number, line);
  }
}

inline std::vector<std::string_view> split_fields(std::string_view line, char separator = '\t') {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = line.find(separator, start);
    fields.push_back(line.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos)
      return fields;
    start = end + 1;
  }
}

// The simple TSV tables of tables/: '#' comments and blank lines skipped, then a column line
// that must begin with `columns`, then rows of at least `field_count` fields. Calls
// row(line_number, fields) for each row; appends an error to `errors` for a wrong column line
// or a short row.
template <typename Row>
void for_each_tsv_row(std::string_view text, std::string_view source, std::string_view columns,
                      std::size_t field_count, std::vector<Diagnostic>& errors, Row row) {
  bool header_seen = false;
  for_each_line(text, [&](std::uint32_t line_number, std::string_view line) {
    if (line.empty() || line[0] == '#')
      return;
    if (!header_seen) {
      header_seen = true;
      if (line.substr(0, columns.size()) != columns) {
        errors.push_back({Severity::kError, std::string(source), line_number, 1,
                          fmt::format("expected the column line '{}'", columns)});
      }
      return;
    }
    const std::vector<std::string_view> fields = split_fields(line);
    if (fields.size() < field_count) {
      errors.push_back({Severity::kError, std::string(source), line_number,
                        static_cast<std::uint32_t>(line.size() + 1),
                        fmt::format("expected {} tab-separated fields", field_count)});
      return;
    }
    row(line_number, fields);
  });
}

}  // namespace onoma::text
