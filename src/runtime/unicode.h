#pragma once
// Unicode support on plain C++ strings (ICU-backed): identifier and whitespace classes of the lexical
// grammar, locale-independent case mapping, normalization, well-formedness, UTF-8 <-> UTF-16 and the
// spec's code point iteration (CodePointAt).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yjs {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

inline constexpr bool is_leading_surrogate(char32_t code_unit) {
    return code_unit >= 0xD800 && code_unit <= 0xDBFF;
}
inline constexpr bool is_trailing_surrogate(char32_t code_unit) {
    return code_unit >= 0xDC00 && code_unit <= 0xDFFF;
}
inline constexpr bool is_surrogate(char32_t code_unit) {
    return code_unit >= 0xD800 && code_unit <= 0xDFFF;
}
// UTF16SurrogatePairToCodePoint.
inline constexpr char32_t UTF16SurrogatePairToCodePoint(char16_t lead, char16_t trail) {
    return 0x10000 + ((static_cast<char32_t>(lead) - 0xD800) << 10) + (static_cast<char32_t>(trail) - 0xDC00);
}

// IdentifierStartChar (ID_Start, $, _) and IdentifierPartChar (ID_Continue, $, ZWNJ, ZWJ).
bool is_id_start(char32_t code_point);
bool is_id_continue(char32_t code_point);
// WhiteSpace (TAB, VT, FF, ZWNBSP, any Zs) and LineTerminator (LF, CR, LS, PS).
bool is_whitespace(char32_t code_point);
bool is_line_terminator(char32_t code_point);
// StrWhiteSpaceChar: WhiteSpace or LineTerminator (what String.prototype.trim and ToNumber strip).
inline bool is_str_whitespace(char32_t code_point) {
    return is_whitespace(code_point) || is_line_terminator(code_point);
}

// String.prototype.toUpperCase / toLowerCase: full, locale-independent Unicode case mapping (including
// the context-sensitive final sigma). Unpaired surrogates are kept as they are.
std::u16string to_upper_full(std::u16string_view text);
std::u16string to_lower_full(std::u16string_view text);

enum class NormalizationForm { NFC, NFD, NFKC, NFKD };
// String.prototype.normalize. Unpaired surrogates are kept as they are.
std::u16string normalize(std::u16string_view text, NormalizationForm form);
// The form named "NFC", "NFD", "NFKC" or "NFKD"; nullopt for anything else (the RangeError case).
std::optional<NormalizationForm> normalization_form_from_name(std::u16string_view name);

// String.prototype.isWellFormed / toWellFormed (unpaired surrogates -> U+FFFD).
bool is_well_formed(std::u16string_view text);
std::u16string to_well_formed(std::u16string_view text);

// UTF-8 -> UTF-16; every maximal invalid subsequence becomes one U+FFFD (the WHATWG/Unicode practice).
std::u16string utf8_to_utf16(std::string_view utf8);
// UTF-16 -> UTF-8; unpaired surrogates become U+FFFD.
std::string utf16_to_utf8(std::u16string_view utf16);
// Latin-1 (one byte per code point) -> UTF-8.
std::string latin1_to_utf8(std::string_view latin1);
// Appends the UTF-16 / UTF-8 encoding of `code_point` (<= 0x10FFFF; a surrogate code point is written as
// itself in UTF-16 and as U+FFFD in UTF-8).
void append_code_point(std::u16string& out, char32_t code_point);
void append_utf8(std::string& out, char32_t code_point);

// CodePointAt(string, position): the code point starting at `index` (< text.size()).
struct CodePoint {
    char32_t code_point;
    std::uint8_t code_unit_count; // 1 or 2
    bool is_unpaired_surrogate;
};
CodePoint code_point_at(std::u16string_view text, std::size_t index);
// Number of code points (a surrogate pair counts once, an unpaired surrogate once).
std::size_t code_point_count(std::u16string_view text);

} // namespace yjs
