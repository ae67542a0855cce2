// The onoma benchmark suite (issue 6): resolve, compare, annotate, catalog build and memory on
// synthetic catalogs of 10,000 / 100,000 (/ 1,000,000) entities, against the baseline a user of
// ICU alone would write: an "Any-Latin; Latin-ASCII; Lower" transliterator plus an exact hash
// lookup. Prints Google Benchmark's report, then one summary table (throughput, ratio to the
// baseline, accuracy of both). docs/performance.md explains every figure.
//
// Environment:
//   ONOMA_BENCH_SIZES         catalog sizes, comma-separated (default 10000,100000)
//   ONOMA_BENCH_1M=1          adds 1000000 to the sizes
//   ONOMA_BENCH_QUERIES       queries per mix (default 1000)
//   ONOMA_BENCH_NEWS_BYTES    bytes of synthetic news text to annotate (default 262144)
//   ONOMA_ARTICLES_DIR        folder of article texts (*.txt) to annotate as well
//   ONOMA_BENCH_SUMMARY_ONLY=1  only progress on stderr and the summary table on stdout
//   ONOMA_KOREAN_TABLES       folder of tables/korean (default: the source tree's)
#include <benchmark/benchmark.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <onoma/onoma.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <unistd.h>

#include "synthetic_catalog.hpp"

namespace {

using onoma_bench::InputKind;
using onoma_bench::Mix;
using onoma_bench::Query;
using Clock = std::chrono::steady_clock;

constexpr std::uint64_t kSeed = 20240601;

// --- Configuration from the environment --------------------------------------------------------

std::string env(const char* name, const std::string& fallback = {}) {
  const char* value = std::getenv(name);
  return value && *value ? std::string(value) : fallback;
}

std::size_t env_size(const char* name, std::size_t fallback) {
  const std::string value = env(name);
  return value.empty() ? fallback
                       : static_cast<std::size_t>(std::strtoull(value.c_str(), nullptr, 10));
}

std::string korean_tables() {
  return env("ONOMA_KOREAN_TABLES", ONOMA_SOURCE_DIR "/tables/korean");
}

std::vector<std::size_t> sizes() {
  std::vector<std::size_t> out;
  std::stringstream list(env("ONOMA_BENCH_SIZES", "10000,100000"));
  for (std::string item; std::getline(list, item, ',');) {
    if (const std::size_t n = std::strtoull(item.c_str(), nullptr, 10); n > 0)
      out.push_back(n);
  }
  if (env("ONOMA_BENCH_1M") == "1" && std::find(out.begin(), out.end(), 1000000) == out.end())
    out.push_back(1000000);
  return out;
}

// --- Memory ------------------------------------------------------------------------------------

// Bytes of heap in use (glibc mallinfo2), or 0 elsewhere.
std::size_t heap_in_use() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  // Small blocks from the arenas plus blocks served by mmap (large arrays of the index).
  const struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
#else
  return 0;
#endif
}

// Resident set size in bytes, from /proc/self/statm.
std::size_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  std::size_t pages_total = 0;
  std::size_t pages_resident = 0;
  statm >> pages_total >> pages_resident;
  return pages_resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// --- The ICU-alone baseline --------------------------------------------------------------------

// What a user of ICU alone writes: every catalog name (canonical, natives, aliases) through
// "Any-Latin; Latin-ASCII; Lower" into an exact hash map; a query goes through the same
// transliterator and is looked up. ICU transliterators are not thread-safe, so each thread works
// on its own clone of the compiled one.
class IcuBaseline {
 public:
  static constexpr std::int64_t kUnknown = -1;
  static constexpr std::int64_t kAmbiguous = -2;

