#pragma once
// Number <-> string conversions and the modular integer conversions of ECMA-262 (7.1, 21.1.3), on plain C++
// types. The VM-level operations in abstract_ops.h (ToNumber, ToString, ToInt32 on Values...) are built on
// these. Results are exact where the spec requires it (shortest round-trip digits, exact decimal expansion
// for toFixed/toExponential/toPrecision, correctly rounded string -> number).
//
// Every string taking function has two overloads: UTF-16 code units, and 8-bit strings whose bytes are
// Latin-1 code points (the engine's one-byte string representation).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yjs {

// Number::toString(x, radix), radix in [2, 36]. Radix 10 is exact and shortest; other radixes print the
// digits Node/V8 print (an approximation the spec leaves to the implementation).
std::string NumberToString(double value, int radix = 10);

// Number.prototype.toFixed with fraction_digits in [0, 100] (the caller has done the RangeError checks).
// Non-finite values and values >= 1e21 give NumberToString(value).
std::string NumberToFixed(double value, int fraction_digits);
// Number.prototype.toExponential; nullopt = fractionDigits undefined (as many digits as needed to round
// trip), otherwise in [0, 100]. Non-finite values give NumberToString(value).
std::string NumberToExponential(double value, std::optional<int> fraction_digits);
// Number.prototype.toPrecision with precision in [1, 100]. Non-finite values give NumberToString(value).
std::string NumberToPrecision(double value, int precision);

// StringToNumber: the StringNumericLiteral grammar (whitespace trimmed, "" -> 0, Infinity, decimal,
// 0x/0o/0b; anything else NaN).
double StringToNumber(std::u16string_view text);
double StringToNumber(std::string_view latin1);

// The global parseFloat on an already converted string: the longest StrDecimalLiteral prefix after
// leading whitespace, or NaN.
double ParseFloat(std::u16string_view text);
double ParseFloat(std::string_view latin1);

// The global parseInt on an already converted string; `radix` is ToInt32(radix argument) (0 when
// undefined).
double ParseInt(std::u16string_view text, std::int32_t radix);
double ParseInt(std::string_view latin1, std::int32_t radix);

// Numeric parts of the conversion operations (the argument is already a Number).
double ToIntegerOrInfinity(double value); // NaN -> 0, truncation, -0 -> +0, infinities kept
std::int32_t ToInt32(double value);
std::uint32_t ToUint32(double value);
std::int16_t ToInt16(double value);
std::uint16_t ToUint16(double value);
std::int8_t ToInt8(double value);
std::uint8_t ToUint8(double value);
std::uint8_t ToUint8Clamp(double value);
double ToLength(double value); // ToIntegerOrInfinity clamped to [0, 2^53 - 1]

} // namespace yjs
