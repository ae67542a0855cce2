#include "output.hpp"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace onoma::cli {
namespace {

// Explanation::parts as a JSON array: which part met which, how, through what, at what cost.
nlohmann::ordered_json parts_json(const Explanation& why) {
  nlohmann::ordered_json parts = nlohmann::ordered_json::array();
  for (const AlignedPart& part : why.parts) {
    parts.push_back({{"query", part.query},
                     {"name", part.name},
                     {"match", std::string(part_match_name(part.match))},
                     {"via", part.via},
                     {"cost", part.cost},
                     {"weight", part.weight}});
  }
  return parts;
}

}  // namespace

std::string format_score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", score);
  return buffer;
}

std::string tsv_field(std::string_view text) {
  std::string out;
  for (const char c : to_valid_utf8(text)) {
    switch (c) {
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string resolution_tsv(std::string_view query, const Resolution& resolution, bool explain) {
  const std::size_t reported = resolution.chosen;
  std::string ids;
  std::string canonicals;
  for (std::size_t i = 0; i < reported; ++i) {
    if (i > 0) {
      ids += '|';
      canonicals += '|';
    }
    ids += resolution.candidates[i].entity->id;
    canonicals += resolution.candidates[i].entity->canonical;
  }
  const double score = resolution.candidates.empty() ? 0.0 : resolution.candidates.front().score;
  std::string line = tsv_field(query) + '\t' + std::string(status_name(resolution.status)) + '\t' +
                     ids + '\t' + format_score(reported > 0 ? score : 0.0) + '\t' +
                     tsv_field(canonicals);
  if (explain) {
    std::string explanation;
    for (std::size_t i = 0; i < resolution.candidates.size(); ++i) {
      if (i > 0)
        explanation += " || ";
      const Candidate& candidate = resolution.candidates[i];
      explanation += candidate.entity->id + " " + format_score(candidate.score) + ": " +
                     candidate.explanation.to_string();
    }
    line += '\t' + tsv_field(explanation);
  }
  return line;
}

std::string resolution_jsonl(std::string_view query, const Resolution& resolution, bool explain) {
  const std::size_t reported = resolution.chosen;
  nlohmann::ordered_json object;
  object["query"] = to_valid_utf8(query);
  object["status"] = std::string(status_name(resolution.status));
  if (reported == 1) {
    object["entity_id"] = resolution.candidates.front().entity->id;
    object["canonical"] = resolution.candidates.front().entity->canonical;
  } else {
    object["entity_id"] = nullptr;
    object["canonical"] = nullptr;
  }
  object["score"] = reported > 0 ? resolution.candidates.front().score : 0.0;
  nlohmann::ordered_json candidates = nlohmann::ordered_json::array();
  const std::size_t listed = explain ? resolution.candidates.size() : reported;
  for (std::size_t i = 0; i < listed; ++i) {
    const Candidate& candidate = resolution.candidates[i];
    nlohmann::ordered_json item;
    item["id"] = candidate.entity->id;
    item["canonical"] = candidate.entity->canonical;
    item["type"] = std::string(entity_type_name(candidate.entity->type));
    item["score"] = candidate.score;
    if (explain) {
      const Explanation& why = candidate.explanation;
      item["explanation"] = {
          {"match", std::string(match_kind_name(why.match))},
          {"name", why.matched_name},
          {"name_kind", std::string(name_kind_name(why.name_kind))},
          {"reading", why.reading},
          {"via", why.via},
          {"cost", why.cost},
          {"stripped", why.stripped},
          {"parts", parts_json(why)},
          {"text", why.to_string()},
      };
    }
    candidates.push_back(std::move(item));
  }
  object["candidates"] = std::move(candidates);
  return object.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

namespace {

std::string chosen_ids(const Resolution& resolution) {
  std::string ids;
  for (std::size_t i = 0; i < resolution.chosen; ++i) {
    if (i > 0)
      ids += '|';
    ids += resolution.candidates[i].entity->id;
  }
  return ids;
}

}  // namespace

std::string mention_jsonl(std::string_view file, std::string_view text, const Mention& mention) {
  nlohmann::ordered_json object;
  object["file"] = to_valid_utf8(file);
  object["start"] = mention.begin;
  object["end"] = mention.end;
  object["text"] = to_valid_utf8(text.substr(mention.begin, mention.end - mention.begin));
  const Entity* entity = mention.entity();
  object["entity"] = entity ? nlohmann::ordered_json(entity->id) : nlohmann::ordered_json(nullptr);
  object["score"] = mention.score();
  object["status"] = std::string(status_name(mention.resolution.status));
  if (entity == nullptr) {
    nlohmann::ordered_json candidates = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < mention.resolution.chosen; ++i) {
      candidates.push_back(mention.resolution.candidates[i].entity->id);
    }
    object["candidates"] = std::move(candidates);
  }
  return object.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string mention_tsv(std::string_view file, std::string_view text, const Mention& mention) {
  return tsv_field(file) + '\t' + std::to_string(mention.begin) + '\t' +
         std::to_string(mention.end) + '\t' +
         tsv_field(text.substr(mention.begin, mention.end - mention.begin)) + '\t' +
         std::string(status_name(mention.resolution.status)) + '\t' +
         chosen_ids(mention.resolution) + '\t' + format_score(mention.score());
}

std::string comparison_tsv(std::string_view a, std::string_view b, const Comparison& comparison,
                           bool explain) {
  std::string line = tsv_field(a) + '\t' + tsv_field(b) + '\t' + format_score(comparison.score) +
                     '\t' + (comparison.same ? "same" : "different");
  if (explain) {
    line += '\t' + tsv_field(comparison.score > 0 ? comparison.explanation.to_string()
                                                  : std::string("no shared part"));
  }
  return line;
}

std::string comparison_jsonl(std::string_view a, std::string_view b, const Comparison& comparison,
                             bool explain) {
  nlohmann::ordered_json object;
  object["a"] = to_valid_utf8(a);
  object["b"] = to_valid_utf8(b);
  object["score"] = comparison.score;
  object["verdict"] = comparison.same ? "same" : "different";
  if (explain) {
    const Explanation& why = comparison.explanation;
    object["explanation"] = {{"match", std::string(match_kind_name(why.match))},
                             {"reading", why.reading},
                             {"via", why.via},
                             {"cost", why.cost},
                             {"parts", parts_json(why)},
                             {"text", why.to_string()}};
  }
  return object.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace onoma::cli
