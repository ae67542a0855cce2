// Reading the tests' TSV fixtures: '#' comment lines and blank lines are skipped, the first
// remaining line names the columns.
#pragma once

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace onoma::testing {

using Row = std::map<std::string, std::string>;

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw std::runtime_error("cannot open fixture " + path);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(
        line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos)
      return fields;
    start = tab + 1;
  }
}

inline std::vector<Row> read_tsv(const std::string& path) {
  std::istringstream in(read_file(path));
  std::vector<Row> rows;
  std::vector<std::string> columns;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (line.empty() || line[0] == '#')
      continue;
    std::vector<std::string> fields = split_tabs(line);
    if (columns.empty()) {
      columns = std::move(fields);
      continue;
    }
    if (fields.size() != columns.size()) {
      throw std::runtime_error("fixture " + path + ": wrong field count in: " + line);
    }
    Row row;
    for (std::size_t i = 0; i < columns.size(); ++i)
      row[columns[i]] = fields[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace onoma::testing
