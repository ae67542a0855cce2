// The reading index: every reading of every catalog name, and who has it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "onoma/catalog.hpp"
#include "resolve/readings.hpp"

namespace onoma::resolve {

inline constexpr std::uint8_t kWholeName = 0xFF;

// One catalog name that has a reading.
struct Posting {
  std::uint32_t entity;     // index into the catalog
  std::uint16_t name;       // index into catalog::names_of(entity)
  std::uint8_t part;        // kWholeName, or which part of the name (0-based)
  std::uint8_t part_count;  // how many parts the name has
  float cost;               // the reading's cost on the catalog side
};

// Built once from a catalog and a set of reading generators; immutable afterwards, so lookups
// are safe from any thread.
class ReadingIndex {
 public:
  ReadingIndex(const Catalog& catalog,
               const std::vector<std::unique_ptr<ReadingGenerator>>& generators);

  // Postings of whole names with this reading key; empty when none.
  const std::vector<Posting>& whole(std::string_view key) const;
  // Postings of single parts of person names (surname or given name alone).
  const std::vector<Posting>& parts(std::string_view key) const;

 private:
  std::unordered_map<std::string, std::vector<Posting>> whole_;
  std::unordered_map<std::string, std::vector<Posting>> parts_;
};

}  // namespace onoma::resolve
