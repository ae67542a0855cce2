// Name structure and calibrated scores: part-by-part matching (initials, short forms, typos,
// missing and extra parts), rare and common parts, contradictions, and the structured
// explanation that says which part met which. Names and spellings from the source articles, on
// a catalog written for the test; passages are our own.
#define BOOST_TEST_MODULE structure
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <onoma/compare.hpp>
#include <onoma/resolver.hpp>

namespace {

const char* const kCatalogText =
    "#onoma-catalog v1\n"
    "id\ttype\torigin\tcanonical\tnative\taliases\tnote\n"
    "sergey-lavrov\tperson\tru\tSergey Lavrov\t\u0421\u0435\u0440\u0433\u0435\u0439 "
    "\u041B\u0430\u0432\u0440\u043E\u0432\t\t\n"
    "michael-pompeo\tperson\ten\tMichael R. Pompeo\t\t\t\n"
    "stephen-biegun\tperson\ten\tStephen Biegun\t\t\t\n"
    "condoleezza-rice\tperson\ten\tCondoleezza Rice\t\t\t\n"
    "kong-xuanyou\tperson\tzh\tKong Xuanyou\t\u5B54\u94C9\u4F51\t\t\n"
    "wang-yi\tperson\tzh\tWang Yi\t\u738B\u6BC5\t\t\n"
    "li-wu\tperson\tzh\tLi Wu\t\t\tinvented for the test\n"
    "kim-jong-un\tperson\tko-KP\tKim Jong-un\t\uAE40\uC815\uC740\t\t\n"
    "kim-jong-il\tperson\tko-KP\tKim Jong-il\t\uAE40\uC815\uC77C\t\t\n"
    "choe-son-hui\tperson\tko-KP\tChoe Son-hui\t\uCD5C\uC120\uD76C\tChoi Sun Hee\t\n"
    "moon-jae-in\tperson\tko-KR\tMoon Jae-in\t\uBB38\uC7AC\uC778\t\t\n"
    "united-nations\torg\tmul\tUnited Nations\t\tUN|\u041E\u041E\u041D\t\n"
    "wpk\torg\tko-KP\tWorkers' Party of Korea\t\t\t\n";

const onoma::Resolver& resolver() {
  static const onoma::Resolver instance = [] {
    auto catalog = onoma::Catalog::parse(kCatalogText, "structure.tsv");
    if (!catalog.ok())
      throw std::runtime_error(catalog.error().to_string());
    return onoma::Resolver(*catalog);
  }();
  return instance;
}

std::string resolved_id(std::string_view mention) {
  const onoma::Resolution r = resolver().resolve(mention);
  return r.status == onoma::Status::kResolved
             ? r.entity()->id
             : "(" + std::string(onoma::status_name(r.status)) + ")";
}

double best_score(std::string_view mention) {
  const onoma::Resolution r = resolver().resolve(mention);
  return r.candidates.empty() ? 0.0 : r.candidates.front().score;
}

// The explanation line of the first candidate with this match, or nullptr.
const onoma::AlignedPart* part_with(const onoma::Explanation& why, onoma::PartMatch match) {
  const auto found = std::find_if(why.parts.begin(), why.parts.end(),
                                  [&](const onoma::AlignedPart& p) { return p.match == match; });
  return found == why.parts.end() ? nullptr : &*found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(scores)

BOOST_AUTO_TEST_CASE(scores_fall_with_how_far_the_match_stretched) {
  const double exact = best_score("Sergey Lavrov");
  const double folded = best_score("SERGEY LAVROV");
  const double reordered = best_score("Lavrov Sergey");
  const double initial = best_score("S. Lavrov");
  const double surname = best_score("Lavrov");
  BOOST_TEST(exact == 1.0);
  BOOST_TEST(folded < exact);
  BOOST_TEST(reordered < folded);
  BOOST_TEST(initial < reordered);
  BOOST_TEST(surname < initial);
  BOOST_TEST(surname >= resolver().options().resolve_threshold);
  // A spelling variant is below an identical spelling, not saturated at 1.
  BOOST_TEST(best_score("Sergei Lavrov") < 1.0);
  BOOST_TEST(best_score("Sergei Lavrov") > 0.8);
  // Another person with the same surname is not a weaker match: it is no match.
  BOOST_TEST(resolved_id("Ivan Lavrov") == "(unknown)");
}

BOOST_AUTO_TEST_CASE(rare_parts_weigh_more_than_common_ones) {
  // Kim (21% of Koreans) alone says less than Lavrov alone.
  const onoma::Resolution kim = resolver().resolve("Kim");
  const onoma::Resolution lavrov = resolver().resolve("Lavrov");
  BOOST_REQUIRE(!kim.candidates.empty());
  BOOST_REQUIRE(!lavrov.candidates.empty());
  BOOST_TEST(kim.candidates.front().score < lavrov.candidates.front().score);
  BOOST_TEST(kim.candidates.front().explanation.parts.front().weight < 0.5);
  BOOST_TEST(lavrov.candidates.front().explanation.parts.front().weight > 0.9);
  // The same in compare(): a shared common surname explains little of the name.
  for (const char* common : {"Kim", "Lee", "Park", "Wang", "Li"}) {
    const std::string a = std::string(common) + " Xuanyou";
    const std::string b = std::string(common) + " Zhiyuan";
    const onoma::Comparison c = onoma::compare(a, b);
    BOOST_TEST(!c.same, a << " / " << b);
    const onoma::AlignedPart* shared = part_with(c.explanation, onoma::PartMatch::kSame);
    BOOST_REQUIRE_MESSAGE(shared != nullptr, a);
    BOOST_TEST(shared->weight < 0.5, common);
  }
  BOOST_TEST(onoma::compare("Kong Xuanyou", "Kong Zhiyuan").explanation.parts.front().weight > 0.9);
}

BOOST_AUTO_TEST_CASE(thresholds_decide_resolved_ambiguous_and_unknown) {
  BOOST_TEST((resolver().resolve("Kim").status == onoma::Status::kAmbiguous));
  BOOST_TEST((resolver().resolve("Lavrov").status == onoma::Status::kResolved));
  onoma::ResolverOptions strict;
  strict.resolve_threshold = 0.9;
  auto catalog = onoma::Catalog::parse(kCatalogText, "structure.tsv");
  BOOST_REQUIRE(catalog.ok());
  const onoma::Resolver strict_resolver(*catalog, strict);
  BOOST_TEST((strict_resolver.resolve("Lavrov").status == onoma::Status::kUnknown));
  BOOST_TEST((strict_resolver.resolve("S. Lavrov").status == onoma::Status::kUnknown));
  BOOST_TEST((strict_resolver.resolve("Sergey Lavrov").status == onoma::Status::kResolved));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(parts)

BOOST_AUTO_TEST_CASE(initials_meet_the_part_they_begin) {
  for (const auto& [query, id] :
       std::vector<std::pair<std::string, std::string>>{{"S. Lavrov", "sergey-lavrov"},
                                                        {"Lavrov S.", "sergey-lavrov"},
                                                        {"K. Xuanyou", "kong-xuanyou"},
                                                        {"M. Pompeo", "michael-pompeo"}}) {
    const onoma::Resolution r = resolver().resolve(query);
    BOOST_TEST(resolved_id(query) == id, query);
    BOOST_REQUIRE(!r.candidates.empty());
    const onoma::Explanation& why = r.candidates.front().explanation;
    BOOST_TEST((why.match == onoma::MatchKind::kAligned), query);
    BOOST_TEST(part_with(why, onoma::PartMatch::kInitial) != nullptr, query);
  }
  // An initial in the catalog's name meets the full part in the query.
  BOOST_TEST(resolved_id("Michael Richard Pompeo") == "michael-pompeo");
  // An initial that begins no part of the name is a contradiction.
  BOOST_TEST(resolved_id("V. Lavrov") == "(unknown)");
  BOOST_TEST(!onoma::compare("V. Lavrov", "Sergey Lavrov").same);
  BOOST_TEST(onoma::compare("S. Lavrov", "Sergey Lavrov").same);
}

BOOST_AUTO_TEST_CASE(missing_and_extra_parts_cost_less_than_contradicting_ones) {
  // The catalog has "Michael R. Pompeo": the middle initial missing from the query.
  const onoma::Resolution missing = resolver().resolve("Michael Pompeo");
  BOOST_REQUIRE((missing.status == onoma::Status::kResolved));
  BOOST_TEST(missing.entity()->id == "michael-pompeo");
  BOOST_TEST(part_with(missing.candidates.front().explanation, onoma::PartMatch::kMissing) !=
             nullptr);
  // A middle name the catalog does not know.
  const onoma::Resolution extra = resolver().resolve("Stephen Edward Biegun");
  BOOST_REQUIRE((extra.status == onoma::Status::kResolved));
  BOOST_TEST(extra.entity()->id == "stephen-biegun");
  BOOST_TEST(part_with(extra.candidates.front().explanation, onoma::PartMatch::kExtra) != nullptr);
  BOOST_TEST(extra.candidates.front().score < best_score("Stephen Biegun"));
  // Two parts the name lacks are not a middle name: another, longer name.
  BOOST_TEST(resolved_id("Stephen Edward John Biegun") == "(unknown)");
  // compare() ranks them: a missing part, then an extra one, well above a contradiction.
  const double with_missing = onoma::compare("Michael Pompeo", "Michael R. Pompeo").score;
  const double with_extra = onoma::compare("Stephen Edward Biegun", "Stephen Biegun").score;
  const onoma::Comparison contradicting = onoma::compare("Stephen Biegun", "Stephen Hadley");
  BOOST_TEST(with_missing > 0.7);
  BOOST_TEST(with_extra > 0.7);
  BOOST_TEST(contradicting.score < 0.4);
  BOOST_TEST(!contradicting.same);
  BOOST_TEST(part_with(contradicting.explanation, onoma::PartMatch::kContradicted) != nullptr);
}

BOOST_AUTO_TEST_CASE(short_forms_of_given_names_come_from_the_table) {
  for (const auto& [query, id] : std::vector<std::pair<std::string, std::string>>{
           {"Mike Pompeo", "michael-pompeo"}, {"Steve Biegun", "stephen-biegun"}}) {
    const onoma::Resolution r = resolver().resolve(query);
    BOOST_TEST(resolved_id(query) == id, query);
    BOOST_REQUIRE(!r.candidates.empty());
    const onoma::AlignedPart* form =
        part_with(r.candidates.front().explanation, onoma::PartMatch::kShortForm);
    BOOST_REQUIRE_MESSAGE(form != nullptr, query);
    BOOST_TEST(form->via == "short_forms");
  }
  BOOST_TEST(onoma::compare("Mike Pompeo", "Michael Pompeo").same);
  BOOST_TEST(onoma::compare("Bill Burns", "William Burns").same);
  // A short form is not any name: Mike is not Stephen.
  BOOST_TEST(resolved_id("Mike Biegun") == "(unknown)");
}

BOOST_AUTO_TEST_CASE(long_parts_tolerate_a_typo_short_syllables_do_not) {
  const onoma::Resolution typo = resolver().resolve("Condoleeza Rice");
  BOOST_REQUIRE((typo.status == onoma::Status::kResolved));
  BOOST_TEST(typo.entity()->id == "condoleezza-rice");
  BOOST_TEST(part_with(typo.candidates.front().explanation, onoma::PartMatch::kTypo) != nullptr);
  BOOST_TEST(typo.candidates.front().score < best_score("Condoleezza Rice"));
  // A swap of neighbours is one edit; two edits are another name.
  BOOST_TEST(resolved_id("Condoleezza Rcie") == "(unknown)");  // Rice: four letters
  BOOST_TEST(resolved_id("Condolezeza Rice") == "condoleezza-rice");
  BOOST_TEST(resolved_id("Condolezzea Rice") == "(unknown)");
  BOOST_TEST(onoma::compare("Stephen Shcherbakov", "Stephen Shcherbakow").same);
  BOOST_TEST(onoma::compare("Condoleezza Rice", "Condoleeza Rice").same);
  const onoma::Comparison letter = onoma::compare("Condoleezza Rice", "Condoleeza Rice");
  BOOST_TEST(part_with(letter.explanation, onoma::PartMatch::kTypo) != nullptr);
  // Seven letters or fewer: another name, not a typo (Dobreva, Dobrova; Biegun, Biegan).
  BOOST_TEST(!onoma::compare("Zoya Dobreva", "Zoya Dobrova").same);
  BOOST_TEST(!onoma::compare("Stephen Biegun", "Stephen Biegan").same);
  BOOST_TEST(!onoma::compare("\u0417\u043E\u044F \u0414\u043E\u0431\u0440\u0435\u0432\u0430",
                             "\u0417\u043E\u044F \u0414\u043E\u0431\u0440\u043E\u0432\u0430")
                  .same);
  // Short syllables are names of their own, not typos of each other.
  BOOST_TEST(resolved_id("Lu Wu") == "(unknown)");
  BOOST_TEST(!onoma::compare("Li Wu", "Lu Wu").same);
  BOOST_TEST(resolved_id("Wang Yu") == "(unknown)");
  // Nor is a Korean given name one letter away from another.
  BOOST_TEST(resolved_id("Kim Jong-in") == "(unknown)");
  BOOST_TEST(!onoma::compare("Kim Jong-un", "Kim Jong-il").same);
  BOOST_TEST(!onoma::compare("Kim Jongil", "Kim Jongin").same);
  // Two letters off is no typo.
  BOOST_TEST(resolved_id("Stephen Baegan") == "(unknown)");
}

BOOST_AUTO_TEST_CASE(order_does_not_matter_part_by_part_either) {
  BOOST_TEST(resolved_id("Xuanyou, K.") == "kong-xuanyou");
  BOOST_TEST(resolved_id("Pompeo Mike") == "michael-pompeo");
  BOOST_TEST(onoma::compare("LAVROV S.", "Sergey Lavrov").same);
}

BOOST_AUTO_TEST_CASE(explanations_say_which_part_met_which) {
  const onoma::Resolution r = resolver().resolve("Mike Pompeo");
  BOOST_REQUIRE(!r.candidates.empty());
  const onoma::Explanation& why = r.candidates.front().explanation;
  BOOST_TEST(why.matched_name == "Michael R. Pompeo");
  BOOST_REQUIRE(why.parts.size() == 3u);
  std::vector<std::string> lines;
  for (const onoma::AlignedPart& part : why.parts) {
    lines.push_back(part.query + "|" + part.name + "|" +
                    std::string(onoma::part_match_name(part.match)));
  }
  std::sort(lines.begin(), lines.end());
  BOOST_TEST(lines == (std::vector<std::string>{"Mike|Michael|short-form", "Pompeo|Pompeo|same",
                                                "|R|missing"}),
             boost::test_tools::per_element());
  const std::string text = why.to_string();
  BOOST_TEST(text.find("short-form 'Mike' ~ 'Michael'") != std::string::npos, text);
  // A whole-name match explains itself in one line: the whole query, the whole name, the
  // generator that read both.
  const onoma::Resolution whole = resolver().resolve("Choi Sun Hee");
  BOOST_REQUIRE(!whole.candidates.empty());
  BOOST_REQUIRE(whole.candidates.front().explanation.parts.size() == 1u);
  BOOST_TEST(whole.candidates.front().explanation.parts.front().query == "Choi Sun Hee");
  BOOST_TEST(whole.candidates.front().explanation.parts.front().name == "Choi Sun Hee");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(in_text)

std::vector<std::string> found(const std::string& text) {
  std::vector<std::string> spans;
  for (const onoma::Mention& m : resolver().annotate(text)) {
    spans.push_back(text.substr(m.begin, m.end - m.begin) + "=" +
                    (m.entity() ? m.entity()->id : std::string("?")));
  }
  return spans;
}

BOOST_AUTO_TEST_CASE(initials_and_short_forms_are_found_in_running_text) {
  BOOST_TEST(
      found("Talks between S. Lavrov and Mike Pompeo ended early.") ==
          (std::vector<std::string>{"S. Lavrov=sergey-lavrov", "Mike Pompeo=michael-pompeo"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_name_does_not_swallow_the_next_capitalized_word) {
  BOOST_TEST(found("Officials said Stephen Biegun Monday left for Seoul.") ==
                 (std::vector<std::string>{"Stephen Biegun=stephen-biegun"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_short_aside_in_parentheses_does_not_break_a_name) {
  BOOST_TEST(found("A delegation of the Workers' Party of (North) Korea arrived.") ==
                 (std::vector<std::string>{"Workers' Party of (North) Korea=wpk"}),
             boost::test_tools::per_element());
  // An aside of three words does break it.
  BOOST_TEST(found("the Workers' Party of (the North's ruling) Korea").empty());
}

BOOST_AUTO_TEST_CASE(sentence_initial_words_are_not_acronyms_of_another_script) {
  // ООН is the UN's Russian acronym; "On" and "One" read as Russian would be он.
  BOOST_TEST(found("On Monday the UN met. One envoy left.") ==
                 (std::vector<std::string>{"UN=united-nations"}),
             boost::test_tools::per_element());
  BOOST_TEST(resolved_id("\u041E\u041E\u041D") == "united-nations");
  BOOST_TEST(resolved_id("On") == "(unknown)");
}

BOOST_AUTO_TEST_CASE(cyrillic_and_han_spans_in_running_text) {
  // Chinese writes no spaces: names are found inside a run of Han, whole names only ("王" of
  // "国王", king, is no one).
  const std::string text =
      "\u041C\u0438\u043D\u0438\u0441\u0442\u0440 \u0421\u0435\u0440\u0433\u0435\u0439 "
      "\u041B\u0430\u0432\u0440\u043E\u0432 \u043F\u0440\u0438\u043B\u0435\u0442\u0435\u043B. "
      "\u738B\u6BC5\u4F1A\u89C1\u4E86\u5B54\u94C9\u4F51\u3002\u56FD\u738B\u8BF4\u8BDD\u4E86\u3002";
  BOOST_TEST(found(text) == (std::vector<std::string>{
                                "\u0421\u0435\u0440\u0433\u0435\u0439 "
                                "\u041B\u0430\u0432\u0440\u043E\u0432=sergey-lavrov",
                                "\u738B\u6BC5=wang-yi", "\u5B54\u94C9\u4F51=kong-xuanyou"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_capitalized_first_word_is_a_surname_only_if_the_document_says_so) {
  // Nobody named Moon in full: the first word of a sentence is an ordinary word.
  BOOST_TEST(found("Moon rose over the river. The night was clear.").empty());
  BOOST_TEST(found("Moon Landing Anniversary Draws Crowds").empty());
  // Named in full earlier in the same document: the surname is that person.
  BOOST_TEST(found("Moon Jae-in flew in. Moon spoke first.") ==
                 (std::vector<std::string>{"Moon Jae-in=moon-jae-in", "Moon=moon-jae-in"}),
             boost::test_tools::per_element());
  // Named in full only later: the surname stays (the catalog's answer, no link to the future).
  BOOST_TEST(found("Moon Arrives\nMoon Jae-in landed in Pyongyang on Monday.") ==
                 (std::vector<std::string>{"Moon=moon-jae-in", "Moon Jae-in=moon-jae-in"}),
             boost::test_tools::per_element());
  // A surname no census table knows is no English word: it stands at a sentence start too.
  BOOST_TEST(found("Lavrov spoke first.") == (std::vector<std::string>{"Lavrov=sergey-lavrov"}),
             boost::test_tools::per_element());
  // Inside a sentence, or written in capitals as a label, a surname stands on its own.
  BOOST_TEST(
      found("Talks with Lavrov ended.") == (std::vector<std::string>{"Lavrov=sergey-lavrov"}),
      boost::test_tools::per_element());
  BOOST_TEST(found("LAVROV: talks to resume") == (std::vector<std::string>{"LAVROV=sergey-lavrov"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
