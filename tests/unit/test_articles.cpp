// The five source articles, as facts: every person mention as the articles spell it, and every
// place and organization mention, resolved with the built-in catalog.
#define BOOST_TEST_MODULE articles
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>

#include <onoma/resolver.hpp>

#include "fixture_files.hpp"

namespace {

const std::string kFixtures = ONOMA_FIXTURES_DIR;

const onoma::Resolver& builtin_resolver() {
  static const onoma::Resolver resolver;
  return resolver;
}

// The ids the resolver chose: one when resolved, all tied ones when ambiguous.
std::set<std::string> chosen_ids(const onoma::Resolution& r) {
  std::set<std::string> ids;
  for (std::size_t i = 0; i < r.chosen; ++i)
    ids.insert(r.candidates[i].entity->id);
  return ids;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_full_person_mention_resolves_to_its_entity) {
  std::size_t checked = 0;
  for (const auto& row : onoma::testing::read_tsv(kFixtures + "/article_mentions.tsv")) {
    if (row.at("kind") != "full")
      continue;
    const auto r = builtin_resolver().resolve(row.at("surface"));
    BOOST_TEST_CONTEXT(row.at("article") << ": '" << row.at("surface") << "'") {
      BOOST_TEST(onoma::status_name(r.status) == "resolved");
      BOOST_TEST((r.entity() ? r.entity()->id : "") == row.at("entity"));
    }
    ++checked;
  }
  BOOST_TEST(checked >= 25u);
}

// A surname alone is resolved when one entity has it and otherwise ambiguous; either way the
// article's entity is among the answers (which one is meant is the document's business).
BOOST_AUTO_TEST_CASE(every_partial_person_mention_finds_its_entity_among_the_answers) {
  std::size_t checked = 0;
  for (const auto& row : onoma::testing::read_tsv(kFixtures + "/article_mentions.tsv")) {
    if (row.at("kind") != "partial")
      continue;
    const auto r = builtin_resolver().resolve(row.at("surface"));
    BOOST_TEST(chosen_ids(r).count(row.at("entity")) == 1u,
               row.at("article") << ": '" << row.at("surface") << "' gave "
                                 << onoma::status_name(r.status));
    ++checked;
  }
  BOOST_TEST(checked >= 10u);
}

BOOST_AUTO_TEST_CASE(every_place_and_organization_mention_finds_its_entity) {
  std::size_t resolved = 0;
  std::size_t total = 0;
  for (const auto& row : onoma::testing::read_tsv(kFixtures + "/article_entities.tsv")) {
    // An aside in parentheses inside a name ("Workers' Party of (North) Korea") is annotate()'s
    // to pass over; resolve() is given the name without it.
    std::string surface = row.at("surface");
    if (const std::size_t open = surface.find(" ("); open != std::string::npos) {
      const std::size_t close = surface.find(')', open);
      if (close != std::string::npos)
        surface.erase(open, close + 1 - open);
    }
    const auto r = builtin_resolver().resolve(surface);
    BOOST_TEST(chosen_ids(r).count(row.at("entity")) == 1u,
               row.at("article") << ": '" << row.at("surface") << "' gave "
                                 << onoma::status_name(r.status));
    resolved += r.status == onoma::Status::kResolved ? 1 : 0;
    ++total;
  }
  BOOST_TEST(total >= 40u);
  // Only generic mentions ("the Foreign Ministry") may need the document to decide.
  BOOST_TEST(resolved * 10 >= total * 9, resolved << " of " << total << " resolved outright");
}

BOOST_AUTO_TEST_CASE(choe_son_hui_and_choe_ryong_hae_never_resolve_to_one_entity) {
  const onoma::Resolver& resolver = builtin_resolver();
  std::set<std::string> son_hui;
  std::set<std::string> ryong_hae;
  for (const char* name : {"Choi Sun Hee", "Choe Son-hui", "Choe Son Hui", "\uCD5C\uC120\uD76C"}) {
    const auto r = resolver.resolve(name);
    BOOST_TEST(onoma::status_name(r.status) == "resolved", name);
    if (r.entity())
      son_hui.insert(r.entity()->id);
  }
  for (const char* name : {"Choi Ryong-hae", "Choe Ryong-hae", "\uCD5C\uB8E1\uD574"}) {
    const auto r = resolver.resolve(name);
    BOOST_TEST(onoma::status_name(r.status) == "resolved", name);
    if (r.entity())
      ryong_hae.insert(r.entity()->id);
  }
  BOOST_TEST(son_hui.size() == 1u);
  BOOST_TEST(ryong_hae.size() == 1u);
  BOOST_TEST(*son_hui.begin() != *ryong_hae.begin());
}
