#include "cultures/arabic/generators.hpp"

#include "cultures/arabic/skeleton.hpp"

namespace onoma::cultures {
namespace {

// A skeleton this short matches too many names to be evidence.
constexpr std::size_t kMinSkeletonLetters = 3;

}  // namespace

resolve::Affinity ArabicScriptGenerator::affinity(resolve::TokenSpan span) const {
  for (const Token& token : span) {
    if (token.script != Script::kArabic)
      return resolve::Affinity::kNone;
  }
  return span.count == 0 ? resolve::Affinity::kNone : resolve::Affinity::kLikely;
}

void ArabicScriptGenerator::prepare() const {
  arabic::prepare_arabic_letters();
}

void ArabicScriptGenerator::generate(resolve::TokenSpan span,
                                     std::vector<resolve::Reading>& out) const {
  std::string skeleton = arabic::arabic_skeleton(span.tokens, span.count);
  if (skeleton.size() >= kMinSkeletonLetters)
    out.push_back({"s:" + std::move(skeleton), 0.0f});
}

bool ArabicLatinGenerator::applies_to_origin(std::string_view origin) const {
  const std::string_view language = origin.substr(0, origin.find('-'));
  return language == "ar" || language == "fa" || language == "ur" || language == "ps" ||
         language == "ku";
}

resolve::Affinity ArabicLatinGenerator::affinity(resolve::TokenSpan span) const {
  const std::string skeleton = arabic::latin_skeleton(span.tokens, span.count);
  if (skeleton.size() < kMinSkeletonLetters)
    return resolve::Affinity::kNone;
  for (std::size_t t = 0; t < span.count; ++t) {
    const std::string& word = span.tokens[t].text;
    for (const char* particle : {"bin", "ibn", "bint", "abu", "abd", "abdel", "abdul", "abdal"}) {
      if (word == particle && t + 1 < span.count)
        return resolve::Affinity::kLikely;
    }
    if (arabic::latin_skeleton(&span.tokens[t], 1) == "mhmd")
      return resolve::Affinity::kLikely;
    if (t + 1 < span.count && span.tokens[t + 1].separator == Separator::kHyphen &&
        (word == "al" || word == "el")) {
      return resolve::Affinity::kLikely;
    }
  }
  return resolve::Affinity::kPossible;
}

void ArabicLatinGenerator::generate(resolve::TokenSpan span,
                                    std::vector<resolve::Reading>& out) const {
  std::string skeleton = arabic::latin_skeleton(span.tokens, span.count);
  if (skeleton.size() >= kMinSkeletonLetters)
    out.push_back({"s:" + std::move(skeleton), kSkeletonCost});
}

bool ArabicLatinGenerator::may_begin_key(resolve::TokenSpan span,
                                         const resolve::PrefixFilter& catalog_prefixes,
                                         std::vector<resolve::Reading>& /*readings*/) const {
  std::size_t count = span.count;
  if (count > 1 && arabic::is_article(span.tokens[count - 1].text))
    --count;
  const std::string skeleton = arabic::latin_skeleton(span.tokens, count);
  return !skeleton.empty() && catalog_prefixes.may_contain(resolve::extend_prefix(
                                  resolve::extend_prefix(resolve::kEmptyPrefix, "s:"), skeleton));
}

std::vector<std::string_view> ArabicLatinGenerator::lower_case_name_words() const {
  return {"bin", "ibn", "bint", "al", "el"};
}

}  // namespace onoma::cultures
