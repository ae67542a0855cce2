// onoma: resolve names written in any romanization or script to canonical identities.
//
//   onoma::Resolver resolver;  // the built-in catalog
//   onoma::Resolution r = resolver.resolve("Choi Sun Hee");
//   if (r.status == onoma::Status::kResolved) std::cout << r.entity()->id;  // choe-son-hui
#pragma once

#include "onoma/catalog.hpp"
#include "onoma/compare.hpp"
#include "onoma/resolver.hpp"
#include "onoma/result.hpp"
#include "onoma/romanize.hpp"
#include "onoma/text.hpp"
#include "onoma/version.hpp"
