// Forward romanization: every system against published examples of it, names as names, and the
// errors a caller can meet.
#define BOOST_TEST_MODULE romanize
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <thread>

#include <onoma/romanize.hpp>

#include "fixture_files.hpp"

namespace {

const std::string kFixtures = ONOMA_FIXTURES_DIR;

std::string lower_ascii(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

BOOST_AUTO_TEST_CASE(korean_systems_match_their_published_examples) {
  std::map<std::string, int> checked;
  for (const auto& row :
       onoma::testing::read_tsv(kFixtures + "/korean/romanization_examples.tsv")) {
    const auto system = onoma::system_from_name(row.at("system"));
    BOOST_REQUIRE_MESSAGE(system.has_value(), row.at("system"));
    onoma::RomanizeOptions options;
    options.as_name = row.at("kind") == "name";
    const auto romanized = onoma::romanize(row.at("hangul"), *system, options);
    BOOST_REQUIRE_MESSAGE(romanized.ok(), (romanized.ok() ? "" : romanized.error().to_string()));
    const std::string& expected = row.at("expected");
    if (options.as_name) {
      BOOST_TEST(*romanized == expected, row.at("system") << " " << row.at("hangul"));
    } else {
      // Place names are capitalized as proper nouns; the system itself writes lower case.
      BOOST_TEST(lower_ascii(*romanized) == lower_ascii(expected), row.at("system")
                                                                       << " " << row.at("hangul"));
    }
    ++checked[row.at("system")];
  }
  for (const char* system : {"ko-rr", "ko-mr", "ko-mr-ascii", "ko-dprk", "ko-yale"}) {
    BOOST_TEST(checked[system] >= 14, system << ": " << checked[system] << " examples");
  }
}

BOOST_AUTO_TEST_CASE(russian_systems_match_their_published_examples) {
  std::map<std::string, int> checked;
  for (const auto& row :
       onoma::testing::read_tsv(kFixtures + "/russian/romanization_examples.tsv")) {
    const auto system = onoma::system_from_name(row.at("system"));
    BOOST_REQUIRE_MESSAGE(system.has_value(), row.at("system"));
    const auto romanized = onoma::romanize(row.at("cyrillic"), *system);
    BOOST_REQUIRE_MESSAGE(romanized.ok(), (romanized.ok() ? "" : romanized.error().to_string()));
    BOOST_TEST(*romanized == row.at("expected"), row.at("system") << " " << row.at("cyrillic"));
    ++checked[row.at("system")];
  }
  for (const char* system : {"ru-bgn", "ru-iso9", "ru-gost-b", "ru-icao", "ru-press"}) {
    BOOST_TEST(checked[system] >= 12, system << ": " << checked[system] << " examples");
  }
}

BOOST_AUTO_TEST_CASE(names_follow_each_systems_convention) {
  onoma::RomanizeOptions name;
  name.as_name = true;
  const auto in = [&](onoma::System system, const char* hangul) {
    return onoma::romanize(hangul, system, name).value();
  };
  // 최선희: the diplomat of the articles, in every Korean system.
  BOOST_TEST(in(onoma::System::kKoRr, "\uCD5C\uC120\uD76C") == "Choe Seonhui");
  BOOST_TEST(in(onoma::System::kKoMr, "\uCD5C\uC120\uD76C") == "Ch'oe S\u014Fn-h\u016Di");
  BOOST_TEST(in(onoma::System::kKoMrAscii, "\uCD5C\uC120\uD76C") == "Choe Son-hui");
  BOOST_TEST(in(onoma::System::kKoDprk, "\uCD5C\uC120\uD76C") == "Choe Son Hui");
  BOOST_TEST(in(onoma::System::kKoYale, "\uCD5C\uC120\uD76C") == "Choy Sen-huy");
  // A two-syllable surname stays whole; a spaced name keeps its split.
  BOOST_TEST(in(onoma::System::kKoRr, "\uB0A8\uAD81\uBBFC") == "Namgung Min");
  BOOST_TEST(in(onoma::System::kKoDprk, "\uAE40 \uC815\uC740") == "Kim Jong Un");
  // Not a name in Hangul: romanized as text.
  BOOST_TEST(in(onoma::System::kKoRr, "Seoul") == "Seoul");
}

BOOST_AUTO_TEST_CASE(system_names_round_trip) {
  for (const onoma::System system : onoma::all_systems()) {
    BOOST_TEST((onoma::system_from_name(onoma::system_name(system)) == system));
  }
  BOOST_TEST(onoma::all_systems().size() == 12u);
  BOOST_TEST(!onoma::system_from_name("ko-xx").has_value());
}

BOOST_AUTO_TEST_CASE(bad_input_never_crashes) {
  const auto romanized = onoma::romanize("\xFF\uCD5C\xC0", onoma::System::kKoRr);
  BOOST_REQUIRE(romanized.ok());
  BOOST_TEST(*romanized == "\uFFFDchoe\uFFFD");
  BOOST_TEST(onoma::romanize("", onoma::System::kKoMr).value().empty());
  // Characters outside the system pass through.
  BOOST_TEST(onoma::romanize("\u0421\u0435\u0443\u043B 1", onoma::System::kKoRr).value() ==
             "\u0421\u0435\u0443\u043B 1");
}

BOOST_AUTO_TEST_CASE(concurrent_calls_give_the_same_answers) {
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (std::size_t t = 0; t < wrong.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        if (onoma::romanize("\uC2E0\uB77C", onoma::System::kKoRr).value() != "silla")
          ++wrong[t];
      }
    });
  }
  for (auto& thread : threads)
    thread.join();
  for (const int count : wrong)
    BOOST_TEST(count == 0);
}

BOOST_AUTO_TEST_CASE(variants_list_a_name_in_every_korean_system) {
  const auto listed = onoma::variants("\uAE40\uC815\uC740");  // 김정은, read directly
  std::map<std::string, std::string> by_system;
  for (const auto& variant : listed) {
    BOOST_TEST(variant.native == "\uAE40\uC815\uC740");
    BOOST_TEST(variant.score == 1.0);
    by_system.emplace(std::string(onoma::system_name(variant.system)), variant.spelling);
  }
  BOOST_TEST(by_system["ko-dprk"] == "Kim Jong Un");
  BOOST_TEST(by_system["ko-mr-ascii"] == "Kim Chong-un");
  BOOST_TEST(by_system["ko-rr"] == "Gim Jeongeun");
  BOOST_TEST(by_system.size() == 5u);
}

BOOST_AUTO_TEST_CASE(variants_of_a_romanized_name_go_through_its_hangul) {
  const auto listed = onoma::variants("Choe Son-hui", 50);
  BOOST_REQUIRE(!listed.empty());
  bool found_kcna = false;
  for (const auto& variant : listed) {
    BOOST_TEST(variant.score <= 1.0);
    found_kcna = found_kcna || variant.spelling == "Choe Son Hui";
  }
  BOOST_TEST(found_kcna);
  for (std::size_t i = 1; i < listed.size(); ++i) {
    BOOST_TEST(listed[i - 1].score >= listed[i].score);  // ranked
  }
  BOOST_TEST(onoma::variants("Choe Son-hui", 3).size() == 3u);
  BOOST_TEST(onoma::variants("Sergey Lavrov").empty());
  BOOST_TEST(onoma::variants("").empty());
}
