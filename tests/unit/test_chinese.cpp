// Chinese names: Han read through the pinyin table generated from ICU, pinyin and Wade–Giles
// decoded, so that every spelling reaches the Han of the catalog. Catalogs here hold a canonical
// name and the Han only.
#define BOOST_TEST_MODULE chinese
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <onoma/compare.hpp>
#include <onoma/resolver.hpp>
#include <onoma/romanize.hpp>

#include "alias_free_catalogs.hpp"
#include "fixture_files.hpp"
#include "running_text.hpp"

namespace {

using onoma::testing::resolved;
using onoma::testing::resolver_of;

const std::string kFixtures = ONOMA_FIXTURES_DIR;
const std::string& kHeader = onoma::testing::kCatalogHeader;

// The fixture's people, each with the pinyin spelling as canonical name and the Han
// as native name, no alias (`fixture`); the built-in catalog's Chinese people with no alias at
// all (`builtin`).
const onoma::testing::AliasFreeCatalogs& catalogs() {
  static const onoma::testing::AliasFreeCatalogs instance("zh", kFixtures + "/chinese/names.tsv",
                                                          "han", "pinyin");
  return instance;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_chinese_spelling_of_the_articles_resolves_without_aliases) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Xi Jinping", "xi-jinping"},     {"Xi Jin-ping", "xi-jinping"},
      {"XI Jinping", "xi-jinping"},     {"Hsi Chin-p'ing", "xi-jinping"},
      {"Hsi Chin-ping", "xi-jinping"},  {"习近平", "xi-jinping"},
      {"Wang Yi", "wang-yi"},           {"王毅", "wang-yi"},
      {"Kong Xuanyou", "kong-xuanyou"}, {"Kong Xuan-you", "kong-xuanyou"},
      {"孔铉佑", "kong-xuanyou"},       {"Kong", "kong-xuanyou"}};
  for (const auto& [spelling, id] : cases) {
    BOOST_TEST_CONTEXT(spelling) {
      BOOST_TEST(resolved(catalogs().builtin, spelling) == id);
    }
  }
}

BOOST_AUTO_TEST_CASE(every_fixture_spelling_resolves_from_han_alone) {
  std::size_t checked = 0;
  std::size_t irregular = 0;
  std::set<std::string> people_with_wade_giles;
  for (const auto& [id, person] : catalogs().people) {
    for (const auto& [system, spelling] : person.spellings) {
      // Irregular or non-Mandarin spellings (Chiang Kai-shek, Sun Yat-sen) need an alias.
      if (system == "other") {
        ++irregular;
        continue;
      }
      BOOST_TEST_CONTEXT(id << " " << system << " '" << spelling << "'") {
        BOOST_TEST(resolved(catalogs().fixture, spelling) == id);
      }
      if (system == "wade-giles")
        people_with_wade_giles.insert(id);
      ++checked;
    }
  }
  BOOST_TEST(catalogs().people.size() >= 40u);
  BOOST_TEST(people_with_wade_giles.size() >= 40u);
  BOOST_TEST_MESSAGE(catalogs().people.size() << " people, " << checked << " spellings checked, "
                                              << irregular << " irregular left to aliases");
}

// In running text each regular spelling is one whole mention, also when the catalog writes the
// people in Han only (a Wade-Giles name has as many words as characters: "Mao Tse-tung").
BOOST_AUTO_TEST_CASE(every_fixture_spelling_is_found_whole_in_running_text) {
  std::string han_only = kHeader;
  for (const auto& [id, person] : catalogs().people)
    han_only += id + "\tperson\tzh\t" + person.native + "\t\t\t\n";
  const onoma::Resolver han_only_resolver = resolver_of(han_only);
  for (const auto& [id, person] : catalogs().people) {
    for (const auto& [system, spelling] : person.spellings) {
      if (system == "other")
        continue;
      BOOST_TEST_CONTEXT(id << " " << system << " '" << spelling << "'") {
        BOOST_TEST(onoma::testing::found_in_running_text(catalogs().fixture, spelling) == id);
        BOOST_TEST(onoma::testing::found_in_running_text(han_only_resolver, spelling) == id);
      }
    }
  }
}