  explicit IcuBaseline(const onoma::Catalog& catalog) {
    UErrorCode status = U_ZERO_ERROR;
    prototype_.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower",
                                                         UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !prototype_) {
      std::fprintf(stderr, "baseline: cannot create the transliterator: %s\n", u_errorName(status));
      std::abort();
    }
    map_.reserve(catalog.size() * 4);
    for (std::size_t i = 0; i < catalog.size(); ++i) {
      const onoma::Entity& e = catalog[i];
      std::vector<std::string> seen;
      const auto add = [&](const std::string& name) {
        std::string key = transliterate(*prototype_, name);
        if (std::find(seen.begin(), seen.end(), key) != seen.end())
          return;
        seen.push_back(key);
        const auto [it, inserted] = map_.emplace(std::move(key), static_cast<std::int64_t>(i));
        if (!inserted)
          it->second = kAmbiguous;
      };
      add(e.canonical);
      for (const std::string& name : e.natives)
        add(name);
      for (const std::string& name : e.aliases)
        add(name);
    }
  }

  std::unique_ptr<icu::Transliterator> clone() const {
    return std::unique_ptr<icu::Transliterator>(prototype_->clone());
  }

  static std::string transliterate(const icu::Transliterator& transliterator,
                                   std::string_view text) {
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    transliterator.transliterate(unicode);
    std::string out;
    unicode.toUTF8String(out);
    return out;
  }

  std::int64_t lookup(const icu::Transliterator& transliterator, std::string_view query) const {
    const auto it = map_.find(transliterate(transliterator, query));
    return it == map_.end() ? kUnknown : it->second;
  }

 private:
  std::unique_ptr<icu::Transliterator> prototype_;
  std::unordered_map<std::string, std::int64_t> map_;
};

// --- Fixtures: one synthetic catalog per size, built once ---------------------------------------

struct Accuracy {
  std::size_t correct = 0;
  std::size_t total = 0;
  std::map<std::string, std::pair<std::size_t, std::size_t>> by_kind;  // kind -> correct, total
  double value() const {
    return total ? static_cast<double>(correct) / static_cast<double>(total) : 0;
  }
};

struct Fixture {
  std::size_t size = 0;
  onoma_bench::SynthCatalog synth;
  std::optional<onoma::Catalog> catalog;
  std::unique_ptr<onoma::Resolver> resolver;
  std::unique_ptr<IcuBaseline> baseline;
  double generate_seconds = 0;
  double parse_seconds = 0;
  double index_seconds = 0;
  double index_cpu_seconds = 0;  // process CPU time of the index build (the machine may be busy)
  double baseline_seconds = 0;
  std::size_t names = 0;
  std::ptrdiff_t catalog_heap = 0;
  std::ptrdiff_t resolver_heap = 0;
  std::ptrdiff_t catalog_rss = 0;
  std::ptrdiff_t resolver_rss = 0;
  std::map<Mix, std::vector<Query>> queries;
  std::map<std::pair<int, Mix>, Accuracy> accuracy;  // (0 onoma | 1 baseline, mix)
  std::vector<onoma_bench::Pair> pairs;
  std::vector<std::string> news;
};

std::mutex g_fixtures_mutex;
std::map<std::size_t, std::unique_ptr<Fixture>> g_fixtures;

