#include "resolve/index.hpp"

#include "catalog/storage.hpp"

namespace onoma::resolve {
namespace {

const std::vector<Posting>& lookup(const std::unordered_map<std::string, std::vector<Posting>>& map,
                                   std::string_view key) {
  static const std::vector<Posting> kNone;
  // C++17 unordered_map has no heterogeneous lookup; the copy is one short string.
  const auto found = map.find(std::string(key));
  return found == map.end() ? kNone : found->second;
}

void add(std::unordered_map<std::string, std::vector<Posting>>& map, std::string key,
         const Posting& posting) {
  std::vector<Posting>& postings = map[std::move(key)];
  // A name can produce the same key twice (two generators agreeing); keep the cheaper one.
  for (Posting& existing : postings) {
    if (existing.entity == posting.entity && existing.name == posting.name &&
        existing.part == posting.part) {
      if (posting.cost < existing.cost)
        existing.cost = posting.cost;
      return;
    }
  }
  postings.push_back(posting);
}

}  // namespace

std::vector<std::size_t> part_boundaries(const std::vector<Token>& tokens) {
  std::vector<std::size_t> boundaries;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Separator separator = tokens[i].separator;
    if (i == 0 || (separator != Separator::kHyphen && separator != Separator::kNone &&
                   separator != Separator::kApostrophe)) {
      boundaries.push_back(i);
    }
  }
  boundaries.push_back(tokens.size());
  return boundaries;
}

std::vector<Token> rotate_parts(const std::vector<Token>& tokens,
                                const std::vector<std::size_t>& boundaries, std::size_t r) {
  const auto middle = tokens.begin() + static_cast<std::ptrdiff_t>(boundaries[r]);
  std::vector<Token> rotated(middle, tokens.end());
  rotated.insert(rotated.end(), tokens.begin(), middle);
  rotated.front().separator = Separator::kStart;
  rotated[tokens.size() - boundaries[r]].separator = Separator::kSpace;
  return rotated;
}

ReadingIndex::ReadingIndex(const Catalog& catalog,
                           const std::vector<std::unique_ptr<ReadingGenerator>>& generators) {
  std::vector<Reading> readings;
  for (std::uint32_t e = 0; e < catalog.size(); ++e) {
    const Entity& entity = catalog[e];
    const std::vector<std::string_view> names = catalog::names_of(entity);
    for (std::size_t n = 0; n < names.size() && n <= 0xFFFF; ++n) {
      Result<std::vector<Token>> tokens = tokenize(names[n]);
      if (!tokens || tokens->empty())
        continue;
      const std::vector<std::size_t> boundaries = part_boundaries(*tokens);
      const std::size_t part_count = boundaries.size() - 1;

      readings.clear();
      for (const auto& generator : generators) {
        if (generator->applies_to_origin(entity.origin)) {
          generator->generate({tokens->data(), tokens->size()}, readings);
        }
      }
      for (Reading& reading : readings) {
        add(whole_, std::move(reading.key),
            {e, static_cast<std::uint16_t>(n), kWholeName,
             static_cast<std::uint8_t>(std::min<std::size_t>(part_count, 0xFE)), reading.cost});
      }

      if (entity.type == EntityType::kPerson) {
        // Parts a generator finds inside one word (Hangul 최선희 -> 최 + 선희).
        std::vector<std::pair<std::size_t, Reading>> inner_parts;
        for (const auto& generator : generators) {
          inner_parts.clear();
          const std::size_t count =
              generator->applies_to_origin(entity.origin)
                  ? generator->generate_parts({tokens->data(), tokens->size()}, inner_parts)
                  : 0;
          for (auto& [part, reading] : inner_parts) {
            add(parts_, std::move(reading.key),
                {e, static_cast<std::uint16_t>(n), static_cast<std::uint8_t>(part),
                 static_cast<std::uint8_t>(count), reading.cost});
          }
        }
      }

      // A person is often named by one part only ("Lavrov", "Choe"): index the parts too.
      if (entity.type != EntityType::kPerson || part_count < 2 || part_count > 0xFE)
        continue;
      for (std::size_t p = 0; p < part_count; ++p) {
        readings.clear();
        const TokenSpan span{tokens->data() + boundaries[p], boundaries[p + 1] - boundaries[p]};
        // An initial ("R." of "Michael R. Pompeo") names no one on its own.
        if (span.count == 1 && span.tokens->text.size() == 1)
          continue;
        for (const auto& generator : generators) {
          if (generator->applies_to_origin(entity.origin))
            generator->generate(span, readings);
        }
        for (Reading& reading : readings) {
          add(parts_, std::move(reading.key),
              {e, static_cast<std::uint16_t>(n), static_cast<std::uint8_t>(p),
               static_cast<std::uint8_t>(part_count), reading.cost});
        }
      }
    }
  }
}

const std::vector<Posting>& ReadingIndex::whole(std::string_view key) const {
  return lookup(whole_, key);
}

const std::vector<Posting>& ReadingIndex::parts(std::string_view key) const {
  return lookup(parts_, key);
}

}  // namespace onoma::resolve
