#include "cultures/russian/spelling_table.hpp"

#include <algorithm>

#include "embedded/embedded.hpp"
#include "resolve/prefix_filter.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"

namespace onoma::cultures::russian {
namespace {

// The folded letter of one Cyrillic code point: 0 to drop it, U+FFFF when it is no Cyrillic
// letter at all.
char32_t fold_letter(char32_t c) {
  if (c >= U'А' && c <= U'Я')
    c = c - U'А' + U'а';
  switch (c) {
    case U'ё':
    case U'Ё':
    case U'э':
    case U'є':
    case U'Є':
      return U'е';
    case U'й':
    case U'ы':
    case U'і':
    case U'ї':
    case U'І':
    case U'Ї':
      return U'и';
    case U'ь':
    case U'ъ':
    case U'\'':
      return 0;
    case U'ґ':
    case U'Ґ':
      return U'г';
    case U'ў':
    case U'Ў':
      return U'у';
    default:
      break;
  }
  if (c >= U'а' && c <= U'я')
    return c;
  return 0xFFFF;
}

float parse_cost(std::string_view text, bool& ok) {
  try {
    std::size_t used = 0;
    const double cost = std::stod(std::string(text), &used);
    ok = used == text.size() && cost >= 0 && cost <= 1;
    return static_cast<float>(cost);
  } catch (...) {
    ok = false;
    return 0;
  }
}

bool lower_ascii_or_apostrophe(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](char c) { return (c >= 'a' && c <= 'z') || c == '\''; });
}

std::string ascii_lower(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z')
      out.push_back(c);
  }
  return out;
}

// The letter a folded letter adds to a key after `previous` (the last letter written), or 0 for
// none: a doubled letter is written once, and after ж ч ш щ, ё is often written о (Хрущёв, German
// Chruschtschow, French Khrouchtchov): one sound, one key.
char32_t key_letter(char32_t folded, char32_t previous) {
  if (folded == 0 || folded == previous)
    return 0;
  if (folded == U'о' && (previous == U'ж' || previous == U'ч' || previous == U'ш')) {
    return U'е';
  }
  return folded;
}

// Calls emit(letter) for each letter a folded letter adds to a key after `previous`, and updates
// `previous`. щ is written шч: every system spells it as ш and ч (shch, schtsch, chtch, szcz,
// sjtsj), and a reading that spells the two apart ("Khrusjtjov", Dutch with tj for ч) is the
// same name as Хрущёв.
template <typename Emit>
void for_each_key_letter(char32_t folded, char32_t& previous, Emit emit) {
  const auto write = [&](char32_t letter) {
    letter = key_letter(letter, previous);
    if (letter == 0)
      return;
    emit(letter);
    previous = letter;
  };
  if (folded == U'щ') {
    write(U'ш');
    write(U'ч');
  } else {
    write(folded);
  }
}

// Whether `text` is folded Cyrillic letters only (latin.tsv's cyrillic column).
bool is_folded_cyrillic(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(text, i);
    i += decoded.length;
    if (fold_letter(decoded.code_point) != decoded.code_point)
      return false;
  }
  return true;
}

}  // namespace

bool append_cyrillic_key(std::string_view text, std::string& key) {
  char32_t previous = 0;
  for (std::size_t i = 0; i < text.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(text, i);
    i += decoded.length;
    const char32_t folded = fold_letter(decoded.code_point);
    if (folded == 0xFFFF)
      return false;
    for_each_key_letter(folded, previous, [&](char32_t letter) { text::append_utf8(key, letter); });
  }
  return true;
}

void KeyPrefix::append(std::string_view folded) {
  for (std::size_t i = 0; i < folded.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(folded, i);
    i += decoded.length;
    for_each_key_letter(decoded.code_point, previous, [&](char32_t letter) {
      char bytes[4];
      hash = resolve::extend_prefix(hash, {bytes, text::encode_utf8(letter, bytes)});
    });
  }
}

std::string collapse_doubled(std::string_view folded) {
  std::string key;
  append_cyrillic_key(folded, key);
  return key;
}