Fixture& fixture(std::size_t n) {
  std::lock_guard<std::mutex> lock(g_fixtures_mutex);
  std::unique_ptr<Fixture>& slot = g_fixtures[n];
  if (slot)
    return *slot;
  auto f = std::make_unique<Fixture>();
  f->size = n;
  onoma_bench::SynthOptions options;
  options.entities = n;
  options.seed = kSeed;
  options.korean_tables_dir = korean_tables();
  auto start = Clock::now();
  f->synth = onoma_bench::generate_catalog(options);
  f->names = f->synth.name_count();
  std::string tsv = f->synth.to_tsv();
  f->generate_seconds = seconds_since(start);

  // The process-wide tables (Korean syllable table, titles, Normalizer2) are built on first use;
  // build them before measuring, so that the deltas are the catalog's and its index's alone.
  static const bool warmed_up = [] {
    const onoma::Resolver warm_up;
    return warm_up.resolve("Choi Sun Hee").status == onoma::Status::kResolved &&
           !warm_up.annotate("Sergei Lavrov met Xi Jinping.").empty();
  }();
  (void)warmed_up;

  std::size_t heap = heap_in_use();
  std::size_t rss = resident_bytes();
  start = Clock::now();
  onoma::Result<onoma::Catalog> parsed = onoma::Catalog::parse(tsv, "synthetic");
  f->parse_seconds = seconds_since(start);
  if (!parsed) {
    std::fprintf(stderr, "synthetic catalog: %s\n", parsed.error().to_string().c_str());
    std::abort();
  }
  f->catalog = std::move(parsed).value();
  f->catalog_heap = static_cast<std::ptrdiff_t>(heap_in_use() - heap);
  f->catalog_rss = static_cast<std::ptrdiff_t>(resident_bytes() - rss);
  tsv = std::string();

  heap = heap_in_use();
  rss = resident_bytes();
  start = Clock::now();
  const std::clock_t cpu_start = std::clock();
  f->resolver = std::make_unique<onoma::Resolver>(*f->catalog);
  f->index_seconds = seconds_since(start);
  f->index_cpu_seconds =
      static_cast<double>(std::clock() - cpu_start) / static_cast<double>(CLOCKS_PER_SEC);
  f->resolver_heap = static_cast<std::ptrdiff_t>(heap_in_use() - heap);
  f->resolver_rss = static_cast<std::ptrdiff_t>(resident_bytes() - rss);

  start = Clock::now();
  f->baseline = std::make_unique<IcuBaseline>(*f->catalog);
  f->baseline_seconds = seconds_since(start);
  slot = std::move(f);
  return *slot;
}

const std::vector<Query>& queries(Fixture& f, Mix mix) {
  std::lock_guard<std::mutex> lock(g_fixtures_mutex);
  auto it = f.queries.find(mix);
  if (it == f.queries.end()) {
    it = f.queries
             .emplace(mix,
                      onoma_bench::make_queries(f.synth, mix, env_size("ONOMA_BENCH_QUERIES", 1000),
                                                kSeed, korean_tables()))
             .first;
  }
  return it->second;
}

bool onoma_correct(const Fixture& f, const onoma::Resolution& r, const Query& q) {
  if (q.expected == onoma_bench::kNoEntity)
    return r.status == onoma::Status::kUnknown;
  return r.entity() == &f.resolver->catalog()[static_cast<std::size_t>(q.expected)];
}

bool baseline_correct(std::int64_t found, const Query& q) {
  if (q.expected == onoma_bench::kNoEntity)
    return found == IcuBaseline::kUnknown;
  return found == q.expected;
}

// Accuracy over the whole query set, once per fixture, engine and mix (not timed).
const Accuracy& accuracy(Fixture& f, int engine, Mix mix) {
  const std::vector<Query>& qs = queries(f, mix);
  std::lock_guard<std::mutex> lock(g_fixtures_mutex);
  auto it = f.accuracy.find({engine, mix});
  if (it != f.accuracy.end())
    return it->second;
  Accuracy a;
  std::unique_ptr<icu::Transliterator> transliterator = f.baseline->clone();
  for (const Query& q : qs) {
    const bool ok = engine == 0 ? onoma_correct(f, f.resolver->resolve(q.text), q)
                                : baseline_correct(f.baseline->lookup(*transliterator, q.text), q);
    a.correct += ok;
    ++a.total;
    auto& kind = a.by_kind[onoma_bench::query_kind_name(q.kind)];
    kind.first += ok;
    ++kind.second;
  }
  return f.accuracy.emplace(std::make_pair(engine, mix), std::move(a)).first->second;
}

// --- Benchmarks --------------------------------------------------------------------------------

