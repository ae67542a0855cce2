#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "catalog/storage.hpp"
#include "onoma/resolver.hpp"
#include "resolve/generators.hpp"
#include "resolve/index.hpp"
#include "resolve/scores.hpp"
#include "resolve/titles.hpp"

namespace onoma {
namespace {

using resolve::Posting;
using resolve::Reading;
using resolve::TokenSpan;

using resolve::kExactScore;
using resolve::kMaxRotations;
using resolve::kNormalizedScore;
using resolve::kPartialScore;
using resolve::kReorderedScore;
// Longest span annotate() tries, in tokens, whatever the catalog holds.
constexpr std::size_t kMaxSpanTokens = 12;

// A Latin word written in lower case, as running text writes ordinary words.
bool is_lower_case_word(const Token& token) {
  return token.script == Script::kLatin && !token.capitalized && !token.all_caps;
}

NameKind kind_of_name(const Entity& entity, std::size_t name_index) {
  if (name_index == 0)
    return NameKind::kCanonical;
  return name_index <= entity.natives.size() ? NameKind::kNative : NameKind::kAlias;
}

bool surname_first(std::string_view origin) {
  for (const std::string_view language : {"ko", "zh", "ja", "vi", "hu", "mn"}) {
    if (origin.substr(0, language.size()) == language &&
        (origin.size() == language.size() || origin[language.size()] == '-')) {
      return true;
    }
  }
  return false;
}

std::uint8_t surname_part(const Entity& entity, const resolve::Posting& posting) {
  return surname_first(entity.origin) ? 0 : static_cast<std::uint8_t>(posting.part_count - 1);
}

std::string_view strip_tag(std::string_view key) {
  const std::size_t colon = key.find(':');
  return colon == std::string_view::npos ? key : key.substr(colon + 1);
}

}  // namespace

std::vector<std::string> estimate_origins(std::string_view name) {
  std::vector<std::string> origins;
  Result<std::vector<Token>> tokens = tokenize(name);
  if (!tokens || tokens->empty())
    return origins;
  const TokenSpan span{tokens->data(), tokens->size()};
  std::vector<Reading> readings;
  for (const auto& generator : resolve::default_generators()) {
    const std::string language(generator->language());
    if (language.empty() || generator->affinity(span) != resolve::Affinity::kLikely ||
        std::find(origins.begin(), origins.end(), language) != origins.end()) {
      continue;
    }
    readings.clear();
    generator->generate(span, readings);
    if (!readings.empty())
      origins.push_back(language);
  }
  return origins;
}

std::string_view status_name(Status status) {
  switch (status) {
    case Status::kResolved:
      return "resolved";
    case Status::kAmbiguous:
      return "ambiguous";
    case Status::kUnknown:
      return "unknown";
  }
  return "unknown";
}

std::string_view name_kind_name(NameKind kind) {
  switch (kind) {
    case NameKind::kCanonical:
      return "canonical";
    case NameKind::kNative:
      return "native";
    case NameKind::kAlias:
      return "alias";
  }
  return "alias";
}

std::string_view match_kind_name(MatchKind kind) {
  switch (kind) {
    case MatchKind::kExact:
      return "exact";
    case MatchKind::kNormalized:
      return "normalized";
    case MatchKind::kReordered:
      return "reordered";
    case MatchKind::kPartial:
      return "partial";
  }
  return "partial";
}

std::string Explanation::to_string() const {
  std::string out =
      fmt::format("{} match of {} name '{}' via {} reading '{}'", match_kind_name(match),
                  name_kind_name(name_kind), matched_name, via, reading);
  if (cost > 0)
    out += fmt::format(" (cost {:.2f})", cost);
  if (!context.empty())
    out += fmt::format("; linked to the earlier mention {}", context);
  if (!stripped.empty()) {
    out += "; stripped";
    for (const std::string& title : stripped)
      out += fmt::format(" '{}'", title);
  }
  return out;
}

struct Resolver::Impl {
  Catalog catalog;
  ResolverOptions options;
  const resolve::Generators& generators = resolve::default_generators();
  std::unique_ptr<resolve::ReadingIndex> index;
  std::size_t longest_name_tokens = 1;  // annotate() tries no longer span
  // The Latin words of catalog names after their first word, folded ("bin" of "Osama bin Laden",
  // "talks" of "Six-Party Talks"): the only lower-case words annotate() lets a span run into.
  std::unordered_set<std::string> later_name_words;