Result<SpellingTable> SpellingTable::parse(const Sources& sources) {
  SpellingTable table;
  std::vector<Diagnostic> errors;
  const std::string latin_name(sources.latin_name);
  text::for_each_tsv_row(
      sources.latin, sources.latin_name, "latin\tcyrillic\tcost\tcontext", 4, errors,
      [&](std::uint32_t line, const std::vector<std::string_view>& fields) {
        const auto fail = [&](std::size_t field, std::string message) {
          std::uint32_t column = 1;
          for (std::size_t f = 0; f < field; ++f)
            column += static_cast<std::uint32_t>(fields[f].size() + 1);
          errors.push_back({Severity::kError, latin_name, line, column, std::move(message)});
        };
        if (!lower_ascii_or_apostrophe(fields[0]))
          return fail(0, "the Latin spelling must be lower-case ASCII letters or \"'\"");
        if (!is_folded_cyrillic(fields[1]))
          return fail(1, "the Cyrillic must be folded Cyrillic letters (no ё э й ы ь ъ)");
        std::string cyrillic(fields[1]);
        bool ok = false;
        const float cost = parse_cost(fields[2], ok);
        if (!ok)
          return fail(2, "the cost must be a number from 0 to 1");
        SpellingContext context;
        if (fields[3] == "-") {
          context = SpellingContext::kAnywhere;
        } else if (fields[3] == "^") {
          context = SpellingContext::kTokenStart;
        } else if (fields[3] == "$") {
          context = SpellingContext::kTokenEnd;
        } else if (fields[3] == "V") {
          context = SpellingContext::kAfterVowel;
        } else if (fields[3] == ">V") {
          context = SpellingContext::kBeforeVowel;
        } else if (fields[3] == "H") {
          context = SpellingContext::kAfterHushing;
        } else {
          return fail(3, "the context must be one of - ^ $ V >V H");
        }
        table.by_first_[static_cast<unsigned char>(fields[0][0])].push_back(
            {std::string(fields[0]), std::move(cyrillic), cost, context});
        table.longest_latin_ = std::max(table.longest_latin_, fields[0].size());
      });
  for (std::vector<Spelling>& spellings : table.by_first_) {
    std::stable_sort(spellings.begin(), spellings.end(), [](const Spelling& a, const Spelling& b) {
      return a.latin.size() > b.latin.size();
    });
  }

  if (!sources.given_names.empty()) {
    const std::string given_name(sources.given_names_name);
    text::for_each_tsv_row(
        sources.given_names, sources.given_names_name, "cyrillic", 1, errors,
        [&](std::uint32_t line, const std::vector<std::string_view>& fields) {
          std::string key;
          if (!append_cyrillic_key(fields[0], key) || key.empty()) {
            errors.push_back(
                {Severity::kError, given_name, line, 1, "the given name must be Cyrillic letters"});
            return;
          }
          // Column 3 (english_equivalents): comma-separated names that are not spellings.
          if (fields.size() >= 3) {
            for (std::string_view equivalent : text::split_fields(fields[2], ',')) {
              const std::string latin = ascii_lower(equivalent);
              if (!latin.empty())
                table.equivalents_[latin].push_back(key);
            }
          }
          table.given_names_.insert(std::move(key));
        });
  }
  if (!errors.empty())
    return Result<SpellingTable>(std::move(errors));
  return table;
}

const SpellingTable& SpellingTable::builtin() {
  static const SpellingTable table = [] {
    Sources sources;
    for (const embedded::File& file : embedded::russian_tables()) {
      const std::string_view name = file.name;
      if (name.size() >= 9 && name.substr(name.size() - 9) == "latin.tsv") {
        sources.latin = file.text();
      } else if (name.size() >= 15 && name.substr(name.size() - 15) == "given_names.tsv") {
        sources.given_names = file.text();
      }
    }
    sources.latin_name = "builtin:tables/russian/latin.tsv";
    sources.given_names_name = "builtin:tables/russian/given_names.tsv";
    Result<SpellingTable> parsed = parse(sources);
    // The test suite parses the shipped tables; an empty table only disables the decoder.
    return parsed ? std::move(parsed).value() : SpellingTable();
  }();
  return table;
}

const std::vector<Spelling>& SpellingTable::starting_with(char first) const {
  return by_first_[static_cast<unsigned char>(first)];
}

bool SpellingTable::is_given_name(std::string_view key) const {
  return given_names_.count(std::string(key)) > 0;
}

const std::vector<std::string>& SpellingTable::equivalent_given_names(
    std::string_view latin) const {
  static const std::vector<std::string> kNone;
  const auto found = equivalents_.find(std::string(latin));
  return found == equivalents_.end() ? kNone : found->second;
}

}  // namespace onoma::cultures::russian