void BM_CatalogBuild(benchmark::State& state, std::size_t n) {
  for (auto _ : state) {
    const Fixture& f = fixture(n);  // built here, the first time: this runs first for each size
    state.SetIterationTime(f.parse_seconds + f.index_seconds);
  }
  const Fixture& f = fixture(n);
  const double names = static_cast<double>(f.names);
  state.counters["entities"] = static_cast<double>(n);
  state.counters["names"] = names;
  state.counters["parse_s"] = f.parse_seconds;
  state.counters["index_s"] = f.index_seconds;
  state.counters["index_cpu_s"] = f.index_cpu_seconds;
  // ResolverOptions::index_threads is left at its default: one build thread per hardware thread.
  state.counters["index_threads"] = std::max(1u, std::thread::hardware_concurrency());
  state.counters["generate_s"] = f.generate_seconds;
  state.counters["baseline_build_s"] = f.baseline_seconds;
  state.counters["heap_B_per_name"] = static_cast<double>(f.catalog_heap + f.resolver_heap) / names;
  state.counters["index_heap_B_per_name"] = static_cast<double>(f.resolver_heap) / names;
  state.counters["rss_B_per_name"] = static_cast<double>(f.catalog_rss + f.resolver_rss) / names;
}

void BM_Resolve(benchmark::State& state, std::size_t n, Mix mix) {
  Fixture& f = fixture(n);
  const std::vector<Query>& qs = queries(f, mix);
  const Accuracy& a = accuracy(f, 0, mix);
  const onoma::Resolver& resolver = *f.resolver;
  std::size_t i = static_cast<std::size_t>(state.thread_index()) * qs.size() /
                  static_cast<std::size_t>(state.threads());
  for (auto _ : state) {
    benchmark::DoNotOptimize(resolver.resolve(qs[i].text));
    if (++i == qs.size())
      i = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["accuracy"] = benchmark::Counter(a.value(), benchmark::Counter::kAvgThreads);
}

void BM_Baseline(benchmark::State& state, std::size_t n, Mix mix) {
  Fixture& f = fixture(n);
  const std::vector<Query>& qs = queries(f, mix);
  const Accuracy& a = accuracy(f, 1, mix);
  const std::unique_ptr<icu::Transliterator> transliterator = f.baseline->clone();
  std::size_t i = static_cast<std::size_t>(state.thread_index()) * qs.size() /
                  static_cast<std::size_t>(state.threads());
  for (auto _ : state) {
    benchmark::DoNotOptimize(f.baseline->lookup(*transliterator, qs[i].text));
    if (++i == qs.size())
      i = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["accuracy"] = benchmark::Counter(a.value(), benchmark::Counter::kAvgThreads);
}

const std::vector<onoma_bench::Pair>& pairs(Fixture& f) {
  std::lock_guard<std::mutex> lock(g_fixtures_mutex);
  if (f.pairs.empty()) {
    f.pairs = onoma_bench::make_pairs(f.synth, env_size("ONOMA_BENCH_QUERIES", 1000), kSeed,
                                      korean_tables());
  }
  return f.pairs;
}

void BM_Compare(benchmark::State& state, std::size_t n) {
  Fixture& f = fixture(n);
  const auto& ps = pairs(f);
  std::size_t correct = 0;
  for (const auto& p : ps)
    correct += onoma::compare(p.a, p.b).same == p.same;
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(onoma::compare(ps[i].a, ps[i].b));
    if (++i == ps.size())
      i = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["accuracy"] = static_cast<double>(correct) / static_cast<double>(ps.size());
}

void BM_CompareBaseline(benchmark::State& state, std::size_t n) {
  Fixture& f = fixture(n);
  const auto& ps = pairs(f);
  const std::unique_ptr<icu::Transliterator> t = f.baseline->clone();
  const auto same = [&](const onoma_bench::Pair& p) {
    return IcuBaseline::transliterate(*t, p.a) == IcuBaseline::transliterate(*t, p.b);
  };
  std::size_t correct = 0;
  for (const auto& p : ps)
    correct += same(p) == p.same;
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(same(ps[i]));
    if (++i == ps.size())
      i = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["accuracy"] = static_cast<double>(correct) / static_cast<double>(ps.size());
}

void run_annotate(benchmark::State& state, const onoma::Resolver& resolver,
                  const std::vector<std::string>& documents) {
  std::size_t bytes = 0;
  std::size_t mentions = 0;
  std::size_t i = 0;
  for (auto _ : state) {
    const std::vector<onoma::Mention> found = resolver.annotate(documents[i]);
    mentions += found.size();
    bytes += documents[i].size();
    if (++i == documents.size())
      i = 0;
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.counters["mentions_per_KB"] =
      bytes ? static_cast<double>(mentions) * 1024.0 / static_cast<double>(bytes) : 0.0;
}

void BM_Annotate(benchmark::State& state, std::size_t n) {
  Fixture& f = fixture(n);
  {
    std::lock_guard<std::mutex> lock(g_fixtures_mutex);
    if (f.news.empty()) {
      f.news = onoma_bench::make_news(f.synth, env_size("ONOMA_BENCH_NEWS_BYTES", 262144), 4096,
                                      kSeed, korean_tables());
    }
  }
  run_annotate(state, *f.resolver, f.news);
}

std::vector<std::string> read_articles(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code error;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt")
      paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    out.push_back(text.str());
  }
  return out;
}

void BM_AnnotateArticles(benchmark::State& state, std::size_t n) {
  static std::mutex mutex;
  static std::map<std::size_t, std::unique_ptr<onoma::Resolver>> resolvers;
  static std::vector<std::string> articles;
  onoma::Resolver* resolver = nullptr;
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (articles.empty())
      articles = read_articles(env("ONOMA_ARTICLES_DIR"));
    std::unique_ptr<onoma::Resolver>& slot = resolvers[n];
    if (!slot) {
      if (n == 0) {
        slot = std::make_unique<onoma::Resolver>();
      } else {
        auto combined = onoma::Catalog::combine({onoma::Catalog::builtin(), *fixture(n).catalog});
        if (!combined) {
          state.SkipWithError("cannot combine the built-in and the synthetic catalog");
          return;
        }
        slot = std::make_unique<onoma::Resolver>(combined.value());
      }
    }
    resolver = slot.get();
  }
  if (articles.empty()) {
    state.SkipWithError("no *.txt in ONOMA_ARTICLES_DIR");
    return;
  }
  run_annotate(state, *resolver, articles);
}

// --- The summary -------------------------------------------------------------------------------

struct Result {
  double items_per_second = 0;
  double bytes_per_second = 0;
  std::map<std::string, double> counters;
  double real_seconds_per_iteration = 0;
};

// Records every run; prints Google Benchmark's console report unless summary-only, and the
// summary table at the end.
class SummaryReporter : public benchmark::ConsoleReporter {
 public:
  explicit SummaryReporter(bool summary_only) : summary_only_(summary_only) {}

  bool ReportContext(const Context& context) override {
    if (summary_only_) {
      std::fprintf(stderr, "running the onoma benchmarks (%d CPUs at %.0f MHz)\n",
                   context.cpu_info.num_cpus, context.cpu_info.cycles_per_second / 1e6);
      return true;
    }
    return ConsoleReporter::ReportContext(context);
  }

  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration)
        continue;
      const std::string name = run.run_name.function_name +
                               (run.threads > 1 ? "/threads:" + std::to_string(run.threads) : "");
      if (run.error_occurred) {
        std::fprintf(stderr, "  %s: skipped (%s)\n", name.c_str(), run.error_message.c_str());
        continue;
      }
      Result r;
      for (const auto& [key, counter] : run.counters) {
        r.counters[key] = counter.value;
        if (key == "items_per_second")
          r.items_per_second = counter.value;
        if (key == "bytes_per_second")
          r.bytes_per_second = counter.value;
      }
      r.real_seconds_per_iteration =
          run.iterations ? run.real_accumulated_time / static_cast<double>(run.iterations) : 0;
      results_[name] = r;
      order_.push_back(name);
      if (summary_only_)
        std::fprintf(stderr, "  %s done\n", name.c_str());
    }
    if (!summary_only_)
      ConsoleReporter::ReportRuns(runs);
  }

  void Finalize() override {
    if (!summary_only_)
      ConsoleReporter::Finalize();
    print_summary();
  }

 private:
  const Result* find(const std::string& name) const {
    const auto it = results_.find(name);
    return it == results_.end() ? nullptr : &it->second;
  }

  static std::string rate(double value, const char* unit) {
    char buffer[64];
    if (value >= 1e6)
      std::snprintf(buffer, sizeof buffer, "%.2f M%s", value / 1e6, unit);
    else if (value >= 1e3)
      std::snprintf(buffer, sizeof buffer, "%.1f k%s", value / 1e3, unit);
    else
      std::snprintf(buffer, sizeof buffer, "%.1f %s", value, unit);
    return buffer;
  }
  static std::string number(const char* format, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
  }

  void row(const std::string& name, const std::string& value, const std::string& ratio,
           const std::string& accuracy, const std::string& target) {
    std::printf("| %-36s | %-30s | %-9s | %-17s | %-24s |\n", name.c_str(), value.c_str(),
                ratio.c_str(), accuracy.c_str(), target.c_str());
  }

  void print_summary() {
    std::printf("\n## onoma benchmark summary\n\n");
    row("benchmark", "throughput", "vs ICU", "accuracy (ICU)", "design target");
    std::printf("|%s|%s|%s|%s|%s|\n", std::string(38, '-').c_str(), std::string(32, '-').c_str(),
                std::string(11, '-').c_str(), std::string(19, '-').c_str(),
                std::string(26, '-').c_str());
    for (const std::string& name : order_) {
      const Result& r = results_.at(name);
      if (name.rfind("baseline/", 0) == 0)
        continue;
      if (name.rfind("resolve/", 0) == 0 || name.rfind("compare/", 0) == 0) {
        const Result* base = find("baseline/" + name);
        const double ratio =
            base && base->items_per_second > 0 ? r.items_per_second / base->items_per_second : 0;
        std::string acc =
            number("%.3f", r.counters.count("accuracy") ? r.counters.at("accuracy") : 0);
        if (base && base->counters.count("accuracy"))
          acc += " (" + number("%.3f", base->counters.at("accuracy")) + ")";
        row(name, rate(r.items_per_second, "/s"), base ? number("%.3gx", ratio) : "-", acc,
            target_for(name, r.items_per_second, ratio));
      } else if (name.rfind("annotate", 0) == 0) {
        row(name, rate(r.bytes_per_second, "B/s"), "-", "-",
            target_for(name, r.bytes_per_second, 0));
      } else if (name.rfind("build/", 0) == 0) {
        const double seconds = r.counters.at("parse_s") + r.counters.at("index_s");
        row(name,
            number("%.2f s", seconds) + number(" (index %.1f s CPU", r.counters.at("index_cpu_s")) +
                number(", %.0f threads)", r.counters.at("index_threads")),
            "-", "-", target_for(name, seconds, 0));
        row(name + " memory", number("%.0f B/name", r.counters.at("heap_B_per_name")), "-", "-",
            target_for(name + " memory", r.counters.at("heap_B_per_name"), 0));
      }
    }
    // Thread scaling.
    for (const std::string& name : order_) {
      const std::string suffix = "/threads:2";
      if (name.size() < suffix.size() ||
          name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
        continue;
      const Result* one = find(name.substr(0, name.size() - suffix.size()));
      if (!one || one->items_per_second <= 0)
        continue;
      const double scaling = results_.at(name).items_per_second / one->items_per_second;
      const bool baseline = name.rfind("baseline/", 0) == 0;
      row(std::string(baseline ? "ICU " : "onoma ") + "2 threads / 1 thread",
          number("%.2fx", scaling), "-", "-", baseline ? "" : "~2x (no lock on the path)");
    }
    std::printf(
        "\nRatios are onoma's items/s over the ICU baseline's on the same queries; "
        "accuracy is the share of queries answered with the expected entity (or "
        "unknown), the baseline's in parentheses.\n");
    std::fflush(stdout);
  }

  static std::string target_for(const std::string& name, double value, double ratio) {
    const auto verdict = [](bool met, const std::string& text) {
      return (met ? "met: " : "MISSED: ") + text;
    };
    const bool at_100k = name.find("/100000") != std::string::npos;
    if (name == "resolve/latin-mix/100000")
      return verdict(value >= 1e6 && ratio >= 10, ">=1M/s, >=10x ICU");
    if (at_100k && (name == "resolve/hangul/100000" || name == "resolve/cyrillic/100000"))
      return verdict(value >= 3e5, ">=300k/s");
    if (name.rfind("compare/", 0) == 0)
      return verdict(value >= 1e6, ">=1M pairs/s");
    if (name == "annotate/news/100000")
      return verdict(value >= 30e6, ">=30 MB/s");
    if (name == "build/1000000")
      return verdict(value <= 3, "<=3 s");
    if (name == "build/1000000 memory")
      return verdict(value <= 200, "<=200 B/alias");
    return "";
  }

  bool summary_only_;
  std::map<std::string, Result> results_;
  std::vector<std::string> order_;
};

