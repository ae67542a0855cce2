// Thread safety: eight threads share one Resolver and one Catalog and resolve, annotate, compare,
// romanize and look up entities at once; every answer must equal the single-threaded answer
// computed beforehand. Meant to run under ThreadSanitizer too (the `tsan` preset of
// CMakePresets.json, scripts/sanitize), which reports any data race in the library.
#define BOOST_TEST_MODULE threads
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <cstddef>
#include <cstdio>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <onoma/compare.hpp>
#include <onoma/resolver.hpp>
#include <onoma/romanize.hpp>

#include "mixed_catalog.hpp"

namespace {

constexpr std::size_t kThreads = 8;

const std::vector<std::string> kMentions = {
    "Choe Son-hui",
    "Choi Sun Hee",
    "Choe Son Hui",
    "\uCD5C\uC120\uD76C",
    "Ch'oe Sŏn-hŭi",
    "Choe Ryong-hae",
    "Choi Ryong-hae",
    "Kim Jong-un",
    "KIM JONG UN",
    "Jong-un Kim",
    "Kim Jongun",
    "\uAE40\uC815\uC740",
    "Lavrov",
    "Sergei Lavrov",
    "LAVROV Sergei",
    "\u0421\u0435\u0440\u0433\u0435\u0439 "
    "\u041B\u0430\u0432\u0440\u043E\u0432",
    "Xi Jinping",
    "\u4E60\u8FD1\u5E73",
    "Choe",
    "Kim",
    "Moscow",
    "Pyongyang",
    "Mr. Lavrov",
    "Foreign Minister Choe Son-hui",
    "United Nations General Assembly",
    "KCNA",
    "Nobody Atall",
    "",
    "\xFF\xFE Kim",
    "Lavrov's",
};

const std::vector<std::string> kDocuments = {
    "North Korean Foreign Minister Choe Son-hui arrived in Moscow on Monday, KCNA said. Choe met "
    "Russian Foreign Minister Sergei Lavrov; Lavrov's office said the talks covered strategic "
    "cooperation. Kim Jong-un and Xi Jinping were not present. Choe Ryong-hae stayed in "
    "Pyongyang.",
    "\uCD5C\uC120\uD76C \uC678\uBB34\uC0C1\uC740 \uBAA8\uC2A4\uD06C\uBC14\uC5D0\uC11C "
    "\u0421\u0435\u0440\u0433\u0435\u0439 \u041B\u0430\u0432\u0440\u043E\u0432 and Kim met. "
    "Choe and Kim spoke; the United Nations General Assembly and the six-party talks came up.",
    "Mr. Kim, Gen. Choe and Kim's aides met the U.S. State Department in far eastern Russia. "
    "Choi Sun Hee said Lavrov agreed.",
};

const std::vector<std::pair<std::string, std::string>> kPairs = {
    {"Choi Sun Hee", "Choe Son Hui"},
    {"Kim Jong-un", "Kim Jong-il"},
    {"\uCD5C\uC120\uD76C", "Choe Son-hui"},
    {"Jong-un Kim", "Kim Jong-un"},
    {"Sergei Lavrov", "\u0421\u0435\u0440\u0433\u0435\u0439 \u041B\u0430\u0432\u0440\u043E\u0432"},
    {"Xi Jinping", "\u4E60\u8FD1\u5E73"},
    {"Lavrov", "Lavrova"},
    {"", "Kim"},
};

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  return buffer;
}

// Every field of an answer, as text, so that two answers compare with ==.
std::string describe(const onoma::Resolution& r) {
  std::string out = std::string(onoma::status_name(r.status)) + " " + std::to_string(r.chosen);
  for (const onoma::Candidate& c : r.candidates) {
    out += " [" + c.entity->id + " " + number(c.score) + " " + c.explanation.to_string() + "]";
  }
  return out;
}

std::string describe(const std::vector<onoma::Mention>& mentions) {
  std::string out;
  for (const onoma::Mention& m : mentions) {
    out +=
        std::to_string(m.begin) + "-" + std::to_string(m.end) + " " + describe(m.resolution) + "\n";
  }
  return out;
}

std::string describe(const onoma::Comparison& c) {
  return number(c.score) + (c.same ? " same " : " different ") + c.explanation.to_string();
}

std::string describe(const onoma::Result<std::string>& r) {
  return r.ok() ? "ok " + *r : "error " + r.error().to_string();
}

// Everything the threads compute, in one fixed order.
struct Answers {
  std::vector<std::string> resolutions;
  std::vector<std::string> annotations;
  std::vector<std::string> comparisons;
  std::vector<std::string> romanizations;
  std::vector<std::string> lookups;
};

