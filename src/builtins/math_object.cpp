// The Math object (21.3).
#include "builtins/builtins.h"
#include "builtins/math_object.h"
#include "runtime/abstract_ops.h"
#include "runtime/number_conversion.h"
#include "runtime/vm.h"

#include <bit>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace yjs {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The functions of one Number argument: ToNumber, then a numeric operation.
template <double (*operation)(double)> ThrowCompletionOr<Value> unary(VM& vm, const NativeCallInfo& call) {
    double x = TRY(ToNumber(vm, call.argument(0)));
    return Value(operation(x));
}

double math_abs(double x) { return std::fabs(x); }
double math_acos(double x) { return std::acos(x); }
double math_acosh(double x) { return std::acosh(x); }
double math_asin(double x) { return std::asin(x); }
double math_asinh(double x) { return std::asinh(x); }
double math_atan(double x) { return std::atan(x); }
double math_atanh(double x) { return std::atanh(x); }
double math_cbrt(double x) { return std::cbrt(x); }
double math_ceil(double x) { return std::ceil(x); }
double math_cos(double x) { return std::cos(x); }
double math_cosh(double x) { return std::cosh(x); }
double math_exp(double x) { return std::exp(x); }
double math_expm1(double x) { return std::expm1(x); }
double math_floor(double x) { return std::floor(x); }
double math_fround(double x) { return static_cast<double>(static_cast<float>(x)); }
double math_log(double x) { return std::log(x); }
double math_log1p(double x) { return std::log1p(x); }
double math_log10(double x) { return std::log10(x); }
double math_log2(double x) { return std::log2(x); }
double math_sin(double x) { return std::sin(x); }
double math_sinh(double x) { return std::sinh(x); }
double math_sqrt(double x) { return std::sqrt(x); }
double math_tan(double x) { return std::tan(x); }
double math_tanh(double x) { return std::tanh(x); }
double math_trunc(double x) { return std::trunc(x); }

// Math.round ( x ): the nearest integer, ties toward +∞; -0 for x in [-0.5, -0].
double math_round(double x) {
    if (!std::isfinite(x) || std::trunc(x) == x) return x;
    if (x > 0 && x < 0.5) return 0.0;
    if (x < 0 && x >= -0.5) return -0.0;
    double floor = std::floor(x);
    return x - floor >= 0.5 ? floor + 1 : floor;
}

// Math.sign ( x )
double math_sign(double x) {
    if (std::isnan(x) || x == 0) return x;
    return x > 0 ? 1.0 : -1.0;
}

// Math.f16round ( x ): the nearest IEEE 754 binary16 value (ties to even), as a Number.
double math_f16round(double x) {
    if (std::isnan(x) || x == 0 || std::isinf(x)) return x;
    double magnitude = std::fabs(x);
    // 65520 is halfway between the largest finite binary16 (65504) and 2^16; ties go to the even 2^16.
    if (magnitude >= 65520) return std::copysign(kInfinity, x);
    int exponent;
    std::frexp(magnitude, &exponent); // magnitude = m * 2^exponent with m in [0.5, 1)
    // The spacing of binary16 values near `magnitude`: 2^(e - 10) for normals (e = exponent - 1), and the
    // subnormal spacing 2^-24 below 2^-14.
    int quantum_exponent = std::max(exponent - 1 - 10, -24);
    double quantum = std::ldexp(1.0, quantum_exponent);
    double rounded = std::nearbyint(magnitude / quantum) * quantum; // exact scaling; nearbyint ties to even
    return std::copysign(rounded, x);
}

// Math.atan2 ( y, x )
ThrowCompletionOr<Value> math_atan2(VM& vm, const NativeCallInfo& call) {
    double y = TRY(ToNumber(vm, call.argument(0)));
    double x = TRY(ToNumber(vm, call.argument(1)));
    return Value(std::atan2(y, x));
}

// Math.clz32 ( x )
ThrowCompletionOr<Value> math_clz32(VM& vm, const NativeCallInfo& call) {
    std::uint32_t n = TRY(ToUint32(vm, call.argument(0)));
    return Value(static_cast<double>(std::countl_zero(n)));
}

// Math.hypot ( ...args )
ThrowCompletionOr<Value> math_hypot(VM& vm, const NativeCallInfo& call) {
    // 1-2. Coerce every argument first.
    std::vector<double> coerced;
    coerced.reserve(call.argument_count());
    for (Value arg : call.arguments) coerced.push_back(TRY(ToNumber(vm, arg)));
    bool only_zero = true;
    bool has_nan = false;
    double largest = 0;
    for (double number : coerced) {
        if (std::isinf(number)) return Value(kInfinity);
        if (std::isnan(number)) has_nan = true;
        if (number != 0) only_zero = false;
        largest = std::max(largest, std::fabs(number));
    }
    if (has_nan) return Value(kNaN);
    if (only_zero) return Value(0.0);
    if (coerced.size() == 2) return Value(std::hypot(coerced[0], coerced[1]));
    // Scale by the largest magnitude to avoid overflow and underflow; Kahan summation of the squares.
    double sum = 0;
    double compensation = 0;
    for (double number : coerced) {
        double scaled = number / largest;
        double term = scaled * scaled - compensation;
        double next = sum + term;
        compensation = (next - sum) - term;
        sum = next;
    }
    return Value(std::sqrt(sum) * largest);
}

// Math.imul ( x, y )
ThrowCompletionOr<Value> math_imul(VM& vm, const NativeCallInfo& call) {
    std::uint32_t a = TRY(ToUint32(vm, call.argument(0)));
    std::uint32_t b = TRY(ToUint32(vm, call.argument(1)));
    return Value(static_cast<double>(static_cast<std::int32_t>(a * b)));
}

