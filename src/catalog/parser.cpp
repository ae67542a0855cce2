// Catalog format v1: a header line, a column line, then one entity per tab-separated line.
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "catalog/storage.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"

namespace onoma {
namespace {

constexpr std::string_view kMagic = "#onoma-catalog";
constexpr std::string_view kVersion = "v1";
constexpr std::array<std::string_view, 7> kColumns = {"id",     "type",    "origin", "canonical",
                                                      "native", "aliases", "note"};
enum Column { kId, kType, kOrigin, kCanonical, kNative, kAliases, kNote };

// A piece of a line and its 1-based code-point column.
struct Field {
  std::string_view text;
  std::uint32_t column;
};

// Code points from `line.begin()` to `offset`, plus one: the column of the byte at `offset`.
std::uint32_t column_at(std::string_view line, std::size_t offset) {
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < offset && i < line.size();) {
    i += text::decode_utf8(line, i).length;
    ++column;
  }
  return column;
}

std::vector<Field> split(std::string_view line, char separator, std::size_t base_offset,
                         std::string_view whole_line) {
  std::vector<Field> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = line.find(separator, start);
    const std::size_t stop = end == std::string_view::npos ? line.size() : end;
    fields.push_back(
        {line.substr(start, stop - start), column_at(whole_line, base_offset + start)});
    if (end == std::string_view::npos)
      break;
    start = end + 1;
  }
  return fields;
}

bool is_space(char c) {
  return c == ' ';
}

class Parser {
 public:
  explicit Parser(std::string_view source) : source_(source) {}

  Result<CatalogStorage> run(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
      text.remove_prefix(3);
    std::uint32_t line_number = 0;
    bool header_checked = false;
    bool columns_checked = false;
    bool stopped = false;  // a file without a valid header is not read further
    text::for_each_line(text, [&](std::uint32_t number, std::string_view line) {
      line_number = number;
      if (stopped)
        return;
      if (const std::size_t bad = text::find_invalid_utf8(line); bad != std::string_view::npos) {
        error(line_number, column_at(line, bad),
              fmt::format("invalid UTF-8 (byte 0x{:02X})", static_cast<unsigned char>(line[bad])));
        stopped = !header_checked;
        return;
      }
      if (!header_checked) {
        header_checked = true;
        stopped = !check_header(line);
        return;
      }
      if (line.empty() || line[0] == '#')
        return;
      if (!columns_checked) {
        columns_checked = true;
        if (check_columns(line_number, line))
          return;
      }
      parse_entity(line_number, line);
    });
    if (stopped)
      return std::move(errors_);
    if (!header_checked) {
      error(1, 1, fmt::format("empty catalog: expected the header line '{} {}'", kMagic, kVersion));
    } else if (!columns_checked && errors_.empty()) {
      error(line_number, 1, "missing the column line 'id<TAB>type<TAB>origin<TAB>...'");
    }
    if (!errors_.empty())
      return std::move(errors_);
    return std::move(storage_);
  }

 private:
  void error(std::uint32_t line, std::uint32_t column, std::string message) {
    errors_.push_back({Severity::kError, std::string(source_), line, column, std::move(message)});
  }

  bool check_header(std::string_view line) {
    if (line.substr(0, kMagic.size()) != kMagic) {
      error(1, 1,
            fmt::format("expected the header line '{} {}' (is this an onoma catalog?)", kMagic,
                        kVersion));
      return false;
    }
    std::string_view rest = line.substr(kMagic.size());
    if (rest.empty() || rest[0] != ' ') {
      error(1, static_cast<std::uint32_t>(kMagic.size() + 1),
            fmt::format("expected ' {}' after '{}'", kVersion, kMagic));
      return false;
    }
    rest.remove_prefix(1);
    if (rest != kVersion) {
      error(
          1, static_cast<std::uint32_t>(kMagic.size() + 2),
          fmt::format("unsupported catalog version '{}' (this library reads {})", rest, kVersion));
      return false;
    }
    return true;
  }

