// Korean names: the decoder, not the alias table, carries every spelling to the Hangul of the
// catalog. The catalog here is the built-in one stripped of every alias: canonical name and
// native script only.
#define BOOST_TEST_MODULE korean
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>

#include <onoma/compare.hpp>
#include <onoma/resolver.hpp>
#include <onoma/romanize.hpp>

#include "fixture_files.hpp"
#include "running_text.hpp"

namespace {

const std::string kFixtures = ONOMA_FIXTURES_DIR;

// The built-in catalog's Korean entities with no aliases at all.
const onoma::Resolver& alias_free_korean() {
  static const onoma::Resolver resolver = [] {
    std::string text = "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n";
    for (const onoma::Entity& entity : onoma::Catalog::builtin()) {
      if (entity.origin.rfind("ko", 0) != 0)
        continue;
      std::string natives;
      for (const std::string& native : entity.natives) {
        natives += (natives.empty() ? "" : "|") + native;
      }
      text += entity.id + "\t" + std::string(onoma::entity_type_name(entity.type)) + "\t" +
              entity.origin + "\t" + entity.canonical + "\t" + natives + "\t\t\n";
    }
    auto catalog = onoma::Catalog::parse(text, "alias-free.tsv");
    if (!catalog)
      throw std::runtime_error(catalog.error().to_string());
    return onoma::Resolver(*catalog);
  }();
  return resolver;
}

std::string resolved(std::string_view name) {
  const auto r = alias_free_korean().resolve(name);
  return r.entity() ? r.entity()->id : "(" + std::string(onoma::status_name(r.status)) + ")";
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_alias_free_catalog_has_no_alias) {
  std::size_t entities = 0;
  for (const onoma::Entity& entity : alias_free_korean().catalog()) {
    BOOST_TEST(entity.aliases.empty());
    ++entities;
  }
  BOOST_TEST(entities >= 30u);
}

BOOST_AUTO_TEST_CASE(every_korean_spelling_of_the_articles_resolves_without_aliases) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Choi Sun Hee", "choe-son-hui"},
      {"Choe Son-hui", "choe-son-hui"},
      {"Choe Son Hui", "choe-son-hui"},
      {"Ch'oe S\u014Fn-h\u016Di", "choe-son-hui"},
      {"Choi Ryong-hae", "choe-ryong-hae"},
      {"Ri Yong-ho", "ri-yong-ho"},
      {"Lee Yong-ho", "ri-yong-ho"},
      {"Ri Su-yong", "ri-su-yong"},
      {"Kim Jong-un", "kim-jong-un"},
      {"Kim Jong Un", "kim-jong-un"},
      {"Kim Jongun", "kim-jong-un"},
      {"Kang Sok-ju", "kang-sok-ju"},
      {"Kang Sog-ju", "kang-sok-ju"},
      {"Hyon Yong-chol", "hyon-yong-chol"},
      {"Hyun Yong-chol", "hyon-yong-chol"},
      {"Moon Jae-in", "moon-jae-in"},
      {"Mun Jae-in", "moon-jae-in"},
      {"Shin Beom-chul", "shin-beom-chul"},
      {"Cho Han-bum", "cho-han-bum"},
      {"Chang Yong-seok", "chang-yong-seok"},
      {"Kim Oi-hyun", "kim-oi-hyun"},
      {"Yi Yong-in", "yi-yong-in"},
      {"Pyongyang", "pyongyang"},
      {"P'y\u014Fngyang", "pyongyang"},
      {"Seoul", "seoul"},
      {"Rajin Port", "rajin-port"},
  };
  for (const auto& [spelling, id] : cases)
    BOOST_TEST(resolved(spelling) == id, spelling);
}

BOOST_AUTO_TEST_CASE(the_articles_full_korean_mentions_resolve_without_aliases) {
  std::size_t checked = 0;
  for (const auto& row : onoma::testing::read_tsv(kFixtures + "/article_mentions.tsv")) {
    const onoma::Entity* entity = onoma::Catalog::builtin().find(row.at("entity"));
    if (row.at("kind") != "full" || entity == nullptr || entity->origin.rfind("ko", 0) != 0) {
      continue;
    }
    BOOST_TEST(resolved(row.at("surface")) == row.at("entity"), row.at("surface"));
    ++checked;
  }
  BOOST_TEST(checked >= 15u);
}

