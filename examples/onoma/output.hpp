// Output formats of the onoma command line (design.md, "Command-line contract").
#pragma once

#include <string>
#include <string_view>

#include <onoma/onoma.hpp>

namespace onoma::cli {

enum class Format { kTsv, kJsonl };

// A score with three decimals, as every output format writes it.
std::string format_score(double score);

// Makes a field safe for one TSV cell: invalid UTF-8 becomes U+FFFD and tab, CR, LF and
// backslash are written as \t, \r, \n and \\.
std::string tsv_field(std::string_view text);

// `query status entity_id score canonical` (+ `explanation` when `explain`). For an ambiguous
// result the id and canonical cells list every tied candidate, separated by '|'.
std::string resolution_tsv(std::string_view query, const Resolution& resolution, bool explain);

// One JSON object on one line: query, status, entity_id, score, canonical, and candidates with
// their explanations when `explain`.
std::string resolution_jsonl(std::string_view query, const Resolution& resolution, bool explain);

// One mention found by annotate, as JSON: file, start, end (byte offsets), text, entity, score,
// status, and candidates (the tied ids) when ambiguous.
std::string mention_jsonl(std::string_view file, std::string_view text, const Mention& mention);

// `file start end text status entity score`; ambiguous entities are listed with '|'.
std::string mention_tsv(std::string_view file, std::string_view text, const Mention& mention);

// `a b score verdict` (+ `explanation` when `explain`), verdict `same` or `different`.
std::string comparison_tsv(std::string_view a, std::string_view b, const Comparison& comparison,
                           bool explain);
// {"a", "b", "score", "verdict"} plus "explanation" when `explain`.
std::string comparison_jsonl(std::string_view a, std::string_view b, const Comparison& comparison,
                             bool explain);

}  // namespace onoma::cli