void register_benchmarks() {
  const std::vector<std::size_t> catalog_sizes = sizes();
  for (const std::size_t n : catalog_sizes) {
    benchmark::RegisterBenchmark(("build/" + std::to_string(n)).c_str(), BM_CatalogBuild, n)
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kSecond);
  }
  for (const std::size_t n : catalog_sizes) {
    for (const Mix mix : onoma_bench::all_mixes()) {
      const std::string suffix = std::string(onoma_bench::mix_name(mix)) + "/" + std::to_string(n);
      benchmark::RegisterBenchmark(("resolve/" + suffix).c_str(), BM_Resolve, n, mix)
          ->Unit(benchmark::kMicrosecond);
      benchmark::RegisterBenchmark(("baseline/resolve/" + suffix).c_str(), BM_Baseline, n, mix)
          ->Unit(benchmark::kMicrosecond);
    }
  }
  const std::size_t first = catalog_sizes.front();
  benchmark::RegisterBenchmark("compare/pairs", BM_Compare, first)->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("baseline/compare/pairs", BM_CompareBaseline, first)
      ->Unit(benchmark::kMicrosecond);
  for (const std::size_t n : catalog_sizes) {
    benchmark::RegisterBenchmark(("annotate/news/" + std::to_string(n)).c_str(), BM_Annotate, n)
        ->Unit(benchmark::kMillisecond);
  }
  // The catalog of the design targets: 100,000 entities when measured, else the largest.
  std::size_t target = catalog_sizes.back();
  if (std::find(catalog_sizes.begin(), catalog_sizes.end(), 100000) != catalog_sizes.end())
    target = 100000;
  if (!env("ONOMA_ARTICLES_DIR").empty()) {
    benchmark::RegisterBenchmark("annotate/articles/builtin", BM_AnnotateArticles, 0)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("annotate/articles/builtin+" + std::to_string(target)).c_str(),
                                 BM_AnnotateArticles, target)
        ->Unit(benchmark::kMillisecond);
  }
  // One Resolver shared by 1 and 2 threads (no lock on the query path: items/s should double).
  const std::string threads = "threads/resolve/latin-mix/" + std::to_string(target);
  benchmark::RegisterBenchmark(threads.c_str(), BM_Resolve, target, Mix::kLatinMix)
      ->Threads(1)
      ->Threads(2)
      ->UseRealTime()
      ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark(("baseline/" + threads).c_str(), BM_Baseline, target, Mix::kLatinMix)
      ->Threads(1)
      ->Threads(2)
      ->UseRealTime()
      ->Unit(benchmark::kMicrosecond);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  register_benchmarks();
  SummaryReporter reporter(env("ONOMA_BENCH_SUMMARY_ONLY") == "1");
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
