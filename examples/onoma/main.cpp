// onoma: the command-line resolver. The contract (subcommands, columns, exit codes) is in
// design.md and docs/cli.md; scripts depend on it, so change it only compatibly.
//
// Exit codes: 0 success, 1 bad data (a catalog error, printed as file:line:col: error: ...; an
// unreadable input; a failed write of the output, said on standard error),
// 2 bad usage.
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "output.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadData = 1;
constexpr int kExitUsage = 2;

struct CatalogOptions {
  std::vector<std::string> files;
  bool no_builtin = false;
};

void add_catalog_options(CLI::App& command, CatalogOptions& options) {
  // One file per --catalog, so that names may follow: onoma resolve --catalog a.tsv "Kim".
  command.add_option("--catalog", options.files, "Also load this catalog file (repeatable)")
      ->type_name("FILE")
      ->allow_extra_args(false);
  command.add_flag("--no-builtin", options.no_builtin, "Do not load the built-in catalog");
}

void print_diagnostics(const std::vector<onoma::Diagnostic>& diagnostics) {
  for (const onoma::Diagnostic& diagnostic : diagnostics) {
    std::cerr << onoma::to_valid_utf8(diagnostic.to_string()) << '\n';
  }
}

// Flushes standard output and returns `status`, or, when a write failed (a full disk, an I/O
// error), says so on standard error and returns kExitBadData: a caller must not take a truncated
// output for a complete one. (A closed pipe ends the process with SIGPIPE before this, as usual.)
int finish_output(int status) {
  errno = 0;
  std::cout.flush();
  if (std::cout)
    return status;
  const int error = errno;
  std::cerr << "onoma: error: cannot write standard output"
            << (error != 0 ? std::string(": ") + std::strerror(error) : std::string()) << '\n';
  return kExitBadData;
}

// The built-in catalog (unless disabled) plus every --catalog file, or nullopt after printing
// every error.
std::optional<onoma::Catalog> load_catalogs(const CatalogOptions& options) {
  std::vector<onoma::Catalog> catalogs;
  if (!options.no_builtin)
    catalogs.push_back(onoma::Catalog::builtin());
  bool failed = false;
  for (const std::string& file : options.files) {
    onoma::Result<onoma::Catalog> loaded = onoma::Catalog::load(file);
    if (!loaded) {
      print_diagnostics(loaded.errors());
      failed = true;
      continue;
    }
    catalogs.push_back(std::move(loaded).value());
  }
  if (failed)
    return std::nullopt;
  onoma::Result<onoma::Catalog> combined = onoma::Catalog::combine(catalogs);
  if (!combined) {
    print_diagnostics(combined.errors());
    return std::nullopt;
  }
  return std::move(combined).value();
}

// Calls `handle` for each item: the positional arguments, or else each line of standard input.
template <typename Handle>
void for_each_item(const std::vector<std::string>& arguments, Handle handle) {
  if (!arguments.empty()) {
    for (const std::string& argument : arguments)
      handle(argument);
    return;
  }
  // Once output has failed, the rest of the input could only be lost: stop reading.
  std::string line;
  while (std::cout && std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    handle(line);
  }
}

int run_resolve(const CatalogOptions& catalog_options, const std::string& format, bool explain,
                const std::vector<std::string>& names) {
  std::optional<onoma::Catalog> catalog = load_catalogs(catalog_options);
  if (!catalog)
    return kExitBadData;
  const onoma::Resolver resolver(std::move(*catalog));
  const bool jsonl = format == "jsonl";
  for_each_item(names, [&](const std::string& name) {
    const onoma::Resolution resolution = resolver.resolve(name);
    std::cout << (jsonl ? onoma::cli::resolution_jsonl(name, resolution, explain)
                        : onoma::cli::resolution_tsv(name, resolution, explain))
              << '\n';
  });
  return finish_output(kExitOk);
}

