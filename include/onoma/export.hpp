// Symbol visibility for the onoma library.
//
// The library is compiled with hidden visibility; only declarations marked ONOMA_API are part of
// the ABI of a shared build. Consumers never define these macros themselves: the CMake package
// adds ONOMA_STATIC_DEFINE to onoma::onoma's interface when the library is static.
#pragma once

#if defined(ONOMA_STATIC_DEFINE)
#define ONOMA_API
#elif defined(_WIN32)
#if defined(ONOMA_BUILDING)
#define ONOMA_API __declspec(dllexport)
#else
#define ONOMA_API __declspec(dllimport)
#endif
#else
#define ONOMA_API __attribute__((visibility("default")))
#endif
