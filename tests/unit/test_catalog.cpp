// Catalog module: format v1, every malformed line reported with its position, combining,
// the check-catalog lint, and the built-in catalog.
#define BOOST_TEST_MODULE catalog
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <onoma/catalog.hpp>
#include <onoma/resolver.hpp>

#include "fixture_files.hpp"

namespace {

const std::string kFixtures = ONOMA_FIXTURES_DIR;
const std::string kCatalogs = kFixtures + "/catalogs";

bool has_warning(const std::vector<onoma::Diagnostic>& diagnostics, const std::string& text,
                 std::uint32_t line) {
  for (const onoma::Diagnostic& d : diagnostics) {
    if (d.severity == onoma::Severity::kWarning && d.line == line &&
        d.message.find(text) != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(format_v1)

BOOST_AUTO_TEST_CASE(a_well_formed_catalog_loads_with_bom_crlf_comments_and_lists) {
  const auto loaded = onoma::Catalog::load(kCatalogs + "/good.tsv");
  BOOST_REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().to_string()));
  const onoma::Catalog& catalog = *loaded;
  BOOST_TEST(catalog.size() == 3u);
  const onoma::Entity* choe = catalog.find("choe-son-hui");
  BOOST_REQUIRE(choe != nullptr);
  BOOST_TEST((choe->type == onoma::EntityType::kPerson));
  BOOST_TEST(choe->origin == "ko-KP");
  BOOST_TEST(choe->canonical == "Choe Son-hui");  // no stray '\r' from the CRLF line
  BOOST_TEST(choe->natives == std::vector<std::string>{"\uCD5C\uC120\uD76C"});
  BOOST_TEST((choe->aliases == std::vector<std::string>{"Choi Sun Hee", "Choe Son Hui"}));
  BOOST_TEST(choe->note == "DPRK diplomat");
  BOOST_TEST(choe->line == 5u);
  BOOST_TEST(choe->source == kCatalogs + "/good.tsv");
  const onoma::Entity* ri = catalog.find("ri-yong-ho");
  BOOST_REQUIRE(ri != nullptr);
  BOOST_TEST(ri->natives.size() == 2u);
  BOOST_TEST(ri->note.empty());
  BOOST_TEST(catalog.find("nobody") == nullptr);
}

BOOST_AUTO_TEST_CASE(every_malformed_catalog_reports_each_error_at_its_line_and_column) {
  // Group the expected errors by file, in order.
  std::map<std::string, std::vector<onoma::testing::Row>> expected;
  for (const auto& row : onoma::testing::read_tsv(kCatalogs + "/bad/expected.tsv")) {
    expected[row.at("file")].push_back(row);
  }
  BOOST_REQUIRE(expected.size() >= 15u);
  for (const auto& [file, errors] : expected) {
    const std::string path = kCatalogs + "/bad/" + file;
    const auto loaded = onoma::Catalog::load(path);
    BOOST_TEST_REQUIRE(!loaded.ok(), file << " was accepted");
    BOOST_TEST_REQUIRE(loaded.errors().size() == errors.size(), file);
    for (std::size_t i = 0; i < errors.size(); ++i) {
      const onoma::Diagnostic& got = loaded.errors()[i];
      BOOST_TEST_CONTEXT(file << " error " << i << ": " << got.to_string()) {
        BOOST_TEST((got.severity == onoma::Severity::kError));
        BOOST_TEST(got.file == path);
        BOOST_TEST(got.line == std::stoul(errors[i].at("line")));
        BOOST_TEST(got.column == std::stoul(errors[i].at("column")));
        BOOST_TEST(got.message.find(errors[i].at("message")) != std::string::npos);
        const std::string prefix =
            path + ":" + errors[i].at("line") + ":" + errors[i].at("column") + ": error: ";
        BOOST_TEST(got.to_string().rfind(prefix, 0) == 0u);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_an_error_naming_it) {
  const auto loaded = onoma::Catalog::load(kCatalogs + "/does-not-exist.tsv");
  BOOST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().to_string() ==
             kCatalogs + "/does-not-exist.tsv: error: cannot open catalog file");
}

BOOST_AUTO_TEST_CASE(empty_and_header_only_inputs_are_errors_not_crashes) {
  BOOST_TEST(!onoma::Catalog::parse("", "empty.tsv").ok());
  BOOST_TEST(!onoma::Catalog::parse("#onoma-catalog v1\n", "h.tsv").ok());
  const auto only_columns = onoma::Catalog::parse(
      "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n", "c.tsv");
  BOOST_REQUIRE(only_columns.ok());
  BOOST_TEST(only_columns->empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(combining)

BOOST_AUTO_TEST_CASE(an_id_defined_in_two_catalogs_names_both_places) {
  const std::string head =
      "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n";
  const auto a = onoma::Catalog::parse(head + "x\tperson\ten\tX\t\t\t\n", "a.tsv");
  const auto b = onoma::Catalog::parse(
      head + "# c\ny\tplace\ten\tY\t\t\t\nx\tperson\ten\tX2\t\t\t\n", "b.tsv");
  BOOST_REQUIRE(a.ok() && b.ok());
  const auto combined = onoma::Catalog::combine({*a, *b});
  BOOST_REQUIRE(!combined.ok());
  BOOST_TEST(combined.error().to_string() ==
             "b.tsv:5:1: error: duplicate id 'x' (first defined at a.tsv:3)");
  const auto fine = onoma::Catalog::combine({*b});
  BOOST_REQUIRE(fine.ok());
  BOOST_TEST(fine->size() == 2u);
}

// Issue 7: a rejected catalog changes nothing already loaded. Catalogs are values: loading
// fails as a whole, and what was loaded before (the built-in catalog, another file, a Resolver
// over them) answers exactly as before.
BOOST_AUTO_TEST_CASE(a_rejected_catalog_changes_nothing_already_loaded) {
  const auto good = onoma::Catalog::load(kCatalogs + "/good.tsv");
  BOOST_TEST_REQUIRE(good.ok());
  const onoma::Resolver resolver(*good);
  const onoma::Resolver builtin_resolver;
  const std::vector<std::string> names = {"Choi Sun Hee", "Kim Jong Un", "Sergei Lavrov",
                                          "Xi Jinping",   "Pyongyang",   "Nobody Atall"};
  const auto answers = [&] {
    std::vector<std::string> out;
    for (const std::string& name : names) {
      for (const onoma::Resolver* which : {&resolver, &builtin_resolver}) {
        const onoma::Resolution r = which->resolve(name);
        out.push_back(std::string(onoma::status_name(r.status)) + " " +
                      (r.entity() != nullptr ? r.entity()->id : std::string("-")));
      }
    }
    return out;
  };
  const std::vector<std::string> before = answers();
  const std::size_t builtin_size = onoma::Catalog::builtin().size();
  const std::size_t good_size = good->size();

  // Every malformed text catalog, and a snapshot truncated after its header.
  std::vector<std::string> rejected;
  for (const auto& entry : std::filesystem::directory_iterator(kCatalogs + "/bad")) {
    if (entry.path().extension() == ".tsv" && entry.path().filename() != "expected.tsv")
      rejected.push_back(entry.path().string());
  }
  BOOST_REQUIRE(rejected.size() >= 15u);
  const std::string snapshot =
      (std::filesystem::temp_directory_path() / "onoma-test-catalog-truncated.onoma").string();
  BOOST_TEST_REQUIRE(good->write_snapshot(snapshot).ok());
  {
    std::ifstream in(snapshot, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(snapshot, std::ios::binary | std::ios::trunc) << bytes.substr(0, 100);
  }
  rejected.push_back(snapshot);
  for (const std::string& path : rejected) {
    const auto loaded = onoma::Catalog::load(path);
    BOOST_TEST(!loaded.ok(), path << " was accepted");
    BOOST_TEST(resolver.catalog().size() == good_size);
  }
  std::remove(snapshot.c_str());

  BOOST_TEST(answers() == before, boost::test_tools::per_element());
  BOOST_TEST(onoma::Catalog::builtin().size() == builtin_size);
  BOOST_TEST(good->size() == good_size);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(lint)

BOOST_AUTO_TEST_CASE(check_warns_about_shared_names_non_nfc_text_and_unknown_origins) {
  const auto loaded = onoma::Catalog::load(kCatalogs + "/lint.tsv");
  BOOST_REQUIRE(loaded.ok());
  const auto warnings = loaded->check();
  BOOST_TEST(has_warning(warnings, "shared with entity 'kim-jong-un'", 4));
  BOOST_TEST(has_warning(warnings, "not in Unicode NFC", 5));
  BOOST_TEST(has_warning(warnings, "unknown language 'xq'", 6));
  BOOST_TEST(has_warning(warnings, "unknown region 'ZZ'", 6));
  BOOST_TEST(warnings.size() == 4u);
  for (const auto& warning : warnings) {
    BOOST_TEST(warning.to_string().find(": warning: ") != std::string::npos);
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(builtin)

BOOST_AUTO_TEST_CASE(the_builtin_catalog_parses_and_is_clean) {
  const onoma::Catalog& catalog = onoma::Catalog::builtin();
  BOOST_TEST(catalog.size() >= 90u);
  std::set<onoma::EntityType> types;
  for (const onoma::Entity& entity : catalog) {
    types.insert(entity.type);
    BOOST_TEST(entity.source.rfind("builtin:tables/catalog/", 0) == 0u);
  }
  BOOST_TEST(types.count(onoma::EntityType::kPerson) == 1u);
  BOOST_TEST(types.count(onoma::EntityType::kPlace) == 1u);
  BOOST_TEST(types.count(onoma::EntityType::kOrg) == 1u);
  // Each shipped table must also parse on its own (the built-in loader would skip a broken one).
  for (const char* table : {"people", "places", "orgs"}) {
    const std::string path = std::string(ONOMA_SOURCE_DIR) + "/tables/catalog/" + table + ".tsv";
    const auto loaded = onoma::Catalog::load(path);
    BOOST_TEST(loaded.ok(),
               path << (loaded.ok() ? std::string() : ": " + loaded.error().to_string()));
  }
}

BOOST_AUTO_TEST_CASE(every_entity_the_article_fixtures_name_is_builtin) {
  for (const char* fixture : {"/article_mentions.tsv", "/article_entities.tsv"}) {
    for (const auto& row : onoma::testing::read_tsv(kFixtures + fixture)) {
      BOOST_TEST(onoma::Catalog::builtin().find(row.at("entity")) != nullptr,
                 fixture << ": " << row.at("entity"));
    }
  }
}

BOOST_AUTO_TEST_CASE(builtin_is_one_shared_instance) {
  BOOST_TEST(&onoma::Catalog::builtin() == &onoma::Catalog::builtin());
  const onoma::Catalog copy = onoma::Catalog::builtin();
  BOOST_TEST(copy.begin() == onoma::Catalog::builtin().begin());  // copies share storage
}

BOOST_AUTO_TEST_SUITE_END()
