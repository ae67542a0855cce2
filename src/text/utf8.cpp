#include "text/utf8.hpp"

namespace onoma::text {

std::size_t find_invalid_utf8(std::string_view input) {
  std::size_t offset = 0;
  while (offset < input.size()) {
    const DecodedCodePoint decoded = decode_utf8(input, offset);
    if (!decoded.valid)
      return offset;
    offset += decoded.length;
  }
  return std::string_view::npos;
}

}  // namespace onoma::text
