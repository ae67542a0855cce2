// normalize() and tokenize(): folded code points grouped into words with their hints.
#include <unicode/uchar.h>

#include "onoma/text.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

namespace onoma {
namespace {

using text::FoldedCodePoint;

// ICU's general category, from the table of common code points when it has `c`.
UCharCategory category_of(char32_t c) {
  if (const text::CodePointFacts* facts = text::facts_of(c))
    return static_cast<UCharCategory>(facts->category);
  return static_cast<UCharCategory>(u_charType(static_cast<UChar32>(c)));
}

Script script_of(char32_t c, bool& has_script) {
  if (const text::CodePointFacts* facts = text::facts_of(c)) {
    has_script = facts->has_script;
    return facts->script;
  }
  return text::script_of(c, has_script);
}

bool is_word_category(UCharCategory category) {
  switch (category) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

bool is_word_character(char32_t c) {
  if (c < 0x80)
    return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9');
  return is_word_category(category_of(c));
}

// A character that would extend a Latin word: a word character of Latin or of no script. A
// letter of another script starts a new token, so "s" before it still ends the word.
bool continues_latin_word(char32_t c) {
  if (!is_word_character(c))
    return false;
  bool has_script = false;
  const Script script = script_of(c, has_script);
  return !has_script || script == Script::kLatin;
}

bool ends_sentence(char32_t c) {
  return c == U'.' || c == U'!' || c == U'?' || c == 0x3002 || c == 0x2026 || c == 0xFF01 ||
         c == 0xFF1F;
}

// What the tokenizer asks of a word character, from one look-up in the table of common code
// points (each question asked separately looked it up again: three or four times per letter).
struct WordCharacterFacts {
  bool word;  // is_word_character()
  bool has_script;
  Script script;  // script_of()
  bool letter;    // is_letter()
  bool digit;     // is_digit()
};

WordCharacterFacts word_character_facts(char32_t c) {
  WordCharacterFacts facts{};
  if (c < 0x80) {
    facts.letter = c >= U'a' && c <= U'z';
    facts.digit = c >= U'0' && c <= U'9';
    facts.word = facts.letter || facts.digit;
    if (facts.word)  // a Latin letter, or a digit of no script: the table says which
      facts.script = script_of(c, facts.has_script);
    return facts;
  }
  const text::CodePointFacts* table = text::facts_of(c);
  facts.word = is_word_category(table != nullptr ? static_cast<UCharCategory>(table->category)
                                                 : category_of(c));
  if (!facts.word)
    return facts;
  if (table != nullptr) {
    facts.has_script = table->has_script;
    facts.script = table->script;
    facts.letter = table->alphabetic;
    facts.digit = table->digit;
  } else {
    facts.script = text::script_of(c, facts.has_script);
    facts.letter = u_isalpha(static_cast<UChar32>(c)) != 0;
    facts.digit = u_isdigit(static_cast<UChar32>(c)) != 0;
  }
  return facts;
}

// Builds tokens from folded code points; one instance per call, so no shared state.
class Tokenizer {
 public:
  Tokenizer(std::string_view input, const std::vector<FoldedCodePoint>& cps,
            const TextOptions& options)
      : input_(input), cps_(cps), options_(options) {}

  std::vector<Token> run() {
    for (std::size_t i = 0; i < cps_.size(); ++i) {
      const FoldedCodePoint& cp = cps_[i];
      const char32_t c = cp.code_point;
      const WordCharacterFacts facts = word_character_facts(c);
      if (facts.word) {
        add_word_character(cp, facts);
      } else if (c == U'\'') {
        i = handle_apostrophe(i);
      } else if (c == U'-') {
        close(Separator::kHyphen);
      } else if (c == U' ') {
        close(Separator::kSpace);
        if (cp.line_break && seen_text_)
          sentence_break_ = true;
      } else {
        close(Separator::kPunctuation);
        // "U.S." and "3.5" do not end a sentence: a stop does only before a space or the end.
        const bool before_space = i + 1 >= cps_.size() || cps_[i + 1].code_point == U' ' ||
                                  cps_[i + 1].code_point == U'"' || cps_[i + 1].code_point == U')';
        if (ends_sentence(c) && (before_space || c != U'.'))
          sentence_break_ = true;
      }
    }
    close(Separator::kSpace);
    return std::move(tokens_);
  }

 private:
  void add_word_character(const FoldedCodePoint& cp, const WordCharacterFacts& facts) {
    const bool has_script = facts.has_script;
    const Script script = facts.script;
    if (open_ && has_script && token_has_script_ && script != current_.script) {
      close(Separator::kNone);
    }
    if (!open_)
      start(cp);
    if (has_script && !token_has_script_) {
      current_.script = script;
      token_has_script_ = true;
    }
    text::append_utf8(current_.text, cp.code_point);
    current_.end = cp.end;
    if (facts.letter) {
      if (cp.upper)
        ++upper_letters_;
      if (cp.upper || cp.lower)
        ++cased_letters_;
      if (!first_letter_seen_) {
        current_.capitalized = cp.upper;
        first_letter_seen_ = true;
      }
    } else if (facts.digit) {
      current_.has_digit = true;
    }
  }

  // Returns the index of the last code point consumed.
  std::size_t handle_apostrophe(std::size_t i) {
    const bool next_is_word = i + 1 < cps_.size() && is_word_character(cps_[i + 1].code_point);
    const bool in_latin_word = open_ && current_.script == Script::kLatin;
    // English possessive "'s" after a name in any script (Choe's, 최선희's).
    const bool next_is_s = next_is_word && cps_[i + 1].code_point == U's';
    const bool s_ends_word = i + 2 >= cps_.size() || !continues_latin_word(cps_[i + 2].code_point);
    if (open_ && options_.strip_possessive && next_is_s && s_ends_word) {
      current_.stem_end = current_.end;
      current_.possessive = true;
      current_.end = cps_[i + 1].end;
      close(Separator::kApostrophe);
      return i + 1;
    }
    if (in_latin_word && next_is_word) {
      current_.text.push_back('\'');
      current_.end = cps_[i].end;
      return i;
    }
    // A soft sign written as a modifier letter ends the word it belongs to ("Gogolʹ"): the token
    // spans it, its text stays as folded (the sign reads as nothing).
    if (in_latin_word && is_sign_letter(original(i))) {
      current_.end = cps_[i].end;
      return i;
    }
    // A trailing apostrophe after a plural "s" is a possessive (the Koreas' border).
    if (options_.strip_possessive && in_latin_word && !current_.text.empty() &&
        current_.text.back() == 's') {
      current_.stem_end = current_.end;
      current_.possessive = true;
      current_.end = cps_[i].end;
    }
    close(Separator::kApostrophe);
    return i;
  }

  // The character of the input that the folded code point `i` comes from.
  char32_t original(std::size_t i) const {
    return cps_[i].begin < input_.size() ? text::decode_utf8(input_, cps_[i].begin).code_point : 0;
  }

  // Letters that romanizations write for a Russian soft or hard sign (ʹ in BGN/PCGN and ISO 9,
  // ` in GOST 7.79 B) and that text does not close a quotation with, unlike ' and ’.
  static bool is_sign_letter(char32_t c) { return c == 0x02B9 || c == U'`'; }

  void start(const FoldedCodePoint& cp) {
    open_ = true;
    current_ = Token{};
    current_.begin = cp.begin;
    current_.end = cp.end;
    current_.separator = tokens_.empty() ? Separator::kStart : pending_;
    current_.sentence_start = !seen_text_ || sentence_break_;
    token_has_script_ = false;
    first_letter_seen_ = false;
    upper_letters_ = 0;
    cased_letters_ = 0;
    pending_ = Separator::kNone;
    sentence_break_ = false;
  }

  // Ends the open token, if any, and records the separator that follows it. The strongest
  // separator between two tokens wins: punctuation > hyphen > apostrophe > space > none.
  void close(Separator separator) {
    if (open_) {
      if (!current_.text.empty() && current_.text.back() == '\'')
        current_.text.pop_back();
      current_.all_caps = cased_letters_ >= 2 && upper_letters_ == cased_letters_;
      if (!current_.possessive)
        current_.stem_end = current_.end;
      if (!token_has_script_)
        current_.script = Script::kOther;
      tokens_.push_back(std::move(current_));
      open_ = false;
      seen_text_ = true;
      pending_ = separator;
      return;
    }
    if (rank(separator) > rank(pending_))
      pending_ = separator;
  }

  static int rank(Separator separator) {
    switch (separator) {
      case Separator::kPunctuation:
        return 5;
      case Separator::kHyphen:
        return 4;
      case Separator::kApostrophe:
        return 3;
      case Separator::kSpace:
        return 2;
      default:
        return 1;
    }
  }

  std::string_view input_;
  const std::vector<FoldedCodePoint>& cps_;
  const TextOptions& options_;
  std::vector<Token> tokens_;
  Token current_;
  bool open_ = false;
  bool token_has_script_ = false;
  bool first_letter_seen_ = false;
  bool seen_text_ = false;
  bool sentence_break_ = false;
  int upper_letters_ = 0;
  int cased_letters_ = 0;
  Separator pending_ = Separator::kStart;
};

Diagnostic invalid_utf8_error(std::string_view input, std::size_t offset) {
  Diagnostic error;
  error.column = static_cast<std::uint32_t>(offset + 1);
  error.message = "invalid UTF-8 at byte offset " + std::to_string(offset) + " (byte 0x" +
                  "0123456789ABCDEF"[static_cast<unsigned char>(input[offset]) >> 4] +
                  "0123456789ABCDEF"[static_cast<unsigned char>(input[offset]) & 0xF] + ")";
  return error;
}

}  // namespace

std::string_view script_name(Script script) {
  switch (script) {
    case Script::kLatin:
      return "Latin";
    case Script::kHangul:
      return "Hangul";
    case Script::kHan:
      return "Han";
    case Script::kCyrillic:
      return "Cyrillic";
    case Script::kKana:
      return "Kana";
    case Script::kArabic:
      return "Arabic";
    case Script::kGreek:
      return "Greek";
    case Script::kOther:
      return "Other";
  }
  return "Other";
}

std::string to_valid_utf8(std::string_view input) {
  if (text::find_invalid_utf8(input) == std::string_view::npos)
    return std::string(input);
  std::string out;
  out.reserve(input.size() + 8);
  for (std::size_t offset = 0; offset < input.size();) {
    const text::DecodedCodePoint decoded = text::decode_utf8(input, offset);
    if (decoded.valid) {
      out.append(input.substr(offset, decoded.length));
    } else {
      text::append_utf8(out, text::kReplacementCharacter);
    }
    offset += decoded.length;
  }
  return out;
}

Result<std::vector<Token>> tokenize(std::string_view input, const TextOptions& options) {
  if (options.strict_utf8) {
    const std::size_t invalid = text::find_invalid_utf8(input);
    if (invalid != std::string_view::npos)
      return invalid_utf8_error(input, invalid);
  }
  const std::vector<FoldedCodePoint> folded = text::fold(input);
  return Tokenizer(input, folded, options).run();
}

Result<std::string> normalize(std::string_view input, const TextOptions& options) {
  Result<std::vector<Token>> tokens = tokenize(input, options);
  if (!tokens)
    return tokens.errors();
  std::string out;
  for (const Token& token : *tokens) {
    if (!out.empty())
      out.push_back(' ');
    out += token.text;
  }
  return out;
}

}  // namespace onoma