  Impl(Catalog catalog_in, ResolverOptions options_in)
      : catalog(std::move(catalog_in)), options(options_in) {
    index = resolve::ReadingIndex::for_catalog(catalog, generators);  // a snapshot's, or built
    for (const Entity& entity : catalog) {
      for (std::string_view name : catalog::names_of(entity)) {
        const Result<std::vector<Token>> tokens = tokenize(name);
        if (!tokens)
          continue;
        longest_name_tokens = std::max(longest_name_tokens, tokens->size());
        for (std::size_t t = 1; t < tokens->size(); ++t) {
          if ((*tokens)[t].script == Script::kLatin)
            later_name_words.insert((*tokens)[t].text);
        }
      }
    }
    longest_name_tokens = std::min(longest_name_tokens, kMaxSpanTokens);
  }

  // The best evidence for one entity. Its Explanation is written only for the candidates
  // decide() keeps: a common surname alone ("Kim") has thousands of postings.
  struct Pending {
    double score;
    double cost;
    std::uint32_t key;  // index into Evidence::keys
    std::uint16_t name;
    MatchKind kind;
    std::string_view via;  // a generator's name, which lives as long as the generator
  };

  // Evidence gathered for one query, best per entity.
  struct Evidence {
    std::unordered_map<std::uint32_t, Pending> best;
    std::vector<std::string> keys;      // the reading keys that gave evidence
    std::vector<std::string> stripped;  // titles taken off the query
    bool whole_name_found = false;
  };

  void collect(std::string_view mention, const std::vector<Token>& tokens,
               const std::vector<std::string>& stripped, const Hints& hints, Evidence& evidence,
               bool allow_reordering = true) const {
    const std::vector<std::size_t> boundaries = resolve::part_boundaries(tokens);
    const std::size_t part_count = boundaries.size() - 1;
    std::vector<Reading> readings;

    // The query as written, without a possessive "'s" (which no catalog name has).
    const std::string_view as_written =
        mention.substr(tokens.front().begin, tokens.back().stem_end - tokens.front().begin);

    evidence.stripped = stripped;
    const auto consider = [&](resolve::Postings postings, MatchKind match, const Reading& reading,
                              std::string_view via) {
      std::uint32_t key = 0;
      bool key_kept = false;
      for (const Posting& posting : postings) {
        const Entity& entity = catalog[posting.entity];
        if (hints.type && entity.type != *hints.type)
          continue;
        // A caller who knows the name is Chinese wants no Korean entity, whatever the spelling.
        if (!hints.origin.empty() && !entity.origin.empty() &&
            !resolve::same_language(entity.origin, hints.origin)) {
          continue;
        }
        // A part alone names a person only when it is the surname: the first part in East
        // Asian name order (Choe of Choe Son-hui, 최 of 최선희), the last otherwise (Lavrov).
        if (match == MatchKind::kPartial && posting.part != surname_part(entity, posting))
          continue;
        const std::string_view name = catalog::name_of(entity, posting.name);
        MatchKind kind = match;
        if (kind == MatchKind::kNormalized && name == as_written)
          kind = MatchKind::kExact;
        const double base = kind == MatchKind::kExact        ? kExactScore
                            : kind == MatchKind::kNormalized ? kNormalizedScore
                            : kind == MatchKind::kReordered  ? kReorderedScore
                                                             : kPartialScore;
        const double cost = static_cast<double>(reading.cost) + posting.cost;
        const double score = std::clamp(base * (1.0 - cost), 0.0, 1.0);
        if (kind != MatchKind::kPartial)
          evidence.whole_name_found = true;

        auto [slot, inserted] = evidence.best.try_emplace(posting.entity);
        if (!inserted && slot->second.score >= score)
          continue;
        if (!key_kept) {
          key = static_cast<std::uint32_t>(evidence.keys.size());
          evidence.keys.push_back(reading.key);
          key_kept = true;
        }
        slot->second = Pending{score, cost, key, posting.name, kind, via};
      }
    };

    const auto look_up = [&](TokenSpan span, MatchKind match) {
      for (const auto& generator : generators) {
        if (!resolve::runs_for_origin(*generator, hints.origin))
          continue;
        if (!generator->reads_queries() &&
            generator->affinity(span) != resolve::Affinity::kLikely) {
          continue;
        }
        readings.clear();
        // Decoders follow the catalog's keys: what no catalog key begins with is dropped early.
        generator->generate_pruned(span, index->prefixes(), readings);
        for (const Reading& reading : readings) {
          const auto& postings =
              match == MatchKind::kPartial ? index->parts(reading.key) : index->whole(reading.key);
          consider(postings, match, reading, generator->name());
        }
      }
    };

    look_up({tokens.data(), tokens.size()}, MatchKind::kNormalized);

    // Order-free: the same parts, rotated ("Jong-un Kim", "LAVROV Sergei"). A rotation scores
    // at most kReorderedScore; once the best evidence is more than the ambiguity margin above
    // that, no rotation can change the decision, and the decoders need not run again.
    double best_score = 0;
    for (const auto& [entity, candidate] : evidence.best)
      best_score = std::max(best_score, candidate.score);
    if (best_score - options.ambiguity_margin > kReorderedScore)
      allow_reordering = false;
    for (std::size_t r = 1; allow_reordering && r < part_count && r <= kMaxRotations; ++r) {
      const std::vector<Token> rotated = resolve::rotate_parts(tokens, boundaries, r);
      look_up({rotated.data(), rotated.size()}, MatchKind::kReordered);
    }

    if (!evidence.whole_name_found && part_count == 1) {
      look_up({tokens.data(), tokens.size()}, MatchKind::kPartial);
    }
  }

