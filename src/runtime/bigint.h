#pragma once
// BigInt values (ECMA-262 6.1.6.2) and the conversions to and from them (7.1.13-7.1.16, 21.2).
//
// A BigInt is an immutable cell holding a sign and a magnitude of 64-bit limbs, least significant first,
// stored right after the cell header (1n is a 24-byte cell). The magnitude is normalised: no leading zero
// limbs, and zero has no limbs and is never negative. Arithmetic runs GMP's mpn/mpz functions directly on
// the limbs (exact, sub-quadratic multiplication, division and radix conversion).
//
// GMP aborts when it cannot allocate, so every operation bounds the size of its result first: a result
// above kMaxBits bits is a RangeError ("Maximum BigInt size exceeded"), and a cell that would not fit in
// the heap limit is the heap's out-of-memory RangeError.
#include "heap/cell.h"
#include "runtime/completion.h"
#include "runtime/value.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yjs {

class JSString;
class VM;

class BigInt final : public Cell {
public:
    using Limb = std::uint64_t;
    static constexpr std::size_t kMaxBits = std::size_t(1) << 30;
    static constexpr std::size_t kMaxLimbs = kMaxBits / 64;

    static BigInt* create_from_int64(VM&, std::int64_t);
    static BigInt* create_from_uint64(VM&, std::uint64_t);
    // The value of a BigInt literal, given as the decimal digits the lexer produced.
    static BigInt* create_from_literal(VM&, std::string_view decimal_digits);
    // NumberToBigInt for an integral Number (the caller checks IsIntegralNumber).
    static ThrowCompletionOr<BigInt*> create_from_integral_number(VM&, double);

    bool is_zero() const { return length_ == 0; }
    bool is_negative() const { return negative_; }
    std::uint32_t length() const { return length_; }
    const Limb* limbs() const { return reinterpret_cast<const Limb*>(this + 1); }
    // The number of bits of the magnitude (0 for 0n).
    std::uint64_t bit_length() const;
    // A hash consistent with equal().
    std::uint64_t hash() const;

    // BigInt::toString(x, radix), radix in [2, 36] (a RangeError past the maximum string length).
    static ThrowCompletionOr<JSString*> toString(VM&, BigInt*, int radix = 10);
    // The same digits as a C++ string (for messages).
    std::string to_std_string(int radix = 10) const;
    // The Number value for x (ℝ(x) rounded to nearest, ties to even).
    double to_double() const;
    // x modulo 2^64, as two's complement.
    std::uint64_t to_uint64_wrapped() const;
    // The value as int64 when it fits.
    std::optional<std::int64_t> to_int64_exact() const;

    // --- 6.1.6.2 The BigInt type ---
    static ThrowCompletionOr<BigInt*> unaryMinus(VM&, BigInt*);
    static ThrowCompletionOr<BigInt*> bitwiseNOT(VM&, BigInt*);
    static ThrowCompletionOr<BigInt*> exponentiate(VM&, BigInt* base, BigInt* exponent);
    static ThrowCompletionOr<BigInt*> multiply(VM&, BigInt*, BigInt*);
    static ThrowCompletionOr<BigInt*> divide(VM&, BigInt*, BigInt*);
    static ThrowCompletionOr<BigInt*> remainder(VM&, BigInt* n, BigInt* d);
    static ThrowCompletionOr<BigInt*> add(VM&, BigInt*, BigInt*);
    static ThrowCompletionOr<BigInt*> subtract(VM&, BigInt*, BigInt*);
    static ThrowCompletionOr<BigInt*> leftShift(VM&, BigInt*, BigInt*);
    static ThrowCompletionOr<BigInt*> signedRightShift(VM&, BigInt*, BigInt*);
    static ThrowCompletion unsignedRightShift(VM&, BigInt*, BigInt*);
    static bool lessThan(BigInt*, BigInt*);
    static bool equal(BigInt*, BigInt*);
    static ThrowCompletionOr<BigInt*> bitwiseAND(VM&, BigInt*, BigInt*);
    static ThrowCompletionOr<BigInt*> bitwiseXOR(VM&, BigInt*, BigInt*);
    static ThrowCompletionOr<BigInt*> bitwiseOR(VM&, BigInt*, BigInt*);
    // x + 1 or x - 1 (the ++ and -- operators).
    static ThrowCompletionOr<BigInt*> increment(VM&, BigInt*, bool is_increment);

    // Comparisons with a Number (IsLessThan and IsLooselyEqual's mixed cases): the sign of x - y, or
    // nullopt when y is NaN.
    static std::optional<int> compare_to_number(BigInt* x, double y);

    // BigInt.asIntN / BigInt.asUintN once `bits` is an index.
    static ThrowCompletionOr<BigInt*> as_int_n(VM&, std::uint64_t bits, BigInt*);
    static ThrowCompletionOr<BigInt*> as_uint_n(VM&, std::uint64_t bits, BigInt*);

    const char* class_name() const override { return "BigInt"; }

    // Allocation of a cell for up to `limbs` limbs (RangeError past kMaxLimbs or the heap limit); the
    // creator fills the limbs and calls set_value().
    static ThrowCompletionOr<BigInt*> allocate(VM&, std::size_t limbs);
    BigInt() = default;
    Limb* mutable_limbs() { return reinterpret_cast<Limb*>(this + 1); }
    // Fixes sign and length once the limbs are written (strips leading zero limbs; zero is never negative).
    void set_value(bool negative, std::size_t length);

private:
    std::uint32_t length_ = 0;
    bool negative_ = false;
};

static_assert(sizeof(BigInt) == 16,
              "a BigInt cell is a vtable pointer, the length and the sign before its limbs");

// StringToBigInt (7.1.14): nullptr when the string is not a StringIntegerLiteral.
ThrowCompletionOr<BigInt*> StringToBigInt(VM&, JSString*);
// NumberToBigInt (21.2.1.1.1): RangeError for a non-integral Number.
ThrowCompletionOr<BigInt*> NumberToBigInt(VM&, double);
ThrowCompletionOr<BigInt*> ToBigInt(VM&, Value);
ThrowCompletionOr<std::int64_t> ToBigInt64(VM&, Value);
ThrowCompletionOr<std::uint64_t> ToBigUint64(VM&, Value);

} // namespace yjs
