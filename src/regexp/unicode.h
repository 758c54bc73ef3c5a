#pragma once
// Unicode data for the RegExp engine (backed by ICU): case canonicalization, property escapes, and the
// fixed character sets of \d \s \w.
#include "regexp/char_set.h"

#include <string_view>

namespace yjs::regexp {

// Canonicalize(rer, ch) for a pattern with the "i" flag. `unicode` is HasEitherUnicodeFlag: simple case
// folding on code points; otherwise toUppercase on code units with the spec's exceptions.
char32_t Canonicalize(char32_t c, bool unicode);

// Adds to `set` every character whose canonical form equals that of a member, so that a case-insensitive
// CharacterSetMatcher reduces to plain membership.
void add_case_equivalents(CharSet& set, bool unicode);

// MaybeSimpleCaseFolding for "v" with "i": maps every element through scf.
CharSet simple_case_fold(const CharSet& set);
std::u32string simple_case_fold(std::u32string_view s);
// AllCharacters for "v" with "i": every code point c with scf(c) = c.
const CharSet& simply_folded_characters();

// The sets behind \d, \s and \w (WordCharacters; `extended` adds the characters that canonicalize into
// the ASCII word characters, i.e. U+017F and U+212A under "i" with "u"/"v").
const CharSet& digit_characters();
const CharSet& white_space_characters();
const CharSet& word_characters(bool extended);
bool is_line_terminator(char32_t c);

// RegExpIdentifierStart / RegExpIdentifierPart code points (ID_Start + $ _, ID_Continue + $ ZWNJ ZWJ).
bool is_identifier_start(char32_t c);
bool is_identifier_part(char32_t c);

enum class PropertyResult { Ok, Invalid, StringsNotAllowed };

struct PropertyLookup {
    PropertyResult result = PropertyResult::Invalid;
    // On Ok: the property's contents (MaybeSimpleCaseFolding applied when asked), built on first use and
    // cached for the life of the process.
    const ClassContents* contents = nullptr;
};

// Resolves \p{name=value} (value non-empty) or \p{name} per the spec's tables, with exact (not loose)
// name matching. Properties of strings are accepted only when `allow_strings` (the "v" flag).
// `simple_fold` maps the contents through scf ("v" with "i").
PropertyLookup lookup_property(std::string_view name, std::string_view value, bool allow_strings,
                               bool simple_fold);

} // namespace yjs::regexp
