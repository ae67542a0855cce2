#include "resolve/generators.hpp"

#include "cultures/korean/hangul_generator.hpp"
#include "cultures/korean/romanized_generator.hpp"
#include "cultures/latin/folded_generator.hpp"

namespace onoma::resolve {

const Generators& default_generators() {
  static const Generators generators = [] {
    Generators list;
    list.push_back(std::make_unique<cultures::FoldedReadingGenerator>());
    list.push_back(std::make_unique<cultures::HangulReadingGenerator>(
        cultures::korean::SyllableTable::builtin()));
    list.push_back(std::make_unique<cultures::RomanizedKoreanGenerator>(
        cultures::korean::SyllableTable::builtin()));
    return list;
  }();
  return generators;
}

}  // namespace onoma::resolve