// Western order writes a Chinese name given name first ("Jinping Xi", "Chin-p'ing Hsi"). Against
// a catalog that writes the people in Han only, each regular spelling so turned round is still
// one whole mention of its person in running text, not its surname alone.
BOOST_AUTO_TEST_CASE(a_name_written_given_name_first_is_one_mention_of_its_person) {
  std::string han_only = kHeader;
  for (const auto& [id, person] : catalogs().people)
    han_only += id + "\tperson\tzh\t" + person.native + "\t\t\t\n";
  const onoma::Resolver han_only_resolver = resolver_of(han_only);
  std::size_t checked = 0;
  for (const auto& [id, person] : catalogs().people) {
    for (const auto& [system, spelling] : person.spellings) {
      const std::size_t space = spelling.find(' ');
      if (system == "other" || space == std::string::npos ||
          spelling.find(' ', space + 1) != std::string::npos) {
        continue;
      }
      const std::string given_name_first =
          spelling.substr(space + 1) + " " + spelling.substr(0, space);
      BOOST_TEST_CONTEXT(id << " " << system << " '" << given_name_first << "'") {
        BOOST_TEST(onoma::testing::found_in_running_text(han_only_resolver, given_name_first) ==
                   id);
      }
      ++checked;
    }
  }
  BOOST_TEST(checked >= 150u);
  const std::string text = "Jinping Xi arrived on Monday. Later Xi met Yi Wang; Wang spoke first.";
  const std::vector<std::string> expected = {"Jinping Xi=xi-jinping", "Xi=xi-jinping",
                                             "Yi Wang=wang-yi", "Wang=wang-yi"};
  BOOST_TEST(onoma::testing::mentions_found_in(han_only_resolver, text) == expected,
             boost::test_tools::per_element());
}

// A catalog that writes each person given name first, in pinyin only ("Jinping Xi"): the index
// reads the name with its surname first too, so the Han and every regular spelling still reach
// the person. Not when the given name is one syllable: "Yi Wang" may be 易王 as well as 王毅, and
// the index takes it as written (a Latin query still meets it turned round).
BOOST_AUTO_TEST_CASE(a_catalog_writing_the_given_name_first_meets_every_spelling) {
  std::string given_name_first = kHeader;
  for (const auto& [id, person] : catalogs().people) {
    const std::size_t space = person.press.find(' ');
    if (space == std::string::npos)
      continue;
    given_name_first += id + "\tperson\tzh\t" + person.press.substr(space + 1) + " " +
                        person.press.substr(0, space) + "\t\t\t\n";
  }
  const onoma::Resolver resolver = resolver_of(given_name_first);
  std::size_t checked = 0;
  for (const auto& [id, person] : catalogs().people) {
    if (person.press.find(' ') == std::string::npos)
      continue;
    // Wade–Giles hyphenates the syllables of a given name: "Wang I", "Hsi Chin-p'ing".
    bool one_syllable_given_name = person.native.size() == 6;  // 王毅: two characters
    for (const auto& [system, spelling] : person.spellings) {
      if (system == "wade-giles")
        one_syllable_given_name = spelling.find('-', spelling.find(' ')) == std::string::npos;
    }
    if (one_syllable_given_name)
      continue;
    std::vector<std::pair<std::string, std::string>> queries = person.spellings;
    queries.emplace_back("han", person.native);
    for (const auto& [system, spelling] : queries) {
      if (system == "other")
        continue;
      BOOST_TEST_CONTEXT(id << " " << system << " '" << spelling << "'") {
        BOOST_TEST(resolved(resolver, spelling) == id);
      }
      ++checked;
    }
  }
  BOOST_TEST(checked >= 150u);
}

BOOST_AUTO_TEST_CASE(confusable_people_never_merge) {
  const auto pairs = onoma::testing::read_tsv(kFixtures + "/chinese/confusable_pairs.tsv");
  BOOST_TEST(pairs.size() >= 30u);
  std::string text = kHeader;
  std::map<std::string, std::string> id_of;
  for (const auto& row : pairs) {
    for (const char* side : {"a", "b"}) {
      const std::string name = row.at(std::string("name_") + side);
      if (id_of.count(name))
        continue;
      const std::string id = "p" + std::to_string(id_of.size());
      id_of[name] = id;
      text += id + "\tperson\tzh\t" + name + "\t" + row.at(std::string("han_") + side) + "\t\t\n";
    }
  }
  const onoma::Resolver resolver = resolver_of(text);
  for (const auto& row : pairs) {
    const std::string a = row.at("name_a");
    const std::string b = row.at("name_b");
    BOOST_TEST_CONTEXT(a << " / " << b) {
      BOOST_TEST(!onoma::compare(a, b).same);
      BOOST_TEST(!onoma::compare(row.at("han_a"), row.at("han_b")).same);
      BOOST_TEST(resolved(resolver, a) == id_of[a]);
      BOOST_TEST(resolved(resolver, b) == id_of[b]);
      BOOST_TEST(resolved(resolver, row.at("han_b")) == id_of[b]);
    }
  }
}

