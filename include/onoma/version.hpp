#pragma once

#define ONOMA_VERSION_MAJOR 0
#define ONOMA_VERSION_MINOR 1
#define ONOMA_VERSION_PATCH 0

namespace onoma {
inline constexpr const char* kVersion = "0.1.0";
}  // namespace onoma