// One task of the shared workload; the threads run the tasks in different orders.
struct Workload {
  const onoma::Resolver& resolver;
  const onoma::Catalog& catalog;

  std::size_t size() const {
    return kMentions.size() + kDocuments.size() + kPairs.size() + kMentions.size() + 1;
  }

  // Runs task `i` and returns (which list, index, answer).
  void run(std::size_t i, Answers& answers) const {
    if (i < kMentions.size()) {
      answers.resolutions[i] = describe(resolver.resolve(kMentions[i]));
      return;
    }
    i -= kMentions.size();
    if (i < kDocuments.size()) {
      answers.annotations[i] = describe(resolver.annotate(kDocuments[i]));
      return;
    }
    i -= kDocuments.size();
    if (i < kPairs.size()) {
      answers.comparisons[i] = describe(onoma::compare(kPairs[i].first, kPairs[i].second));
      return;
    }
    i -= kPairs.size();
    if (i < kMentions.size()) {
      const onoma::System system = onoma::all_systems()[i % onoma::all_systems().size()];
      onoma::RomanizeOptions options;
      options.as_name = true;
      answers.romanizations[i] = describe(onoma::romanize(kMentions[i], system, options));
      return;
    }
    std::string lookups;
    for (const onoma::Entity& entity : catalog) {
      const onoma::Entity* found = catalog.find(entity.id);
      lookups += found == &entity ? entity.id + " " : "MISSING " + entity.id + " ";
    }
    answers.lookups[0] = lookups;
  }
};

Answers empty_answers() {
  Answers answers;
  answers.resolutions.resize(kMentions.size());
  answers.annotations.resize(kDocuments.size());
  answers.comparisons.resize(kPairs.size());
  answers.romanizations.resize(kMentions.size());
  answers.lookups.resize(1);
  return answers;
}

Answers single_threaded(const onoma::Resolver& resolver, const onoma::Catalog& catalog) {
  const Workload workload{resolver, catalog};
  Answers answers = empty_answers();
  for (std::size_t i = 0; i < workload.size(); ++i)
    workload.run(i, answers);
  return answers;
}

// Runs the workload `rounds` times on each of kThreads threads, each thread starting at another
// task, all threads released at once; returns each thread's last answers.
std::vector<Answers> multi_threaded(const onoma::Resolver& resolver, const onoma::Catalog& catalog,
                                    std::size_t rounds) {
  const Workload workload{resolver, catalog};
  std::vector<Answers> answers(kThreads, empty_answers());
  std::atomic<std::size_t> ready{0};
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      ready.fetch_add(1);
      while (ready.load() < kThreads) {
        std::this_thread::yield();
      }
      const std::size_t n = workload.size();
      for (std::size_t round = 0; round < rounds; ++round) {
        for (std::size_t k = 0; k < n; ++k) {
          // Odd threads walk the tasks backwards, so that different tasks overlap.
          const std::size_t step = (k + t * n / kThreads) % n;
          workload.run(t % 2 == 0 ? step : n - 1 - step, answers[t]);
        }
      }
    });
  }
  for (std::thread& thread : threads)
    thread.join();
  return answers;
}

void check_equal(const Answers& expected, const std::vector<Answers>& got) {
  for (std::size_t t = 0; t < got.size(); ++t) {
    BOOST_TEST_CONTEXT("thread " << t) {
      BOOST_TEST(got[t].resolutions == expected.resolutions, boost::test_tools::per_element());
      BOOST_TEST(got[t].annotations == expected.annotations, boost::test_tools::per_element());
      BOOST_TEST(got[t].comparisons == expected.comparisons, boost::test_tools::per_element());
      BOOST_TEST(got[t].romanizations == expected.romanizations, boost::test_tools::per_element());
      BOOST_TEST(got[t].lookups == expected.lookups, boost::test_tools::per_element());
    }
  }
}

}  // namespace

// First: the lazily built state (the built-in catalog, the generators, the syllable table, the
// compiled rule files) is first used by eight threads at once, before any thread-free call.
BOOST_AUTO_TEST_CASE(first_use_from_many_threads) {
  std::vector<Answers> got;
  {
    std::vector<std::thread> threads;
    std::vector<std::string> first(kThreads);
    std::atomic<std::size_t> ready{0};
    for (std::size_t t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        ready.fetch_add(1);
        while (ready.load() < kThreads) {
          std::this_thread::yield();
        }
        const onoma::Resolver resolver;  // each its own, all from Catalog::builtin()
        first[t] = describe(resolver.resolve(kMentions[t % kMentions.size()])) +
                   describe(onoma::compare(kPairs[t % kPairs.size()].first,
                                           kPairs[t % kPairs.size()].second)) +
                   describe(onoma::romanize("\uCD5C\uC120\uD76C", onoma::all_systems()[t]));
      });
    }
    for (std::thread& thread : threads)
      thread.join();
    const onoma::Resolver resolver;
    for (std::size_t t = 0; t < kThreads; ++t) {
      const std::string expected =
          describe(resolver.resolve(kMentions[t % kMentions.size()])) +
          describe(
              onoma::compare(kPairs[t % kPairs.size()].first, kPairs[t % kPairs.size()].second)) +
          describe(onoma::romanize("\uCD5C\uC120\uD76C", onoma::all_systems()[t]));
      BOOST_TEST(first[t] == expected, "thread " << t);
    }
  }
}

