// Names of other origins: Arabic names as the press writes them (the article, Mohammed and
// Muhammad), Arabic script read through consonant skeletons, and generic Latin names, from a
// catalog without aliases.
#define BOOST_TEST_MODULE arabic
#include <boost/test/unit_test.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <onoma/compare.hpp>
#include <onoma/resolver.hpp>

#include "running_text.hpp"

namespace {

// A resolver over catalog rows (the header is added); `source` names them in diagnostics.
onoma::Resolver resolver_over(std::string_view rows, std::string_view source) {
  auto catalog = onoma::Catalog::parse(
      "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n" + std::string(rows),
      source);
  if (!catalog)
    throw std::runtime_error(catalog.error().to_string());
  return onoma::Resolver(*catalog);
}

const onoma::Resolver& resolver() {
  static const onoma::Resolver instance = resolver_over(
      "baghdadi\tperson\tar\tAbu Bakr al-Baghdadi\t\t\t\n"
      "sisi\tperson\tar\tAbdel Fattah el-Sisi\tعبد الفتاح السيسي\t\t\n"
      "mbs\tperson\tar\tMuhammad bin Salman\t\t\t\n"
      "omar\tperson\tar\tOmar Suleiman\t\t\t\n"
      "pompeo\tperson\ten\tMichael R. Pompeo\t\t\t\n",
      "other.tsv");
  return instance;
}

std::string resolved(std::string_view name) {
  const auto r = resolver().resolve(name);
  return r.entity() ? r.entity()->id : "(" + std::string(onoma::status_name(r.status)) + ")";
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_article_may_be_written_or_not) {
  for (const char* name : {"Abu Bakr al-Baghdadi", "Abu Bakr Al-Baghdadi", "al-Baghdadi",
                           "Al-Baghdadi", "Baghdadi", "ABU BAKR AL-BAGHDADI"}) {
    BOOST_TEST_CONTEXT(name) {
      BOOST_TEST(resolved(name) == "baghdadi");
    }
  }
  BOOST_TEST(resolved("Abdel Fattah al-Sisi") == "sisi");
  BOOST_TEST(resolved("Sisi") == "sisi");
  BOOST_TEST(onoma::compare("al-Baghdadi", "Baghdadi").same);
}

BOOST_AUTO_TEST_CASE(two_people_whose_names_differ_by_the_article_keep_their_own_spelling) {
  // The press writes al-Shammari and Shammari alike, so each spelling reaches both men; the one
  // the catalog writes exactly as the query stays more than the ambiguity margin above the other,
  // as the exact spelling of a Russian or Korean name stays above a homophone.
  const onoma::Resolver two = resolver_over(
      "with-article\tperson\tar\tSalim al-Shammari\t\t\t\n"
      "without-article\tperson\tar\tSalim Shammari\t\t\t\n",
      "shammari.tsv");
  for (const auto& [query, id] : {std::pair{"Salim al-Shammari", "with-article"},
                                  std::pair{"Salim Shammari", "without-article"}}) {
    BOOST_TEST_CONTEXT(query) {
      const auto r = two.resolve(query);
      BOOST_REQUIRE((r.status == onoma::Status::kResolved));
      BOOST_TEST(r.entity()->id == id);
      // The other man is still listed.
      BOOST_REQUIRE(r.candidates.size() == 2u);
      BOOST_TEST(r.candidates[1].score > two.options().resolve_threshold);
    }
  }
}

BOOST_AUTO_TEST_CASE(arabic_script_meets_the_latin_spelling) {
  BOOST_TEST(resolved("أبو بكر البغدادي") == "baghdadi");
  BOOST_TEST(resolved("عبد الفتاح السيسي") == "sisi");
  BOOST_TEST(resolved("محمد بن سلمان") == "mbs");
  BOOST_TEST(onoma::compare("أبو بكر البغدادي", "Abu Bakr al-Baghdadi").same);
  // "Abdel" holds the article that Arabic script joins to the next word (الفتاح).
  BOOST_TEST(onoma::compare("عبد الفتاح السيسي", "Abdel Fattah el-Sisi").same);
  BOOST_TEST(onoma::compare("عبد الفتاح السيسي", "Abd al-Fattah al-Sisi").same);
  // Weaker than a spelling of the same script: the skeleton has no vowels.
  BOOST_TEST(resolver().resolve("محمد بن سلمان").candidates.front().score < 0.95);
}

BOOST_AUTO_TEST_CASE(likely_arabic_latin_names_meet_by_skeleton) {
  BOOST_TEST(resolved("Mohammed bin Salman") == "mbs");
  BOOST_TEST(onoma::compare("Mohammed bin Salman", "Muhammad bin Salman").same);
}

BOOST_AUTO_TEST_CASE(a_skeleton_alone_is_no_evidence) {
  // Omar and Amr share the skeleton "mr"; Latin names without an Arabic particle are not read
  // as skeletons, so neither meets the other.
  BOOST_TEST(!onoma::compare("Omar", "Amr").same);
  BOOST_TEST(resolved("Amr Suleiman") == "(unknown)");
  BOOST_TEST(resolved("Omar Suleiman") == "omar");
}

BOOST_AUTO_TEST_CASE(generic_latin_names_fold_case_and_diacritics) {
  BOOST_TEST(resolved("Michael R. Pompeo") == "pompeo");
  BOOST_TEST(resolved("MICHAEL R. POMPEO") == "pompeo");
  BOOST_TEST(resolved("Pompeo") == "pompeo");
  // Without the middle initial the parts still align: a part of the name missing costs a little.
  BOOST_TEST(resolved("Michael Pompeo") == "pompeo");
  BOOST_TEST(onoma::estimate_origins("Michael Pompeo").empty());
}

// A catalog that writes people in Arabic script only: their press spellings in running text are
// whole mentions, although the evidence that a name is Arabic ("bin", "al-") comes after its
// first word and "bin" is written in lower case.
BOOST_AUTO_TEST_CASE(names_in_running_text_meet_an_arabic_script_catalog) {
  const onoma::Resolver arabic_only = resolver_over(
      "baghdadi\tperson\tar\tأبو بكر البغدادي\t\t\t\n"
      "bin-laden\tperson\tar\tأسامة بن لادن\t\t\t\n"
      "zawahiri\tperson\tar\tأيمن الظواهري\t\t\t\n"
      "mbs\tperson\tar\tمحمد بن سلمان\t\t\t\n"
      "sisi\tperson\tar\tعبد الفتاح السيسي\t\t\t\n",
      "arabic-only.tsv");
  const std::string text =
      "Osama bin Laden and Ayman al-Zawahiri were named, and later Abu Bakr al-Baghdadi; the "
      "crown prince Mohammed bin Salman was not, nor Abdel Fattah el-Sisi.";
  const std::vector<std::string> found = onoma::testing::mentions_found_in(arabic_only, text);
  const std::vector<std::string> expected = {
      "Osama bin Laden=bin-laden", "Ayman al-Zawahiri=zawahiri", "Abu Bakr al-Baghdadi=baghdadi",
      "Mohammed bin Salman=mbs", "Abdel Fattah el-Sisi=sisi"};
  BOOST_TEST(found == expected, boost::test_tools::per_element());
}
