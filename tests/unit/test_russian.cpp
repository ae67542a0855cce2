// Russian names: the Cyrillic key and the Latin decoder, not alias tables, carry every
// spelling (BGN/PCGN, ISO 9, GOST B, ICAO, the press, German and French transcriptions) to the
// Cyrillic of the catalog. Catalogs here hold a canonical name and the Cyrillic only.
#define BOOST_TEST_MODULE russian
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

// The fixture's people, each with the press spelling as canonical name and the Cyrillic
// as native name, no alias (`fixture`); the built-in catalog's Russian people with no alias at
// all (`builtin`).
const onoma::testing::AliasFreeCatalogs& catalogs() {
  static const onoma::testing::AliasFreeCatalogs instance("ru", kFixtures + "/russian/names.tsv",
                                                          "cyrillic", "press");
  return instance;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_russian_spelling_of_the_articles_resolves_without_aliases) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Sergei Lavrov", "sergey-lavrov"},
      {"Sergey Lavrov", "sergey-lavrov"},
      {"LAVROV", "sergey-lavrov"},
      {"Lavrov", "sergey-lavrov"},
      {"Igor Morgulov", "igor-morgulov"},
      {"Oleg Burmistrov", "oleg-burmistrov"},
      {"Burmistrov", "oleg-burmistrov"},
      {"Valentina Matviyenko", "valentina-matviyenko"},
      {"Valentina Matvienko", "valentina-matviyenko"},
      {"Dmitry Yazov", "dmitry-yazov"},
      {"Dmitri Yazov", "dmitry-yazov"},
      {"Vladimir Putin", "vladimir-putin"},
      {"Putin", "vladimir-putin"},
      {"Wladimir Putin", "vladimir-putin"},
      {"Vladimir Poutine", "vladimir-putin"}};
  for (const auto& [spelling, id] : cases) {
    BOOST_TEST_CONTEXT(spelling) {
      BOOST_TEST(resolved(catalogs().builtin, spelling) == id);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_issue_variants_meet_in_one_key) {
  const std::vector<std::vector<std::string>> groups = {
      {"Sergei", "Sergey", "Serguei", "Sergej", "Сергей"},
      {"Dmitry", "Dmitri", "Dmitriy", "Dmitrii", "Dmitrij", "Дмитрий"},
      {"Yury", "Yuri", "Iouri", "Jurij", "Юрий"},
      {"Matviyenko", "Matvienko", "Матвиенко"},
      {"Yevgeny", "Evgeny", "Jewgeni", "Евгений"},
      {"Fyodor", "Fedor", "Фёдор"},
      {"Khrushchev", "Khrushchyov", "Chruschtschow", "Хрущёв"},
      {"Alexei", "Aleksei", "Alexey", "Алексей"},
      {"Dostoevsky", "Dostoyevskiy", "Dostoevskii", "Достоевский"}};
  for (const auto& group : groups) {
    for (std::size_t i = 1; i < group.size(); ++i) {
      BOOST_TEST_CONTEXT(group[0] << " / " << group[i]) {
        const onoma::Comparison comparison = onoma::compare(group[0], group[i]);
        BOOST_TEST(comparison.same);
        BOOST_TEST(comparison.score < 1.0);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(shch_is_read_as_sh_and_ch_as_every_system_spells_it) {
  // щ is ш and ч in every transcription (shch, schtsch, chtch, szcz, sjtsj); a spelling that
  // writes the two apart (Dutch tj for ч) or the Spanish sch is the same name as Хрущёв.
  for (const std::string spelling :
       {"Khrusjtjov", "Chruchtschow", "Jruschov", "Khrushchev", "Hru\u0161\u010Dev"}) {
    BOOST_TEST_CONTEXT(spelling) {
      BOOST_TEST(onoma::compare("\u0425\u0440\u0443\u0449\u0451\u0432", spelling).same);
    }
  }
  // A name with ш and ч written apart meets its щ spelling too: one key.
  BOOST_TEST(
      onoma::compare("\u0429\u0443\u043A\u0438\u043D", "\u0428\u0447\u0443\u043A\u0438\u043D")
          .same);
}

BOOST_AUTO_TEST_CASE(every_fixture_spelling_resolves_from_cyrillic_alone) {
  std::size_t spellings = 0;
  std::set<std::string> systems;
  for (const auto& [id, person] : catalogs().people) {
    for (const auto& [system, spelling] : person.spellings) {
      BOOST_TEST_CONTEXT(id << " " << system << " '" << spelling << "'") {
        BOOST_TEST(resolved(catalogs().fixture, spelling) == id);
      }
      ++spellings;
      systems.insert(system);
    }
  }
  BOOST_TEST(catalogs().people.size() >= 60u);
  BOOST_TEST(systems.size() >= 3u);
  BOOST_TEST_MESSAGE(catalogs().people.size() << " people, " << spellings << " spellings");
}

namespace {

// Each fixture person's first spelling in `system`, by id (people with none are left out).
std::map<std::string, std::string> first_spellings_in(const std::string& system) {
  std::map<std::string, std::string> first;
  for (const auto& [id, person] : catalogs().people) {
    for (const auto& [spelled_in, spelling] : person.spellings) {
      if (spelled_in == system) {
        first.emplace(id, spelling);
        break;
      }
    }
  }
  return first;
}

// Checks that every fixture spelling of the people of `catalog_names` (id -> the one name the
// catalog has for them) but those in `skipped_system` resolves to them; returns the count.
std::size_t check_every_spelling_resolves(const onoma::Resolver& resolver,
                                          const std::map<std::string, std::string>& catalog_names,
                                          const std::string& skipped_system) {
  std::size_t spellings = 0;
  for (const auto& [id, catalog_name] : catalog_names) {
    for (const auto& [system, spelling] : catalogs().people.at(id).spellings) {
      if (system == skipped_system)
        continue;
      BOOST_TEST_CONTEXT(id << " " << system << " '" << spelling << "' for '" << catalog_name
                            << "'") {
        BOOST_TEST(resolved(resolver, spelling) == id);
      }
      ++spellings;
    }
  }
  return spellings;
}

}  // namespace

// A list that writes a person only in full ("Sergey Viktorovich Lavrov", as sanctions lists do)
// still meets every shorter spelling of the press and the systems; the other people of the
// fixture stay in the catalog, as they are above.
BOOST_AUTO_TEST_CASE(every_fixture_spelling_resolves_from_the_full_name_with_patronymic) {
  const std::map<std::string, std::string> full_names = first_spellings_in("patronymic");
  std::string text = kHeader;
  for (const auto& [id, person] : catalogs().people) {
    if (const auto full = full_names.find(id); full != full_names.end()) {
      text += id + "\tperson\tru\t" + full->second + "\t\t\t\n";
    } else {
      const std::string canonical = person.press.empty() ? person.native : person.press;
      text += id + "\tperson\tru\t" + canonical + "\t" + person.native + "\t\t\n";
    }
  }
  const std::size_t spellings =
      check_every_spelling_resolves(resolver_of(text), full_names, "patronymic");
  BOOST_TEST(full_names.size() >= 10u);
  BOOST_TEST_MESSAGE(full_names.size() << " people written in full, " << spellings << " spellings");
}

// ISO 9 is reversible: a catalog that writes a person only in ISO 9, with its diacritics (as
// library catalogs do: "Dmitrij Šostakovič", "Ûliâ Navalʹnaâ"), meets every other spelling.
BOOST_AUTO_TEST_CASE(every_fixture_spelling_resolves_from_the_iso9_form) {
  const std::map<std::string, std::string> iso9_names = first_spellings_in("iso9");
  std::string text = kHeader;
  for (const auto& [id, name] : iso9_names)
    text += id + "\tperson\tru\t" + name + "\t\t\t\n";
  const std::size_t spellings = check_every_spelling_resolves(resolver_of(text), iso9_names, "");
  BOOST_TEST(iso9_names.size() >= 60u);
  BOOST_TEST_MESSAGE(iso9_names.size()
                     << " people written in ISO 9, " << spellings << " spellings");
}

// ISO 9's own letters say which Cyrillic letter was meant: â is я, never а.
BOOST_AUTO_TEST_CASE(iso9_letters_read_back_letter_for_letter) {
  const onoma::Resolver resolver =
      resolver_of(kHeader +
                  "anna\tperson\tru\tAnna Fomova\tАнна Фомова\t\t\n"
                  "yana\tperson\tru\tYana Fomova\tЯна Фомова\t\t\n"
                  "shostakovich\tperson\tru\tDmitri Shostakovich\tДмитрий Шостакович\t\t\n");
  BOOST_TEST(resolved(resolver, "\u00C2na Fomova") == "yana");  // Âna
  BOOST_TEST(resolved(resolver, "Ana Fomova") == "anna");
  // Precomposed and decomposed (S + combining caron) alike, and as strong as a plain spelling.
  const auto composed = resolver.resolve("Dmitrij \u0160ostakovi\u010D");
  const auto decomposed = resolver.resolve("Dmitrij S\u030Costakovic\u030C");
  const auto plain = resolver.resolve("Dmitrij Shostakovich");
  BOOST_REQUIRE(!composed.candidates.empty());
  BOOST_REQUIRE(!decomposed.candidates.empty());
  BOOST_TEST(composed.entity()->id == "shostakovich");
  BOOST_TEST(decomposed.entity()->id == "shostakovich");
  BOOST_TEST(composed.candidates.front().score == plain.candidates.front().score);
  BOOST_TEST(decomposed.candidates.front().score == composed.candidates.front().score);
  BOOST_TEST(onoma::compare("Dmitrij \u0160ostakovi\u010D", "Dmitri Shostakovich").same);
  BOOST_TEST(onoma::compare("\u00DBlij Lu\u017Ekov", "Yuri Luzhkov").same == false);
}

// In running text each spelling is one whole mention: a patronymic and a final soft sign
// ("Gogolʹ") belong to it. Also when the catalog writes the people in Cyrillic only.
BOOST_AUTO_TEST_CASE(every_fixture_spelling_is_found_whole_in_running_text) {
  std::string cyrillic_only = kHeader;
  for (const auto& [id, person] : catalogs().people)
    cyrillic_only += id + "\tperson\tru\t" + person.native + "\t\t\t\n";
  const onoma::Resolver cyrillic_only_resolver = resolver_of(cyrillic_only);
  for (const auto& [id, person] : catalogs().people) {
    for (const auto& [system, spelling] : person.spellings) {
      BOOST_TEST_CONTEXT(id << " " << system << " '" << spelling << "'") {
        BOOST_TEST(onoma::testing::found_in_running_text(catalogs().fixture, spelling) == id);
        BOOST_TEST(onoma::testing::found_in_running_text(cyrillic_only_resolver, spelling) == id);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(every_fixture_person_has_three_systems) {
  for (const auto& [id, person] : catalogs().people) {
    std::set<std::string> systems;
    for (const auto& spelling : person.spellings)
      systems.insert(spelling.first);
    BOOST_TEST_CONTEXT(id) {
      BOOST_TEST(systems.size() >= 3u);
    }
  }
}

BOOST_AUTO_TEST_CASE(confusable_people_never_merge) {
  const auto pairs = onoma::testing::read_tsv(kFixtures + "/russian/confusable_pairs.tsv");
  BOOST_TEST(pairs.size() >= 40u);
  std::string text = kHeader;
  std::map<std::string, std::string> id_of;
  for (const auto& row : pairs) {
    for (const char* side : {"a", "b"}) {
      const std::string name = row.at(std::string("name_") + side);
      if (id_of.count(name))
        continue;
      const std::string id = "p" + std::to_string(id_of.size());
      id_of[name] = id;
      text +=
          id + "\tperson\tru\t" + name + "\t" + row.at(std::string("cyrillic_") + side) + "\t\t\n";
    }
  }
  const onoma::Resolver resolver = resolver_of(text);
  for (const auto& row : pairs) {
    const std::string a = row.at("name_a");
    const std::string b = row.at("name_b");
    BOOST_TEST_CONTEXT(a << " / " << b) {
      BOOST_TEST(!onoma::compare(a, b).same);
      BOOST_TEST(!onoma::compare(row.at("cyrillic_a"), row.at("cyrillic_b")).same);
      BOOST_TEST(resolved(resolver, a) == id_of[a]);
      BOOST_TEST(resolved(resolver, b) == id_of[b]);
      BOOST_TEST(resolved(resolver, row.at("cyrillic_a")) == id_of[a]);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_patronymic_may_be_present_or_absent) {
  const onoma::Resolver resolver =
      resolver_of(kHeader +
                  "lavrov\tperson\tru\tSergey Lavrov\tСергей Лавров\t\t\n"
                  "yazov\tperson\tru\tDmitry Yazov\tДмитрий Тимофеевич Язов\t\t\n"
                  // Only the full name, in Latin letters, as a sanctions list writes it.
                  "gorbachev\tperson\tru\tMikhail Sergeyevich Gorbachev\t\t\t\n"
                  "korolyov\tperson\tru\tSergei Pavlovich Korolyov\t\t\t\n");
  BOOST_TEST(resolved(resolver, "Sergey Viktorovich Lavrov") == "lavrov");
  // The press leaves the patronymic out and spells the rest its own way.
  BOOST_TEST(resolved(resolver, "Michail Gorbatschow") == "gorbachev");
  BOOST_TEST(resolved(resolver, "Serguei Koroliov") == "korolyov");
  BOOST_TEST(resolved(resolver, "Sergey Korolev") == "korolyov");
  BOOST_TEST(resolved(resolver, "Сергей Викторович Лавров") == "lavrov");
  BOOST_TEST(resolved(resolver, "Dmitriy Yazov") == "yazov");
  BOOST_TEST(resolved(resolver, "Dmitry Timofeyevich Yazov") == "yazov");
  // Without the patronymic the match is a little weaker than a plain spelling variant.
  const auto with = resolver.resolve("Sergey Viktorovich Lavrov");
  const auto without = resolver.resolve("Sergey Lavrov");
  BOOST_TEST(with.candidates.front().score < without.candidates.front().score);
}

// In running text too the patronymic belongs to the mention, in Latin letters (press and ISO 9)
// and in Cyrillic, although no catalog name begins with the words up to it.
BOOST_AUTO_TEST_CASE(a_patronymic_in_running_text_is_part_of_the_mention) {
  const onoma::Resolver resolver =
      resolver_of(kHeader +
                  "lavrov\tperson\tru\tSergey Lavrov\t\u0421\u0435\u0440\u0433\u0435\u0439 "
                  "\u041B\u0430\u0432\u0440\u043E\u0432\t\t\n");
  const std::vector<std::string> names = {
      "Sergey Viktorovich Lavrov", "Sergej Viktorovi\u010D Lavrov",
      "\u0421\u0435\u0440\u0433\u0435\u0439 "
      "\u0412\u0438\u043A\u0442\u043E\u0440\u043E\u0432\u0438\u0447 "
      "\u041B\u0430\u0432\u0440\u043E\u0432"};
  for (const std::string& name : names) {
    const std::string text = "On Monday " + name + " met reporters.";
    const auto mentions = resolver.annotate(text);
    BOOST_TEST_CONTEXT(name) {
      BOOST_REQUIRE(mentions.size() == 1u);
      BOOST_TEST(text.substr(mentions[0].begin, mentions[0].end - mentions[0].begin) == name);
      BOOST_REQUIRE(mentions[0].entity() != nullptr);
      BOOST_TEST(mentions[0].entity()->id == "lavrov");
    }
  }
}

BOOST_AUTO_TEST_CASE(an_english_equivalent_is_weaker_than_a_spelling) {
  const onoma::Resolver resolver =
      resolver_of(kHeader + "gorbachev\tperson\tru\tMikhail Gorbachev\tМихаил Горбачёв\t\t\n");
  const auto spelling = resolver.resolve("Mikhail Gorbachev");
  const auto german = resolver.resolve("Michail Gorbatschow");
  const auto equivalent = resolver.resolve("Michael Gorbachev");
  BOOST_TEST(resolved(resolver, "Michail Gorbatschow") == "gorbachev");
  BOOST_REQUIRE(!equivalent.candidates.empty());
  BOOST_TEST(equivalent.candidates.front().entity->id == "gorbachev");
  BOOST_TEST(equivalent.candidates.front().score < german.candidates.front().score);
  BOOST_TEST(german.candidates.front().score < spelling.candidates.front().score);
  BOOST_TEST(!onoma::compare("Michael", "Mikhail").same);
}

BOOST_AUTO_TEST_CASE(korean_names_are_not_read_as_russian) {
  // j and y both spell й: read as Russian, Kim Jong-il and Kim Yong-il would meet.
  BOOST_TEST(!onoma::compare("Kim Jong-il", "Kim Yong-il").same);
  BOOST_TEST(!onoma::compare("Kim Jong-un", "Kim Jong-il").same);
  const auto origins = onoma::estimate_origins("Kim Jong-il");
  BOOST_TEST((std::find(origins.begin(), origins.end(), "ru") == origins.end()));
}

BOOST_AUTO_TEST_CASE(origins_are_estimated_from_the_spelling) {
  const auto has = [](std::string_view name, const std::string& origin) {
    const auto origins = onoma::estimate_origins(name);
    return std::find(origins.begin(), origins.end(), origin) != origins.end();
  };
  BOOST_TEST(has("Lavrov", "ru"));
  BOOST_TEST(has("Sergei Shoigu", "ru"));
  BOOST_TEST(has("Сергей Лавров", "ru"));
  BOOST_TEST(has("Valentina Matvienko", "ru"));
  BOOST_TEST(!has("Michael Pompeo", "ru"));
  BOOST_TEST(onoma::estimate_origins("Michael Pompeo").empty());
}

BOOST_AUTO_TEST_CASE(a_given_origin_overrides_the_estimate) {
  // A Korean whose catalog entry also has the Russian press's Cyrillic spelling of her name.
  const onoma::Resolver resolver =
      resolver_of(kHeader +
                  "choe\tperson\tko-KP\tChoe Son-hui\t최선희|Цой Сон Хи\t\t\n"
                  "tsoi\tperson\tru\tViktor Tsoi\tВиктор Цой\t\t\n");
  onoma::Hints korean;
  korean.origin = "ko";
  onoma::Hints russian;
  russian.origin = "ru";
  // Without a hint every decoder the spelling allows runs: the Russian one reads "Tsoy".
  BOOST_TEST(resolved(resolver, "Tsoy Son Khi") == "choe");
  BOOST_TEST(resolved(resolver, "Viktor Tsoy", russian) == "tsoi");
  // Told the name is Korean, the resolver neither decodes it as Russian nor offers Russians.
  BOOST_TEST(resolved(resolver, "Tsoy Son Khi", korean) == "(unknown)");
  BOOST_TEST(resolved(resolver, "Viktor Tsoy", korean) == "(unknown)");
  // Native script is read whatever the hint.
  BOOST_TEST(resolved(resolver, "Цой Сон Хи", korean) == "choe");
  BOOST_TEST(resolved(resolver, "Choi Sun Hee", korean) == "choe");
}

BOOST_AUTO_TEST_CASE(cyrillic_input_is_read_directly) {
  BOOST_TEST(resolved(catalogs().builtin, "Сергей Лавров") == "sergey-lavrov");
  BOOST_TEST(resolved(catalogs().builtin, "Лавров") == "sergey-lavrov");
  BOOST_TEST(resolved(catalogs().builtin, "ЛАВРОВ Сергей") == "sergey-lavrov");
  BOOST_TEST(resolved(catalogs().builtin, "Валентина Матвиенко") == "valentina-matviyenko");
}
