// Links onoma from outside and checks the few things every consumer relies on.
#include <cstdio>
#include <cstdlib>

#include <onoma/onoma.hpp>

static_assert(__cplusplus == 201703L, "the consumer must be built as C++17");

int main() {
  const onoma::Resolver resolver;  // the built-in catalog, embedded in the library
  if (onoma::Catalog::builtin().empty()) {
    std::puts("built-in catalog is empty");
    return EXIT_FAILURE;
  }
  const onoma::Resolution a = resolver.resolve("Choi Sun Hee");
  const onoma::Resolution b = resolver.resolve("Choe Son-hui");
  if (a.entity() == nullptr || a.entity() != b.entity()) {
    std::puts("Choi Sun Hee and Choe Son-hui did not resolve to one entity");
    return EXIT_FAILURE;
  }
  const onoma::Result<onoma::Catalog> bad = onoma::Catalog::parse("#onoma-catalog v9\n", "x.tsv");
  if (bad.ok() || bad.error().to_string().rfind("x.tsv:1:", 0) != 0) {
    std::puts("a bad catalog was not reported with its position");
    return EXIT_FAILURE;
  }
  std::printf("consumer ok: %s (onoma %s)\n", a.entity()->id.c_str(), onoma::kVersion);
  return EXIT_SUCCESS;
}
