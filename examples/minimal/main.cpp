// The smallest program that links onoma: resolve each argument against the built-in catalog.
#include <iostream>

#include <onoma/onoma.hpp>

int main(int argc, char** argv) {
  const onoma::Resolver resolver;  // indexes the built-in catalog once
  for (int i = 1; i < argc; ++i) {
    const onoma::Resolution resolution = resolver.resolve(argv[i]);
    const onoma::Entity* entity = resolution.entity();
    std::cout << argv[i] << " -> " << (entity ? entity->canonical : "?") << " ("
              << onoma::status_name(resolution.status) << ")\n";
  }
}
