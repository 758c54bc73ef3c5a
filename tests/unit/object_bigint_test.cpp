// BigInt values: the cell representation, conversions and the BigInt:: operations (6.1.6.2, 7.1.13-7.1.16).
#include "object_test_util.h"

#include "runtime/bigint.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace yjs::object_test {
namespace {

class BigIntTest : public ObjectTest {
protected:
    BigInt* parse(std::string_view text) { return must(StringToBigInt(vm, string(text))); }
    std::string text(BigInt* value, int radix = 10) { return value->to_std_string(radix); }
};

TEST_F(BigIntTest, SmallValuesTakeOneLimbInTheirCell) {
    BigInt* one = BigInt::create_from_int64(vm, 1);
    EXPECT_EQ(one->length(), 1u);
    EXPECT_LE(Heap::cell_size(one), 24u);
    BigInt* zero = BigInt::create_from_int64(vm, 0);
    EXPECT_TRUE(zero->is_zero());
    EXPECT_FALSE(zero->is_negative());
    EXPECT_EQ(text(BigInt::create_from_int64(vm, std::numeric_limits<std::int64_t>::min())),
              "-9223372036854775808");
    EXPECT_EQ(text(BigInt::create_from_uint64(vm, ~std::uint64_t(0))), "18446744073709551615");
}

TEST_F(BigIntTest, StringToBigIntFollowsStringIntegerLiteral) {
    EXPECT_EQ(text(parse("  \n-123 \t")), "-123");
    EXPECT_EQ(text(parse("")), "0");
    EXPECT_EQ(text(parse("0x1f")), "31");
    EXPECT_EQ(text(parse("0O17")), "15");
    EXPECT_EQ(text(parse("0b101")), "5");
    EXPECT_EQ(text(parse("000000000000000000000000000042")), "42");
    for (const char* bad : {"-0x1", "1_000", "1.0", "1e3", "0x", "12n", "+", "Infinity", "0b2"})
        EXPECT_EQ(parse(bad), nullptr) << bad;
}

TEST_F(BigIntTest, RadixConversionRoundTrips) {
    BigInt* value = parse("123456789012345678901234567890123456789012345678901234567890");
    for (int radix = 2; radix <= 36; ++radix) {
        std::string digits = text(value, radix);
        std::string prefix = radix == 16 ? "0x" : radix == 8 ? "0o" : radix == 2 ? "0b" : "";
        if (prefix.empty()) continue;
        EXPECT_TRUE(BigInt::equal(parse(prefix + digits), value)) << radix;
    }
    EXPECT_EQ(text(must(BigInt::unaryMinus(vm, parse("255"))), 16), "-ff");
}

TEST_F(BigIntTest, ToDoubleRoundsToNearestEven) {
    // 2^53 + 1 is halfway between 2^53 and 2^53 + 2: ties go to the even mantissa.
    EXPECT_EQ(parse("9007199254740993")->to_double(), 9007199254740992.0);
    EXPECT_EQ(parse("9007199254740995")->to_double(), 9007199254740996.0);
    // Just above the halfway point rounds up (the sticky bits far below count).
    EXPECT_EQ(parse("0x20000000000001000000000000000001")->to_double(), std::ldexp(9007199254740994.0, 72));
    EXPECT_EQ(parse("0x20000000000001000000000000000000")->to_double(), std::ldexp(9007199254740992.0, 72));
    EXPECT_EQ(must(BigInt::leftShift(vm, parse("1"), parse("1024")))->to_double(),
              std::numeric_limits<double>::infinity());
    EXPECT_EQ(parse("-5")->to_double(), -5.0);
}

TEST_F(BigIntTest, DivisionTruncatesAndRemainderTakesTheDividendsSign) {
    EXPECT_EQ(text(must(BigInt::divide(vm, parse("-7"), parse("2")))), "-3");
    EXPECT_EQ(text(must(BigInt::remainder(vm, parse("-7"), parse("2")))), "-1");
    EXPECT_EQ(text(must(BigInt::remainder(vm, parse("7"), parse("-2")))), "1");
    EXPECT_EQ(thrown_message(BigInt::divide(vm, parse("1"), parse("0"))), "Division by zero");
}

TEST_F(BigIntTest, ShiftsAndBitwiseUseTwosComplement) {
    EXPECT_EQ(text(must(BigInt::signedRightShift(vm, parse("-5"), parse("1")))), "-3");
    EXPECT_EQ(text(must(BigInt::bitwiseAND(vm, parse("-1"), parse("0xff")))), "255");
    EXPECT_EQ(text(must(BigInt::bitwiseOR(vm, parse("-256"), parse("15")))), "-241");
    EXPECT_EQ(text(must(BigInt::bitwiseXOR(vm, parse("-1"), parse("5")))), "-6");
    EXPECT_EQ(text(must(BigInt::bitwiseNOT(vm, parse("0")))), "-1");
    EXPECT_EQ(thrown_message(BigInt::leftShift(vm, parse("1"), parse("0x100000000000"))),
              "Maximum BigInt size exceeded");
}

TEST_F(BigIntTest, AsIntNAndAsUintNWrap) {
    EXPECT_EQ(text(must(BigInt::as_int_n(vm, 8, parse("255")))), "-1");
    EXPECT_EQ(text(must(BigInt::as_uint_n(vm, 8, parse("-1")))), "255");
    EXPECT_EQ(text(must(BigInt::as_uint_n(vm, 65, parse("-1")))), "36893488147419103231");
    EXPECT_EQ(must(ToBigInt64(vm, Value(parse("0xffffffffffffffff")))), -1);
    EXPECT_EQ(must(ToBigUint64(vm, Value(parse("-1")))), ~std::uint64_t(0));
}

TEST_F(BigIntTest, ComparesWithNumbersExactly) {
    BigInt* big = parse("9007199254740993");
    EXPECT_EQ(BigInt::compare_to_number(big, 9007199254740992.0), 1);
    EXPECT_EQ(BigInt::compare_to_number(big, 9007199254740994.0), -1);
    EXPECT_EQ(BigInt::compare_to_number(parse("1"), 1.5), -1);
    EXPECT_EQ(BigInt::compare_to_number(parse("1"), std::numeric_limits<double>::infinity()), -1);
    EXPECT_FALSE(BigInt::compare_to_number(parse("1"), std::nan("")).has_value());
}

} // namespace
} // namespace yjs::object_test
