// Text module: folding, tokens and their hints, scripts, invalid UTF-8, and two properties
// (normalization is idempotent; token offsets map back to the input).
#define BOOST_TEST_MODULE text
#include <boost/test/unit_test.hpp>

#include <random>
#include <string>
#include <vector>

#include <onoma/text.hpp>

namespace {

std::string norm(std::string_view input) {
  return onoma::normalize(input).value();
}

std::vector<onoma::Token> tokens(std::string_view input) {
  return onoma::tokenize(input).value();
}

std::string utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(folding)

BOOST_AUTO_TEST_CASE(case_diacritics_and_compatibility_forms_fold) {
  BOOST_TEST(norm("KIM JONG UN") == "kim jong un");
  BOOST_TEST(norm("Ch\u2019\u014Fe S\u014Fn-h\u016Di") == "ch'oe son hui");  // MR with breves
  BOOST_TEST(norm("Ch'o\u0306e") == "ch'oe");         // a combining breve, not a precomposed one
  BOOST_TEST(norm("\uFF2B\uFF49\uFF4D") == "kim");    // full-width letters (NFKC)
  BOOST_TEST(norm("Stra\u00DFe") == "strasse");       // case folding, not lower-casing
  BOOST_TEST(norm("\u0141\u00F3d\u017A") == "lodz");  // a stroke letter and marks
  BOOST_TEST(norm("Matvi\u00EBnko") == "matvienko");
}

BOOST_AUTO_TEST_CASE(cyrillic_folds_short_i_and_yo_as_the_russian_key_wants) {
  BOOST_TEST(norm("\u0421\u0435\u0440\u0433\u0435\u0439") ==
             "\u0441\u0435\u0440\u0433\u0435\u0438");
  BOOST_TEST(norm("\u0401\u0436") == "\u0435\u0436");
}

BOOST_AUTO_TEST_CASE(hangul_and_kana_keep_their_letters) {
  BOOST_TEST(norm("\uCD5C\uC120\uD76C") == "\uCD5C\uC120\uD76C");
  // Conjoining jamo compose to the syllable.
  BOOST_TEST(norm("\u110E\u116C\u1109\u1165\u11AB\u1112\u1174") == "\uCD5C\uC120\uD76C");
  // The voiced-sound mark of kana is a letter part, not a diacritic to remove.
  BOOST_TEST(norm("\u304C") == "\u304C");
}

BOOST_AUTO_TEST_CASE(apostrophes_hyphens_quotes_and_spaces_unify) {
  for (const char* apostrophe : {"'", "\u2019", "\u02BC", "\u02BB", "\u2018", "`"}) {
    BOOST_TEST(norm(std::string("Ch") + apostrophe + "oe") == "ch'oe");
  }
  for (const char* dash : {"-", "\u2010", "\u2011", "\u2013", "\u2014", "\u2212"}) {
    const auto t = tokens(std::string("Son") + dash + "hui");
    BOOST_REQUIRE_EQUAL(t.size(), 2u);
    BOOST_TEST((t[1].separator == onoma::Separator::kHyphen));
  }
  BOOST_TEST(norm("\u201CKim\u201D\u00A0\t Jong\u2003un") == "kim jong un");
  BOOST_TEST(norm("Kim\u200BJong\u00ADun") == "kimjongun");  // invisible controls vanish
}

BOOST_AUTO_TEST_CASE(possessives_come_off) {
  const auto t = tokens("Pyongyang\u2019s envoy and the Koreas' border");
  BOOST_REQUIRE_EQUAL(t.size(), 6u);
  BOOST_TEST(t[0].text == "pyongyang");
  BOOST_TEST(t[0].possessive);
  BOOST_TEST(t[4].text == "koreas");
  BOOST_TEST(t[4].possessive);
  BOOST_TEST(!t[1].possessive);
  // An apostrophe inside a romanized name stays.
  BOOST_TEST(tokens("Ch'oe")[0].text == "ch'oe");
  BOOST_TEST(tokens("O'Brien's")[0].text == "o'brien");
}

// A soft sign written as a modifier letter (BGN/PCGN's and ISO 9's U+02B9, GOST B's `) belongs
// to its word even at the end: the token spans it and the next word is a part of its own. A
// plain apostrophe there may close a quotation and stays out.
BOOST_AUTO_TEST_CASE(a_soft_sign_ends_its_word) {
  const std::string text = "Igor\u02B9 Strel\u02B9cev and Igor` Strel`cev, 'Igor'";
  const auto t = tokens(text);
  BOOST_REQUIRE_EQUAL(t.size(), 6u);
  BOOST_TEST(t[0].text == "igor");
  BOOST_TEST(text.substr(t[0].begin, t[0].end - t[0].begin) == "Igor\u02B9");
  BOOST_TEST(t[0].stem_end == t[0].end);
  BOOST_TEST((t[1].separator == onoma::Separator::kSpace));
  BOOST_TEST(text.substr(t[3].begin, t[3].end - t[3].begin) == "Igor`");
  BOOST_TEST((t[4].separator == onoma::Separator::kSpace));
  BOOST_TEST(text.substr(t[5].begin, t[5].end - t[5].begin) == "Igor");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(tokens_and_hints)

BOOST_AUTO_TEST_CASE(separators_capitals_and_sentences_are_recorded) {
  const auto t = tokens("Choe Son-hui met LAVROV. Then Kim");
  BOOST_REQUIRE_EQUAL(t.size(), 7u);
  BOOST_TEST((t[0].separator == onoma::Separator::kStart));
  BOOST_TEST(t[0].sentence_start);
  BOOST_TEST((t[1].separator == onoma::Separator::kSpace));
  BOOST_TEST((t[2].separator == onoma::Separator::kHyphen));
  BOOST_TEST(t[1].capitalized);
  BOOST_TEST(!t[2].capitalized);
  BOOST_TEST(!t[1].all_caps);
  BOOST_TEST(t[4].text == "lavrov");
  BOOST_TEST(t[4].all_caps);
  BOOST_TEST((t[5].separator == onoma::Separator::kPunctuation));
  BOOST_TEST(t[5].sentence_start);
  BOOST_TEST(!t[6].sentence_start);
  BOOST_TEST(!t[3].sentence_start);
}

BOOST_AUTO_TEST_CASE(scripts_are_detected_per_token) {
  const auto t = tokens(
      "Choe \uCD5C\uC120\uD76C \u0421\u0435\u0440\u0433\u0435\u0439 "
      "\u4E60\u8FD1\u5E73 \u30AD\u30E0 \u0627\u0644\u0628\u063A\u062F\u0627\u062F\u064A "
      "\u0391\u03B8\u03AE\u03BD\u03B1 \u05E9\u05DC\u05D5\u05DD 2018");
  BOOST_REQUIRE_EQUAL(t.size(), 9u);
  using onoma::Script;
  const std::vector<Script> expected = {Script::kLatin, Script::kHangul, Script::kCyrillic,
                                        Script::kHan,   Script::kKana,   Script::kArabic,
                                        Script::kGreek, Script::kOther,  Script::kOther};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    BOOST_TEST((t[i].script == expected[i]),
               "token " << i << " is " << onoma::script_name(t[i].script));
  }
  BOOST_TEST(t[8].has_digit);
}

BOOST_AUTO_TEST_CASE(a_change_of_script_splits_a_word) {
  const auto t = tokens("Kim\uAE40");
  BOOST_REQUIRE_EQUAL(t.size(), 2u);
  BOOST_TEST((t[1].separator == onoma::Separator::kNone));
}

BOOST_AUTO_TEST_CASE(offsets_point_into_the_input) {
  const std::string input =
      "  \u201CCh\u2019oe\u201D met \u0421\u0435\u0440\u0433\u0435\u0439\u2019s aide";
  const auto t = tokens(input);
  BOOST_REQUIRE_EQUAL(t.size(), 4u);
  BOOST_TEST(input.substr(t[0].begin, t[0].end - t[0].begin) == "Ch\u2019oe");
  // A possessive is part of the token as written, not of its text.
  BOOST_TEST(input.substr(t[2].begin, t[2].end - t[2].begin) ==
             "\u0421\u0435\u0440\u0433\u0435\u0439\u2019s");
  BOOST_TEST(t[2].text == "\u0441\u0435\u0440\u0433\u0435\u0438");
  BOOST_TEST(t[2].possessive);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(invalid_utf8)

BOOST_AUTO_TEST_CASE(lenient_mode_replaces_and_continues) {
  const std::string input = "Kim\xFF Jong\xC3 un\xED\xA0\x80";
  const auto result = onoma::tokenize(input);
  BOOST_REQUIRE(result.ok());
  BOOST_TEST(onoma::to_valid_utf8(input) == "Kim\uFFFD Jong\uFFFD un\uFFFD\uFFFD\uFFFD");
  BOOST_TEST(norm(input) == "kim jong un");
}

BOOST_AUTO_TEST_CASE(strict_mode_reports_the_byte_offset) {
  onoma::TextOptions strict;
  strict.strict_utf8 = true;
  const auto result = onoma::tokenize("Choe \xC0\xAF", strict);
  BOOST_REQUIRE(!result.ok());
  BOOST_TEST(result.error().column == 6u);  // 1-based byte offset of the overlong 0xC0
  BOOST_TEST(result.error().message.find("byte offset 5") != std::string::npos);
  BOOST_TEST(onoma::tokenize("Choe \uCD5C", strict).ok());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(properties)

// Random strings over an alphabet chosen to stress folding: ASCII, Latin with marks, combining
// marks alone, Hangul syllables and jamo, Cyrillic, Han, apostrophes, dashes, controls and
// invalid bytes.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "a",      "K",      "z",       " ",      "-",      "'",      "\u2019",   ".",
      "s",      "\u00E9", "E\u0301", "\u0301", "\u014F", "\u00DF", "\u0130",   "\uFB01",
      "\u3231", "\u00BD", "\uCD5C",  "\u1100", "\u1161", "\u11A8", "\u0439",   "\u0401",
      "\u4E60", "\u304C", "\u200B",  "\t",     "\n",     "\xFF",   "\xE2\x80", "\uFF21",
      "\u2013", "\u00B4", "\u02BC",  "1",      "\u0627", "\u05D0"};
  std::uniform_int_distribution<std::size_t> length(0, 24);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::string out;
  for (std::size_t n = length(rng); n > 0; --n)
    out += pieces[pick(rng)];
  return out;
}

BOOST_AUTO_TEST_CASE(normalization_is_idempotent) {
  std::mt19937 rng(20261122);
  for (int i = 0; i < 20000; ++i) {
    const std::string input = random_text(rng);
    const std::string once = norm(input);
    BOOST_TEST_REQUIRE(norm(once) == once, "input " << i);
  }
}

BOOST_AUTO_TEST_CASE(every_hangul_syllable_normalizes_to_itself) {
  for (char32_t c = 0xAC00; c <= 0xD7A3; ++c) {
    BOOST_TEST_REQUIRE(norm(utf8(c)) == utf8(c));
  }
}

BOOST_AUTO_TEST_CASE(token_offsets_map_back_to_the_input) {
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    const std::string input = random_text(rng);
    std::size_t previous_begin = 0;
    std::size_t previous_end = 0;
    for (const onoma::Token& token : tokens(input)) {
      BOOST_TEST_REQUIRE(token.begin < token.end);
      BOOST_TEST_REQUIRE(token.end <= input.size());
      // In order; tokens overlap only when one input character folded into several ("½").
      BOOST_TEST_REQUIRE(token.begin >= previous_begin);
      BOOST_TEST_REQUIRE(token.end >= previous_end);
      previous_begin = token.begin;
      previous_end = token.end;
      // The token's text comes from its own slice of the input. Tokens that share one input
      // segment share its bytes ("½" folds to the tokens "1" and "2"; "1" and a following
      // vowel jamo form one segment), so the slice may fold to more than this token.
      const auto slice = onoma::tokenize(input.substr(token.begin, token.end - token.begin));
      std::string joined;
      for (const onoma::Token& part : *slice)
        joined += part.text;
      BOOST_TEST_REQUIRE(joined.find(token.text) != std::string::npos,
                         "input " << i << ", token " << token.text);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