  // Whether some catalog key (whole name or part) may begin with a reading of `span`: annotate()
  // lengthens a span only while this holds. Every generator's keys grow by concatenation as a
  // span grows, so once no reading of a span can begin a key, no reading of a longer one can.
  bool may_begin_name(TokenSpan span, std::vector<Reading>& readings) const {
    for (const auto& generator : generators) {
      if (!generator->reads_queries() && generator->affinity(span) != resolve::Affinity::kLikely) {
        continue;
      }
      readings.clear();
      generator->generate_pruned(span, index->prefixes(), readings);
      for (const Reading& reading : readings) {
        if (index->prefixes().may_contain(
                resolve::extend_prefix(resolve::kEmptyPrefix, reading.key))) {
          return true;
        }
      }
    }
    return false;
  }

  // The decision on `evidence`. When more candidates tie than max_tied, the ones listed are the
  // best by score and id, except that tied entities of `keep_listed` (those a document named in
  // full earlier, for annotate() to link to) are always listed.
  Resolution decide(Evidence& evidence,
                    const std::vector<std::uint32_t>* keep_listed = nullptr) const {
    Resolution resolution;
    std::vector<std::pair<std::uint32_t, const Pending*>> ranked;
    ranked.reserve(evidence.best.size());
    double best = 0;
    for (const auto& [entity, pending] : evidence.best) {
      ranked.emplace_back(entity, &pending);
      best = std::max(best, pending.score);
    }
    // Best first, ties by id; only the candidates reported are put in order.
    std::size_t keep = options.max_candidates;
    if (!ranked.empty() && best >= options.resolve_threshold) {
      std::size_t close = 0;
      for (const auto& [entity, pending] : ranked)
        close += pending->score >= best - options.ambiguity_margin;
      resolution.status = close > 1 ? Status::kAmbiguous : Status::kResolved;
      resolution.tied = close;
      resolution.chosen = std::min(close, std::max<std::size_t>(options.max_tied, 2));
      keep = std::max(resolution.chosen, options.max_candidates);
    } else {
      resolution.status = Status::kUnknown;
    }
    keep = std::min(keep, ranked.size());
    const auto better = [&](const auto& a, const auto& b) {
      if (a.second->score != b.second->score)
        return a.second->score > b.second->score;
      return catalog[a.first].id < catalog[b.first].id;
    };
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                      ranked.end(), better);
    if (keep_listed != nullptr && resolution.tied > resolution.chosen) {
      const double floor = best - options.ambiguity_margin;
      std::size_t replace = resolution.chosen;  // the next listed slot to give up, from the end
      for (std::size_t i = resolution.chosen; i < ranked.size() && replace > 0; ++i) {
        if (ranked[i].second->score < floor || std::find(keep_listed->begin(), keep_listed->end(),
                                                         ranked[i].first) == keep_listed->end()) {
          continue;
        }
        // Give up the worst listed candidate that the document did not name.
        while (replace > 0 && std::find(keep_listed->begin(), keep_listed->end(),
                                        ranked[replace - 1].first) != keep_listed->end()) {
          --replace;
        }
        if (replace == 0)
          break;
        std::swap(ranked[--replace], ranked[i]);
      }
      std::sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(resolution.chosen),
                better);
    }
    resolution.candidates.reserve(keep);
    for (std::size_t i = 0; i < keep; ++i) {
      const Entity& entity = catalog[ranked[i].first];
      const Pending& pending = *ranked[i].second;
      Candidate candidate;
      candidate.entity = &entity;
      candidate.score = pending.score;
      candidate.explanation = Explanation{std::string(catalog::name_of(entity, pending.name)),
                                          kind_of_name(entity, pending.name),
                                          pending.kind,
                                          std::string(strip_tag(evidence.keys[pending.key])),
                                          std::string(pending.via),
                                          pending.cost,
                                          evidence.stripped,
                                          {}};
      resolution.candidates.push_back(std::move(candidate));
    }
    return resolution;
  }
};

