#pragma once
// Character classification for the lexer (ECMA-262 12 ECMAScript Language: Lexical Grammar) and UTF
// conversions.
#include <cstdint>

namespace yjs::unicode {

bool is_id_start(std::uint32_t cp);    // ID_Start, $ and _
bool is_id_continue(std::uint32_t cp); // ID_Continue, $, ZWNJ and ZWJ
bool is_whitespace(std::uint32_t cp);  // WhiteSpace (TAB VT FF ZWNBSP USP)
inline bool is_line_terminator(std::uint32_t cp) {
    return cp == 0x0A || cp == 0x0D || cp == 0x2028 || cp == 0x2029;
}
inline bool is_high_surrogate(std::uint32_t u) {
    return u >= 0xD800 && u <= 0xDBFF;
}
inline bool is_low_surrogate(std::uint32_t u) {
    return u >= 0xDC00 && u <= 0xDFFF;
}
inline std::uint32_t combine_surrogates(std::uint32_t hi, std::uint32_t lo) {
    return 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
}

} // namespace yjs::unicode
