#include "cultures/korean/romanized_generator.hpp"

#include "cultures/korean/hangul.hpp"

namespace onoma::cultures {

bool RomanizedKoreanGenerator::applies_to_origin(std::string_view origin) const {
  return origin == "ko" || origin.substr(0, 3) == "ko-";
}

void RomanizedKoreanGenerator::generate(resolve::TokenSpan span,
                                        std::vector<resolve::Reading>& out) const {
  for (const korean::HangulReading& reading : decoder_.decode(span)) {
    out.push_back({"h:" + korean::fold_initial_sounds(reading.hangul), reading.cost});
  }
}

}  // namespace onoma::cultures
