// Resolver module: the kinds of match, titles, decisions, explanations, hints and thread safety,
// on a small catalog written for the test (the built-in catalog is covered by test_articles).
#define BOOST_TEST_MODULE resolver
#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <onoma/compare.hpp>
#include <onoma/resolver.hpp>

namespace {

// Facts from the source articles, plus two organizations that collide with titles.
const char* const kCatalogRows =
    "choe-son-hui\tperson\tko-KP\tChoe Son-hui\t\uCD5C\uC120\uD76C\tChoi Sun Hee|Choe Son Hui\t\n"
    "choe-ryong-hae\tperson\tko-KP\tChoe Ryong-hae\t\uCD5C\uB8E1\uD574\tChoi Ryong-hae\t\n"
    "kim-jong-un\tperson\tko-KP\tKim Jong-un\t\uAE40\uC815\uC740\t\t\n"
    "kim-oi-hyun\tperson\tko-KR\tKim Oi-hyun\t\uAE40\uC678\uD604\t\treporter\n"
    "sergey-lavrov\tperson\tru\tSergey Lavrov\t\u0421\u0435\u0440\u0433\u0435\u0439 "
    "\u041B\u0430\u0432\u0440\u043E\u0432\tSergei Lavrov\t\n"
    "un-general-assembly\torg\ten\tUnited Nations General Assembly\t\tGeneral Assembly\t\n"
    "moscow\tplace\tru\tMoscow\t\u041C\u043E\u0441\u043A\u0432\u0430\t\t\n";

// A resolver over catalog rows written for one test (the header is added): `source` names them
// in diagnostics.
onoma::Resolver resolver_over(std::string_view rows, std::string_view source,
                              onoma::ResolverOptions options = {}) {
  const std::string text =
      "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n" + std::string(rows);
  auto catalog = onoma::Catalog::parse(text, source);
  BOOST_REQUIRE_MESSAGE(catalog.ok(), (catalog.ok() ? "" : catalog.error().to_string()));
  return onoma::Resolver(*catalog, options);
}

onoma::Resolver make_resolver(onoma::ResolverOptions options = {}) {
  return resolver_over(kCatalogRows, "test.tsv", options);
}

std::string resolved_id(const onoma::Resolver& resolver, std::string_view mention) {
  const onoma::Resolution r = resolver.resolve(mention);
  return r.status == onoma::Status::kResolved
             ? r.entity()->id
             : "(" + std::string(onoma::status_name(r.status)) + ")";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(matching)

BOOST_AUTO_TEST_CASE(exact_names_score_one) {
  const auto resolver = make_resolver();
  for (const char* name : {"Choe Son-hui", "Choi Sun Hee", "\uCD5C\uC120\uD76C"}) {
    const auto r = resolver.resolve(name);
    BOOST_REQUIRE((r.status == onoma::Status::kResolved));
    BOOST_TEST(r.entity()->id == "choe-son-hui");
    BOOST_TEST(r.candidates.front().score == 1.0);
    BOOST_TEST((r.candidates.front().explanation.match == onoma::MatchKind::kExact));
  }
}

BOOST_AUTO_TEST_CASE(case_diacritics_hyphens_and_spacing_do_not_matter) {
  const auto resolver = make_resolver();
  for (const char* name : {"Kim Jong-un", "Kim Jong Un", "KIM JONG UN", "Kim Jongun", "kim jong-un",
                           "Kim  Jong\u2013un", "Kim Jong\u2011Un"}) {
    BOOST_TEST(resolved_id(resolver, name) == "kim-jong-un", name);
  }
  const auto r = resolver.resolve("KIM JONG UN");
  BOOST_TEST((r.candidates.front().explanation.match == onoma::MatchKind::kNormalized));
  BOOST_TEST(r.candidates.front().score < 1.0);
  BOOST_TEST(r.candidates.front().score > 0.9);
  BOOST_TEST(resolved_id(resolver, "Ch\u014Fe S\u014Fn H\u016Di") == "choe-son-hui");
}

BOOST_AUTO_TEST_CASE(name_order_does_not_matter_but_costs_a_little) {
  const auto resolver = make_resolver();
  BOOST_TEST(resolved_id(resolver, "Jong-un Kim") == "kim-jong-un");
  BOOST_TEST(resolved_id(resolver, "LAVROV Sergei") == "sergey-lavrov");
  const auto r = resolver.resolve("Jong-un Kim");
  BOOST_TEST((r.candidates.front().explanation.match == onoma::MatchKind::kReordered));
  BOOST_TEST(r.candidates.front().score < resolver.resolve("Kim Jong Un").candidates.front().score);
}

BOOST_AUTO_TEST_CASE(a_reordering_moves_whole_words_of_the_name) {
  // Turned around, "Hao Yangbin" runs together as "yangbinhao", which "Yang Binhao" also folds
  // to: but no order of Yang Binhao's words gives Yangbin and Hao.
  const char* const rows =
      "yang-binhao\tperson\tzh\tYang Binhao\t\t\t\n"
      "kim-jong-un\tperson\tko-KP\tKim Jong Un\t\t\t\n";
  const onoma::Resolver resolver = resolver_over(rows, "reorderings.tsv");
  BOOST_TEST((resolver.resolve("Hao Yangbin").status == onoma::Status::kUnknown));
  // Whole words move: the name's own words, or words joined by a hyphen.
  for (const auto& [query, id] :
       {std::pair{"Binhao Yang", "yang-binhao"}, std::pair{"Jong-un Kim", "kim-jong-un"},
        std::pair{"Jong Un Kim", "kim-jong-un"}}) {
    BOOST_TEST_CONTEXT(query) {
      const auto r = resolver.resolve(query);
      BOOST_REQUIRE((r.status == onoma::Status::kResolved));
      BOOST_TEST(r.entity()->id == id);
      BOOST_TEST((r.candidates.front().explanation.match == onoma::MatchKind::kReordered));
    }
  }
}

BOOST_AUTO_TEST_CASE(titles_and_possessives_are_stripped) {
  const auto resolver = make_resolver();
  BOOST_TEST(resolved_id(resolver, "North Korean Vice Foreign Minister Choe Son-hui") ==
             "choe-son-hui");
  BOOST_TEST(resolved_id(resolver, "Russian Foreign Minister Sergey Lavrov") == "sergey-lavrov");
  BOOST_TEST(resolved_id(resolver, "Mr. Lavrov") == "sergey-lavrov");
  BOOST_TEST(resolved_id(resolver, "Kim Jong-un\u2019s") == "kim-jong-un");
  BOOST_TEST((resolver.resolve("Kim Jong-un's").candidates.front().explanation.match ==
              onoma::MatchKind::kExact));
  const auto r = resolver.resolve("Vice Foreign Minister Choe Son-hui");
  BOOST_TEST(r.candidates.front().explanation.stripped ==
             std::vector<std::string>{"Vice Foreign Minister"});
  // A name that starts with a title word is still a name.
  BOOST_TEST(resolved_id(resolver, "General Assembly") == "un-general-assembly");
  // A title alone is no one.
  BOOST_TEST((resolver.resolve("Foreign Minister").status == onoma::Status::kUnknown));
}

BOOST_AUTO_TEST_CASE(title_stripping_can_be_turned_off) {
  onoma::ResolverOptions options;
  options.strip_titles = false;
  const auto resolver = make_resolver(options);
  BOOST_TEST(
      (resolver.resolve("Vice Foreign Minister Choe Son-hui").status == onoma::Status::kUnknown));
}

BOOST_AUTO_TEST_CASE(north_and_south_korean_hangul_spellings_meet) {
  const auto resolver = make_resolver();
  // The catalog has the North's 최룡해; the South writes the initial-sound law: 최용해.
  const auto r = resolver.resolve("\uCD5C\uC6A9\uD574");
  BOOST_REQUIRE((r.status == onoma::Status::kResolved));
  BOOST_TEST(r.entity()->id == "choe-ryong-hae");
  BOOST_TEST(r.candidates.front().explanation.via == "hangul");
  BOOST_TEST(r.candidates.front().score < 0.97);
  BOOST_TEST(r.candidates.front().score > 0.9);
  // One syllable apart is another person: 김정일 is not 김정은.
  BOOST_TEST((resolver.resolve("\uAE40\uC815\uC77C").status == onoma::Status::kUnknown));
}

// Two people whose names romanize alike: pinyin drops the characters (赵毅 and 赵怡 are both
// Zhao Yi), and McCune-Reischauer without its breve reads "Chong" as 정 as well as 청 or 척.
BOOST_AUTO_TEST_CASE(a_native_spelling_is_not_outweighed_by_another_persons_romanization) {
  const char* const rows =
      "zhao-yi-resolute\tperson\tzh\tZhao Yi\t\u8D75\u6BC5\t\t\n"
      "zhao-yi-joyful\tperson\tzh\tZhao Yi\t\u8D75\u6021\t\t\n"
      "kim-jong-mi\tperson\tko-KR\tKim Jong-mi\t\uAE40\uC815\uBBF8\t\t\n"
      "kim-chok-mi\tperson\tko-KP\tKim Chong-mi\t\uAE40\uCC99\uBBF8\t\t\n";
  const onoma::Resolver resolver = resolver_over(rows, "romanized-alike.tsv");
  const onoma::ResolverOptions defaults;

  // In Han each is itself: the other's "Zhao Yi", read back, is a detour past the characters
  // the catalog knows for that person, and scores beyond the ambiguity margin.
  for (const auto& [query, id] : {std::pair{"\u8D75\u6BC5", "zhao-yi-resolute"},
                                  std::pair{"\u8D75\u6021", "zhao-yi-joyful"}}) {
    const auto r = resolver.resolve(query);
    BOOST_REQUIRE((r.status == onoma::Status::kResolved));
    BOOST_TEST(r.entity()->id == id);
    BOOST_TEST(r.candidates.front().score == 1.0);
    for (std::size_t i = 1; i < r.candidates.size(); ++i)
      BOOST_TEST(r.candidates[i].score < 1.0 - defaults.ambiguity_margin);
  }
  // In pinyin nobody can tell them apart.
  const auto latin = resolver.resolve("Zhao Yi");
  BOOST_TEST((latin.status == onoma::Status::kAmbiguous));
  BOOST_TEST(latin.chosen == 2u);

  // 김정미 is Kim Jong-mi's own spelling; Kim Chong-mi, whom the catalog writes 김척미, is at
  // most a weaker candidate.
  const auto hangul = resolver.resolve("\uAE40\uC815\uBBF8");
  BOOST_REQUIRE((hangul.status == onoma::Status::kResolved));
  BOOST_TEST(hangul.entity()->id == "kim-jong-mi");
  // Written in Latin, "Kim Chong-mi" is both: one person's catalog spelling, the other's name in
  // McCune-Reischauer.
  BOOST_TEST((resolver.resolve("Kim Chong-mi").status == onoma::Status::kAmbiguous));
}

// A native spelling that misses the one the catalog has for the entity, and meets it only
// through the entity's romanization read back, names someone else more often than the entity:
// it is no answer, only a candidate below the threshold. An entity whose name in that script the
// catalog lacks is still found through its romanization.
BOOST_AUTO_TEST_CASE(a_native_spelling_that_misses_the_entitys_own_is_only_a_candidate) {
  const char* const rows =
      "i-so-ryo\tperson\tko-KR\tI So-ryo\t\uC774\uC11C\uB824\t\t\n"
      "anna-belina\tperson\tru\tAnna Belina\t\u0410\u043D\u043D\u0430 "
      "\u0411\u0435\u043B\u0438\u043D\u0430\t\t\n"
      "choe-son-hui\tperson\tko-KP\tChoe Son Hui\t\t\t\n";
  const onoma::Resolver resolver = resolver_over(rows, "native-detours.tsv");
  const onoma::ResolverOptions defaults;

  // 이서뇨 reads back from "I So-ryo" (이서요); Яна Белина from "Anna Belina" (Yana): both
  // persons have other names in those scripts.
  for (const auto& [query, id] :
       {std::pair{"\uC774\uC11C\uB1E8", "i-so-ryo"},
        std::pair{"\u042F\u043D\u0430 \u0411\u0435\u043B\u0438\u043D\u0430", "anna-belina"}}) {
    const auto r = resolver.resolve(query);
    BOOST_TEST((r.status == onoma::Status::kUnknown));
    BOOST_REQUIRE(!r.candidates.empty());
    BOOST_TEST(r.candidates.front().entity->id == id);
    BOOST_TEST(r.candidates.front().score < defaults.resolve_threshold);
  }
  // Their own spellings are exact.
  BOOST_TEST(resolver.resolve("\uC774\uC11C\uB824").entity()->id == "i-so-ryo");
  // 최선희 has no name in Hangul in this catalog: its romanization finds it.
  const auto choe = resolver.resolve("\uCD5C\uC120\uD76C");
  BOOST_REQUIRE((choe.status == onoma::Status::kResolved));
  BOOST_TEST(choe.entity()->id == "choe-son-hui");
}

BOOST_AUTO_TEST_CASE(a_romanization_whose_reading_misses_the_native_spelling_is_only_a_candidate) {
  // Each pair is a different person: "Yana" is not Анна, "Afanasev" (Афанасьев) is not
  // Афанасов, 박진덜 is not 박진둘. A culture's decoder reads the query into the native script;
  // each query meets its person only through a lossy reading of the person's romanization
  // (ISO 9's â for я, š for ш; a u for ㅓ), never through the native name the catalog has.
  const char* const rows =
      "anna-baranova\tperson\tru\tAnna Baranova\t\u0410\u043D\u043D\u0430 "
      "\u0411\u0430\u0440\u0430\u043D\u043E\u0432\u0430\t\t\n"
      "valery-afanasov\tperson\tru\tValery Afanasov\t\u0412\u0430\u043B\u0435\u0440\u0438\u0439 "
      "\u0410\u0444\u0430\u043D\u0430\u0441\u043E\u0432\t\t\n"
      "pak-chin-dul\tperson\tko-KR\tPak Chin-dul\t\uBC15\uC9C4\uB458\t\t\n"
      // No Cyrillic name: its romanization is all the catalog knows of it.
      "anna-belina\tperson\tru\tAnna Belina\t\t\t\n";
  const onoma::Resolver resolver = resolver_over(rows, "romanized-detours.tsv");
  const onoma::ResolverOptions defaults;
  for (const auto& [query, id] : {std::pair{"Yana Baranova", "anna-baranova"},
                                  std::pair{"Valery Afanasev", "valery-afanasov"},
                                  std::pair{"Park Jin-dol", "pak-chin-dul"}}) {
    BOOST_TEST_CONTEXT(query) {
      const auto r = resolver.resolve(query);
      BOOST_TEST((r.status == onoma::Status::kUnknown));
      BOOST_REQUIRE(!r.candidates.empty());
      BOOST_TEST(r.candidates.front().entity->id == id);
      BOOST_TEST(r.candidates.front().score < defaults.resolve_threshold);
    }
  }
  // Spellings of the native names themselves resolve, in any system.
  BOOST_TEST(resolved_id(resolver, "Anna Baranova") == "anna-baranova");
  BOOST_TEST(resolved_id(resolver, "Valerij Afanasov") == "valery-afanasov");
  BOOST_TEST(resolved_id(resolver, "Bak Jindul") == "pak-chin-dul");
  // Without a native name the romanization's reading is the evidence there is.
  BOOST_TEST(resolved_id(resolver, "Yana Belina") == "anna-belina");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(decisions)

BOOST_AUTO_TEST_CASE(a_shared_surname_is_ambiguous_and_lists_everyone) {
  const auto resolver = make_resolver();
  const auto choi = resolver.resolve("Choi");
  BOOST_TEST((choi.status == onoma::Status::kAmbiguous));
  BOOST_REQUIRE(choi.chosen == 2u);
  BOOST_TEST(choi.candidates[0].entity->id == "choe-ryong-hae");
  BOOST_TEST(choi.candidates[1].entity->id == "choe-son-hui");
  BOOST_TEST(choi.entity() == nullptr);
  BOOST_TEST((resolver.resolve("Kim").status == onoma::Status::kAmbiguous));
}

BOOST_AUTO_TEST_CASE(a_surname_no_one_else_has_resolves_with_a_lower_score) {
  const auto resolver = make_resolver();
  const auto r = resolver.resolve("Lavrov");
  BOOST_REQUIRE((r.status == onoma::Status::kResolved));
  BOOST_TEST(r.entity()->id == "sergey-lavrov");
  BOOST_TEST((r.candidates.front().explanation.match == onoma::MatchKind::kPartial));
  BOOST_TEST(r.candidates.front().score < 0.8);
}

BOOST_AUTO_TEST_CASE(different_people_never_merge) {
  const auto resolver = make_resolver();
  BOOST_TEST(resolved_id(resolver, "Choi Sun Hee") == "choe-son-hui");
  BOOST_TEST(resolved_id(resolver, "Choi Ryong-hae") == "choe-ryong-hae");
  const auto r = resolver.resolve("Choi Ryong-hae");
  for (const auto& candidate : r.candidates)
    BOOST_TEST(candidate.entity->id != "choe-son-hui");
  BOOST_TEST(resolved_id(resolver, "Kim Oi-hyun") == "kim-oi-hyun");
}

BOOST_AUTO_TEST_CASE(a_patronymic_in_the_query_is_evidence_for_the_name_that_has_it) {
  // Two women: Alla Vinogradova, whose patronymic the catalog does not know, and Alla
  // Vyacheslavovna Vinogradova. A query that names a patronymic prefers the name with that
  // patronymic, and never takes a name with another one for it; a query without one reaches
  // either name (the catalog side leaves a patronymic out cheaply).
  const char* const alla = "\u0410\u043B\u043B\u0430 ";
  const char* const vinogradova =
      "\u0412\u0438\u043D\u043E\u0433\u0440\u0430\u0434\u043E\u0432\u0430";
  const std::string rows =
      std::string("alla-vinogradova\tperson\tru\tAlla Vinogradova\t") + alla + vinogradova +
      "\t\t\n" + "alla-v-vinogradova\tperson\tru\tAlla Vyacheslavovna Vinogradova\t" + alla +
      "\u0412\u044F\u0447\u0435\u0441\u043B\u0430\u0432\u043E\u0432\u043D\u0430 " + vinogradova +
      "\t\t\n";
  const onoma::Resolver resolver = resolver_over(rows, "patronymics.tsv");
  // Another romanization of the patronymic than the catalog's: the name with it, by more than
  // the ambiguity margin.
  BOOST_TEST(resolved_id(resolver, "Alla Viacheslavovna Vinogradova") == "alla-v-vinogradova");
  BOOST_TEST(resolved_id(resolver, "Alla Vinogradova") == "alla-vinogradova");
  // Another patronymic: the name without one; the other woman is at most a candidate.
  const std::string petrovna =
      std::string(alla) + "\u041F\u0435\u0442\u0440\u043E\u0432\u043D\u0430 " + vinogradova;
  const onoma::ResolverOptions defaults;
  for (const std::string& query : {std::string("Alla Petrovna Vinogradova"), petrovna}) {
    BOOST_TEST_CONTEXT(query) {
      const auto r = resolver.resolve(query);
      BOOST_REQUIRE((r.status == onoma::Status::kResolved));
      BOOST_TEST(r.entity()->id == "alla-vinogradova");
      for (const auto& candidate : r.candidates) {
        if (candidate.entity->id == "alla-v-vinogradova")
          BOOST_TEST(candidate.score < defaults.resolve_threshold);
      }
    }
  }
  // With only the woman whose patronymic is known, a query without it still finds her.
  const onoma::Resolver only_her = resolver_over(
      std::string("alla-v-vinogradova\tperson\tru\tAlla Vyacheslavovna Vinogradova\t\t\t\n"),
      "patronymic-known.tsv");
  BOOST_TEST(resolved_id(only_her, "Alla Vinogradova") == "alla-v-vinogradova");
}

BOOST_AUTO_TEST_CASE(unknown_names_and_empty_input_are_unknown) {
  const auto resolver = make_resolver();
  const std::vector<std::string> names = {
      "Nobody Inparticular", "", "   ", "--", std::string("\xFF\xFE", 2), std::string("a\0b", 3)};
  for (const std::string& name : names) {
    const auto r = resolver.resolve(name);
    BOOST_TEST((r.status == onoma::Status::kUnknown));
    BOOST_TEST(r.chosen == 0u);
    BOOST_TEST(r.entity() == nullptr);
  }
}

BOOST_AUTO_TEST_CASE(thresholds_are_adjustable) {
  onoma::ResolverOptions strict;
  strict.resolve_threshold = 0.8;  // a lone surname (0.7) no longer decides
  BOOST_TEST((make_resolver(strict).resolve("Lavrov").status == onoma::Status::kUnknown));
}

BOOST_AUTO_TEST_CASE(type_hints_filter_candidates) {
  const auto resolver = make_resolver();
  onoma::Hints places;
  places.type = onoma::EntityType::kPlace;
  BOOST_TEST((resolver.resolve("Moscow", places).status == onoma::Status::kResolved));
  BOOST_TEST((resolver.resolve("Choe Son-hui", places).status == onoma::Status::kUnknown));
}

BOOST_AUTO_TEST_CASE(explanations_say_what_matched_and_how) {
  const auto resolver = make_resolver();
  const auto r = resolver.resolve("choi sun hee");
  const onoma::Explanation& why = r.candidates.front().explanation;
  BOOST_TEST(why.matched_name == "Choi Sun Hee");
  BOOST_TEST((why.name_kind == onoma::NameKind::kAlias));
  BOOST_TEST(why.reading == "choisunhee");
  BOOST_TEST(why.via == "folded");
  BOOST_TEST(why.to_string() ==
             "normalized match of alias name 'Choi Sun Hee' via folded reading 'choisunhee'");
  const auto native = resolver.resolve("\uBAA8\uC2A4\uD06C\uBC14");  // not in the catalog
  BOOST_TEST((native.status == onoma::Status::kUnknown));
  const auto moscow = resolver.resolve("\u041C\u041E\u0421\u041A\u0412\u0410");  // upper case
  BOOST_TEST((moscow.candidates.front().explanation.name_kind == onoma::NameKind::kNative));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(annotation)

BOOST_AUTO_TEST_CASE(finds_names_in_running_text_with_exact_offsets) {
  const auto resolver = make_resolver();
  // A passage written for this test with the articles' spellings.
  const std::string text =
      "North Korean Vice Foreign Minister Choe Son-hui flew to Moscow. Choi later met "
      "Sergei Lavrov\u2019s deputy; \uCD5C\uC120\uD76C spoke to the General Assembly.";
  const auto mentions = resolver.annotate(text);
  std::vector<std::string> found;
  for (const onoma::Mention& m : mentions) {
    BOOST_REQUIRE(m.begin < m.end);
    BOOST_REQUIRE(m.end <= text.size());
    found.push_back(
        text.substr(m.begin, m.end - m.begin) + "=" +
        (m.entity() ? m.entity()->id : std::string(onoma::status_name(m.resolution.status))));
  }
  const std::vector<std::string> expected = {"Choe Son-hui=choe-son-hui",
                                             "Moscow=moscow",
                                             "Choi=choe-son-hui",
                                             "Sergei Lavrov=sergey-lavrov",
                                             "\uCD5C\uC120\uD76C=choe-son-hui",
                                             "General Assembly=un-general-assembly"};
  BOOST_TEST(found == expected, boost::test_tools::per_element());
  // "Choi" alone could be either Choe; the document named Choe Son-hui before.
  BOOST_TEST(mentions[2].resolution.candidates.front().explanation.context ==
             "Choe Son-hui at byte 35");
  BOOST_TEST(mentions[2].score() < 1.0);
}

BOOST_AUTO_TEST_CASE(partial_mentions_follow_the_document_or_stay_ambiguous) {
  const auto resolver = make_resolver();
  const auto id_of = [](const onoma::Mention& m) {
    return m.entity() ? m.entity()->id : std::string(onoma::status_name(m.resolution.status));
  };
  // No earlier full mention: never guessed.
  auto mentions = resolver.annotate("Choi arrived. Choi Ryong-hae met him. Later Choi left.");
  BOOST_REQUIRE(mentions.size() == 3u);
  BOOST_TEST(id_of(mentions[0]) == "ambiguous");
  BOOST_TEST(mentions[0].resolution.chosen == 2u);
  BOOST_TEST(id_of(mentions[1]) == "choe-ryong-hae");
  BOOST_TEST(id_of(mentions[2]) == "choe-ryong-hae");
  // A span met again is decided again: the same "Choi" (mid-sentence, before a full stop) is
  // ambiguous before the full name and that person after it.
  mentions = resolver.annotate("They saw Choi. Then Choi Ryong-hae spoke. They saw Choi.");
  BOOST_REQUIRE(mentions.size() == 3u);
  BOOST_TEST(id_of(mentions[0]) == "ambiguous");
  BOOST_TEST(id_of(mentions[1]) == "choe-ryong-hae");
  BOOST_TEST(id_of(mentions[2]) == "choe-ryong-hae");
  BOOST_TEST(
      (mentions[2].resolution.candidates.front().explanation.match == onoma::MatchKind::kPartial));
  // Both Choes named before: still ambiguous, between the two of them.
  mentions = resolver.annotate("Choe Son-hui and Choi Ryong-hae spoke. Choi smiled.");
  BOOST_REQUIRE(mentions.size() == 3u);
  BOOST_TEST(id_of(mentions[2]) == "ambiguous");
  // A surname only one person has needs no context; a given name alone names no one.
  mentions = resolver.annotate("Lavrov spoke. Sergey agreed.");
  BOOST_REQUIRE(mentions.size() == 1u);
  BOOST_TEST(id_of(mentions[0]) == "sergey-lavrov");
}

BOOST_AUTO_TEST_CASE(abbreviations_keep_their_dot_and_brackets_split_spans) {
  auto catalog = onoma::Catalog::parse(
      "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n"
      "us\tplace\ten\tUnited States\t\tU.S.|US\t\n"
      "north-korea\tplace\tko-KP\tNorth Korea\t\t\t\n"
      "six-party-talks\tother\ten\tSix-Party Talks\t\t\t\n",
      "t.tsv");
  BOOST_REQUIRE(catalog.ok());
  const onoma::Resolver resolver(*catalog);
  const std::string text = "The U.S. and (North) Korea joined the six-party talks.";
  std::vector<std::string> found;
  for (const auto& m : resolver.annotate(text))
    found.push_back(text.substr(m.begin, m.end - m.begin));
  BOOST_TEST(found == (std::vector<std::string>{"U.S.", "six-party talks"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(lower_case_words_and_unknown_names_are_not_mentions) {
  const auto resolver = make_resolver();
  BOOST_TEST(resolver.annotate("the moscow metro and general assembly of parts").empty());
  BOOST_TEST(resolver.annotate("Nobody Inparticular met Someone Else.").empty());
  BOOST_TEST(resolver.annotate("").empty());
  BOOST_TEST(resolver.annotate(std::string("\xFF\xFE\0Moscow", 9)).size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(comparison)

BOOST_AUTO_TEST_CASE(compare_scores_identity_folding_and_order) {
  BOOST_TEST(onoma::compare("Sergey Lavrov", "Sergey Lavrov").score == 1.0);
  const auto folded = onoma::compare("Sergey Lavrov", "SERGEY LAVROV");
  BOOST_TEST(folded.same);
  BOOST_TEST(folded.score == 0.97);
  BOOST_TEST((folded.explanation.match == onoma::MatchKind::kNormalized));
  const auto reordered = onoma::compare("Sergey Lavrov", "Lavrov, Sergey");
  BOOST_TEST(reordered.same);
  BOOST_TEST((reordered.explanation.match == onoma::MatchKind::kReordered));
  BOOST_TEST(reordered.score < folded.score);
}

BOOST_AUTO_TEST_CASE(compare_keeps_different_names_apart_and_survives_any_input) {
  BOOST_TEST(!onoma::compare("Sergey Lavrov", "Igor Morgulov").same);
  BOOST_TEST(onoma::compare("Sergey Lavrov", "Igor Morgulov").score == 0.0);
  BOOST_TEST(!onoma::compare("", "").same);
  BOOST_TEST(!onoma::compare(std::string("\xFF", 1), "Kim").same);
  onoma::CompareOptions strict;
  strict.same_threshold = 0.99;
  BOOST_TEST(!onoma::compare("Sergey Lavrov", "SERGEY LAVROV", strict).same);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(concurrency)

BOOST_AUTO_TEST_CASE(one_resolver_serves_many_threads_with_the_same_answers) {
  const auto resolver = make_resolver();
  const std::vector<std::string> queries = {"Choi Sun Hee", "Choi",   "Jong-un Kim",
                                            "Mr. Lavrov",   "nobody", "\uCD5C\uB8E1\uD574"};
  std::vector<std::string> expected;
  for (const auto& q : queries)
    expected.push_back(resolved_id(resolver, q));

  std::vector<std::vector<std::string>> seen(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        for (const auto& q : queries)
          seen[t].push_back(resolved_id(resolver, q));
      }
    });
  }
  for (auto& thread : threads)
    thread.join();
  for (const auto& answers : seen) {
    BOOST_REQUIRE(answers.size() == queries.size() * 200);
    for (std::size_t i = 0; i < answers.size(); ++i) {
      BOOST_TEST_REQUIRE(answers[i] == expected[i % queries.size()]);
    }
  }
}

// prepare_tables moves the construction of the lazily built tables (Han readings, ISO 9 and
// Arabic letters) into the constructor; it changes no answer, in any script.
BOOST_AUTO_TEST_CASE(a_resolver_that_prepares_its_tables_answers_alike) {
  onoma::ResolverOptions prepared_options;
  prepared_options.prepare_tables = true;
  const onoma::Resolver prepared(onoma::Catalog::builtin(), prepared_options);
  const onoma::Resolver lazy;
  BOOST_TEST(prepared.options().prepare_tables);
  for (const char* query :
       {"\u4E60\u8FD1\u5E73", "Xi Jinping",
        "\u0421\u0435\u0440\u0433\u0435\u0439 "
        "\u041B\u0430\u0432\u0440\u043E\u0432",
        "Serge\u012D Lavrov",
        "\u0623\u0628\u0648 \u0628\u0643\u0631 \u0627\u0644\u0628\u063A\u062F\u0627\u062F\u064A",
        "Choi Sun Hee", "\uCD5C\uC120\uD76C"}) {
    BOOST_TEST_CONTEXT(query) {
      const onoma::Resolution a = prepared.resolve(query);
      const onoma::Resolution b = lazy.resolve(query);
      BOOST_TEST_REQUIRE(a.entity() != nullptr);
      BOOST_TEST_REQUIRE(b.entity() != nullptr);
      BOOST_TEST(a.entity()->id == b.entity()->id);
      BOOST_TEST(a.candidates.front().score == b.candidates.front().score);
    }
  }
}

BOOST_AUTO_TEST_CASE(copies_share_one_immutable_catalog) {
  const auto original = make_resolver();
  const onoma::Resolver copy = original;  // NOLINT(performance-unnecessary-copy-initialization)
  BOOST_TEST(&copy.catalog()[0] == &original.catalog()[0]);
  BOOST_TEST(copy.resolve("Moscow").entity() == original.resolve("Moscow").entity());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(many_ties)

// Forty people named Kim: "Kim" alone ties them all. The answer lists max_tied of them and counts
// the rest; in a document, the Kim named in full earlier is still the one a later "Kim" links to,
// although its id sorts after every listed one.
BOOST_AUTO_TEST_CASE(a_surname_forty_people_share_lists_max_tied_and_still_links) {
  const char* given[] = {"Chol", "Su",  "Hui", "Nam", "Bok",  "Dong", "Gil",  "Ho",
                         "Il",   "Jae", "Kyu", "Man", "Nam",  "Ok",   "Pyo",  "Rak",
                         "Sik",  "Tae", "Ung", "Won", "Yong", "Bae",  "Chun", "Deok"};
  std::string rows;
  for (int i = 0; i < 39; ++i) {
    rows += "kim-" + std::to_string(100 + i) + "\tperson\tko\tKim " + given[i % 24] +
            std::to_string(i) + "\t\t\t\n";
  }
  rows += "zz-kim-jong-un\tperson\tko-KP\tKim Jong-un\t\t\t\n";
  onoma::ResolverOptions options;
  options.max_tied = 32;
  const onoma::Resolver resolver = resolver_over(rows, "kims.tsv", options);

  const onoma::Resolution kim = resolver.resolve("Kim");
  BOOST_TEST((kim.status == onoma::Status::kAmbiguous));
  BOOST_TEST(kim.tied == 40u);
  BOOST_TEST(kim.chosen == 32u);
  BOOST_TEST(kim.candidates.size() == 32u);
  BOOST_TEST(kim.candidates.front().entity->id == "kim-100");  // ties by id

  const std::string document = "Kim Jong-un arrived on Monday. Kim said little.";
  const auto mentions = resolver.annotate(document);
  BOOST_REQUIRE(mentions.size() == 2u);
  BOOST_TEST(mentions[1].begin == 31u);
  BOOST_REQUIRE(mentions[1].entity() != nullptr);
  BOOST_TEST(mentions[1].entity()->id == "zz-kim-jong-un");
}

// More people the document named tie with a lone surname than the answer lists: the ones listed
// are the best of them by score and id, whatever order the catalog and the document give them.
BOOST_AUTO_TEST_CASE(named_people_past_max_tied_are_listed_best_by_id) {
  const std::vector<std::string> ids = {"kim-e", "kim-b", "kim-d", "kim-a", "kim-c", "kim-f"};
  const std::vector<std::string> given = {"Yong-bae", "Dong-il", "Tae-won",
                                          "Chol-su",  "Hui-nam", "Sok-ju"};
  onoma::ResolverOptions options;
  options.max_tied = 2;
  options.max_candidates = 2;
  for (std::size_t shift = 0; shift < ids.size(); ++shift) {
    std::string rows;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::size_t at = (i + shift) % ids.size();
      rows += ids[at] + "\tperson\tko\tKim " + given[at] + "\t\t\t\n";
    }
    const onoma::Resolver resolver = resolver_over(rows, "kims.tsv", options);
    // Named in full: kim-d, kim-c, kim-e and kim-b, in an order of their own.
    const std::string document =
        "Kim Tae-won met Kim Hui-nam. Kim Yong-bae and Kim Dong-il came later. Kim spoke.";
    const auto mentions = resolver.annotate(document);
    BOOST_TEST_CONTEXT("catalog rotated by " << shift) {
      BOOST_REQUIRE(mentions.size() == 5u);
      const onoma::Resolution& lone = mentions[4].resolution;
      // Six Kims tie; the two listed are the two of those named earlier it may be.
      BOOST_TEST((lone.status == onoma::Status::kAmbiguous));
      BOOST_REQUIRE(lone.chosen == 2u);
      BOOST_TEST(lone.candidates[0].entity->id == "kim-b");
      BOOST_TEST(lone.candidates[1].entity->id == "kim-c");
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
