// onoma_synth: writes a deterministic synthetic catalog (format v1) to standard output or a file.
//
//   onoma_synth --entities 100000 --seed 1 [--tables DIR] [--output FILE] [--queries MIX:N]
//
// --queries prints N queries of a mix instead (query, expected id or "-", kind), tab-separated.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <string>

#include "synthetic_catalog.hpp"

namespace {

int usage() {
  std::cerr << "usage: onoma_synth --entities N [--seed S] [--tables DIR] [--output FILE]\n"
               "                   [--queries MIX:N]\n"
               "mixes:";
  for (const onoma_bench::Mix mix : onoma_bench::all_mixes())
    std::cerr << ' ' << onoma_bench::mix_name(mix);
  std::cerr << '\n';
  return 2;
}

bool parse_size(const char* text, std::size_t& out) {
  char* end = nullptr;
  const unsigned long long value = std::strtoull(text, &end, 10);
  if (end == text || *end != '\0')
    return false;
  out = static_cast<std::size_t>(value);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  onoma_bench::SynthOptions options;
  options.korean_tables_dir = ONOMA_SOURCE_DIR "/tables/korean";
  std::string output;
  std::string queries;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc)
      return usage();
    const char* value = argv[++i];
    std::size_t number = 0;
    if (arg == "--entities" && parse_size(value, number)) {
      options.entities = number;
    } else if (arg == "--seed" && parse_size(value, number)) {
      options.seed = number;
    } else if (arg == "--tables") {
      options.korean_tables_dir = value;
    } else if (arg == "--output") {
      output = value;
    } else if (arg == "--queries") {
      queries = value;
    } else {
      return usage();
    }
  }
  try {
    const auto start = std::chrono::steady_clock::now();
    const onoma_bench::SynthCatalog catalog = onoma_bench::generate_catalog(options);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "onoma_synth: " << catalog.entities.size() << " entities, " << catalog.name_count()
              << " names, generated in " << seconds << " s\n";
    std::string text;
    if (!queries.empty()) {
      const std::size_t colon = queries.find(':');
      std::size_t count = 0;
      if (colon == std::string::npos || !parse_size(queries.c_str() + colon + 1, count))
        return usage();
      const std::string mix_text = queries.substr(0, colon);
      bool found = false;
      for (const onoma_bench::Mix mix : onoma_bench::all_mixes()) {
        if (mix_text != onoma_bench::mix_name(mix))
          continue;
        found = true;
        for (const onoma_bench::Query& q : onoma_bench::make_queries(
                 catalog, mix, count, options.seed, options.korean_tables_dir)) {
          text += q.text + '\t' +
                  (q.expected == onoma_bench::kNoEntity
                       ? std::string("-")
                       : catalog.entities[static_cast<std::size_t>(q.expected)].id) +
                  '\t' + onoma_bench::query_kind_name(q.kind) + '\t' +
                  onoma_bench::culture_name(q.culture) + '\n';
        }
      }
      if (!found)
        return usage();
    } else {
      text = catalog.to_tsv();
    }
    if (output.empty()) {
      std::fwrite(text.data(), 1, text.size(), stdout);
    } else {
      std::ofstream out(output, std::ios::binary);
      out.write(text.data(), static_cast<std::streamsize>(text.size()));
      if (!out) {
        std::cerr << "onoma_synth: cannot write " << output << '\n';
        return 1;
      }
    }
  } catch (const std::exception& error) {
    std::cerr << "onoma_synth: " << error.what() << '\n';
    return 1;
  }
  return 0;
}
