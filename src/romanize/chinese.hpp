// Forward romanization of Chinese: Han read through the generated pinyin table
// (cultures/chinese/han_readings.hpp), written in pinyin or, through tables/chinese/
// wade_giles.tsv, in Wade–Giles. No transliterator runs per call.
#pragma once

#include <string>
#include <string_view>

#include "onoma/romanize.hpp"

namespace onoma::romanize_detail {

// `text` (valid UTF-8) in zh-pinyin or zh-wade-giles. Han characters become syllables separated
// by spaces; everything else passes through. As a name (options.as_name, two to four Han
// characters, optionally "surname given" with a space): zh-pinyin "Xí Jìnpíng" (or "Xi Jinping"
// without tone marks), zh-wade-giles "Hsi Chin-p'ing".
std::string romanize_chinese(std::string_view text, System system, const RomanizeOptions& options);

}  // namespace onoma::romanize_detail
