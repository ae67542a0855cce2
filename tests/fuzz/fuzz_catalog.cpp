// Fuzz target: Catalog::parse (catalog format v1) and Catalog::check, and a Resolver built over
// the parsed catalog (its index reads every name: readings, parts, names turned round).
//
// Invariants: a failed parse has at least one error and every diagnostic names the source, a
// line of the input (line 1 for an empty input) and a column inside that line (at most its
// byte length + 1, columns counting code points); a successful parse gives entities whose ids
// are unique, findable, of [a-z0-9-]+, whose text is valid UTF-8 and whose line is a line of the
// input; check() gives warnings only, also placed inside the input. Inputs over kMaxInput
// (64 KiB) are ignored. The resolver answers each of the first kMaxQueried entities' names with a
// well-formed Resolution (fuzz_resolution.hpp).
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <onoma/catalog.hpp>
#include <onoma/resolver.hpp>

#include "fuzz_common.hpp"
#include "fuzz_resolution.hpp"

namespace {

constexpr std::string_view kSource = "fuzz.tsv";

// The lines of `text` as the parser counts them: LF or CRLF ends a line, a final line without
// LF counts, the CR is not part of the line.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos)
      end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

void check_position(const onoma::Diagnostic& diagnostic,
                    const std::vector<std::string_view>& lines) {
  FUZZ_CHECK(diagnostic.file == kSource);
  FUZZ_CHECK(!diagnostic.message.empty());
  FUZZ_CHECK(onoma::fuzz::valid_utf8(diagnostic.message));
  FUZZ_CHECK(onoma::fuzz::valid_utf8(diagnostic.to_string()));
  if (lines.empty()) {
    FUZZ_CHECK(diagnostic.line == 1 && diagnostic.column == 1);
    return;
  }
  FUZZ_CHECK(diagnostic.line >= 1 && diagnostic.line <= lines.size());
  FUZZ_CHECK(diagnostic.column >= 1 && diagnostic.column <= lines[diagnostic.line - 1].size() + 1);
}

bool valid_id(std::string_view id) {
  if (id.empty())
    return false;
  for (const char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > onoma::fuzz::kMaxInput)
    return 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::vector<std::string_view> lines = lines_of(input);

  const auto catalog = onoma::Catalog::parse(input, kSource);
  if (!catalog.ok()) {
    FUZZ_CHECK(!catalog.errors().empty());
    std::uint32_t previous_line = 0;
    for (const onoma::Diagnostic& error : catalog.errors()) {
      FUZZ_CHECK(error.severity == onoma::Severity::kError);
      check_position(error, lines);
      FUZZ_CHECK(error.line >= previous_line);  // in file order
      previous_line = error.line;
    }
    return 0;
  }

  std::set<std::string> ids;
  for (const onoma::Entity& entity : *catalog) {
    FUZZ_CHECK(valid_id(entity.id));
    FUZZ_CHECK(ids.insert(entity.id).second);
    FUZZ_CHECK(catalog->find(entity.id) == &entity);
    FUZZ_CHECK(entity.source == kSource);
    FUZZ_CHECK(entity.line >= 1 && entity.line <= lines.size());
    for (const std::string* text : {&entity.origin, &entity.canonical, &entity.note}) {
      FUZZ_CHECK(onoma::fuzz::valid_utf8(*text));
    }
    FUZZ_CHECK(!entity.canonical.empty());
    for (const auto* names : {&entity.natives, &entity.aliases}) {
      for (const std::string& name : *names) {
        FUZZ_CHECK(!name.empty());
        FUZZ_CHECK(onoma::fuzz::valid_utf8(name));
      }
    }
  }
  FUZZ_CHECK(catalog->size() == ids.size());
  FUZZ_CHECK(catalog->find("") == nullptr);

  for (const onoma::Diagnostic& warning : catalog->check()) {
    FUZZ_CHECK(warning.severity == onoma::Severity::kWarning);
    check_position(warning, lines);
  }

  // The index reads every name of the catalog; its answers to the names themselves are
  // well-formed. One build thread: the fuzzer runs many inputs a second.
  constexpr std::size_t kMaxQueried = 8;
  onoma::ResolverOptions options;
  options.index_threads = 1;
  const onoma::Resolver resolver(*catalog, options);
  for (std::size_t e = 0; e < catalog->size() && e < kMaxQueried; ++e) {
    const onoma::Entity& entity = (*catalog)[e];
    onoma::fuzz::check_resolution(resolver, resolver.resolve(entity.canonical));
    for (const std::string& alias : entity.aliases)
      onoma::fuzz::check_resolution(resolver, resolver.resolve(alias));
  }

  // Combining a catalog with itself defines every id twice: one error per entity.
  if (!catalog->empty()) {
    const auto twice = onoma::Catalog::combine({*catalog, *catalog});
    FUZZ_CHECK(!twice.ok());
    FUZZ_CHECK(twice.errors().size() == catalog->size());
  }
  return 0;
}
