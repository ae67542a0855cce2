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
// A part-by-part match (align.hpp) starts below a reordering: it is inferred from parts. Each
// stretch costs: a short form, an initial and a typo as a reading's cost; a part of the query the
// name lacks counts kExtraPartCost of its weight; a part of the name the query lacks takes
// kMissingPartPenalty off the score. A contradiction (parts in one place that disagree) keeps
// kContradictedFactor of what the rest explained: compare() reports it; the resolver drops it.
inline constexpr double kAlignedScore = 0.9;
// A catalog person's name written given name first ("Syngman Rhee", "Jinping Xi") is also indexed
// read with its surname first, as the culture's decoders read names (이승만, 习近平), at this cost:
// 0.97 x 0.95 is about kReorderedScore, what a query's own rotation scores.
inline constexpr float kSurnameLastNameCost = 0.05f;
inline constexpr float kShortFormCost = 0.1f;
inline constexpr float kInitialCost = 0.15f;
inline constexpr float kTypoCost = 0.15f;
inline constexpr double kExtraPartCost = 0.3;
inline constexpr double kMissingPartPenalty = 0.05;
inline constexpr double kContradictedFactor = 0.4;
// A lone part scores kPartialScore when rare, down to kPartialScore - kCommonPartialPenalty for
// the commonest (Kim): rare parts say more about who is meant.
inline constexpr double kCommonPartialPenalty = 0.15;
// A query written in Hangul, Han or Cyrillic that meets an entity through a name in another
// script (its romanization, read back) when the catalog also knows the entity's name in the
// query's own script: whoever wrote the query would have written that name, and a native
// spelling that misses it is most often another person's (the invented 이서뇨 reads back from
// I So-ryo, whom the catalog writes 이서려; Яна Белина from Anna Belina, Анна Белина). The
// detour costs enough that it never resolves under the default threshold (0.97 x 0.5 < 0.5):
// the entity stays a candidate, below the answer, and another person's own spelling outranks
// it by far (赵毅 is not Zhao Yi / 赵怡). A romanized query read by a culture's decoder is a
// reading in that culture's script and pays the same when it meets only the romanization's
// reading ("Yana Baranova" reaches "Anna Baranova" through ISO 9's â for я, but not Анна).
inline constexpr float kAroundNativeCost = 0.5f;
// A query's reading that leaves out a part the query names (its patronymic) meets a name that
// lacks that part, or has another one in its place, and pays this on top of the reading's own
// cost. The catalog side leaves a patronymic out cheaply ("Sergei Lavrov" is Sergey Viktorovich
// Lavrov); the query side must not, or "Alla Viacheslavovna Vinogradova" scores about as well for
// the catalog's Alla Vinogradova as for Alla Vyacheslavovna Vinogradova, within the ambiguity
// margin. With it, leaving the part out scores about as an extra part does in align() (an
// extra part of three at kExtraPartCost).
inline constexpr float kQueryPartLeftOutCost = 0.07f;
// When the name the query's reading meets has left a part out as well, the two have different
// parts in one place: "Alla Petrovna Vinogradova" and "Alla Vyacheslavovna Vinogradova" are two
// women. Met so, the name stays a candidate and never resolves (as with kAroundNativeCost); a
// patronymic the query spells lossily still meets its name through the full reading, at its
// letters' cost ("Alla Vâčeslavovna Vinogradova", ISO 9 with the marks folded away: 0.20).
inline constexpr float kOtherPartLeftOutCost = 0.4f;
// Longest query aligned part by part; a hostile query may have thousands of parts.
inline constexpr std::size_t kMaxAlignedParts = 8;
// Rotations tried for order-free matching; a name has few parts, a hostile query many.
inline constexpr std::size_t kMaxRotations = 8;

}  // namespace onoma::resolve
