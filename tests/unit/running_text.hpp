// Names in running text, for tests that check annotate() finds each spelling whole.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <onoma/resolver.hpp>

namespace onoma::testing {

// The id of the entity annotate() links `name` to when `name` stands in a sentence of running
// text and one mention spans exactly it; otherwise a description of what it found instead.
inline std::string found_in_running_text(const onoma::Resolver& resolver, const std::string& name) {
  const std::string before = "On Monday, ";
  const std::string text = before + name + " told reporters that the talks would go on.";
  std::string found;
  for (const onoma::Mention& mention : resolver.annotate(text)) {
    if (mention.begin == before.size() && mention.end == before.size() + name.size()) {
      return mention.entity() != nullptr
                 ? mention.entity()->id
                 : "(" + std::string(onoma::status_name(mention.resolution.status)) + ")";
    }
    found += " '" + text.substr(mention.begin, mention.end - mention.begin) + "'";
  }
  return "(not whole:" + found + ")";
}

// Each mention annotate() finds in `text`, in order, as "the text as written=entity id" ("?"
// when it links to no single entity).
inline std::vector<std::string> mentions_found_in(const onoma::Resolver& resolver,
                                                  const std::string& text) {
  std::vector<std::string> found;
  for (const onoma::Mention& mention : resolver.annotate(text)) {
    found.push_back(text.substr(mention.begin, mention.end - mention.begin) + "=" +
                    (mention.entity() != nullptr ? mention.entity()->id : "?"));
  }
  return found;
}

}  // namespace onoma::testing