BOOST_AUTO_TEST_CASE(decoded_spellings_score_below_exact_ones) {
  const auto exact = alias_free_korean().resolve("Choe Son-hui");
  const auto variant = alias_free_korean().resolve("Choi Sun Hee");
  BOOST_REQUIRE(exact.entity() && variant.entity());
  BOOST_TEST(exact.candidates.front().score == 1.0);
  BOOST_TEST(variant.candidates.front().score < exact.candidates.front().score);
  BOOST_TEST(variant.candidates.front().score > 0.7);
  BOOST_TEST(variant.candidates.front().explanation.via == "korean");
  BOOST_TEST(variant.candidates.front().explanation.reading == "\uCD5C\uC120\uD76C");
}

BOOST_AUTO_TEST_CASE(different_people_with_shared_syllables_never_merge) {
  // 최선희 and 최룡해 share the surname; 김정은 is not 김정일; 리용호 is not 리수용.
  BOOST_TEST(resolved("Choi Ryong Hae") == "choe-ryong-hae");
  BOOST_TEST(resolved("Choe Son Hui") == "choe-son-hui");
  BOOST_TEST(resolved("Kim Jong-il") == "(unknown)");
  BOOST_TEST(resolved("Ri Yong-su") == "(unknown)");
  BOOST_TEST(resolved("Kim Yong-chol") == "(unknown)");
}

BOOST_AUTO_TEST_CASE(bare_korean_surnames_are_ambiguous_across_spellings) {
  const auto r = alias_free_korean().resolve("Choi");
  BOOST_TEST(onoma::status_name(r.status) == "ambiguous");
  std::set<std::string> ids;
  for (std::size_t i = 0; i < r.chosen; ++i)
    ids.insert(r.candidates[i].entity->id);
  BOOST_TEST(ids.count("choe-son-hui") == 1u);
  BOOST_TEST(ids.count("choe-ryong-hae") == 1u);
}

BOOST_AUTO_TEST_CASE(non_korean_and_hostile_latin_input_gives_no_korean_reading) {
  BOOST_TEST(resolved("Sergey Lavrov") == "(unknown)");
  BOOST_TEST(resolved(std::string(5000, 'a')) == "(unknown)");
  BOOST_TEST(resolved("xyzzy qwrtp") == "(unknown)");
}

BOOST_AUTO_TEST_CASE(compare_judges_korean_spellings_without_a_catalog) {
  const auto same = onoma::compare("Choi Sun Hee", "Choe Son Hui");
  BOOST_TEST(same.same);
  BOOST_TEST(same.score > 0.7);
  BOOST_TEST(same.score < 0.97);  // a stretch, not an identity
  BOOST_TEST(same.explanation.via == "korean");
  BOOST_TEST(same.explanation.reading == "\uCD5C\uC120\uD76C");

  BOOST_TEST(onoma::compare("Ri Yong-ho", "Lee Yong-ho").same);
  BOOST_TEST(onoma::compare("Kang Sok-ju", "Kang Sog-ju").same);
  BOOST_TEST(onoma::compare("Kim Jong-un", "\uAE40\uC815\uC740").same);
  BOOST_TEST(onoma::compare("\uB9AC\uC6A9\uD638", "\uC774\uC6A9\uD638").same);  // 리용호 = 이용호

  BOOST_TEST(!onoma::compare("Kim Jong-un", "Kim Jong-il").same);
  BOOST_TEST(!onoma::compare("Choi Sun Hee", "Choi Ryong-hae").same);
  BOOST_TEST(!onoma::compare("Kim Yong-chol", "Kim Yong-nam").same);
}