BOOST_AUTO_TEST_CASE(one_resolver_and_catalog_shared_by_eight_threads) {
  const onoma::Catalog catalog = onoma::Catalog::builtin();
  const onoma::Resolver resolver(catalog);
  const Answers expected = single_threaded(resolver, catalog);
  // The workload is meaningful: names resolve, documents have mentions, pairs match.
  BOOST_TEST(expected.resolutions[0].rfind("resolved", 0) == 0u);
  BOOST_TEST(!expected.annotations[0].empty());
  BOOST_TEST(expected.comparisons[0].find(" same ") != std::string::npos);
  check_equal(expected, multi_threaded(resolver, catalog, 3));
}

// A Resolver built from a parsed catalog, and copies of both handed to the threads: copies
// share one immutable state, so their answers are the original's.
BOOST_AUTO_TEST_CASE(copies_share_state_across_threads) {
  std::string text = "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n";
  for (const onoma::Entity& entity : onoma::Catalog::builtin()) {
    std::string natives;
    for (const std::string& native : entity.natives)
      natives += (natives.empty() ? "" : "|") + native;
    std::string aliases;
    for (const std::string& alias : entity.aliases)
      aliases += (aliases.empty() ? "" : "|") + alias;
    text += entity.id + "\t" + std::string(onoma::entity_type_name(entity.type)) + "\t" +
            entity.origin + "\t" + entity.canonical + "\t" + natives + "\t" + aliases + "\t\n";
  }
  const auto parsed = onoma::Catalog::parse(text, "copy.tsv");
  BOOST_REQUIRE_MESSAGE(parsed.ok(), (parsed.ok() ? "" : parsed.error().to_string()));
  const onoma::Catalog catalog = *parsed;
  const onoma::Resolver resolver(catalog);
  const Answers expected = single_threaded(resolver, catalog);

  std::vector<Answers> got(kThreads, empty_answers());
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      const onoma::Resolver copy = resolver;  // copied concurrently
      const onoma::Catalog catalog_copy = copy.catalog();
      const Workload workload{copy, catalog_copy};
      for (std::size_t i = 0; i < workload.size(); ++i)
        workload.run((i + t) % workload.size(), got[t]);
    });
  }
  for (std::thread& thread : threads)
    thread.join();
  check_equal(expected, got);
}

// A large catalog's index is built on several threads (ResolverOptions::index_threads): under
// ThreadSanitizer this checks that the build threads share nothing unsynchronized, and the
// answers must be those of an index built on the calling thread alone.
BOOST_AUTO_TEST_CASE(an_index_built_on_threads_answers_as_one_built_on_one) {
  const auto parsed = onoma::Catalog::parse(onoma::testing::mixed_catalog(3000), "mixed.tsv");
  BOOST_REQUIRE_MESSAGE(parsed.ok(), (parsed.ok() ? "" : parsed.error().to_string()));
  onoma::ResolverOptions one_thread;
  one_thread.index_threads = 1;
  onoma::ResolverOptions three_threads;
  three_threads.index_threads = 3;
  const onoma::Resolver alone(*parsed, one_thread);
  const onoma::Resolver together(*parsed, three_threads);
  std::vector<std::string> mentions = kMentions;
  for (const std::string name : {"Kim Son Hui", "Ri Yong Ho", "Matvienko", "Wang Yi", "Mary Smith",
                                 "Walker Group", "UN", "\uAE40\uC815\uC740", "Choe"}) {
    mentions.push_back(name);
  }
  std::size_t known = 0;
  for (const std::string& mention : mentions) {
    const onoma::Resolution expected = alone.resolve(mention);
    known += expected.status != onoma::Status::kUnknown;
    BOOST_TEST(describe(together.resolve(mention)) == describe(expected), mention);
  }
  BOOST_TEST(known > 10u);  // the mentions meet the generated catalog, not only the misses
  for (const std::string& document : kDocuments)
    BOOST_TEST(describe(together.annotate(document)) == describe(alone.annotate(document)));
}