BOOST_AUTO_TEST_CASE(romanization_matches_published_examples) {
  std::size_t count = 0;
  for (const auto& row :
       onoma::testing::read_tsv(kFixtures + "/chinese/romanization_examples.tsv")) {
    const std::string& system_name = row.at("system");
    onoma::RomanizeOptions options;
    options.as_name = true;
    options.tone_marks = system_name == "zh-pinyin-tones";
    const auto system =
        onoma::system_from_name(system_name == "zh-pinyin-tones" ? "zh-pinyin" : system_name);
    BOOST_REQUIRE(system.has_value());
    const auto romanized = onoma::romanize(row.at("han"), *system, options);
    BOOST_REQUIRE(romanized.ok());
    BOOST_TEST_CONTEXT(row.at("han") << " " << system_name) {
      BOOST_TEST(*romanized == row.at("expected"));
    }
    ++count;
  }
  BOOST_TEST(count >= 40u);
}

BOOST_AUTO_TEST_CASE(joined_given_names_are_segmented) {
  const onoma::Resolver resolver = resolver_of(kHeader +
                                               "mao\tperson\tzh\tMao Zedong\t毛泽东\t\t\n"
                                               "deng\tperson\tzh\tDeng Xiaoping\t邓小平\t\t\n"
                                               "zhou\tperson\tzh\tZhou Enlai\t周恩来\t\t\n");
  BOOST_TEST(resolved(resolver, "Mao Tse-tung") == "mao");
  BOOST_TEST(resolved(resolver, "Mao Tsetung") == "mao");
  BOOST_TEST(resolved(resolver, "Mao Ze-dong") == "mao");
  BOOST_TEST(resolved(resolver, "Teng Hsiao-p'ing") == "deng");
  BOOST_TEST(resolved(resolver, "Teng Hsiao-ping") == "deng");
  BOOST_TEST(resolved(resolver, "Chou En-lai") == "zhou");
  BOOST_TEST(resolved(resolver, "Zhou En-lai") == "zhou");
  BOOST_TEST(resolved(resolver, "Zedong Mao") == "mao");
}

BOOST_AUTO_TEST_CASE(u_umlaut_may_be_written_u_v_or_yu) {
  const onoma::Resolver resolver = resolver_of(kHeader + "lv\tperson\tzh\tLü Buwei\t吕不韦\t\t\n");
  for (const char* spelling : {"Lü Buwei", "Lu Buwei", "Lv Buwei", "Lyu Buwei", "Lü Pu-wei"}) {
    BOOST_TEST_CONTEXT(spelling) {
      BOOST_TEST(resolved(resolver, spelling) == "lv");
    }
  }
}

BOOST_AUTO_TEST_CASE(korean_and_chinese_surnames_share_spellings) {
  const auto origins_of = [](std::string_view name) { return onoma::estimate_origins(name); };
  const auto has = [&](std::string_view name, const std::string& origin) {
    const auto origins = origins_of(name);
    return std::find(origins.begin(), origins.end(), origin) != origins.end();
  };
  BOOST_TEST(has("Kang", "ko"));
  BOOST_TEST(has("Kang", "zh"));
  BOOST_TEST(has("Li", "zh"));
  BOOST_TEST(has("Li", "ko"));
  BOOST_TEST(has("Xi Jinping", "zh"));
  BOOST_TEST(has("习近平", "zh"));
  BOOST_TEST(!has("Kim Jong-un", "zh"));
  BOOST_TEST(!has("Lavrov", "zh"));
}

BOOST_AUTO_TEST_CASE(a_given_origin_chooses_between_korean_and_chinese_readings) {
  const onoma::Resolver resolver = resolver_of(kHeader +
                                               "kang-ko\tperson\tko\tKang Sok-ju\t강석주\t\t\n"
                                               "kang-zh\tperson\tzh\tKang Sheng\t康生\t\t\n");
  const auto either = resolver.resolve("Kang");
  BOOST_TEST((either.status == onoma::Status::kAmbiguous));
  onoma::Hints chinese;
  chinese.origin = "zh";
  onoma::Hints korean;
  korean.origin = "ko";
  BOOST_TEST(resolved(resolver, "Kang", chinese) == "kang-zh");
  BOOST_TEST(resolved(resolver, "Kang", korean) == "kang-ko");
}

BOOST_AUTO_TEST_CASE(short_syllables_are_not_typos_of_each_other) {
  BOOST_TEST(!onoma::compare("Li Wu", "Lu Wu").same);
  BOOST_TEST(!onoma::compare("Wang Yi", "Wang Yu").same);
  BOOST_TEST(!onoma::compare("Li Peng", "Li Ping").same);
  BOOST_TEST(onoma::compare("Xi Jinping", "Hsi Chin-p'ing").same);
  BOOST_TEST(onoma::compare("Xi Jinping", "习近平").same);
}