namespace {

struct KoreanName {
  std::string hangul;
  std::vector<std::string> spellings;
};

std::vector<KoreanName> fixture_names() {
  std::vector<KoreanName> names;
  for (const auto& row : onoma::testing::read_tsv(kFixtures + "/korean/names.tsv")) {
    KoreanName name{row.at("hangul"), {}};
    std::string spellings = row.at("spellings");
    for (std::size_t start = 0; start <= spellings.size();) {
      const std::size_t bar = std::min(spellings.find('|', start), spellings.size());
      name.spellings.push_back(spellings.substr(start, bar - start));
      start = bar + 1;
    }
    names.push_back(std::move(name));
  }
  return names;
}

// Every fixture name as an entity known only by its Hangul: no Latin name at all.
const onoma::Resolver& hangul_only_resolver() {
  static const onoma::Resolver resolver = [] {
    std::string text = "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n";
    std::size_t index = 0;
    for (const KoreanName& name : fixture_names()) {
      text += "n" + std::to_string(index++) + "\tperson\tko\t" + name.hangul + "\t" + name.hangul +
              "\t\t\n";
    }
    auto catalog = onoma::Catalog::parse(text, "names.tsv");
    if (!catalog)
      throw std::runtime_error(catalog.error().to_string());
    return onoma::Resolver(*catalog);
  }();
  return resolver;
}

// The syllables of a Hangul name (each 3 bytes of UTF-8).
std::vector<std::string> syllables_of(const std::string& hangul) {
  std::vector<std::string> syllables;
  for (std::size_t i = 0; i + 3 <= hangul.size(); i += 3)
    syllables.push_back(hangul.substr(i, 3));
  return syllables;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_hundred_published_names_resolve_from_hangul_alone) {
  const auto names = fixture_names();
  BOOST_TEST(names.size() >= 100u);
  std::size_t spellings = 0;
  for (const KoreanName& name : names) {
    BOOST_TEST(name.spellings.size() >= 3u);
    for (const std::string& spelling : name.spellings) {
      const auto r = hangul_only_resolver().resolve(spelling);
      BOOST_TEST((r.entity() ? r.entity()->canonical : std::string(onoma::status_name(r.status))) ==
                     name.hangul,
                 spelling);
      ++spellings;
    }
  }
  BOOST_TEST(spellings >= 300u);
}

// A catalog compiled from one source writes each person one way: the first published spelling
// of every fixture name, then the second, and so on, each time with no Hangul and no alias. Every
// other spelling, and the Hangul, still reaches the person, also when the catalog's one form
// writes the given name first ("Syngman Rhee", "Inbee Park", "Se Ri Pak"), which the decoders
// read as the surname only once the index turns it round. Left out: 김연아 is irregularly
// "Kim Yu-na" (연아 is Yeon-a in every system); 차범근's reading sits past the 16 the index keeps
// for "Cha Bum-kun", so neither 차범근 nor "Ch'a Pŏm-gŭn" (whose marks spell 차범근 alone) meets
// it; "Nam June Paik" begins with a surname spelling too (남), so the index does not turn it round.
BOOST_AUTO_TEST_CASE(a_catalog_writing_each_person_one_way_meets_every_other_spelling) {
  const std::set<std::pair<std::string, std::string>> left_out = {
      {"Kim Yu-na", "\uAE40\uC5F0\uC544"},
      {"Cha Bum-kun", "\uCC28\uBC94\uADFC"},
      {"Cha Bum-kun", "Ch'a P\u014Fm-g\u016Dn"},
      {"Nam June Paik", "\uBC31\uB0A8\uC900"}};
  const auto names = fixture_names();
  std::size_t checked = 0;
  for (std::size_t form = 0; form < 3; ++form) {
    std::string text = "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n";
    for (std::size_t i = 0; i < names.size(); ++i)
      text += "n" + std::to_string(i) + "\tperson\tko\t" + names[i].spellings[form] + "\t\t\t\n";
    auto catalog = onoma::Catalog::parse(text, "one-form.tsv");
    BOOST_TEST_REQUIRE(catalog.ok());
    const onoma::Resolver resolver(*catalog);
    for (std::size_t i = 0; i < names.size(); ++i) {
      std::vector<std::string> queries = names[i].spellings;
      queries.push_back(names[i].hangul);
      for (const std::string& query : queries) {
        if (left_out.count({names[i].spellings[form], query}) != 0)
          continue;
        const auto r = resolver.resolve(query);
        BOOST_TEST((r.entity() ? r.entity()->id : std::string(onoma::status_name(r.status))) ==
                       "n" + std::to_string(i),
                   "catalog '" << names[i].spellings[form] << "', query '" << query << "'");
        ++checked;
      }
    }
  }
  BOOST_TEST(checked >= 1200u);
}

// In running text each published spelling is one whole mention of its person, whichever order
// it writes the surname in ("Pak Se-ri", "Se Ri Pak").
BOOST_AUTO_TEST_CASE(every_published_spelling_is_found_whole_in_running_text) {
  for (const KoreanName& name : fixture_names()) {
    const auto expected = hangul_only_resolver().resolve(name.hangul);
    BOOST_TEST_REQUIRE(expected.entity() != nullptr);
    for (const std::string& spelling : name.spellings) {
      BOOST_TEST_CONTEXT(name.hangul << " '" << spelling << "'") {
        BOOST_TEST(onoma::testing::found_in_running_text(hangul_only_resolver(), spelling) ==
                   expected.entity()->id);
      }
    }
  }
}

// A catalog that knows people only in Hangul: a name written given name first is one mention,
// and names its person for the surname alone later, as a name written surname first does.
BOOST_AUTO_TEST_CASE(a_name_written_surname_last_is_one_mention_that_names_its_person) {
  auto catalog = onoma::Catalog::parse(
      "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n"
      "rhee\tperson\tko\t\uC774\uC2B9\uB9CC\t\t\t\n"       // 이승만
      "lee\tperson\tko\t\uC774\uBA85\uBC15\t\t\t\n"        // 이명박
      "paik\tperson\tko\t\uBC31\uB0A8\uC900\t\t\t\n"       // 백남준
      "namkoong\tperson\tko\t\uB0A8\uAD81\uBBFC\t\t\t\n",  // 남궁민: two-syllable surname
      "hangul.tsv");
  BOOST_TEST_REQUIRE(catalog.ok());
  const onoma::Resolver resolver(*catalog);
  const std::string text =
      "In 1948 Syngman Rhee took office. Rhee later fled. Nam June Paik, the artist, met "
      "Lee Myung-bak; Paik smiled. Min Nam-koong sang.";
  const std::vector<std::string> found = onoma::testing::mentions_found_in(resolver, text);
  const std::vector<std::string> expected = {"Syngman Rhee=rhee",  "Rhee=rhee",
                                             "Nam June Paik=paik", "Lee Myung-bak=lee",
                                             "Paik=paik",          "Min Nam-koong=namkoong"};
  BOOST_TEST(found == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(fifty_pairs_of_confusable_people_never_merge) {
  // Pairs of different people with one surname and a shared given-name syllable (김영남 and
  // 김영철), derived from the fixture.
  const auto names = fixture_names();
  std::size_t pairs = 0;
  for (std::size_t a = 0; a < names.size(); ++a) {
    for (std::size_t b = 0; b < names.size(); ++b) {
      if (a == b)
        continue;
      const auto sa = syllables_of(names[a].hangul);
      const auto sb = syllables_of(names[b].hangul);
      if (sa.empty() || sb.empty() || sa[0] != sb[0])
        continue;
      bool shared = false;
      for (std::size_t i = 1; i < sa.size(); ++i) {
        for (std::size_t j = 1; j < sb.size(); ++j)
          shared = shared || sa[i] == sb[j];
      }
      if (!shared)
        continue;
      if (a < b)
        ++pairs;
      for (const std::string& spelling : names[a].spellings) {
        const auto r = hangul_only_resolver().resolve(spelling);
        BOOST_TEST((!r.entity() || r.entity()->canonical != names[b].hangul),
                   spelling << " merged with " << names[b].hangul);
        BOOST_TEST(!onoma::compare(spelling, names[b].spellings[0]).same,
                   spelling << " vs " << names[b].spellings[0]);
      }
    }
  }
  BOOST_TEST(pairs >= 50u);
}

// The forward rule files and the decoder's jamo table must agree: whatever a system's rules write
// for a syllable on its own, the decoder reads back to that syllable. Checked for all 11,172.
BOOST_AUTO_TEST_CASE(the_decoder_reads_back_every_syllable_every_system_writes) {
  const std::vector<onoma::System> systems = {onoma::System::kKoRr, onoma::System::kKoMr,
                                              onoma::System::kKoMrAscii, onoma::System::kKoDprk,
                                              onoma::System::kKoYale};
  std::size_t checked = 0;
  std::size_t failed = 0;
  for (char32_t c = 0xAC00; c <= 0xD7A3; ++c) {
    std::string syllable;
    syllable += static_cast<char>(0xE0 | (c >> 12));
    syllable += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    syllable += static_cast<char>(0x80 | (c & 0x3F));
    for (const onoma::System system : systems) {
      const std::string written = onoma::romanize(syllable, system).value();
      ++checked;
      if (!onoma::compare(written, syllable).same) {
        if (++failed <= 20) {
          BOOST_TEST_MESSAGE(onoma::system_name(system) << ": " << syllable << " -> " << written);
        }
      }
    }
  }
  BOOST_TEST(checked == 11172u * 5u);
  BOOST_TEST(failed == 0u);
}

// The published confusable pairs (tests/fixtures/korean/confusable_pairs.tsv): with both people
// in the catalog, each one's spelling never resolves to the other. Pairs spelled alike
// (리용호 and 리영호 are both "Ri Yong-ho") may be ambiguous, never wrong.
BOOST_AUTO_TEST_CASE(published_confusable_pairs_never_resolve_to_the_other_person) {
  std::size_t pairs = 0;
  for (const auto& row : onoma::testing::read_tsv(kFixtures + "/korean/confusable_pairs.tsv")) {
    const std::string text =
        "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n"
        "a\tperson\tko\t" +
        row.at("a_hangul") + "\t" + row.at("a_hangul") + "\t\t\nb\tperson\tko\t" +
        row.at("b_hangul") + "\t" + row.at("b_hangul") + "\t\t\n";
    const auto catalog = onoma::Catalog::parse(text, "pair.tsv");
    BOOST_REQUIRE(catalog.ok());
    const onoma::Resolver resolver(*catalog);
    const auto a = resolver.resolve(row.at("a_spelling"));
    const auto b = resolver.resolve(row.at("b_spelling"));
    BOOST_TEST((!a.entity() || a.entity()->id == "a"), row.at("a_spelling"));
    BOOST_TEST((!b.entity() || b.entity()->id == "b"), row.at("b_spelling"));
    ++pairs;
  }
  BOOST_TEST(pairs >= 50u);
}

namespace {

// `text` with McCune–Reischauer's breves left out (ŏ -> o, ŭ -> u), as most of the press prints
// it.
std::string without_breves(std::string text) {
  for (const auto& [marked, plain] : {std::pair<std::string, std::string>{"\u014F", "o"},
                                      {"\u014E", "O"},
                                      {"\u016D", "u"},
                                      {"\u016C", "U"}}) {
    for (std::size_t at = text.find(marked); at != std::string::npos; at = text.find(marked, at))
      text.replace(at, marked.size(), plain);
  }
  return text;
}

// The Hangul with the first ㅓ, ㅕ or ㅡ after the surname turned into ㅗ, ㅛ or ㅜ: the vowels
// McCune–Reischauer writes with a breve, into the ones it writes with the same letter bare. Empty
// when the given name has none.
std::string first_breve_vowel_bared(const std::string& hangul) {
  std::vector<std::string> syllables = syllables_of(hangul);
  for (std::size_t i = 1; i < syllables.size(); ++i) {
    const std::string& s = syllables[i];
    const char32_t c =
        static_cast<char32_t>((s[0] & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F));
    if (c < 0xAC00 || c > 0xD7A3)
      continue;
    const int index = static_cast<int>(c - 0xAC00);
    const int vowel = index / 28 % 21;
    const int bared = vowel == 4 ? 8 : vowel == 6 ? 12 : vowel == 18 ? 13 : -1;  // ㅓㅕㅡ -> ㅗㅛㅜ
    if (bared < 0)
      continue;
    const char32_t other = static_cast<char32_t>(0xAC00 + index + (bared - vowel) * 28);
    std::string& out = syllables[i];
    out.clear();
    out += static_cast<char>(0xE0 | (other >> 12));
    out += static_cast<char>(0x80 | ((other >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (other & 0x3F));
    std::string joined;
    for (const std::string& syllable : syllables)
      joined += syllable;
    return joined;
  }
  return {};
}

}  // namespace

// McCune–Reischauer's breves tell apart what its letters alone cannot: Sŏng is 성, Song 송. For
// every fixture person with a spelling that writes breves, the catalog also holds another person
// whose name has the bare vowel instead (박근혜 and 박군혜) and whom it writes in Latin as the
// person's spelling without its breves ("Pak Kun-hye", which is how McCune–Reischauer spells
// 박군혜). The marked spelling reaches the person its marks spell, not the one whose catalog name
// it equals once folded; the same spelling without breves, that other person's own, never
// reaches the first (it may tie: "Pak Chi-song" is also how much of the press writes 박지성).
BOOST_AUTO_TEST_CASE(a_spelling_with_breves_reaches_the_person_its_marks_spell) {
  std::size_t checked = 0;
  for (const KoreanName& name : fixture_names()) {
    const std::string other = first_breve_vowel_bared(name.hangul);
    if (other.empty())
      continue;
    for (const std::string& spelling : name.spellings) {
      const std::string bare = without_breves(spelling);
      if (bare == spelling)
        continue;
      const std::string text =
          "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n"
          "marked\tperson\tko\t" +
          name.hangul + "\t" + name.hangul + "\t\t\n" + "bare\tperson\tko\t" + bare + "\t" + other +
          "\t\t\n";
      const auto catalog = onoma::Catalog::parse(text, "breves.tsv");
      BOOST_TEST_REQUIRE(catalog.ok());
      const onoma::Resolver resolver(*catalog);
      const auto marked = resolver.resolve(spelling);
      BOOST_TEST((marked.entity() ? marked.entity()->id
                                  : std::string(onoma::status_name(marked.status))) == "marked",
                 spelling << " (the other: " << bare << ", " << other << ")");
      const auto plain = resolver.resolve(bare);
      BOOST_TEST((!plain.entity() || plain.entity()->id == "bare"), bare);
      ++checked;
    }
  }
  BOOST_TEST(checked >= 60u);
}

// A lone vowel in a romanized Korean name is a syllable, as I, O and U are the surnames 이, 오 and
// 우: "I Min-bin" (이민빈) is not the catalog's "Im Min-bin" (임민빈) with its surname cut to an
// initial. The same vowel still meets a spelling of its own syllable ("O Kuk-ryol" is "Oh
// Kuk-ryol", both 오), and an initial of a Western name is still one ("S. Lavrov").
BOOST_AUTO_TEST_CASE(a_lone_vowel_of_a_korean_name_is_a_syllable_not_an_initial) {
  const auto catalog = onoma::Catalog::parse(
      "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n"
      "im-min-bin\tperson\tko\tIm Min-bin\t\t\t\n"
      "im-tong-hun\tperson\tko\tIm Tong-hun\t\t\t\n"
      "oh-kuk-ryol\tperson\tko\tOh Kuk-ryol\t\t\t\n"
      "sergey-lavrov\tperson\tru\tSergey Lavrov\t\t\t\n",
      "vowels.tsv");
  BOOST_TEST_REQUIRE(catalog.ok());
  const onoma::Resolver resolver(*catalog);
  const auto id = [&](const std::string& query) {
    const auto r = resolver.resolve(query);
    return r.entity() ? r.entity()->id : std::string(onoma::status_name(r.status));
  };
  BOOST_TEST(id("I Min-bin") == "unknown");
  BOOST_TEST(id("I Tong-hun") == "unknown");
  BOOST_TEST(id("U Tong-hun") == "unknown");
  BOOST_TEST(id("O Kuk-ryol") == "oh-kuk-ryol");
  BOOST_TEST(id("S. Lavrov") == "sergey-lavrov");
}
