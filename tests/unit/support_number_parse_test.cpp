// String -> number conversions (StringToNumber, parseFloat, parseInt) and the integer conversions.
// Expected values were produced once with Node 20 (V8); doubles are given by their bits.
#include "runtime/number_conversion.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace yjs {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double bits(std::uint64_t value) {
    return std::bit_cast<double>(value);
}

// Same value, telling -0 from +0 and every NaN equal.
::testing::AssertionResult same_value(double actual, double expected) {
    if ((std::isnan(actual) && std::isnan(expected)) ||
        std::bit_cast<std::uint64_t>(actual) == std::bit_cast<std::uint64_t>(expected))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "got " << actual << " (0x" << std::hex << std::bit_cast<std::uint64_t>(actual) << "), expected "
           << expected << " (0x" << std::bit_cast<std::uint64_t>(expected) << ")";
}

std::string to_latin1(std::u16string_view text) {
    std::string out;
    for (char16_t c : text)
        out += static_cast<char>(c);
    return out;
}

bool fits_latin1(std::u16string_view text) {
    for (char16_t c : text) {
        if (c > 0xFF) return false;
    }
    return true;
}

struct StringNumberCase {
    std::u16string_view text;
    double expected;
};
struct ParseIntCase {
    std::u16string_view text;
    std::int32_t radix;
    double expected;
};
struct IntConversionCase {
    double value;
    double integer_or_infinity;
    std::int32_t int32;
    std::uint32_t uint32;
    std::int16_t int16;
    std::uint16_t uint16;
    std::int8_t int8;
    std::uint8_t uint8;
    std::uint8_t uint8_clamp;
    double length;
};

