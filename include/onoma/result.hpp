// Errors as values: every fallible onoma operation returns a Result that holds either a value or
// the diagnostics explaining, with a position, why there is none.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "onoma/export.hpp"

namespace onoma {

enum class Severity : std::uint8_t { kError, kWarning };

// One finding about an input, with the place it was found.
//
// `file` is the name the input was loaded under (a path, or a name such as
// "builtin:tables/catalog/people.tsv"); it is empty for in-memory text such as a query. `line` and
// `column` are 1-based; `column` counts Unicode code points, each invalid UTF-8 byte counting as
// one. For inputs without lines (a query string) `line` is 0 and `column` is the 1-based *byte*
// offset. A plain value type: copyable, thread-compatible.
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string message;

  // "file:line:column: error: message" (the GCC convention editors and CI understand). Parts
  // that are unknown are left out: "line:column: ..." without a file, "file: ..." without a line.
  ONOMA_API std::string to_string() const;
};

// Either a T or at least one error Diagnostic.
//
// A plain value type with no hidden state: copy or move it freely; const access is safe from any
// thread. Accessing value() of a failed Result (or errors() of a successful one) is a programming
// error and is checked with an assertion only.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design, like expected<T>.
  Result(Diagnostic error) : state_(std::vector<Diagnostic>{std::move(error)}) {}  // NOLINT
  Result(std::vector<Diagnostic> errors) : state_(std::move(errors)) {}            // NOLINT

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<0>(state_); }
  T& value() & { return std::get<0>(state_); }
  // By value, so that `for (auto& x : f().value())` does not dangle.
  T value() && { return std::get<0>(std::move(state_)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  // Every error found, in input order; never empty when !ok().
  const std::vector<Diagnostic>& errors() const { return std::get<1>(state_); }
  // The first error, for callers that report one.
  const Diagnostic& error() const { return errors().front(); }

 private:
  std::variant<T, std::vector<Diagnostic>> state_;
};

}  // namespace onoma
