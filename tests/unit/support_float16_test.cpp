// Binary16 conversions of the raw buffer layer (Float16Array, DataView.prototype.getFloat16/setFloat16):
// every finite half round-trips, and doubles between two neighbouring halves round to the nearest one,
// ties to the one with an even significand.
#include "runtime/array_buffer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>

namespace yjs {
namespace {

bool is_finite_half(std::uint16_t bits) {
    return (bits & 0x7C00) != 0x7C00;
}

TEST(Float16, EveryFiniteHalfRoundTrips) {
    for (std::uint32_t bits = 0; bits <= 0xFFFF; ++bits) {
        auto half = static_cast<std::uint16_t>(bits);
        if (!is_finite_half(half)) continue;
        EXPECT_EQ(double_to_float16_bits(float16_bits_to_double(half)), half) << bits;
    }
}

TEST(Float16, MidpointsRoundToEven) {
    // Positive finite halves in ascending order: 0x0000 .. 0x7BFF; each midpoint lies between bits and
    // bits+1.
    for (std::uint16_t bits = 0; bits < 0x7BFF; ++bits) {
        double low = float16_bits_to_double(bits);
        double high = float16_bits_to_double(static_cast<std::uint16_t>(bits + 1));
        double middle = (low + high) / 2; // exact: halves have few significant bits
        std::uint16_t even = (bits & 1) ? static_cast<std::uint16_t>(bits + 1) : bits;
        EXPECT_EQ(double_to_float16_bits(middle), even) << bits;
        EXPECT_EQ(double_to_float16_bits(std::nextafter(middle, 0.0)), bits) << bits;
        EXPECT_EQ(double_to_float16_bits(std::nextafter(middle, 1e9)), bits + 1) << bits;
        EXPECT_EQ(double_to_float16_bits(-middle), 0x8000 | even) << bits;
    }
}

TEST(Float16, SpecialValues) {
    EXPECT_EQ(double_to_float16_bits(65504), 0x7BFF);
    EXPECT_EQ(double_to_float16_bits(65519.999), 0x7BFF);
    EXPECT_EQ(double_to_float16_bits(65520), 0x7C00); // the tie goes to the even 2^16, which overflows
    EXPECT_EQ(double_to_float16_bits(std::numeric_limits<double>::infinity()), 0x7C00);
    EXPECT_EQ(double_to_float16_bits(-std::numeric_limits<double>::infinity()), 0xFC00);
    EXPECT_EQ(double_to_float16_bits(-0.0), 0x8000);
    EXPECT_EQ(double_to_float16_bits(std::ldexp(1.0, -25)), 0x0000); // half the smallest subnormal: to even
    EXPECT_EQ(double_to_float16_bits(std::ldexp(1.0, -25) * 1.0000001), 0x0001);
    EXPECT_TRUE(std::isnan(float16_bits_to_double(double_to_float16_bits(std::nan("")))));
    // A double that float would round first (double rounding) still rounds once to the nearest half.
    double just_above_tie = 1.0 + std::ldexp(1.0, -11) + std::ldexp(1.0, -40);
    EXPECT_EQ(double_to_float16_bits(just_above_tie), 0x3C01);
}

} // namespace
} // namespace yjs