// Math.max ( ...args ) and Math.min ( ...args ): every argument is coerced before any comparison.
template <bool is_max> ThrowCompletionOr<Value> math_extremum(VM& vm, const NativeCallInfo& call) {
    std::vector<double> coerced;
    coerced.reserve(call.argument_count());
    for (Value arg : call.arguments) coerced.push_back(TRY(ToNumber(vm, arg)));
    double result = is_max ? -kInfinity : kInfinity;
    for (double number : coerced) {
        if (std::isnan(number)) return Value(kNaN);
        if (number == 0 && result == 0) {
            // +0 is larger than -0.
            if (is_max ? !std::signbit(number) : std::signbit(number)) result = number;
        } else if (is_max ? number > result : number < result) {
            result = number;
        }
    }
    return Value(result);
}

// Math.pow ( base, exponent ): Number::exponentiate.
ThrowCompletionOr<Value> math_pow(VM& vm, const NativeCallInfo& call) {
    double base = TRY(ToNumber(vm, call.argument(0)));
    double exponent = TRY(ToNumber(vm, call.argument(1)));
    // Where C's pow differs: a NaN exponent always gives NaN, and |base| = 1 with an infinite exponent too.
    if (std::isnan(exponent)) return Value(kNaN);
    if (std::fabs(base) == 1 && std::isinf(exponent)) return Value(kNaN);
    return Value(std::pow(base, exponent));
}

// xorshift128+ seeded from the clock (per thread).
struct RandomState {
    std::uint64_t s0;
    std::uint64_t s1;
};

std::uint64_t splitmix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

RandomState& random_state() {
    thread_local RandomState state = [] {
        std::uint64_t seed = static_cast<std::uint64_t>(
            std::chrono::high_resolution_clock::now().time_since_epoch().count());
        seed ^= reinterpret_cast<std::uintptr_t>(&seed);
        RandomState s{splitmix64(seed), splitmix64(seed)};
        if (s.s0 == 0 && s.s1 == 0) s.s1 = 1;
        return s;
    }();
    return state;
}

// Math.random ( ): uniformly distributed in [0, 1).
ThrowCompletionOr<Value> math_random(VM&, const NativeCallInfo&) {
    RandomState& state = random_state();
    std::uint64_t s1 = state.s0;
    std::uint64_t s0 = state.s1;
    state.s0 = s0;
    s1 ^= s1 << 23;
    state.s1 = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
    std::uint64_t bits = state.s1 + s0;
    return Value(static_cast<double>(bits >> 11) * 0x1.0p-53);
}

} // namespace

void initialize_math_object(VM& vm, Realm& realm) {
    JSObject* math = make_intrinsic_object(vm, realm, Intrinsic::MathObject);
    struct Constant {
        const char* name;
        double value;
    };
    static constexpr Constant kConstants[] = {
        {"E", std::numbers::e},          {"LN10", std::numbers::ln10},        {"LN2", std::numbers::ln2},
        {"LOG10E", std::numbers::log10e}, {"LOG2E", std::numbers::log2e},      {"PI", std::numbers::pi},
        {"SQRT1_2", 0.7071067811865476}, {"SQRT2", std::numbers::sqrt2},
    };
    for (const Constant& constant : kConstants)
        math->define_direct_property(vm, PropertyKey::from_ascii(vm, constant.name), Value(constant.value), 0);
    define_to_string_tag(vm, math, "Math");
    struct Function {
        const char* name;
        JSObject::NativeFunctionPointer function;
        std::uint32_t length;
    };
    static constexpr Function kFunctions[] = {
        {"abs", unary<math_abs>, 1},
        {"acos", unary<math_acos>, 1},
        {"acosh", unary<math_acosh>, 1},
        {"asin", unary<math_asin>, 1},
        {"asinh", unary<math_asinh>, 1},
        {"atan", unary<math_atan>, 1},
        {"atanh", unary<math_atanh>, 1},
        {"atan2", math_atan2, 2},
        {"cbrt", unary<math_cbrt>, 1},
        {"ceil", unary<math_ceil>, 1},
        {"clz32", math_clz32, 1},
        {"cos", unary<math_cos>, 1},
        {"cosh", unary<math_cosh>, 1},
        {"exp", unary<math_exp>, 1},
        {"expm1", unary<math_expm1>, 1},
        {"floor", unary<math_floor>, 1},
        {"fround", unary<math_fround>, 1},
        {"f16round", unary<math_f16round>, 1},
        {"hypot", math_hypot, 2},
        {"imul", math_imul, 2},
        {"log", unary<math_log>, 1},
        {"log1p", unary<math_log1p>, 1},
        {"log10", unary<math_log10>, 1},
        {"log2", unary<math_log2>, 1},
        {"max", math_extremum<true>, 2},
        {"min", math_extremum<false>, 2},
        {"pow", math_pow, 2},
        {"random", math_random, 0},
        {"round", unary<math_round>, 1},
        {"sign", unary<math_sign>, 1},
        {"sin", unary<math_sin>, 1},
        {"sinh", unary<math_sinh>, 1},
        {"sqrt", unary<math_sqrt>, 1},
        {"sumPrecise", MathSumPrecise, 1},
        {"tan", unary<math_tan>, 1},
        {"tanh", unary<math_tanh>, 1},
        {"trunc", unary<math_trunc>, 1},
    };
    for (const Function& function : kFunctions)
        math->define_native_function(vm, realm, PropertyKey::from_ascii(vm, function.name), function.function,
                                     function.length);
    define_global_property(vm, realm, "Math", math);
}

} // namespace yjs