Resolver::Resolver(Catalog catalog, ResolverOptions options)
    : impl_(std::make_shared<const Impl>(std::move(catalog), options)) {}
Resolver::~Resolver() = default;
Resolver::Resolver(const Resolver&) = default;
Resolver& Resolver::operator=(const Resolver&) = default;
Resolver::Resolver(Resolver&&) noexcept = default;
Resolver& Resolver::operator=(Resolver&&) noexcept = default;

const Catalog& Resolver::catalog() const {
  return impl_->catalog;
}
const ResolverOptions& Resolver::options() const {
  return impl_->options;
}

Resolution Resolver::resolve(std::string_view mention, const Hints& hints) const {
  Result<std::vector<Token>> tokenized = tokenize(mention);
  if (!tokenized || tokenized->empty())
    return Resolution{};
  std::vector<Token>& tokens = tokenized.value();

  Impl::Evidence evidence;
  impl_->collect(mention, tokens, {}, hints, evidence);

  // Titles come off only when the mention as a whole is no name: "General Assembly" is an
  // organization before "General" is a title.
  if (!evidence.whole_name_found && impl_->options.strip_titles) {
    const std::size_t title_tokens = resolve::Titles::builtin().leading_title_tokens(tokens);
    if (title_tokens > 0) {
      // As written, up to the name: "Vice Foreign Minister", "Mr." (with its dot).
      std::string_view title =
          mention.substr(tokens.front().begin, tokens[title_tokens].begin - tokens.front().begin);
      while (!title.empty() && (title.back() == ' ' || title.back() == '\t')) {
        title.remove_suffix(1);
      }
      const std::vector<std::string> stripped = {to_valid_utf8(title)};
      const std::vector<Token> rest(tokens.begin() + static_cast<std::ptrdiff_t>(title_tokens),
                                    tokens.end());
      Impl::Evidence titled;
      impl_->collect(mention, rest, stripped, hints, titled);
      if (!titled.best.empty())
        evidence = std::move(titled);
    }
  }
  return impl_->decide(evidence);
}

namespace {

// Score of a partial mention that the document links to an earlier full mention: better than a
// lone surname (the document says who), below a full name (the link is an inference).
constexpr double kLinkedScore = 0.85;

// Document context: a partial mention ("Choe", "Kim's") names the person of an earlier full
// mention when exactly one earlier full mention is among its candidates.
void link_partial_mentions(std::string_view text, std::vector<Mention>& mentions) {
  struct FullMention {
    const Entity* entity;
    std::size_t begin;
    std::size_t end;
  };
  std::vector<FullMention> earlier;
  for (Mention& mention : mentions) {
    Resolution& resolution = mention.resolution;
    const bool partial = resolution.candidates.front().explanation.match == MatchKind::kPartial;
    if (!partial) {
      if (resolution.status == Status::kResolved) {
        earlier.push_back({resolution.entity(), mention.begin, mention.end});
      }
      continue;
    }
    // The latest earlier full mention of each candidate, in candidate order.
    std::vector<Candidate> fitting;
    std::vector<const FullMention*> antecedents;
    for (const Candidate& candidate : resolution.candidates) {
      for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
        if (it->entity == candidate.entity) {
          fitting.push_back(candidate);
          antecedents.push_back(&*it);
          break;
        }
      }
    }
    if (fitting.empty())
      continue;
    if (fitting.size() == 1) {
      Candidate linked = fitting.front();
      linked.score = kLinkedScore;
      const FullMention& antecedent = *antecedents.front();
      linked.explanation.context = fmt::format(
          "{} at byte {}",
          // The mention as written, which may hold invalid UTF-8; explanations never do.
          to_valid_utf8(text.substr(antecedent.begin, antecedent.end - antecedent.begin)),
          antecedent.begin);
      resolution.candidates = {std::move(linked)};
      resolution.chosen = 1;
      resolution.tied = 1;
      resolution.status = Status::kResolved;
    } else {
      resolution.candidates = std::move(fitting);
      resolution.chosen = resolution.candidates.size();
      resolution.tied = resolution.chosen;
      resolution.status = Status::kAmbiguous;
    }
  }
}

}  // namespace

