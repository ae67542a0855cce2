// The main() of the fuzz targets in builds without libFuzzer: runs LLVMFuzzerTestOneInput once
// on every file named on the command line, or found (recursively) in a directory named there.
// ctest's fuzz.replay.<target> runs each target over its checked-in corpus this way, so every
// normal build compiles the targets and replays the seeds and the regression files.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

bool run_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot open %s\n", path.string().c_str());
    return false;
  }
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // A copy of exactly `size` bytes, so that a read past the end is a sanitizer error here too.
  const std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
  LLVMFuzzerTestOneInput(data.data(), data.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t files = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path arg(argv[i]);
    std::error_code error;
    if (std::filesystem::is_directory(arg, error)) {
      std::vector<std::filesystem::path> paths;
      for (const auto& entry : std::filesystem::recursive_directory_iterator(arg)) {
        if (entry.is_regular_file())
          paths.push_back(entry.path());
      }
      std::sort(paths.begin(), paths.end());
      for (const auto& path : paths) {
        if (!run_file(path))
          return 1;
        ++files;
      }
    } else {
      if (!run_file(arg))
        return 1;
      ++files;
    }
  }
  if (files == 0) {
    std::fprintf(stderr, "usage: %s FILE_OR_DIRECTORY...: no input file found\n", argv[0]);
    return 1;
  }
  std::printf("%s: %zu inputs replayed, no invariant violated\n", argv[0], files);
  return 0;
}