  // Returns true when `line` is the column line (right or wrong); false when it is data.
  bool check_columns(std::uint32_t line_number, std::string_view line) {
    const std::vector<Field> fields = split(line, '\t', 0, line);
    if (fields[0].text != kColumns[0]) {
      error(line_number, 1,
            "missing the column line 'id<TAB>type<TAB>origin<TAB>...' before the "
            "first entity");
      return false;
    }
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
      if (i >= fields.size()) {
        error(line_number, column_at(line, line.size()),
              fmt::format("column line ends early: expected column '{}'", kColumns[i]));
        return true;
      }
      if (fields[i].text != kColumns[i]) {
        error(line_number, fields[i].column,
              fmt::format("expected column '{}', found '{}'", kColumns[i], fields[i].text));
        return true;
      }
    }
    if (fields.size() > kColumns.size()) {
      error(line_number, fields[kColumns.size()].column - 1,
            fmt::format("column line has {} columns; format v1 has {}", fields.size(),
                        kColumns.size()));
    }
    return true;
  }

  // A name value: not empty, no control characters, no white space at either end.
  bool check_value(std::uint32_t line_number, const Field& field, std::string_view what) {
    if (field.text.empty()) {
      error(line_number, field.column, fmt::format("empty {}", what));
      return false;
    }
    if (is_space(field.text.front()) || is_space(field.text.back())) {
      const std::size_t at = is_space(field.text.front()) ? 0 : field.text.size() - 1;
      error(line_number, field.column + column_at(field.text, at) - 1,
            fmt::format("white space at the edge of {} '{}'", what, field.text));
      return false;
    }
    return check_no_controls(line_number, field, what);
  }

  bool check_no_controls(std::uint32_t line_number, const Field& field, std::string_view what) {
    for (std::size_t i = 0; i < field.text.size(); ++i) {
      const auto byte = static_cast<unsigned char>(field.text[i]);
      if (byte < 0x20 || byte == 0x7F) {
        error(line_number, field.column + column_at(field.text, i) - 1,
              fmt::format("control character U+{:04X} in {}", byte, what));
        return false;
      }
    }
    return true;
  }

  bool parse_list(std::uint32_t line_number, const Field& field, std::string_view what,
                  std::vector<std::string>& values, std::vector<std::uint32_t>& columns) {
    if (field.text.empty())
      return true;
    bool ok = true;
    for (const Field& value : split(field.text, '|', 0, field.text)) {
      const Field absolute{value.text, field.column + value.column - 1};
      if (!check_value(line_number, absolute, what)) {
        ok = false;
        continue;
      }
      values.emplace_back(value.text);
      columns.push_back(absolute.column);
    }
    return ok;
  }

  void parse_entity(std::uint32_t line_number, std::string_view line) {
    const std::vector<Field> fields = split(line, '\t', 0, line);
    if (fields.size() != kColumns.size()) {
      const std::uint32_t column = fields.size() < kColumns.size()
                                       ? column_at(line, line.size())
                                       : fields[kColumns.size()].column - 1;
      error(line_number, column,
            fmt::format("expected {} tab-separated fields (id type origin canonical native aliases "
                        "note), found {}",
                        kColumns.size(), fields.size()));
      return;
    }
    Entity entity;
    EntityLocation location;
    bool ok = parse_id(line_number, fields[kId], entity);
    ok = parse_type(line_number, fields[kType], entity) && ok;

    const Field& origin = fields[kOrigin];
    const std::size_t bad_origin = catalog::find_malformed_language_tag(origin.text);
    if (origin.text.empty()) {
      error(line_number, origin.column,
            "empty origin: expected a BCP 47 tag such as ko-KP, ru, en");
      ok = false;
    } else if (bad_origin != std::string_view::npos) {
      error(line_number, origin.column + column_at(origin.text, bad_origin) - 1,
            fmt::format("malformed origin '{}': expected a BCP 47 tag such as ko-KP, ru, en",
                        origin.text));
      ok = false;
    }
    entity.origin = std::string(origin.text);
    location.origin_column = origin.column;

    if (check_value(line_number, fields[kCanonical], "canonical name")) {
      entity.canonical = std::string(fields[kCanonical].text);
      location.name_columns.push_back(fields[kCanonical].column);
    } else {
      ok = false;
    }
    ok = parse_list(line_number, fields[kNative], "native name", entity.natives,
                    location.name_columns) &&
         ok;
    ok =
        parse_list(line_number, fields[kAliases], "alias", entity.aliases, location.name_columns) &&
        ok;
    ok = check_no_controls(line_number, fields[kNote], "note") && ok;
    entity.note = std::string(fields[kNote].text);
    for (int i = 0; i < 4; ++i)
      location.field_columns[i] = fields[kCanonical + i].column;

    if (!ok)
      return;
    entity.source = std::string(source_);
    entity.line = line_number;
    first_line_of_id_.emplace(entity.id, line_number);
    storage_.entities.push_back(std::move(entity));
    storage_.locations.push_back(std::move(location));
  }

  bool parse_id(std::uint32_t line_number, const Field& field, Entity& entity) {
    if (field.text.empty()) {
      error(line_number, field.column, "empty id");
      return false;
    }
    for (std::size_t i = 0; i < field.text.size(); ++i) {
      const char c = field.text[i];
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        error(
            line_number, field.column + column_at(field.text, i) - 1,
            fmt::format("invalid character in id '{}': ids use only a-z, 0-9 and '-'", field.text));
        return false;
      }
    }
    const auto previous = first_line_of_id_.find(std::string(field.text));
    if (previous != first_line_of_id_.end()) {
      error(line_number, field.column,
            fmt::format("duplicate id '{}' (first defined at line {})", field.text,
                        previous->second));
      return false;
    }
    entity.id = std::string(field.text);
    return true;
  }

  bool parse_type(std::uint32_t line_number, const Field& field, Entity& entity) {
    static constexpr std::array<std::pair<std::string_view, EntityType>, 4> kTypes = {{
        {"person", EntityType::kPerson},
        {"place", EntityType::kPlace},
        {"org", EntityType::kOrg},
        {"other", EntityType::kOther},
    }};
    for (const auto& [name, type] : kTypes) {
      if (field.text == name) {
        entity.type = type;
        return true;
      }
    }
    error(line_number, field.column,
          fmt::format("invalid type '{}': expected person, place, org or other", field.text));
    return false;
  }

  std::string_view source_;
  CatalogStorage storage_;
  std::unordered_map<std::string, std::uint32_t> first_line_of_id_;
  std::vector<Diagnostic> errors_;
};

bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

namespace catalog {

std::size_t find_malformed_language_tag(std::string_view tag) {
  std::size_t start = 0;
  int index = 0;
  while (start <= tag.size()) {
    std::size_t end = tag.find('-', start);
    if (end == std::string_view::npos)
      end = tag.size();
    const std::string_view subtag = tag.substr(start, end - start);
    if (subtag.empty() || subtag.size() > 8)
      return start;
    for (std::size_t i = 0; i < subtag.size(); ++i) {
      const char c = subtag[i];
      const bool allowed = index == 0 ? is_alpha(c) : (is_alpha(c) || is_digit(c));
      if (!allowed)
        return start + i;
    }
    // The primary language subtag is 2-3 letters (or 5-8 for registered languages).
    if (index == 0 && subtag.size() == 4)
      return start;
    ++index;
    if (end == tag.size())
      break;
    start = end + 1;
  }
  return std::string_view::npos;
}

std::vector<std::string_view> names_of(const Entity& entity) {
  std::vector<std::string_view> names;
  names.reserve(1 + entity.natives.size() + entity.aliases.size());
  names.emplace_back(entity.canonical);
  for (const std::string& native : entity.natives)
    names.emplace_back(native);
  for (const std::string& alias : entity.aliases)
    names.emplace_back(alias);
  return names;
}

Result<CatalogStorage> parse_catalog(std::string_view text, std::string_view source) {
  return Parser(source).run(text);
}

}  // namespace catalog
}  // namespace onoma
