// Base scores of each kind of evidence, shared by the resolver and compare().
#pragma once

#include <cstddef>

namespace onoma::resolve {

// An exact match of a catalog name is certain; folding (case, diacritics, spacing) loses almost
// nothing; a reordering is a little weaker since "Kim Jong" and "Jong Kim" can be two people;
// one part of a name alone is weak evidence that only decides when no one else shares that
// part. A reading's cost c scales its base score by (1 - c).
inline constexpr double kExactScore = 1.0;
inline constexpr double kNormalizedScore = 0.97;
inline constexpr double kReorderedScore = 0.92;
inline constexpr double kPartialScore = 0.7;
// Rotations tried for order-free matching; a name has few parts, a hostile query many.
inline constexpr std::size_t kMaxRotations = 8;

}  // namespace onoma::resolve