const StringNumberCase kStringToNumber[] = {
    {u"", bits(0x0000000000000000ull)},
    {u" ", bits(0x0000000000000000ull)},
    {u"0", bits(0x0000000000000000ull)},
    {u"-0", bits(0x8000000000000000ull)},
    {u"+0", bits(0x0000000000000000ull)},
    {u"1", bits(0x3ff0000000000000ull)},
    {u"-1", bits(0xbff0000000000000ull)},
    {u" 12 ", bits(0x4028000000000000ull)},
    {u"\x9"
     u"\xA"
     u"\xB"
     u"\xC"
     u"\xD"
     u" 42 \xA0"
     u"\xFEFF"
     u"\x2028"
     u"\x2029"
     u"\x3000"
     u"\x1680"
     u"\x2000"
     u"\x202F"
     u"\x205F",
     bits(0x4045000000000000ull)},
    {u"\x180E"
     u"1",
     kNaN},
    {u"\x200B"
     u"1",
     kNaN},
    {u"1.5", bits(0x3ff8000000000000ull)},
    {u".5", bits(0x3fe0000000000000ull)},
    {u"5.", bits(0x4014000000000000ull)},
    {u".", kNaN},
    {u"-.5", bits(0xbfe0000000000000ull)},
    {u"+.5e1", bits(0x4014000000000000ull)},
    {u"1e3", bits(0x408f400000000000ull)},
    {u"1E3", bits(0x408f400000000000ull)},
    {u"1e+3", bits(0x408f400000000000ull)},
    {u"1e-3", bits(0x3f50624dd2f1a9fcull)},
    {u"1e", kNaN},
    {u"1e+", kNaN},
    {u"e3", kNaN},
    {u"1.2.3", kNaN},
    {u"0x10", bits(0x4030000000000000ull)},
    {u"0X1f", bits(0x403f000000000000ull)},
    {u"0o17", bits(0x402e000000000000ull)},
    {u"0O17", bits(0x402e000000000000ull)},
    {u"0b101", bits(0x4014000000000000ull)},
    {u"0B11", bits(0x4008000000000000ull)},
    {u"-0x10", kNaN},
    {u"+0x10", kNaN},
    {u"0x", kNaN},
    {u"0b2", kNaN},
    {u"0o8", kNaN},
    {u"0xg", kNaN},
    {u"0x1_0", kNaN},
    {u"1_000", kNaN},
    {u"Infinity", kInf},
    {u"-Infinity", -kInf},
    {u"+Infinity", kInf},
    {u"infinity", kNaN},
    {u"INFINITY", kNaN},
    {u"Infinityx", kNaN},
    {u"NaN", kNaN},
    {u"abc", kNaN},
    {u"12abc", kNaN},
    {u"1 2", kNaN},
    {u"00012", bits(0x4028000000000000ull)},
    {u"0.0000001", bits(0x3e7ad7f29abcaf48ull)},
    {u"1e400", kInf},
    {u"-1e400", -kInf},
    {u"1e-400", bits(0x0000000000000000ull)},
    {u"2.4703282292062328e-324", bits(0x0000000000000001ull)},
    {u"2.4703282292062327e-324", bits(0x0000000000000000ull)},
    {u"1.7976931348623158e308", bits(0x7fefffffffffffffull)},
    {u"1.7976931348623159e308", kInf},
    {u"9007199254740993", bits(0x4340000000000000ull)},
    {u"9007199254740993.0000000001", bits(0x4340000000000001ull)},
    {u"123456789012345678901234567890", bits(0x45f8ee90ff6c373eull)},
    {u"0.1e-99999999999999999999", bits(0x0000000000000000ull)},
    {u"1e99999999999999999999", kInf},
    {u"0e99999999999999999999", bits(0x0000000000000000ull)},
    {u"0x1fffffffffffff", bits(0x433fffffffffffffull)},
    {u"0x20000000000001", bits(0x4340000000000000ull)},
    {u"0x20000000000003", bits(0x4340000000000002ull)},
    {u"0x20000000000001000000001", bits(0x4580000000000001ull)},
    {u"  -12.5e-1xyz", kNaN},
    {u"-", kNaN},
    {u"+", kNaN},
    {u"- 1", kNaN},
    {u"\x663", kNaN},
    {u"\xFF11", kNaN},
    {u"0.1.2", kNaN},
    {u"1e1.5", kNaN},
    {u"12e3e4", kNaN},
    {u"Infinity1", kNaN},
    {u"  .e1", kNaN},
    {u"0x1p3", kNaN},
    {u"1n", kNaN},
    {u"00x10", kNaN},
    {u"0.0", bits(0x0000000000000000ull)},
    {u"-0.0", bits(0x8000000000000000ull)},
    {u".0e-0", bits(0x0000000000000000ull)},
};
const StringNumberCase kParseFloat[] = {
    {u"", kNaN},
    {u" ", kNaN},
    {u"0", bits(0x0000000000000000ull)},
    {u"-0", bits(0x8000000000000000ull)},
    {u"+0", bits(0x0000000000000000ull)},
    {u"1", bits(0x3ff0000000000000ull)},
    {u"-1", bits(0xbff0000000000000ull)},
    {u" 12 ", bits(0x4028000000000000ull)},
    {u"\x9"
     u"\xA"
     u"\xB"
     u"\xC"
     u"\xD"
     u" 42 \xA0"
     u"\xFEFF"
     u"\x2028"
     u"\x2029"
     u"\x3000"
     u"\x1680"
     u"\x2000"
     u"\x202F"
     u"\x205F",
     bits(0x4045000000000000ull)},
    {u"\x180E"
     u"1",
     kNaN},
    {u"\x200B"
     u"1",
     kNaN},
    {u"1.5", bits(0x3ff8000000000000ull)},
    {u".5", bits(0x3fe0000000000000ull)},
    {u"5.", bits(0x4014000000000000ull)},
    {u".", kNaN},
    {u"-.5", bits(0xbfe0000000000000ull)},
    {u"+.5e1", bits(0x4014000000000000ull)},
    {u"1e3", bits(0x408f400000000000ull)},
    {u"1E3", bits(0x408f400000000000ull)},
    {u"1e+3", bits(0x408f400000000000ull)},
    {u"1e-3", bits(0x3f50624dd2f1a9fcull)},
    {u"1e", bits(0x3ff0000000000000ull)},
    {u"1e+", bits(0x3ff0000000000000ull)},
    {u"e3", kNaN},
    {u"1.2.3", bits(0x3ff3333333333333ull)},
    {u"0x10", bits(0x0000000000000000ull)},
    {u"0X1f", bits(0x0000000000000000ull)},
    {u"0o17", bits(0x0000000000000000ull)},
    {u"0O17", bits(0x0000000000000000ull)},
    {u"0b101", bits(0x0000000000000000ull)},
    {u"0B11", bits(0x0000000000000000ull)},
    {u"-0x10", bits(0x8000000000000000ull)},
    {u"+0x10", bits(0x0000000000000000ull)},
    {u"0x", bits(0x0000000000000000ull)},
    {u"0b2", bits(0x0000000000000000ull)},
    {u"0o8", bits(0x0000000000000000ull)},
    {u"0xg", bits(0x0000000000000000ull)},
    {u"0x1_0", bits(0x0000000000000000ull)},
    {u"1_000", bits(0x3ff0000000000000ull)},
    {u"Infinity", kInf},
    {u"-Infinity", -kInf},
    {u"+Infinity", kInf},
    {u"infinity", kNaN},
    {u"INFINITY", kNaN},
    {u"Infinityx", kInf},
    {u"NaN", kNaN},
    {u"abc", kNaN},
    {u"12abc", bits(0x4028000000000000ull)},
    {u"1 2", bits(0x3ff0000000000000ull)},
    {u"00012", bits(0x4028000000000000ull)},
    {u"0.0000001", bits(0x3e7ad7f29abcaf48ull)},
    {u"1e400", kInf},
    {u"-1e400", -kInf},
    {u"1e-400", bits(0x0000000000000000ull)},
    {u"2.4703282292062328e-324", bits(0x0000000000000001ull)},
    {u"2.4703282292062327e-324", bits(0x0000000000000000ull)},
    {u"1.7976931348623158e308", bits(0x7fefffffffffffffull)},
    {u"1.7976931348623159e308", kInf},
    {u"9007199254740993", bits(0x4340000000000000ull)},
    {u"9007199254740993.0000000001", bits(0x4340000000000001ull)},
    {u"123456789012345678901234567890", bits(0x45f8ee90ff6c373eull)},
    {u"0.1e-99999999999999999999", bits(0x0000000000000000ull)},
    {u"1e99999999999999999999", kInf},
    {u"0e99999999999999999999", bits(0x0000000000000000ull)},
    {u"0x1fffffffffffff", bits(0x0000000000000000ull)},
    {u"0x20000000000001", bits(0x0000000000000000ull)},
    {u"0x20000000000003", bits(0x0000000000000000ull)},
    {u"0x20000000000001000000001", bits(0x0000000000000000ull)},
    {u"  -12.5e-1xyz", bits(0xbff4000000000000ull)},
    {u"-", kNaN},
    {u"+", kNaN},
    {u"- 1", kNaN},
    {u"\x663", kNaN},
    {u"\xFF11", kNaN},
    {u"0.1.2", bits(0x3fb999999999999aull)},
    {u"1e1.5", bits(0x4024000000000000ull)},
    {u"12e3e4", bits(0x40c7700000000000ull)},
    {u"Infinity1", kInf},
    {u"  .e1", kNaN},
    {u"0x1p3", bits(0x0000000000000000ull)},
    {u"1n", bits(0x3ff0000000000000ull)},
    {u"00x10", bits(0x0000000000000000ull)},
    {u"0.0", bits(0x0000000000000000ull)},
    {u"-0.0", bits(0x8000000000000000ull)},
    {u".0e-0", bits(0x0000000000000000ull)},
};
const ParseIntCase kParseInt[] = {
    {u"0", 0, bits(0x0000000000000000ull)},
    {u"0", 2, bits(0x0000000000000000ull)},
    {u"0", 10, bits(0x0000000000000000ull)},
    {u"0", 16, bits(0x0000000000000000ull)},
    {u"0", 36, bits(0x0000000000000000ull)},
    {u"0", 1, kNaN},
    {u"0", 37, kNaN},
    {u"0", -1, kNaN},
    {u"0", 12, bits(0x0000000000000000ull)},
    {u"-0", 0, bits(0x8000000000000000ull)},
    {u"-0", 2, bits(0x8000000000000000ull)},
    {u"-0", 10, bits(0x8000000000000000ull)},
    {u"-0", 16, bits(0x8000000000000000ull)},
    {u"-0", 36, bits(0x8000000000000000ull)},
    {u"-0", -1, kNaN},
    {u"-0", 12, bits(0x8000000000000000ull)},
    {u"+0", 0, bits(0x0000000000000000ull)},
    {u"+0", 2, bits(0x0000000000000000ull)},
    {u"+0", 3, bits(0x0000000000000000ull)},
    {u"+0", 10, bits(0x0000000000000000ull)},
    {u"+0", 16, bits(0x0000000000000000ull)},
    {u"+0", 32, bits(0x0000000000000000ull)},
    {u"+0", 36, bits(0x0000000000000000ull)},
    {u"+0", 1, kNaN},
    {u"+0", -1, kNaN},
    {u"12", 0, bits(0x4028000000000000ull)},
    {u"12", 2, bits(0x3ff0000000000000ull)},
    {u"12", 3, bits(0x4014000000000000ull)},
    {u"12", 8, bits(0x4024000000000000ull)},
    {u"12", 10, bits(0x4028000000000000ull)},
    {u"12", 16, bits(0x4032000000000000ull)},
    {u"12", 32, bits(0x4041000000000000ull)},
    {u"12", 36, bits(0x4043000000000000ull)},
    {u"12", -1, kNaN},
    {u"12", 4, bits(0x4018000000000000ull)},
    {u"  12px", 0, bits(0x4028000000000000ull)},
    {u"  12px", 2, bits(0x3ff0000000000000ull)},
    {u"  12px", 10, bits(0x4028000000000000ull)},
    {u"  12px", 16, bits(0x4032000000000000ull)},
    {u"  12px", 36, bits(0x40e880a000000000ull)},
    {u"  12px", -1, kNaN},
    {u"  12px", 5, bits(0x401c000000000000ull)},
    {u"-12.9", 0, bits(0xc028000000000000ull)},
    {u"-12.9", 2, bits(0xbff0000000000000ull)},
    {u"-12.9", 8, bits(0xc024000000000000ull)},
    {u"-12.9", 10, bits(0xc028000000000000ull)},
    {u"-12.9", 16, bits(0xc032000000000000ull)},
    {u"-12.9", 32, bits(0xc041000000000000ull)},
    {u"-12.9", 36, bits(0xc043000000000000ull)},
    {u"-12.9", 1, kNaN},
    {u"-12.9", -1, kNaN},
    {u"-12.9", 5, bits(0xc01c000000000000ull)},
    {u"0x1f", 0, bits(0x403f000000000000ull)},
    {u"0x1f", 2, bits(0x0000000000000000ull)},
    {u"0x1f", 3, bits(0x0000000000000000ull)},
    {u"0x1f", 10, bits(0x0000000000000000ull)},
    {u"0x1f", 16, bits(0x403f000000000000ull)},
    {u"0x1f", 32, bits(0x0000000000000000ull)},
    {u"0x1f", 36, bits(0x40e4e86000000000ull)},
    {u"0x1f", -1, kNaN},
    {u"0x1f", 4, bits(0x0000000000000000ull)},
    {u"0X1F", 0, bits(0x403f000000000000ull)},
    {u"0X1F", 2, bits(0x0000000000000000ull)},
    {u"0X1F", 10, bits(0x0000000000000000ull)},
    {u"0X1F", 16, bits(0x403f000000000000ull)},
    {u"0X1F", 32, bits(0x0000000000000000ull)},
    {u"0X1F", 36, bits(0x40e4e86000000000ull)},
    {u"0X1F", 1, kNaN},
    {u"0X1F", -1, kNaN},
    {u"0X1F", 12, bits(0x0000000000000000ull)},
    {u"0X1F", 4, bits(0x0000000000000000ull)},
    {u"0X1F", 5, bits(0x0000000000000000ull)},
    {u"-0x1f", 0, bits(0xc03f000000000000ull)},
    {u"-0x1f", 2, bits(0x8000000000000000ull)},
    {u"-0x1f", 3, bits(0x8000000000000000ull)},
    {u"-0x1f", 10, bits(0x8000000000000000ull)},
    {u"-0x1f", 16, bits(0xc03f000000000000ull)},
    {u"-0x1f", 36, bits(0xc0e4e86000000000ull)},
    {u"-0x1f", 37, kNaN},
    {u"-0x1f", -1, kNaN},
    {u"-0x1f", 5, bits(0x8000000000000000ull)},
    {u"0x", 0, kNaN},
    {u"0x", 2, bits(0x0000000000000000ull)},
    {u"0x", 10, bits(0x0000000000000000ull)},
    {u"0x", 16, kNaN},
    {u"0x", 32, bits(0x0000000000000000ull)},
    {u"0x", 36, bits(0x4040800000000000ull)},
    {u"0x", 1, kNaN},
    {u"0x", -1, kNaN},
    {u"0x", 5, bits(0x0000000000000000ull)},
    {u"0xg", 0, kNaN},
    {u"0xg", 2, bits(0x0000000000000000ull)},
    {u"0xg", 3, bits(0x0000000000000000ull)},
    {u"0xg", 8, bits(0x0000000000000000ull)},
    {u"0xg", 10, bits(0x0000000000000000ull)},
    {u"0xg", 16, kNaN},
    {u"0xg", 32, bits(0x0000000000000000ull)},
    {u"0xg", 36, bits(0x4092d00000000000ull)},
    {u"0xg", 1, kNaN},
    {u"0xg", -1, kNaN},
    {u"0xg", 12, bits(0x0000000000000000ull)},
    {u"0xg", 4, bits(0x0000000000000000ull)},
    {u"ff", 0, kNaN},
    {u"ff", 2, kNaN},
    {u"ff", 10, kNaN},
    {u"ff", 16, bits(0x406fe00000000000ull)},
    {u"ff", 32, bits(0x407ef00000000000ull)},
    {u"ff", 36, bits(0x4081580000000000ull)},
    {u"ff", -1, kNaN},
    {u"ff", 4, kNaN},
    {u"FF", 0, kNaN},
    {u"FF", 2, kNaN},
    {u"FF", 8, kNaN},
    {u"FF", 10, kNaN},
    {u"FF", 16, bits(0x406fe00000000000ull)},
    {u"FF", 36, bits(0x4081580000000000ull)},
    {u"FF", 1, kNaN},
    {u"FF", -1, kNaN},
    {u"FF", 12, kNaN},
    {u"z", 0, kNaN},
    {u"z", 2, kNaN},
    {u"z", 10, kNaN},
    {u"z", 16, kNaN},
    {u"z", 36, bits(0x4041800000000000ull)},
    {u"z", 1, kNaN},
    {u"z", -1, kNaN},
    {u"z", 12, kNaN},
    {u"z", 4, kNaN},
    {u"z", 5, kNaN},
    {u"Z", 0, kNaN},
    {u"Z", 2, kNaN},
    {u"Z", 3, kNaN},
    {u"Z", 8, kNaN},
    {u"Z", 10, kNaN},
    {u"Z", 16, kNaN},
    {u"Z", 36, bits(0x4041800000000000ull)},
    {u"Z", 1, kNaN},
    {u"Z", -1, kNaN},
    {u"Z", 12, kNaN},
    {u"zz", 0, kNaN},
    {u"zz", 2, kNaN},
    {u"zz", 8, kNaN},
    {u"zz", 10, kNaN},
    {u"zz", 16, kNaN},
    {u"zz", 32, kNaN},
    {u"zz", 36, bits(0x40943c0000000000ull)},
    {u"zz", 1, kNaN},
    {u"zz", 37, kNaN},
    {u"zz", -1, kNaN},
    {u"zz", 4, kNaN},
    {u"zz", 5, kNaN},
    {u"1e3", 0, bits(0x3ff0000000000000ull)},
    {u"1e3", 2, bits(0x3ff0000000000000ull)},
    {u"1e3", 8, bits(0x3ff0000000000000ull)},
    {u"1e3", 10, bits(0x3ff0000000000000ull)},
    {u"1e3", 16, bits(0x407e300000000000ull)},
    {u"1e3", 36, bits(0x409c2c0000000000ull)},
    {u"1e3", -1, kNaN},
    {u"  +7", 0, bits(0x401c000000000000ull)},
    {u"  +7", 2, kNaN},
    {u"  +7", 8, bits(0x401c000000000000ull)},
    {u"  +7", 10, bits(0x401c000000000000ull)},
    {u"  +7", 16, bits(0x401c000000000000ull)},
    {u"  +7", 32, bits(0x401c000000000000ull)},
    {u"  +7", 36, bits(0x401c000000000000ull)},
    {u"  +7", 1, kNaN},
    {u"  +7", -1, kNaN},
    {u"  +7", 12, bits(0x401c000000000000ull)},
    {u"  +7", 5, kNaN},
    {u"\xA0"
     u"\xFEFF"
     u" 9",
     0, bits(0x4022000000000000ull)},
    {u"\xA0"
     u"\xFEFF"
     u" 9",
     2, kNaN},
    {u"\xA0"
     u"\xFEFF"
     u" 9",
     10, bits(0x4022000000000000ull)},
    {u"\xA0"
     u"\xFEFF"
     u" 9",
     16, bits(0x4022000000000000ull)},
    {u"\xA0"
     u"\xFEFF"
     u" 9",
     36, bits(0x4022000000000000ull)},
    {u"\xA0"
     u"\xFEFF"
     u" 9",
     -1, kNaN},
    {u"\xA0"
     u"\xFEFF"
     u" 9",
     4, kNaN},
    {u"\xA0"
     u"\xFEFF"
     u" 9",
     5, kNaN},
    {u"123456789012345678901234567890", 0, bits(0x45f8ee90ff6c373eull)},
    {u"123456789012345678901234567890", 2, bits(0x3ff0000000000000ull)},
    {u"123456789012345678901234567890", 3, bits(0x4014000000000000ull)},
    {u"123456789012345678901234567890", 10, bits(0x45f8ee90ff6c373eull)},
    {u"123456789012345678901234567890", 16, bits(0x4732345678901234ull)},
    {u"123456789012345678901234567890", 32, bits(0x49010c8531d09004ull)},
    {u"123456789012345678901234567890", 36, bits(0x495019f1888854c2ull)},
    {u"123456789012345678901234567890", 37, kNaN},
    {u"123456789012345678901234567890", -1, kNaN},
    {u"9007199254740993", 0, bits(0x4340000000000000ull)},
    {u"9007199254740993", 2, kNaN},
    {u"9007199254740993", 3, kNaN},
    {u"9007199254740993", 8, kNaN},
    {u"9007199254740993", 10, bits(0x4340000000000000ull)},
    {u"9007199254740993", 16, bits(0x43e200e3324a8e81ull)},
    {u"9007199254740993", 36, bits(0x44fa555c722220b5ull)},
    {u"9007199254740993", 1, kNaN},
    {u"9007199254740993", -1, kNaN},
    {u"9007199254740993", 12, bits(0x437ecdb6e237ddd8ull)},
    {u"9007199254740993", 5, kNaN},
    {u"900719925474099267", 0, bits(0x43a9000000000001ull)},
    {u"900719925474099267", 2, kNaN},
    {u"900719925474099267", 10, bits(0x43a9000000000001ull)},
    {u"900719925474099267", 16, bits(0x446200e3324a8e81ull)},
    {u"900719925474099267", 36, bits(0x45a0aa04803998b3ull)},
    {u"900719925474099267", 1, kNaN},
    {u"900719925474099267", -1, kNaN},
    {u"900719925474099267", 4, kNaN},
    {u"900719925474099267", 5, kNaN},
    {u"0b11", 0, bits(0x0000000000000000ull)},
    {u"0b11", 2, bits(0x0000000000000000ull)},
    {u"0b11", 3, bits(0x0000000000000000ull)},
    {u"0b11", 8, bits(0x0000000000000000ull)},
    {u"0b11", 10, bits(0x0000000000000000ull)},
    {u"0b11", 16, bits(0x40a6220000000000ull)},
    {u"0b11", 32, bits(0x40c6108000000000ull)},
    {u"0b11", 36, bits(0x40cbea8000000000ull)},
    {u"0b11", 37, kNaN},
    {u"0b11", -1, kNaN},
    {u"0b11", 4, bits(0x0000000000000000ull)},
    {u"0b11", 5, bits(0x0000000000000000ull)},
    {u"0o17", 0, bits(0x0000000000000000ull)},
    {u"0o17", 2, bits(0x0000000000000000ull)},
    {u"0o17", 8, bits(0x0000000000000000ull)},
    {u"0o17", 10, bits(0x0000000000000000ull)},
    {u"0o17", 16, bits(0x0000000000000000ull)},
    {u"0o17", 36, bits(0x40de6ac000000000ull)},
    {u"0o17", 1, kNaN},
    {u"0o17", 37, kNaN},
    {u"0o17", -1, kNaN},
    {u"0o17", 4, bits(0x0000000000000000ull)},
    {u"08", 0, bits(0x4020000000000000ull)},
    {u"08", 2, bits(0x0000000000000000ull)},
    {u"08", 3, bits(0x0000000000000000ull)},
    {u"08", 8, bits(0x0000000000000000ull)},
    {u"08", 10, bits(0x4020000000000000ull)},
    {u"08", 16, bits(0x4020000000000000ull)},
    {u"08", 32, bits(0x4020000000000000ull)},
    {u"08", 36, bits(0x4020000000000000ull)},
    {u"08", 1, kNaN},
    {u"08", -1, kNaN},
    {u"08", 12, bits(0x4020000000000000ull)},
    {u"08", 4, bits(0x0000000000000000ull)},
    {u"08", 5, bits(0x0000000000000000ull)},
    {u"010", 0, bits(0x4024000000000000ull)},
    {u"010", 2, bits(0x4000000000000000ull)},
    {u"010", 10, bits(0x4024000000000000ull)},
    {u"010", 16, bits(0x4030000000000000ull)},
    {u"010", 36, bits(0x4042000000000000ull)},
    {u"010", -1, kNaN},
    {u"010", 12, bits(0x4028000000000000ull)},
    {u"010", 5, bits(0x4014000000000000ull)},
    {u"", 0, kNaN},
    {u"", 2, kNaN},
    {u"", 10, kNaN},
    {u"", 16, kNaN},
    {u"", 32, kNaN},
    {u"", 36, kNaN},
    {u"", 1, kNaN},
    {u"", -1, kNaN},
    {u" ", 0, kNaN},
    {u" ", 2, kNaN},
    {u" ", 8, kNaN},
    {u" ", 10, kNaN},
    {u" ", 16, kNaN},
    {u" ", 32, kNaN},
    {u" ", 36, kNaN},
    {u" ", -1, kNaN},
    {u" ", 12, kNaN},
    {u" ", 4, kNaN},
    {u"-", 0, kNaN},
    {u"-", 2, kNaN},
    {u"-", 3, kNaN},
    {u"-", 10, kNaN},
    {u"-", 16, kNaN},
    {u"-", 36, kNaN},
    {u"-", 37, kNaN},
    {u"-", -1, kNaN},
    {u"-", 12, kNaN},
    {u"-", 4, kNaN},
    {u"Infinity", 0, kNaN},
    {u"Infinity", 2, kNaN},
    {u"Infinity", 3, kNaN},
    {u"Infinity", 10, kNaN},
    {u"Infinity", 16, kNaN},
    {u"Infinity", 36, bits(0x427544bb89d16000ull)},
    {u"Infinity", 1, kNaN},
    {u"Infinity", 37, kNaN},
    {u"Infinity", -1, kNaN},
    {u"Infinity", 12, kNaN},
    {u"Infinity", 5, kNaN},
    {u"1_000", 0, bits(0x3ff0000000000000ull)},
    {u"1_000", 2, bits(0x3ff0000000000000ull)},
    {u"1_000", 8, bits(0x3ff0000000000000ull)},
    {u"1_000", 10, bits(0x3ff0000000000000ull)},
    {u"1_000", 16, bits(0x3ff0000000000000ull)},
    {u"1_000", 32, bits(0x3ff0000000000000ull)},
    {u"1_000", 36, bits(0x3ff0000000000000ull)},
    {u"1_000", 1, kNaN},
    {u"1_000", 37, kNaN},
    {u"1_000", -1, kNaN},
    {u"1_000", 5, bits(0x3ff0000000000000ull)},
    {u"zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 0, kNaN},
    {u"zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 2, kNaN},
    {u"zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 3, kNaN},
    {u"zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 8, kNaN},
    {u"zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 10, kNaN},
    {u"zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 16, kNaN},
    {u"zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 32, kNaN},
    {u"zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 36, bits(0x48fb0e72c08e02b2ull)},
    {u"zzzzzzzzzzzzzzzzzzzzzzzzzzzz", -1, kNaN},
    {u"zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 12, kNaN},
    {u"zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 4, kNaN},
    {u"zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 5, kNaN},
    {u"0zzzzzzzzzzzzzzz", 0, bits(0x0000000000000000ull)},
    {u"0zzzzzzzzzzzzzzz", 2, bits(0x0000000000000000ull)},
    {u"0zzzzzzzzzzzzzzz", 10, bits(0x0000000000000000ull)},
    {u"0zzzzzzzzzzzzzzz", 16, bits(0x0000000000000000ull)},
    {u"0zzzzzzzzzzzzzzz", 32, bits(0x0000000000000000ull)},
    {u"0zzzzzzzzzzzzzzz", 36, bits(0x44c76838794f1720ull)},
    {u"0zzzzzzzzzzzzzzz", 1, kNaN},
    {u"0zzzzzzzzzzzzzzz", 37, kNaN},
    {u"0zzzzzzzzzzzzzzz", -1, kNaN},
    {u"0zzzzzzzzzzzzzzz", 12, bits(0x0000000000000000ull)},
    {u"0zzzzzzzzzzzzzzz", 5, bits(0x0000000000000000ull)},
    {u"000000000000000000000zzzzzzzzzzzzzzzzzzz", 0, bits(0x0000000000000000ull)},
    {u"000000000000000000000zzzzzzzzzzzzzzzzzzz", 2, bits(0x0000000000000000ull)},
    {u"000000000000000000000zzzzzzzzzzzzzzzzzzz", 3, bits(0x0000000000000000ull)},
    {u"000000000000000000000zzzzzzzzzzzzzzzzzzz", 10, bits(0x0000000000000000ull)},
    {u"000000000000000000000zzzzzzzzzzzzzzzzzzz", 16, bits(0x0000000000000000ull)},
    {u"000000000000000000000zzzzzzzzzzzzzzzzzzz", 36, bits(0x4612bf307ae81ffdull)},
    {u"000000000000000000000zzzzzzzzzzzzzzzzzzz", 37, kNaN},
    {u"000000000000000000000zzzzzzzzzzzzzzzzzzz", -1, kNaN},
    {u"000000000000000000000zzzzzzzzzzzzzzzzzzz", 12, bits(0x0000000000000000ull)},
    {u"000000000000000000000zzzzzzzzzzzzzzzzzzz", 4, bits(0x0000000000000000ull)},
    {u"7fffffffffffffffffff", 0, bits(0x401c000000000000ull)},
    {u"7fffffffffffffffffff", 2, kNaN},
    {u"7fffffffffffffffffff", 3, kNaN},
    {u"7fffffffffffffffffff", 8, bits(0x401c000000000000ull)},
    {u"7fffffffffffffffffff", 10, bits(0x401c000000000000ull)},
    {u"7fffffffffffffffffff", 16, bits(0x44e0000000000000ull)},
    {u"7fffffffffffffffffff", 36, bits(0x46416863dfd78b6bull)},
    {u"7fffffffffffffffffff", 37, kNaN},
    {u"7fffffffffffffffffff", -1, kNaN},
    {u"7fffffffffffffffffff", 12, bits(0x401c000000000000ull)},
    {u"20000000000000100000000000000", 0, bits(0x45d027e72f1f1298ull)},
    {u"20000000000000100000000000000", 2, kNaN},
    {u"20000000000000100000000000000", 3, bits(0x42c4ce6b3afced80ull)},
    {u"20000000000000100000000000000", 10, bits(0x45d027e72f1f1298ull)},
    {u"20000000000000100000000000000", 16, bits(0x4700000000000000ull)},
    {u"20000000000000100000000000000", 36, bits(0x490b0e72c08e02b1ull)},
    {u"20000000000000100000000000000", 37, kNaN},
    {u"20000000000000100000000000000", -1, kNaN},
    {u"20000000000000100000000000000", 12, bits(0x4644ce6b167f3102ull)},
    {u"20000000000000100000000000000", 5, bits(0x441027e72f24c1b2ull)},
    {u"2222222222222222222222222222222222", 0, bits(0x46db6418d0c06e3cull)},
    {u"2222222222222222222222222222222222", 2, kNaN},
    {u"2222222222222222222222222222222222", 3, bits(0x434d9fe779881944ull)},
    {u"2222222222222222222222222222222222", 10, bits(0x46db6418d0c06e3cull)},
    {u"2222222222222222222222222222222222", 16, bits(0x4841111111111111ull)},
    {u"2222222222222222222222222222222222", 32, bits(0x4a50842108421084ull)},
    {u"2222222222222222222222222222222222", 36, bits(0x4aa91326f08bb202ull)},
    {u"2222222222222222222222222222222222", 1, kNaN},
    {u"2222222222222222222222222222222222", 37, kNaN},
    {u"2222222222222222222222222222222222", -1, kNaN},
    {u"2222222222222222222222222222222222", 12, bits(0x47658b91129186beull)},
    {u"helloworld", 0, kNaN},
    {u"helloworld", 2, kNaN},
    {u"helloworld", 10, kNaN},
    {u"helloworld", 16, kNaN},
    {u"helloworld", 36, bits(0x43191ee20e7ac6c4ull)},
    {u"helloworld", 1, kNaN},
    {u"helloworld", -1, kNaN},
    {u"helloworld", 12, kNaN},
    {u"helloworld", 5, kNaN},
    {u"-helloworld", 0, kNaN},
    {u"-helloworld", 2, kNaN},
    {u"-helloworld", 3, kNaN},
    {u"-helloworld", 8, kNaN},
    {u"-helloworld", 10, kNaN},
    {u"-helloworld", 16, kNaN},
    {u"-helloworld", 32, bits(0xc171756b80000000ull)},
    {u"-helloworld", 36, bits(0xc3191ee20e7ac6c4ull)},
    {u"-helloworld", 1, kNaN},
    {u"-helloworld", 37, kNaN},
    {u"-helloworld", -1, kNaN},
    {u"-helloworld", 12, kNaN},
    {u"0x0000000000000000000000001", 0, bits(0x3ff0000000000000ull)},
    {u"0x0000000000000000000000001", 2, bits(0x0000000000000000ull)},
    {u"0x0000000000000000000000001", 10, bits(0x0000000000000000ull)},
    {u"0x0000000000000000000000001", 16, bits(0x3ff0000000000000ull)},
    {u"0x0000000000000000000000001", 36, bits(0x485398afd20c4129ull)},
    {u"0x0000000000000000000000001", 1, kNaN},
    {u"0x0000000000000000000000001", -1, kNaN},
    {u"0x0000000000000000000000001", 12, bits(0x0000000000000000ull)},
    {u"0x0000000000000000000000001", 5, bits(0x0000000000000000ull)},
    {u"0.5", 0, bits(0x0000000000000000ull)},
    {u"0.5", 2, bits(0x0000000000000000ull)},
    {u"0.5", 8, bits(0x0000000000000000ull)},
    {u"0.5", 10, bits(0x0000000000000000ull)},
    {u"0.5", 16, bits(0x0000000000000000ull)},
    {u"0.5", 32, bits(0x0000000000000000ull)},
    {u"0.5", 36, bits(0x0000000000000000ull)},
    {u"0.5", 1, kNaN},
    {u"0.5", -1, kNaN},
    {u"0.5", 12, bits(0x0000000000000000ull)},
    {u".5", 0, kNaN},
    {u".5", 2, kNaN},
    {u".5", 8, kNaN},
    {u".5", 10, kNaN},
    {u".5", 16, kNaN},
    {u".5", 32, kNaN},
    {u".5", 36, kNaN},
    {u".5", 1, kNaN},
    {u".5", -1, kNaN},
    {u".5", 12, kNaN},
    {u".5", 4, kNaN},
    {u".5", 5, kNaN},
};
const IntConversionCase kIntConversions[] = {
    {bits(0x0000000000000000ull), bits(0x0000000000000000ull), 0, 0u, 0, 0, 0, 0, 0,
     bits(0x0000000000000000ull)},
    {bits(0x8000000000000000ull), bits(0x0000000000000000ull), 0, 0u, 0, 0, 0, 0, 0,
     bits(0x0000000000000000ull)},
    {kNaN, bits(0x0000000000000000ull), 0, 0u, 0, 0, 0, 0, 0, bits(0x0000000000000000ull)},
    {kInf, kInf, 0, 0u, 0, 0, 0, 0, 255, bits(0x433fffffffffffffull)},
    {-kInf, -kInf, 0, 0u, 0, 0, 0, 0, 0, bits(0x0000000000000000ull)},
    {bits(0x3ff0000000000000ull), bits(0x3ff0000000000000ull), 1, 1u, 1, 1, 1, 1, 1,
     bits(0x3ff0000000000000ull)},
    {bits(0xbff0000000000000ull), bits(0xbff0000000000000ull), -1, 4294967295u, -1, 65535, -1, 255, 0,
     bits(0x0000000000000000ull)},
    {bits(0x3fe0000000000000ull), bits(0x0000000000000000ull), 0, 0u, 0, 0, 0, 0, 0,
     bits(0x0000000000000000ull)},
    {bits(0xbfe0000000000000ull), bits(0x0000000000000000ull), 0, 0u, 0, 0, 0, 0, 0,
     bits(0x0000000000000000ull)},
    {bits(0x3ff8000000000000ull), bits(0x3ff0000000000000ull), 1, 1u, 1, 1, 1, 1, 2,
     bits(0x3ff0000000000000ull)},
    {bits(0xbff8000000000000ull), bits(0xbff0000000000000ull), -1, 4294967295u, -1, 65535, -1, 255, 0,
     bits(0x0000000000000000ull)},
    {bits(0x4004000000000000ull), bits(0x4000000000000000ull), 2, 2u, 2, 2, 2, 2, 2,
     bits(0x4000000000000000ull)},
    {bits(0x406fd00000000000ull), bits(0x406fc00000000000ull), 254, 254u, 254, 254, -2, 254, 254,
     bits(0x406fc00000000000ull)},
    {bits(0x406ff00000000000ull), bits(0x406fe00000000000ull), 255, 255u, 255, 255, -1, 255, 255,
     bits(0x406fe00000000000ull)},
    {bits(0x406fb00000000000ull), bits(0x406fa00000000000ull), 253, 253u, 253, 253, -3, 253, 254,
     bits(0x406fa00000000000ull)},
    {bits(0x406fe00000000000ull), bits(0x406fe00000000000ull), 255, 255u, 255, 255, -1, 255, 255,
     bits(0x406fe00000000000ull)},
    {bits(0x4070000000000000ull), bits(0x4070000000000000ull), 256, 256u, 256, 256, 0, 0, 255,
     bits(0x4070000000000000ull)},
    {bits(0xc070000000000000ull), bits(0xc070000000000000ull), -256, 4294967040u, -256, 65280, 0, 0, 0,
     bits(0x0000000000000000ull)},
    {bits(0x4072c00000000000ull), bits(0x4072c00000000000ull), 300, 300u, 300, 300, 44, 44, 255,
     bits(0x4072c00000000000ull)},
    {bits(0x40efffe000000000ull), bits(0x40efffe000000000ull), 65535, 65535u, -1, 65535, -1, 255, 255,
     bits(0x40efffe000000000ull)},
    {bits(0x40f0000000000000ull), bits(0x40f0000000000000ull), 65536, 65536u, 0, 0, 0, 0, 255,
     bits(0x40f0000000000000ull)},
    {bits(0x40f0001000000000ull), bits(0x40f0001000000000ull), 65537, 65537u, 1, 1, 1, 1, 255,
     bits(0x40f0001000000000ull)},
    {bits(0xc0f0001000000000ull), bits(0xc0f0001000000000ull), -65537, 4294901759u, -1, 65535, -1, 255, 0,
     bits(0x0000000000000000ull)},
    {bits(0x41dfffffffc00000ull), bits(0x41dfffffffc00000ull), 2147483647, 2147483647u, -1, 65535, -1, 255,
     255, bits(0x41dfffffffc00000ull)},
    {bits(0x41e0000000000000ull), bits(0x41e0000000000000ull), -2147483648, 2147483648u, 0, 0, 0, 0, 255,
     bits(0x41e0000000000000ull)},
    {bits(0xc1e0000000000000ull), bits(0xc1e0000000000000ull), -2147483648, 2147483648u, 0, 0, 0, 0, 0,
     bits(0x0000000000000000ull)},
    {bits(0xc1e0000000200000ull), bits(0xc1e0000000200000ull), 2147483647, 2147483647u, -1, 65535, -1, 255, 0,
     bits(0x0000000000000000ull)},
    {bits(0x41efffffffe00000ull), bits(0x41efffffffe00000ull), -1, 4294967295u, -1, 65535, -1, 255, 255,
     bits(0x41efffffffe00000ull)},
    {bits(0x41f0000000000000ull), bits(0x41f0000000000000ull), 0, 0u, 0, 0, 0, 0, 255,
     bits(0x41f0000000000000ull)},
    {bits(0x41f0000000100000ull), bits(0x41f0000000100000ull), 1, 1u, 1, 1, 1, 1, 255,
     bits(0x41f0000000100000ull)},
    {bits(0xc1f0000000100000ull), bits(0xc1f0000000100000ull), -1, 4294967295u, -1, 65535, -1, 255, 0,
     bits(0x0000000000000000ull)},
    {bits(0x4202a05f20000000ull), bits(0x4202a05f20000000ull), 1410065408, 1410065408u, -7168, 58368, 0, 0,
     255, bits(0x4202a05f20000000ull)},
    {bits(0xc202a05f20000000ull), bits(0xc202a05f20000000ull), -1410065408, 2884901888u, 7168, 7168, 0, 0, 0,
     bits(0x0000000000000000ull)},
    {bits(0x4415af1d78b58c40ull), bits(0x4415af1d78b58c40ull), 1661992960, 1661992960u, 0, 0, 0, 0, 255,
     bits(0x433fffffffffffffull)},
    {bits(0xc415af1d78b58c40ull), bits(0xc415af1d78b58c40ull), -1661992960, 2632974336u, 0, 0, 0, 0, 0,
     bits(0x0000000000000000ull)},
    {bits(0x7fefffffffffffffull), bits(0x7fefffffffffffffull), 0, 0u, 0, 0, 0, 0, 255,
     bits(0x433fffffffffffffull)},
    {bits(0x0000000000000001ull), bits(0x0000000000000000ull), 0, 0u, 0, 0, 0, 0, 0,
     bits(0x0000000000000000ull)},
    {bits(0x433fffffffffffffull), bits(0x433fffffffffffffull), -1, 4294967295u, -1, 65535, -1, 255, 255,
     bits(0x433fffffffffffffull)},
    {bits(0x4340000000000000ull), bits(0x4340000000000000ull), 0, 0u, 0, 0, 0, 0, 255,
     bits(0x433fffffffffffffull)},
    {bits(0x4340000000000001ull), bits(0x4340000000000001ull), 2, 2u, 2, 2, 2, 2, 255,
     bits(0x433fffffffffffffull)},
    {bits(0xc340000000000000ull), bits(0xc340000000000000ull), 0, 0u, 0, 0, 0, 0, 0,
     bits(0x0000000000000000ull)},
    {bits(0x405effef9db22d0eull), bits(0x405ec00000000000ull), 123, 123u, 123, 123, 123, 123, 124,
     bits(0x405ec00000000000ull)},
    {bits(0xc05effef9db22d0eull), bits(0xc05ec00000000000ull), -123, 4294967173u, -123, 65413, -123, 133, 0,
     bits(0x0000000000000000ull)},
    {bits(0x40dffff99999999aull), bits(0x40dfffc000000000ull), 32767, 32767u, 32767, 32767, -1, 255, 255,
     bits(0x40dfffc000000000ull)},
    {bits(0xc0e0001ccccccccdull), bits(0xc0e0000000000000ull), -32768, 4294934528u, -32768, 32768, 0, 0, 0,
     bits(0x0000000000000000ull)},
    {bits(0x405fe00000000000ull), bits(0x405fc00000000000ull), 127, 127u, 127, 127, 127, 127, 128,
     bits(0x405fc00000000000ull)},
    {bits(0xc060100000000000ull), bits(0xc060000000000000ull), -128, 4294967168u, -128, 65408, -128, 128, 0,
     bits(0x0000000000000000ull)},
    {bits(0x41effffffff00000ull), bits(0x41efffffffe00000ull), -1, 4294967295u, -1, 65535, -1, 255, 255,
     bits(0x41efffffffe00000ull)},
};

TEST(StringToNumber, MatchesNode) {
    for (const auto& c : kStringToNumber) {
        EXPECT_TRUE(same_value(StringToNumber(c.text), c.expected)) << to_latin1(c.text);
        if (fits_latin1(c.text)) {
            EXPECT_TRUE(same_value(StringToNumber(to_latin1(c.text)), c.expected)) << to_latin1(c.text);
        }
    }
}

TEST(ParseFloat, MatchesNode) {
    for (const auto& c : kParseFloat) {
        EXPECT_TRUE(same_value(ParseFloat(c.text), c.expected)) << to_latin1(c.text);
        if (fits_latin1(c.text)) {
            EXPECT_TRUE(same_value(ParseFloat(to_latin1(c.text)), c.expected)) << to_latin1(c.text);
        }
    }
}

TEST(ParseInt, MatchesNode) {
    for (const auto& c : kParseInt) {
        EXPECT_TRUE(same_value(ParseInt(c.text, c.radix), c.expected))
            << to_latin1(c.text) << " radix " << c.radix;
        if (fits_latin1(c.text)) {
            EXPECT_TRUE(same_value(ParseInt(to_latin1(c.text), c.radix), c.expected)) << to_latin1(c.text);
        }
    }
}

TEST(StringToNumber, LongInputsAreCorrectlyRounded) {
    EXPECT_TRUE(same_value(StringToNumber(std::string(400, '1')), kInf));
    EXPECT_TRUE(same_value(StringToNumber(std::string(309, '1')), bits(0x7fe3c747785b50b2ull)));
    EXPECT_TRUE(same_value(StringToNumber("0." + std::string(400, '0') + "1e400"), 0.1));
    EXPECT_TRUE(same_value(StringToNumber("9007199254740993" + std::string(1000, '0') + "1e-1000"),
                           bits(0x4374000000000001ull)));
    EXPECT_TRUE(same_value(StringToNumber("9007199254740993" + std::string(1000, '0') + "e-1000"),
                           bits(0x4340000000000000ull)));
    // Just above the halfway point between 2^53 and 2^53 + 2.
    EXPECT_TRUE(
        same_value(StringToNumber("9007199254740993." + std::string(1000, '0') + "1"), 9007199254740994.0));
    EXPECT_TRUE(same_value(StringToNumber("0x" + std::string(300, 'f')), kInf));
    EXPECT_TRUE(same_value(StringToNumber("0x" + std::string(255, 'f')), bits(0x7fb0000000000000ull)));
    EXPECT_TRUE(same_value(StringToNumber("0x" + std::string(256, 'f')), kInf));
    EXPECT_TRUE(same_value(StringToNumber("0b" + std::string(60, '1')), bits(0x43b0000000000000ull)));
    EXPECT_TRUE(same_value(StringToNumber("0o" + std::string(30, '7')), bits(0x4590000000000000ull)));
    EXPECT_TRUE(same_value(ParseFloat(std::string(400, '1') + "x"), kInf));
}

TEST(ParseInt, LongInputs) {
    EXPECT_TRUE(same_value(ParseInt(std::string(320, '1'), 0), kInf));
    EXPECT_TRUE(same_value(ParseInt(std::string(70, '1'), 2), bits(0x4450000000000000ull)));
    EXPECT_TRUE(same_value(ParseInt(std::string(1100, '1'), 2), kInf));
    EXPECT_TRUE(same_value(ParseInt(std::string(200, '1'), 3), bits(0x53afd5863c3eb047ull)));
    EXPECT_TRUE(same_value(ParseInt(std::string(100, 'z'), 36), bits(0x603fd5863c3eb049ull)));
    EXPECT_TRUE(same_value(ParseInt(std::string(1000, 'z'), 36), kInf));
}

TEST(IntegerConversions, MatchNode) {
    for (const auto& c : kIntConversions) {
        SCOPED_TRACE(c.value);
        EXPECT_TRUE(same_value(ToIntegerOrInfinity(c.value), c.integer_or_infinity));
        EXPECT_EQ(ToInt32(c.value), c.int32);
        EXPECT_EQ(ToUint32(c.value), c.uint32);
        EXPECT_EQ(ToInt16(c.value), c.int16);
        EXPECT_EQ(ToUint16(c.value), c.uint16);
        EXPECT_EQ(ToInt8(c.value), c.int8);
        EXPECT_EQ(ToUint8(c.value), c.uint8);
        EXPECT_EQ(ToUint8Clamp(c.value), c.uint8_clamp);
        EXPECT_TRUE(same_value(ToLength(c.value), c.length));
    }
}

} // namespace
} // namespace yjs