// Reads a whole file ("-": standard input) as one document.
std::optional<std::string> read_document(const std::string& file) {
  if (file == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  std::ifstream in(file, std::ios::binary);
  if (!in)
    return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int run_annotate(const CatalogOptions& catalog_options, const std::string& format,
                 std::vector<std::string> files) {
  std::optional<onoma::Catalog> catalog = load_catalogs(catalog_options);
  if (!catalog)
    return kExitBadData;
  const onoma::Resolver resolver(std::move(*catalog));
  if (files.empty())
    files.push_back("-");
  int status = kExitOk;
  for (const std::string& file : files) {
    if (!std::cout)
      break;
    const std::optional<std::string> text = read_document(file);
    if (!text) {
      std::cerr << onoma::to_valid_utf8(file) << ": error: cannot open file\n";
      status = kExitBadData;
      continue;
    }
    for (const onoma::Mention& mention : resolver.annotate(*text)) {
      std::cout << (format == "tsv" ? onoma::cli::mention_tsv(file, *text, mention)
                                    : onoma::cli::mention_jsonl(file, *text, mention))
                << '\n';
    }
  }
  return finish_output(status);
}

int run_compare(const std::string& format, bool explain, const std::vector<std::string>& pair) {
  const bool jsonl = format == "jsonl";
  const auto emit = [&](std::string_view a, std::string_view b) {
    const onoma::Comparison comparison = onoma::compare(a, b);
    std::cout << (jsonl ? onoma::cli::comparison_jsonl(a, b, comparison, explain)
                        : onoma::cli::comparison_tsv(a, b, comparison, explain))
              << '\n';
  };
  if (pair.size() == 2) {
    emit(pair[0], pair[1]);
  } else {
    // One pair per line, "a<TAB>b"; a line without a tab compares its text with nothing.
    std::string line;
    while (std::cout && std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r')
        line.pop_back();
      const std::size_t tab = line.find('\t');
      const std::string_view text = line;
      emit(text.substr(0, tab),
           tab == std::string::npos ? std::string_view() : text.substr(tab + 1));
    }
  }
  return finish_output(kExitOk);
}

int run_romanize(const std::string& system_name, bool as_name, bool no_tones,
                 const std::vector<std::string>& texts) {
  const std::optional<onoma::System> system = onoma::system_from_name(system_name);
  if (!system) {
    std::cerr << "onoma romanize: unknown system '" << onoma::to_valid_utf8(system_name)
              << "'; systems:";
    for (const onoma::System known : onoma::all_systems()) {
      std::cerr << ' ' << onoma::system_name(known);
    }
    std::cerr << '\n';
    return kExitUsage;
  }
  onoma::RomanizeOptions options;
  options.as_name = as_name;
  options.tone_marks = !no_tones;
  int status = kExitOk;
  for_each_item(texts, [&](const std::string& text) {
    const onoma::Result<std::string> romanized = onoma::romanize(text, *system, options);
    if (!romanized) {
      print_diagnostics(romanized.errors());
      std::cout << '\n';  // one output line per input line, even for a failure
      status = kExitBadData;
      return;
    }
    std::cout << *romanized << '\n';
  });
  return finish_output(status);
}

int run_variants(std::size_t max, const std::string& name) {
  // Columns: spelling, system, native reading, score.
  for (const onoma::Variant& variant : onoma::variants(name, max)) {
    std::cout << variant.spelling << '\t' << onoma::system_name(variant.system) << '\t'
              << variant.native << '\t' << onoma::cli::format_score(variant.score) << '\n';
  }
  return finish_output(kExitOk);
}

int run_check_catalog(const std::vector<std::string>& files) {
  std::vector<onoma::Catalog> catalogs;
  bool failed = false;
  for (const std::string& file : files) {
    onoma::Result<onoma::Catalog> loaded = onoma::Catalog::load(file);
    if (!loaded) {
      print_diagnostics(loaded.errors());
      failed = true;
      continue;
    }
    catalogs.push_back(std::move(loaded).value());
  }
  std::size_t entities = 0;
  std::size_t warnings = 0;
  if (!catalogs.empty()) {
    onoma::Result<onoma::Catalog> combined = onoma::Catalog::combine(catalogs);
    if (!combined) {
      print_diagnostics(combined.errors());
      failed = true;
    } else {
      const std::vector<onoma::Diagnostic> findings = combined->check();
      print_diagnostics(findings);
      entities = combined->size();
      warnings = findings.size();
    }
  }
  std::cerr << (failed ? "check-catalog: errors found" : "check-catalog: ok") << " (" << entities
            << " entities, " << warnings << " warnings)\n";
  return failed ? kExitBadData : kExitOk;
}

// Loads the inputs (catalog text or snapshots, plus the built-in catalog with --builtin) as one
// catalog and writes it with its reading index as one snapshot file.
int run_compile_catalog(const std::vector<std::string>& files, bool with_builtin,
                        const std::string& output) {
  if (files.empty() && !with_builtin) {
    std::cerr << "onoma compile-catalog: give catalog files, --builtin, or both\n";
    return kExitUsage;
  }
  CatalogOptions options;
  options.files = files;
  options.no_builtin = !with_builtin;
  std::optional<onoma::Catalog> catalog = load_catalogs(options);
  if (!catalog)
    return kExitBadData;
  const onoma::Result<std::uint64_t> written = catalog->write_snapshot(output);
  if (!written) {
    print_diagnostics(written.errors());
    return kExitBadData;
  }
  std::cerr << "compile-catalog: wrote " << onoma::to_valid_utf8(output) << " (" << catalog->size()
            << " entities, " << *written << " bytes)\n";
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"onoma: resolve names written in any romanization or script to identities"};
  app.require_subcommand(1);

  CatalogOptions resolve_catalogs;
  std::string resolve_format = "tsv";
  bool resolve_explain = false;
  std::vector<std::string> resolve_names;
  CLI::App* resolve = app.add_subcommand(
      "resolve", "Resolve names (arguments, or one per line of standard input) to entities");
  add_catalog_options(*resolve, resolve_catalogs);
  resolve->add_option("--format", resolve_format, "Output format")
      ->check(CLI::IsMember({"tsv", "jsonl"}))
      ->capture_default_str();
  resolve->add_flag("--explain", resolve_explain, "Explain every candidate");
  resolve->add_option("names", resolve_names, "Names to resolve (default: read standard input)")
      ->type_name("NAME");

  CatalogOptions annotate_catalogs;
  std::string annotate_format = "jsonl";
  std::vector<std::string> annotate_files;
  CLI::App* annotate = app.add_subcommand(
      "annotate", "Find catalog entities in text files (default: standard input, as one document)");
  add_catalog_options(*annotate, annotate_catalogs);
  annotate->add_option("--format", annotate_format, "Output format")
      ->check(CLI::IsMember({"jsonl", "tsv"}))
      ->capture_default_str();
  annotate->add_option("files", annotate_files, "Text files; '-' is standard input")
      ->type_name("FILE");

  std::string compare_format = "tsv";
  bool compare_explain = false;
  std::vector<std::string> compare_pair;
  CLI::App* compare = app.add_subcommand(
      "compare", "Judge whether two names can be one (A B, or 'a<TAB>b' lines on standard input)");
  compare->add_option("--format", compare_format, "Output format")
      ->check(CLI::IsMember({"tsv", "jsonl"}))
      ->capture_default_str();
  compare->add_flag("--explain", compare_explain, "Explain the verdict");
  compare->add_option("names", compare_pair, "Two names (default: pairs from standard input)")
      ->type_name("A B")
      ->expected(0, 2);

  std::string romanize_system;
  bool romanize_name = false;
  bool romanize_no_tones = false;
  std::vector<std::string> romanize_texts;
  CLI::App* romanize = app.add_subcommand(
      "romanize", "Romanize native-script text (arguments, or one per line of standard input)");
  romanize
      ->add_option("--system", romanize_system,
                   "ko-rr ko-mr ko-mr-ascii ko-dprk ko-yale ru-bgn ru-iso9 ru-gost-b ru-icao "
                   "ru-press zh-pinyin zh-wade-giles")
      ->required()
      ->type_name("SYSTEM");
  romanize->add_flag("--name", romanize_name,
                     "Each item is a person's name: surname and given name in the system's style");
  romanize->add_flag("--no-tones", romanize_no_tones, "zh-pinyin: plain letters, no tone marks");
  romanize->add_option("texts", romanize_texts, "Text to romanize (default: standard input)")
      ->type_name("TEXT");

  std::size_t variants_max = 20;
  std::string variants_name;
  CLI::App* variants = app.add_subcommand(
      "variants", "List spellings of a name across the romanization systems, best first");
  variants->add_option("--max", variants_max, "Most spellings listed")->capture_default_str();
  variants->add_option("name", variants_name, "The name")->required()->type_name("NAME");

  std::vector<std::string> check_files;
  CLI::App* check = app.add_subcommand(
      "check-catalog", "Validate catalog files: errors and warnings as file:line:col");
  check->add_option("files", check_files, "Catalog files")->required()->type_name("FILE");

  std::vector<std::string> compile_files;
  bool compile_builtin = false;
  std::string compile_output;
  CLI::App* compile = app.add_subcommand(
      "compile-catalog",
      "Compile catalogs and their reading index into one snapshot file that loads without parsing "
      "or indexing");
  compile->add_option("-o,--output", compile_output, "The snapshot file to write")
      ->required()
      ->type_name("FILE");
  compile->add_flag("--builtin", compile_builtin, "Include the built-in catalog");
  compile->add_option("files", compile_files, "Catalog files (text or snapshots)")->type_name("IN");

  // CLI11 would call an unknown subcommand "an unexpected argument"; name it for what it is.
  const auto is_subcommand = [&app](const std::string& name) {
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
      if (sub->get_name() == name)
        return true;
    }
    return false;
  };
  if (argc > 1 && argv[1][0] != '-' && !is_subcommand(argv[1])) {
    std::cerr << "onoma: unknown subcommand '" << argv[1] << "'\n"
              << "Run with --help for the list of subcommands.\n";
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }

  if (*resolve) {
    return run_resolve(resolve_catalogs, resolve_format, resolve_explain, resolve_names);
  }
  if (*annotate) {
    return run_annotate(annotate_catalogs, annotate_format, annotate_files);
  }
  if (*compare) {
    if (compare_pair.size() == 1) {
      std::cerr << "onoma compare: give two names, or none to read pairs from standard input\n";
      return kExitUsage;
    }
    return run_compare(compare_format, compare_explain, compare_pair);
  }
  if (*romanize) {
    return run_romanize(romanize_system, romanize_name, romanize_no_tones, romanize_texts);
  }
  if (*variants) {
    return run_variants(variants_max, variants_name);
  }
  if (*check) {
    return run_check_catalog(check_files);
  }
  if (*compile) {
    return run_compile_catalog(compile_files, compile_builtin, compile_output);
  }
  return kExitUsage;
}