std::vector<Mention> Resolver::annotate(std::string_view text) const {
  std::vector<Mention> mentions;
  Result<std::vector<Token>> tokenized = tokenize(text);
  if (!tokenized)
    return mentions;
  const std::vector<Token>& tokens = *tokenized;
  std::vector<Token> span;
  std::vector<Reading> readings;
  // Entities named in full so far: a later partial mention may link to them.
  std::vector<std::uint32_t> named;
  std::size_t i = 0;
  while (i < tokens.size()) {
    // A lower-case Latin word starts no name in English text ("moon", "general"), except a
    // whole multi-word name written in lower case ("six-party talks").
    const Token& first = tokens[i];
    const bool lower_case = first.script == Script::kLatin && !first.capitalized && !first.all_caps;
    std::size_t longest = std::min(impl_->longest_name_tokens, tokens.size() - i);
    // A span never crosses a sentence break or punctuation other than a dot ("U.S.",
    // "Michael R. Pompeo"): "(North) Korea" holds no name "North Korea".
    for (std::size_t k = 1; k < longest; ++k) {
      const std::string_view gap =
          text.substr(tokens[i + k - 1].end, tokens[i + k].begin - tokens[i + k - 1].end);
      if (tokens[i + k].sentence_start || gap.find_first_of("()[]{},;:!?\"/") != gap.npos) {
        longest = k;
        break;
      }
      // Nor does it run on into an ordinary lower-case word ("Kim said"), unless some catalog
      // name has that word after its first ("bin", "talks" of "six-party talks"); hyphenated
      // parts ("Jong-un") go on.
      if (tokens[i + k].separator != Separator::kHyphen && is_lower_case_word(tokens[i + k]) &&
          impl_->later_name_words.count(tokens[i + k].text) == 0) {
        longest = k;
        break;
      }
    }
    // No longer than a span some catalog key may begin with.
    std::size_t viable = 0;
    while (viable < longest) {
      span.assign(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                  tokens.begin() + static_cast<std::ptrdiff_t>(i + viable + 1));
      span.front().separator = Separator::kStart;
      if (!impl_->may_begin_name({span.data(), span.size()}, readings))
        break;
      ++viable;
    }
    longest = viable;
    std::size_t matched = 0;
    for (std::size_t length = longest; length > (lower_case ? 1 : 0) && matched == 0; --length) {
      span.assign(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                  tokens.begin() + static_cast<std::ptrdiff_t>(i + length));
      // In lower case only a name with a capitalized last word ("far eastern Russia") or a
      // hyphenated word ("six-party talks") is one; "the general assembly of parts" is not.
      // Checked before any lookup: most words of running text start such spans.
      if (lower_case && !span.back().capitalized &&
          std::none_of(span.begin() + 1, span.end(),
                       [](const Token& token) { return token.separator == Separator::kHyphen; })) {
        continue;
      }
      span.front().separator = Separator::kStart;
      Impl::Evidence evidence;
      impl_->collect(text, span, {}, Hints{}, evidence, /*allow_reordering=*/false);
      if (evidence.best.empty())
        continue;
      Resolution resolution = impl_->decide(evidence, &named);
      if (resolution.status == Status::kUnknown)
        continue;
      Mention mention;
      mention.begin = span.front().begin;
      mention.end = span.back().stem_end;
      // A name that ends in a dot ("U.S.") keeps it when the entity has that spelling.
      if (mention.end < text.size() && text[mention.end] == '.') {
        const std::string_view with_dot =
            text.substr(mention.begin, mention.end + 1 - mention.begin);
        for (std::string_view name : catalog::names_of(*resolution.candidates.front().entity)) {
          if (name == with_dot)
            ++mention.end;
          if (name == with_dot)
            break;
        }
      }
      mention.resolution = std::move(resolution);
      mention.resolution.candidates.resize(mention.resolution.chosen);
      const Resolution& decided = mention.resolution;
      if (decided.status == Status::kResolved &&
          decided.candidates.front().explanation.match != MatchKind::kPartial) {
        named.push_back(
            static_cast<std::uint32_t>(decided.candidates.front().entity - impl_->catalog.begin()));
      }
      mentions.push_back(std::move(mention));
      matched = length;
    }
    i += matched > 0 ? matched : 1;
  }
  link_partial_mentions(text, mentions);
  return mentions;
}

}  // namespace onoma
