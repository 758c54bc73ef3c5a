#include "runtime/bigint.h"

#include "heap/heap.h"
#include "runtime/abstract_ops.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"

#include <gmp.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace yjs {

static_assert(sizeof(mp_limb_t) == sizeof(BigInt::Limb) && GMP_NUMB_BITS == 64 && GMP_NAIL_BITS == 0,
              "BigInt stores GMP limbs of 64 bits");

namespace {

// Cells at least this large check the heap limit before they are allocated (a huge request would
// otherwise overrun the heap's emergency allowance).
constexpr std::size_t kCheckedCellBytes = std::size_t(1) << 20;

ThrowCompletion throw_too_big(VM& vm) {
    return vm.throw_range_error("Maximum BigInt size exceeded");
}

// An owned mpz_t.
struct Mpz {
    mpz_t z;
    Mpz() { mpz_init(z); }
    ~Mpz() { mpz_clear(z); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
};

// A read-only mpz view of a BigInt's limbs (no copy).
struct View {
    mpz_t z;
    explicit View(const BigInt* x) {
        auto size = static_cast<mp_size_t>(x->length());
        mpz_roinit_n(z, reinterpret_cast<const mp_limb_t*>(x->limbs()), x->is_negative() ? -size : size);
    }
    mpz_srcptr get() const { return z; }
};

const mp_limb_t* gmp_limbs(const BigInt* x) {
    return reinterpret_cast<const mp_limb_t*>(x->limbs());
}
mp_limb_t* gmp_limbs(BigInt* x) {
    return reinterpret_cast<mp_limb_t*>(x->mutable_limbs());
}

// Compares the magnitudes |x| and |y|.
int compare_magnitudes(const BigInt* x, const BigInt* y) {
    if (x->length() != y->length()) return x->length() < y->length() ? -1 : 1;
    return mpn_cmp(gmp_limbs(x), gmp_limbs(y), x->length());
}

ThrowCompletionOr<BigInt*> from_mpz(VM& vm, mpz_srcptr z) {
    std::size_t length = mpz_size(z);
    if (static_cast<std::uint64_t>(mpz_sizeinbase(z, 2)) > BigInt::kMaxBits && length != 0)
        return throw_too_big(vm);
    BigInt* result = TRY(BigInt::allocate(vm, length));
    if (length) std::memcpy(result->mutable_limbs(), mpz_limbs_read(z), length * sizeof(BigInt::Limb));
    result->set_value(mpz_sgn(z) < 0, length);
    return result;
}

ThrowCompletionOr<BigInt*> with_sign(VM& vm, BigInt* x, bool negative) {
    if (x->is_zero() || x->is_negative() == negative) return x;
    BigInt* result = TRY(BigInt::allocate(vm, x->length()));
    std::memcpy(result->mutable_limbs(), x->limbs(), x->length() * sizeof(BigInt::Limb));
    result->set_value(negative, x->length());
    return result;
}

// x + y where the signs are given separately (subtraction flips y's).
ThrowCompletionOr<BigInt*> add_signed(VM& vm, BigInt* x, bool x_negative, BigInt* y, bool y_negative) {
    if (y->is_zero()) return with_sign(vm, x, x_negative);
    if (x->is_zero()) return with_sign(vm, y, y_negative);
    if (x_negative == y_negative) {
        if (x->length() < y->length()) std::swap(x, y);
        std::size_t length = x->length() + 1;
        if (length > BigInt::kMaxLimbs + 1) return throw_too_big(vm);
        BigInt* result = TRY(BigInt::allocate(vm, length));
        mp_limb_t carry = mpn_add(gmp_limbs(result), gmp_limbs(x), x->length(), gmp_limbs(y), y->length());
        result->mutable_limbs()[length - 1] = carry;
        result->set_value(x_negative, length);
        if (result->bit_length() > BigInt::kMaxBits) return throw_too_big(vm);
        return result;
    }
    int comparison = compare_magnitudes(x, y);
    if (comparison == 0) return BigInt::allocate(vm, 0);
    bool negative = x_negative;
    if (comparison < 0) {
        std::swap(x, y);
        negative = y_negative;
    }
    BigInt* result = TRY(BigInt::allocate(vm, x->length()));
    mpn_sub(gmp_limbs(result), gmp_limbs(x), x->length(), gmp_limbs(y), y->length());
    result->set_value(negative, x->length());
    return result;
}

ThrowCompletionOr<BigInt*> shift_left(VM& vm, BigInt* x, std::uint64_t shift) {
    if (x->is_zero() || shift == 0) return x;
    if (shift > BigInt::kMaxBits || x->bit_length() + shift > BigInt::kMaxBits) return throw_too_big(vm);
    // Shifted straight into the new cell: whole limbs of zeros, then the limbs of x moved by the rest.
    std::size_t limb_shift = shift / 64;
    auto bit_shift = static_cast<unsigned>(shift % 64);
    std::size_t length = x->length() + limb_shift + 1;
    BigInt* result = TRY(BigInt::allocate(vm, length));
    BigInt::Limb* limbs = result->mutable_limbs();
    std::memset(limbs, 0, limb_shift * sizeof(BigInt::Limb));
    if (bit_shift != 0) {
        limbs[length - 1] = mpn_lshift(gmp_limbs(result) + limb_shift, gmp_limbs(x), x->length(), bit_shift);
    } else {
        std::memcpy(limbs + limb_shift, x->limbs(), x->length() * sizeof(BigInt::Limb));
        limbs[length - 1] = 0;
    }
    result->set_value(x->is_negative(), length);
    return result;
}

// Floor(x / 2^shift).
ThrowCompletionOr<BigInt*> shift_right(VM& vm, BigInt* x, std::uint64_t shift) {
    if (x->is_zero() || shift == 0) return x;
    if (shift >= x->bit_length()) return BigInt::create_from_int64(vm, x->is_negative() ? -1 : 0);
    Mpz result;
    mpz_fdiv_q_2exp(result.z, View(x).get(), shift);
    return from_mpz(vm, result.z);
}

// A StringIntegerLiteral, once whitespace is trimmed: its digits are text[begin, end).
struct ParsedInteger {
    std::size_t begin = 0;
    std::size_t end = 0;
    int radix = 10;
    bool negative = false;
};

int digit_value(char16_t c) {
    if (c >= u'0' && c <= u'9') return c - u'0';
    if (c >= u'a' && c <= u'z') return c - u'a' + 10;
    if (c >= u'A' && c <= u'Z') return c - u'A' + 10;
    return 99;
}

// Checks the StringIntegerLiteral grammar (nullopt if `text` is not one).
template <typename Char>
std::optional<ParsedInteger> parse_integer_literal(std::basic_string_view<Char> text) {
    std::size_t begin = 0, end = text.size();
    while (begin < end && is_str_whitespace(static_cast<char16_t>(text[begin])))
        ++begin;
    while (end > begin && is_str_whitespace(static_cast<char16_t>(text[end - 1])))
        --end;
    ParsedInteger parsed;
    if (begin == end) return parsed;
    if (end - begin >= 2 && text[begin] == '0') {
        switch (text[begin + 1]) {
        case 'x':
        case 'X':
            parsed.radix = 16;
            break;
        case 'o':
        case 'O':
            parsed.radix = 8;
            break;
        case 'b':
        case 'B':
            parsed.radix = 2;
            break;
        default:
            break;
        }
        if (parsed.radix != 10) begin += 2;
    }
    if (parsed.radix == 10 && (text[begin] == '+' || text[begin] == '-')) {
        parsed.negative = text[begin] == '-';
        ++begin;
    }
    if (begin == end) return std::nullopt;
    for (std::size_t i = begin; i < end; ++i) {
        if (digit_value(static_cast<char16_t>(text[i])) >= parsed.radix) return std::nullopt;
    }
    parsed.begin = begin;
    parsed.end = end;
    return parsed;
}

// An upper bound of the bits of a number with `count` digits in `radix`.
std::uint64_t bits_for_digits(std::size_t count, int radix) {
    return static_cast<std::uint64_t>(std::ceil(static_cast<double>(count) * std::log2(radix))) + 1;
}

// Converts the digits of a StringIntegerLiteral, within the size limits.
template <typename Char>
ThrowCompletionOr<BigInt*> from_digits(VM& vm, std::basic_string_view<Char> text,
                                       const ParsedInteger& parsed) {
    std::size_t begin = parsed.begin;
    while (begin < parsed.end && text[begin] == '0')
        ++begin;
    if (begin == parsed.end) return BigInt::allocate(vm, 0);
    std::uint64_t bits = bits_for_digits(parsed.end - begin, parsed.radix);
    if (bits > BigInt::kMaxBits + 64) return throw_too_big(vm);
    std::vector<unsigned char> digits(parsed.end - begin);
    for (std::size_t i = 0; i < digits.size(); ++i)
        digits[i] = static_cast<unsigned char>(digit_value(static_cast<char16_t>(text[begin + i])));
    // (mpn_set_str needs room for one more limb than the value can take.)
    std::size_t capacity = bits / 64 + 2;
    BigInt* result = TRY(BigInt::allocate(vm, capacity));
    mp_size_t length = mpn_set_str(gmp_limbs(result), digits.data(), digits.size(), parsed.radix);
    result->set_value(parsed.negative, static_cast<std::size_t>(length));
    if (result->bit_length() > BigInt::kMaxBits) return throw_too_big(vm);
    return result;
}

} // namespace

// --- The cell ---

ThrowCompletionOr<BigInt*> BigInt::allocate(VM& vm, std::size_t limbs) {
    if (limbs > kMaxLimbs + 2) return throw_too_big(vm);
    std::size_t bytes = limbs * sizeof(Limb);
    Heap& heap = vm.heap();
    if (bytes >= kCheckedCellBytes) {
        auto fits = [&] {
            HeapStatistics statistics = heap.statistics();
            return statistics.committed_bytes + bytes + sizeof(BigInt) <= statistics.heap_limit_bytes;
        };
        if (!fits()) {
            heap.collect_garbage();
            if (!fits()) return vm.throw_range_error("Out of memory: JavaScript heap limit exceeded");
        }
    }
    return heap.allocate_with_uninitialized_extra<BigInt>(bytes);
}

void BigInt::set_value(bool negative, std::size_t length) {
    const Limb* digits = limbs();
    while (length > 0 && digits[length - 1] == 0)
        --length;
    length_ = static_cast<std::uint32_t>(length);
    negative_ = negative && length != 0;
}

BigInt* BigInt::create_from_uint64(VM& vm, std::uint64_t value) {
    BigInt* result = vm.heap().allocate_with_uninitialized_extra<BigInt>(sizeof(Limb));
    result->mutable_limbs()[0] = value;
    result->set_value(false, 1);
    return result;
}

BigInt* BigInt::create_from_int64(VM& vm, std::int64_t value) {
    BigInt* result = vm.heap().allocate_with_uninitialized_extra<BigInt>(sizeof(Limb));
    std::uint64_t magnitude =
        value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    result->mutable_limbs()[0] = magnitude;
    result->set_value(value < 0, 1);
    return result;
}

BigInt* BigInt::create_from_literal(VM& vm, std::string_view decimal_digits) {
    std::vector<unsigned char> digits;
    for (char c : decimal_digits) {
        if (digits.empty() && c == '0') continue;
        digits.push_back(static_cast<unsigned char>(c - '0'));
    }
    std::size_t capacity = digits.empty() ? 0 : bits_for_digits(digits.size(), 10) / 64 + 2;
    BigInt* result = vm.heap().allocate_with_uninitialized_extra<BigInt>(capacity * sizeof(Limb));
    std::size_t length = 0;
    if (capacity)
        length = static_cast<std::size_t>(mpn_set_str(gmp_limbs(result), digits.data(), digits.size(), 10));
    result->set_value(false, length);
    return result;
}

ThrowCompletionOr<BigInt*> BigInt::create_from_integral_number(VM& vm, double value) {
    Mpz result;
    mpz_set_d(result.z, value);
    return from_mpz(vm, result.z);
}

std::uint64_t BigInt::bit_length() const {
    if (length_ == 0) return 0;
    return std::uint64_t(length_ - 1) * 64 + (64 - std::countl_zero(limbs()[length_ - 1]));
}

std::uint64_t BigInt::hash() const {
    std::uint64_t hash = negative_ ? 0x9E3779B97F4A7C15ull : 0x2545F4914F6CDD1Dull;
    for (std::uint32_t i = 0; i < length_; ++i) {
        hash ^= limbs()[i];
        hash *= 0xBF58476D1CE4E5B9ull;
        hash ^= hash >> 31;
    }
    return hash;
}

double BigInt::to_double() const {
    std::uint64_t bits = bit_length();
    if (bits == 0) return 0;
    double magnitude;
    if (bits <= 64) {
        magnitude = static_cast<double>(limbs()[0]);
    } else if (bits > 1025) {
        magnitude = HUGE_VAL;
    } else {
        // The top 64 bits, with every bit below them folded into the lowest one (a sticky bit): converting
        // that to double rounds exactly as rounding the whole value would (64 > 53 + 2).
        std::uint64_t shift = bits - 64;
        std::size_t index = shift / 64;
        unsigned offset = shift % 64;
        std::uint64_t top = limbs()[index] >> offset;
        if (offset != 0) top |= limbs()[index + 1] << (64 - offset);
        bool sticky = offset != 0 && (limbs()[index] & ((std::uint64_t(1) << offset) - 1)) != 0;
        for (std::size_t i = 0; i < index && !sticky; ++i)
            sticky = limbs()[i] != 0;
        if (sticky) top |= 1;
        magnitude = std::ldexp(static_cast<double>(top), static_cast<int>(shift));
    }
    return negative_ ? -magnitude : magnitude;
}

std::uint64_t BigInt::to_uint64_wrapped() const {
    std::uint64_t low = length_ ? limbs()[0] : 0;
    return negative_ ? 0 - low : low;
}

std::optional<std::int64_t> BigInt::to_int64_exact() const {
    if (length_ == 0) return 0;
    if (length_ > 1) return std::nullopt;
    std::uint64_t magnitude = limbs()[0];
    if (negative_) {
        if (magnitude > (std::uint64_t(1) << 63)) return std::nullopt;
        return static_cast<std::int64_t>(0 - magnitude);
    }
    if (magnitude >= (std::uint64_t(1) << 63)) return std::nullopt;
    return static_cast<std::int64_t>(magnitude);
}

std::string BigInt::to_std_string(int radix) const {
    if (is_zero()) return "0";
    // mpn_get_str wants room for the largest number of length_ limbs, plus one character.
    std::size_t size = static_cast<std::size_t>(static_cast<double>(length_) * 64 / std::log2(radix)) + 2;
    std::string text(size + 1, '\0');
    // mpn_get_str clobbers its input and wants room for one more limb.
    std::vector<mp_limb_t> scratch(length_ + 1);
    std::memcpy(scratch.data(), limbs(), length_ * sizeof(Limb));
    auto* digits = reinterpret_cast<unsigned char*>(text.data() + 1);
    std::size_t count = mpn_get_str(digits, radix, scratch.data(), static_cast<mp_size_t>(length_));
    std::size_t first = 0;
    while (first + 1 < count && digits[first] == 0)
        ++first;
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    for (std::size_t i = first; i < count; ++i)
        digits[i] = static_cast<unsigned char>(kDigits[digits[i]]);
    // The digits start at text[first + 1]; a minus sign goes right before them.
    std::size_t start = first;
    if (negative_)
        text[start] = '-';
    else
        ++start;
    text.resize(count + 1);
    text.erase(0, start);
    return text;
}

ThrowCompletionOr<JSString*> BigInt::toString(VM& vm, BigInt* x, int radix) {
    if (mpz_sizeinbase(View(x).get(), radix) + 1 > JSString::kMaxLength)
        return vm.throw_range_error("Invalid string length");
    return JSString::from_ascii(vm, x->to_std_string(radix));
}

// --- 6.1.6.2 ---

ThrowCompletionOr<BigInt*> BigInt::unaryMinus(VM& vm, BigInt* x) {
    return with_sign(vm, x, !x->is_negative());
}

ThrowCompletionOr<BigInt*> BigInt::bitwiseNOT(VM& vm, BigInt* x) {
    // -x - 1
    return increment(vm, TRY(unaryMinus(vm, x)), false);
}

ThrowCompletionOr<BigInt*> BigInt::exponentiate(VM& vm, BigInt* base, BigInt* exponent) {
    // 1. If exponent < 0, throw a RangeError exception.
    if (exponent->is_negative()) return vm.throw_range_error("Exponent must be non-negative");
    // 2. If base = 0 and exponent = 0, return 1.
    if (exponent->is_zero()) return create_from_int64(vm, 1);
    if (base->is_zero()) return base;
    std::uint64_t base_bits = base->bit_length();
    if (base_bits == 1) {
        // ±1: the sign depends on the parity of the exponent.
        bool odd = (exponent->limbs()[0] & 1) != 0;
        return create_from_int64(vm, base->is_negative() && odd ? -1 : 1);
    }
    auto small = exponent->to_int64_exact();
    if (!small || static_cast<std::uint64_t>(*small) > kMaxBits) return throw_too_big(vm);
    auto power = static_cast<std::uint64_t>(*small);
    // The result has about power * log2|base| bits.
    double log2_base = base_bits <= 1000 ? std::log2(std::fabs(base->to_double())) : double(base_bits - 1);
    if (log2_base * static_cast<double>(power) > static_cast<double>(kMaxBits) + 1) return throw_too_big(vm);
    Mpz result;
    mpz_pow_ui(result.z, View(base).get(), power);
    return from_mpz(vm, result.z);
}

ThrowCompletionOr<BigInt*> BigInt::multiply(VM& vm, BigInt* x, BigInt* y) {
    if (x->is_zero()) return x;
    if (y->is_zero()) return y;
    if (x->bit_length() + y->bit_length() - 1 > kMaxBits) return throw_too_big(vm);
    if (x->length() < y->length()) std::swap(x, y);
    std::size_t length = x->length() + y->length();
    BigInt* result = TRY(allocate(vm, length));
    if (x == y)
        mpn_sqr(gmp_limbs(result), gmp_limbs(x), x->length());
    else
        mpn_mul(gmp_limbs(result), gmp_limbs(x), x->length(), gmp_limbs(y), y->length());
    result->set_value(x->is_negative() != y->is_negative(), length);
    if (result->bit_length() > kMaxBits) return throw_too_big(vm);
    return result;
}

ThrowCompletionOr<BigInt*> BigInt::divide(VM& vm, BigInt* x, BigInt* y) {
    // 1. If y = 0, throw a RangeError exception.
    if (y->is_zero()) return vm.throw_range_error("Division by zero");
    if (compare_magnitudes(x, y) < 0) return allocate(vm, 0);
    std::size_t length = x->length() - y->length() + 1;
    BigInt* quotient = TRY(allocate(vm, length));
    std::vector<mp_limb_t> remainder(y->length());
    mpn_tdiv_qr(gmp_limbs(quotient), remainder.data(), 0, gmp_limbs(x), x->length(), gmp_limbs(y),
                y->length());
    quotient->set_value(x->is_negative() != y->is_negative(), length);
    return quotient;
}

ThrowCompletionOr<BigInt*> BigInt::remainder(VM& vm, BigInt* n, BigInt* d) {
    if (d->is_zero()) return vm.throw_range_error("Division by zero");
    if (compare_magnitudes(n, d) < 0) return n;
    BigInt* result = TRY(allocate(vm, d->length()));
    std::vector<mp_limb_t> quotient(n->length() - d->length() + 1);
    mpn_tdiv_qr(quotient.data(), gmp_limbs(result), 0, gmp_limbs(n), n->length(), gmp_limbs(d), d->length());
    // The sign of the result is the sign of the dividend.
    result->set_value(n->is_negative(), d->length());
    return result;
}

ThrowCompletionOr<BigInt*> BigInt::add(VM& vm, BigInt* x, BigInt* y) {
    return add_signed(vm, x, x->is_negative(), y, y->is_negative());
}

ThrowCompletionOr<BigInt*> BigInt::subtract(VM& vm, BigInt* x, BigInt* y) {
    return add_signed(vm, x, x->is_negative(), y, !y->is_negative() && !y->is_zero());
}

ThrowCompletionOr<BigInt*> BigInt::increment(VM& vm, BigInt* x, bool is_increment) {
    BigInt* one = create_from_int64(vm, is_increment ? 1 : -1);
    return add(vm, x, one);
}

ThrowCompletionOr<BigInt*> BigInt::leftShift(VM& vm, BigInt* x, BigInt* y) {
    auto shift = y->to_int64_exact();
    if (!shift) {
        // |y| >= 2^63: any nonzero x grows past the limit, or shrinks to 0 or -1.
        if (!y->is_negative()) {
            if (x->is_zero()) return x;
            return throw_too_big(vm);
        }
        return create_from_int64(vm, x->is_negative() ? -1 : 0);
    }
    if (*shift < 0) return shift_right(vm, x, 0 - static_cast<std::uint64_t>(*shift));
    return shift_left(vm, x, static_cast<std::uint64_t>(*shift));
}

ThrowCompletionOr<BigInt*> BigInt::signedRightShift(VM& vm, BigInt* x, BigInt* y) {
    // BigInt::leftShift(x, -y).
    auto shift = y->to_int64_exact();
    if (!shift) {
        if (y->is_negative()) {
            if (x->is_zero()) return x;
            return throw_too_big(vm);
        }
        return create_from_int64(vm, x->is_negative() ? -1 : 0);
    }
    if (*shift < 0) return shift_left(vm, x, 0 - static_cast<std::uint64_t>(*shift));
    return shift_right(vm, x, static_cast<std::uint64_t>(*shift));
}

ThrowCompletion BigInt::unsignedRightShift(VM& vm, BigInt*, BigInt*) {
    return vm.throw_type_error("BigInts have no unsigned right shift, use >> instead");
}

bool BigInt::lessThan(BigInt* x, BigInt* y) {
    if (x->is_negative() != y->is_negative()) return x->is_negative();
    int comparison = compare_magnitudes(x, y);
    return x->is_negative() ? comparison > 0 : comparison < 0;
}

bool BigInt::equal(BigInt* x, BigInt* y) {
    return x->is_negative() == y->is_negative() && compare_magnitudes(x, y) == 0;
}

ThrowCompletionOr<BigInt*> BigInt::bitwiseAND(VM& vm, BigInt* x, BigInt* y) {
    Mpz result;
    mpz_and(result.z, View(x).get(), View(y).get());
    return from_mpz(vm, result.z);
}

ThrowCompletionOr<BigInt*> BigInt::bitwiseXOR(VM& vm, BigInt* x, BigInt* y) {
    Mpz result;
    mpz_xor(result.z, View(x).get(), View(y).get());
    return from_mpz(vm, result.z);
}

ThrowCompletionOr<BigInt*> BigInt::bitwiseOR(VM& vm, BigInt* x, BigInt* y) {
    Mpz result;
    mpz_ior(result.z, View(x).get(), View(y).get());
    return from_mpz(vm, result.z);
}

std::optional<int> BigInt::compare_to_number(BigInt* x, double y) {
    if (std::isnan(y)) return std::nullopt;
    int comparison = mpz_cmp_d(View(x).get(), y);
    return comparison < 0 ? -1 : comparison > 0 ? 1 : 0;
}

ThrowCompletionOr<BigInt*> BigInt::as_int_n(VM& vm, std::uint64_t bits, BigInt* x) {
    if (bits == 0 || x->is_zero()) return allocate(vm, 0);
    // Values of fewer than `bits` bits (sign aside) are already in [-2^(bits-1), 2^(bits-1)).
    if (x->bit_length() < bits) return x;
    Mpz result;
    mpz_fdiv_r_2exp(result.z, View(x).get(), bits);
    if (mpz_tstbit(result.z, bits - 1)) {
        Mpz power;
        mpz_setbit(power.z, bits);
        mpz_sub(result.z, result.z, power.z);
    }
    return from_mpz(vm, result.z);
}

ThrowCompletionOr<BigInt*> BigInt::as_uint_n(VM& vm, std::uint64_t bits, BigInt* x) {
    if (bits == 0 || x->is_zero()) return allocate(vm, 0);
    if (!x->is_negative() && x->bit_length() <= bits) return x;
    // A negative x becomes 2^bits - |x| mod 2^bits, which has about `bits` bits.
    if (x->is_negative() && bits > kMaxBits) return throw_too_big(vm);
    Mpz result;
    mpz_fdiv_r_2exp(result.z, View(x).get(), bits);
    return from_mpz(vm, result.z);
}

// --- Conversions ---

ThrowCompletionOr<BigInt*> StringToBigInt(VM& vm, JSString* string) {
    if (string->is_8bit()) {
        std::string_view text = string->latin1_view();
        auto parsed = parse_integer_literal(text);
        if (!parsed) return static_cast<BigInt*>(nullptr);
        return from_digits(vm, text, *parsed);
    }
    std::u16string_view text = string->utf16_view();
    auto parsed = parse_integer_literal(text);
    if (!parsed) return static_cast<BigInt*>(nullptr);
    return from_digits(vm, text, *parsed);
}

ThrowCompletionOr<BigInt*> NumberToBigInt(VM& vm, double number) {
    if (!IsIntegralNumber(Value(number))) {
        return vm.throw_range_error("The number " + NumberToString(vm, number)->to_utf8() +
                                    " cannot be converted to a BigInt because it is not an integer");
    }
    return BigInt::create_from_integral_number(vm, number);
}

ThrowCompletionOr<BigInt*> ToBigInt(VM& vm, Value argument) {
    // 1. Let prim be ? ToPrimitive(argument, number).
    Value prim = TRY(ToPrimitive(vm, argument, PreferredType::Number));
    if (prim.is_bigint()) return prim.as_bigint();
    if (prim.is_boolean()) return BigInt::create_from_int64(vm, prim.as_boolean() ? 1 : 0);
    if (prim.is_string()) {
        BigInt* n = TRY(StringToBigInt(vm, prim.as_string()));
        if (!n)
            return vm.throw_syntax_error("Cannot convert " + prim.as_string()->to_utf8() + " to a BigInt");
        return n;
    }
    // Undefined, null, Number and Symbol.
    std::string text = prim.is_symbol() ? prim.as_symbol()->descriptive_string(vm)->to_utf8()
                                        : TRY(ToString(vm, prim))->to_utf8();
    return vm.throw_type_error("Cannot convert " + text + " to a BigInt");
}

ThrowCompletionOr<std::int64_t> ToBigInt64(VM& vm, Value argument) {
    BigInt* n = TRY(ToBigInt(vm, argument));
    return static_cast<std::int64_t>(n->to_uint64_wrapped());
}

ThrowCompletionOr<std::uint64_t> ToBigUint64(VM& vm, Value argument) {
    BigInt* n = TRY(ToBigInt(vm, argument));
    return n->to_uint64_wrapped();
}

} // namespace yjs
