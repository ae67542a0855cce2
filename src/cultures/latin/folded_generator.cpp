#include "cultures/latin/folded_generator.hpp"

namespace onoma::cultures {

void FoldedReadingGenerator::generate(resolve::TokenSpan span,
                                      std::vector<resolve::Reading>& out) const {
  resolve::Reading reading;
  reading.key = "f:";
  for (const Token& token : span) {
    for (const char c : token.text) {
      if (c != '\'')
        reading.key.push_back(c);
    }
  }
  if (reading.key.size() > 2)
    out.push_back(std::move(reading));
}

}  // namespace onoma::cultures
