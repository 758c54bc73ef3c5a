// Math.sumPrecise ( items ) (ES2026): the exact sum of the Numbers an iterable produces, rounded once.
//
// The finite values are accumulated exactly in a fixed-point two's-complement integer whose unit is
// 2^-1074 (the smallest subnormal): every double is an integer multiple of it below 2^2098, and up to 2^53
// of them fit in 34 64-bit limbs.
#include "builtins/math_object.h"
#include "runtime/iteration.h"
#include "runtime/vm.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace yjs {

namespace {

class ExactSum {
public:
    void add(double value) {
        std::uint64_t bits = std::bit_cast<std::uint64_t>(value);
        bool negative = bits >> 63;
        auto biased_exponent = static_cast<int>((bits >> 52) & 0x7FF);
        std::uint64_t mantissa = bits & ((std::uint64_t(1) << 52) - 1);
        // value = mantissa * 2^(shift - 1074) with shift >= 0.
        int shift = biased_exponent == 0 ? 0 : biased_exponent - 1;
        if (biased_exponent != 0) mantissa |= std::uint64_t(1) << 52;
        if (mantissa == 0) return;
        std::size_t limb = static_cast<std::size_t>(shift) / 64;
        int offset = shift % 64;
        std::uint64_t low = mantissa << offset;
        std::uint64_t high = offset == 0 ? 0 : mantissa >> (64 - offset);
        if (negative) subtract_at(limb, low, high);
        else add_at(limb, low, high);
    }

    // 𝔽(sum): rounded to nearest, ties to even; +0 for an exact zero.
    double to_double() const {
        std::array<std::uint64_t, kLimbs> magnitude = limbs_;
        bool negative = magnitude[kLimbs - 1] >> 63;
        if (negative) {
            // Two's complement negation.
            std::uint64_t carry = 1;
            for (std::uint64_t& limb : magnitude) {
                limb = ~limb + carry;
                carry = carry && limb == 0;
            }
        }
        int top = -1; // index of the highest set bit
        for (std::size_t i = kLimbs; i-- > 0;) {
            if (magnitude[i]) {
                top = static_cast<int>(i * 64 + 63 - std::countl_zero(magnitude[i]));
                break;
            }
        }
        if (top < 0) return 0.0;
        auto bit = [&](int index) { return (magnitude[index / 64] >> (index % 64)) & 1; };
        double result;
        if (top < 53) {
            // Exact: fewer than 54 significant bits at the subnormal scale.
            result = std::ldexp(static_cast<double>(magnitude[0]), -1074);
        } else {
            int lowest = top - 52; // the lowest bit kept in the 53-bit significand
            std::uint64_t significand = 0;
            for (int i = top; i >= lowest; --i) significand = (significand << 1) | bit(i);
            bool round_bit = bit(lowest - 1);
            bool sticky = false;
            for (int i = lowest - 2; i >= 0 && !sticky; --i) {
                if (i % 64 == 63 && magnitude[i / 64] == 0) {
                    i -= 63;
                    continue;
                }
                sticky = bit(i);
            }
            if (round_bit && (sticky || (significand & 1))) ++significand;
            result = std::ldexp(static_cast<double>(significand), lowest - 1074);
        }
        return negative ? -result : result;
    }

private:
    static constexpr std::size_t kLimbs = 34;

    void add_at(std::size_t limb, std::uint64_t low, std::uint64_t high) {
        std::uint64_t carry = 0;
        for (std::size_t i = limb; i < kLimbs; ++i) {
            std::uint64_t addend = i == limb ? low : i == limb + 1 ? high : 0;
            if (addend == 0 && carry == 0 && i > limb + 1) break;
            std::uint64_t sum = limbs_[i] + addend;
            std::uint64_t c1 = sum < addend;
            std::uint64_t total = sum + carry;
            std::uint64_t c2 = total < sum;
            limbs_[i] = total;
            carry = c1 | c2;
        }
    }

    void subtract_at(std::size_t limb, std::uint64_t low, std::uint64_t high) {
        std::uint64_t borrow = 0;
        for (std::size_t i = limb; i < kLimbs; ++i) {
            std::uint64_t subtrahend = i == limb ? low : i == limb + 1 ? high : 0;
            if (subtrahend == 0 && borrow == 0 && i > limb + 1) break;
            std::uint64_t difference = limbs_[i] - subtrahend;
            std::uint64_t b1 = limbs_[i] < subtrahend;
            std::uint64_t total = difference - borrow;
            std::uint64_t b2 = difference < borrow;
            limbs_[i] = total;
            borrow = b1 | b2;
        }
    }

    std::array<std::uint64_t, kLimbs> limbs_{};
};

} // namespace

ThrowCompletionOr<Value> MathSumPrecise(VM& vm, const NativeCallInfo& call) {
    Value items = call.argument(0);
    // 1. Perform ? RequireObjectCoercible(items).
    if (items.is_nullish()) return vm.throw_type_error("Math.sumPrecise called on null or undefined");
    // 2. Let iteratorRecord be ? GetIterator(items, sync).
    IteratorRecord record = TRY(GetIterator(vm, items));
    enum class State { MinusZero, Finite, PlusInfinity, MinusInfinity, NotANumber };
    State state = State::MinusZero;
    ExactSum sum;
    std::uint64_t count = 0;
    while (true) {
        std::optional<Value> next = TRY(IteratorStepValue(vm, record));
        if (!next) break;
        ++count;
        if (count >= (std::uint64_t(1) << 53)) {
            vm.throw_range_error("Too many values for Math.sumPrecise");
            return IteratorCloseOnThrow(vm, record);
        }
        if (!next->is_number()) {
            vm.throw_type_error("Math.sumPrecise requires an iterable of Numbers");
            return IteratorCloseOnThrow(vm, record);
        }
        double n = next->as_number();
        if (state == State::NotANumber) continue;
        if (std::isnan(n)) {
            state = State::NotANumber;
        } else if (n == std::numeric_limits<double>::infinity()) {
            state = state == State::MinusInfinity ? State::NotANumber : State::PlusInfinity;
        } else if (n == -std::numeric_limits<double>::infinity()) {
            state = state == State::PlusInfinity ? State::NotANumber : State::MinusInfinity;
        } else if (!(n == 0 && std::signbit(n)) && (state == State::MinusZero || state == State::Finite)) {
            state = State::Finite;
            sum.add(n);
        }
    }
    switch (state) {
    case State::NotANumber: return Value(std::numeric_limits<double>::quiet_NaN());
    case State::PlusInfinity: return Value(std::numeric_limits<double>::infinity());
    case State::MinusInfinity: return Value(-std::numeric_limits<double>::infinity());
    case State::MinusZero: return Value(-0.0);
    case State::Finite: break;
    }
    return Value(sum.to_double());
}

} // namespace yjs
