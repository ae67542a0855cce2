#include "resolve/generators.hpp"

#include <algorithm>

#include "cultures/arabic/generators.hpp"
#include "cultures/chinese/generators.hpp"
#include "cultures/korean/hangul_generator.hpp"
#include "cultures/korean/romanized_generator.hpp"
#include "cultures/latin/folded_generator.hpp"
#include "cultures/russian/generators.hpp"

namespace onoma::resolve {

bool ReadingGenerator::may_begin_key(TokenSpan span, const PrefixFilter& catalog_prefixes,
                                     std::vector<Reading>& readings) const {
  if (!reads_queries() && affinity(span) != Affinity::kLikely)
    return false;
  readings.clear();
  generate_pruned(span, catalog_prefixes, readings);
  return std::any_of(readings.begin(), readings.end(), [&](const Reading& reading) {
    return catalog_prefixes.may_contain(extend_prefix(kEmptyPrefix, reading.key));
  });
}

const Generators& default_generators() {
  static const Generators generators = [] {
    Generators list;
    list.push_back(std::make_unique<cultures::FoldedReadingGenerator>());
    list.push_back(std::make_unique<cultures::HangulReadingGenerator>(
        cultures::korean::SyllableTable::builtin()));
    list.push_back(std::make_unique<cultures::RomanizedKoreanGenerator>(
        cultures::korean::SyllableTable::builtin()));
    list.push_back(std::make_unique<cultures::CyrillicReadingGenerator>());
    list.push_back(std::make_unique<cultures::RomanizedRussianGenerator>(
        cultures::russian::SpellingTable::builtin()));
    list.push_back(
        std::make_unique<cultures::HanReadingGenerator>(cultures::chinese::PinyinTable::builtin()));
    list.push_back(std::make_unique<cultures::RomanizedChineseGenerator>(
        cultures::chinese::PinyinTable::builtin()));
    list.push_back(std::make_unique<cultures::ArabicScriptGenerator>());
    list.push_back(std::make_unique<cultures::ArabicLatinGenerator>());
    return list;
  }();
  return generators;
}

bool same_language(std::string_view a, std::string_view b) {
  return a.substr(0, a.find('-')) == b.substr(0, b.find('-'));
}

bool runs_for_origin(const ReadingGenerator& generator, std::string_view origin) {
  if (origin.empty())
    return true;  // the usual case, asked for every generator of every look-up: no virtual call
  const std::string_view language = generator.language();
  if (language.empty() || generator.reads_native_script())
    return true;
  return same_language(origin, language);
}

}  // namespace onoma::resolve
