#include "runtime/number_conversion.h"

#include "runtime/unicode.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace yjs {

namespace {

constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr double kTwoPow53 = 9007199254740992.0;

// ---------------------------------------------------------------------------------------------------------
// Decimal digit strings.

// A positive finite value as 0.DIGITS x 10^point, DIGITS without leading or trailing zeros.
struct DecimalDigits {
    std::string digits;
    int point = 0;
};

// An unbounded natural number in base 10^9 limbs, least significant first: just enough arithmetic for the
// exact decimal expansion of a double (at most 767 significant digits).
class DecimalNatural {
public:
    explicit DecimalNatural(std::uint64_t value) {
        do {
            limbs_.push_back(static_cast<std::uint32_t>(value % kBase));
            value /= kBase;
        } while (value != 0);
    }

    // this *= factor, factor < 2^32.
    void multiply(std::uint32_t factor) {
        std::uint64_t carry = 0;
        for (auto& limb : limbs_) {
            std::uint64_t product = static_cast<std::uint64_t>(limb) * factor + carry;
            limb = static_cast<std::uint32_t>(product % kBase);
            carry = product / kBase;
        }
        while (carry != 0) {
            limbs_.push_back(static_cast<std::uint32_t>(carry % kBase));
            carry /= kBase;
        }
    }

    void multiply_by_power_of_two(int exponent) {
        // 2^29 * (10^9 - 1) + carry fits 64 bits.
        for (; exponent >= 29; exponent -= 29)
            multiply(std::uint32_t{1} << 29);
        multiply(std::uint32_t{1} << exponent);
    }

    void multiply_by_power_of_five(int exponent) {
        constexpr std::uint32_t kFivePow13 = 1220703125;
        for (; exponent >= 13; exponent -= 13)
            multiply(kFivePow13);
        std::uint32_t rest = 1;
        for (; exponent > 0; --exponent)
            rest *= 5;
        multiply(rest);
    }

    std::string to_string() const {
        std::string out = std::to_string(limbs_.back());
        for (std::size_t i = limbs_.size() - 1; i-- > 0;) {
            std::string limb = std::to_string(limbs_[i]);
            out.append(9 - limb.size(), '0');
            out += limb;
        }
        return out;
    }

private:
    static constexpr std::uint64_t kBase = 1000000000;
    std::vector<std::uint32_t> limbs_;
};

void strip_trailing_zeros(std::string& digits) {
    while (!digits.empty() && digits.back() == '0')
        digits.pop_back();
}

// The exact decimal expansion of a positive finite double.
DecimalDigits exact_decimal(double value) {
    int binary_exponent = 0;
    double fraction = std::frexp(value, &binary_exponent); // value = fraction * 2^binary_exponent
    auto mantissa = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
    binary_exponent -= 53; // value = mantissa * 2^binary_exponent exactly
    while ((mantissa & 1) == 0) {
        mantissa >>= 1;
        ++binary_exponent;
    }
    DecimalNatural natural(mantissa);
    DecimalDigits result;
    if (binary_exponent >= 0) {
        natural.multiply_by_power_of_two(binary_exponent);
        result.digits = natural.to_string();
        result.point = static_cast<int>(result.digits.size());
    } else {
        // m * 2^-k = m * 5^k / 10^k
        natural.multiply_by_power_of_five(-binary_exponent);
        result.digits = natural.to_string();
        result.point = static_cast<int>(result.digits.size()) + binary_exponent;
    }
    strip_trailing_zeros(result.digits);
    return result;
}

// The shortest digits that round-trip (the closest such when several exist) of a positive finite double.
DecimalDigits shortest_decimal(double value) {
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string_view text(buffer, static_cast<std::size_t>(result.ptr - buffer));
    std::size_t e = text.find('e');
    DecimalDigits digits;
    for (char c : text.substr(0, e)) {
        if (c != '.') digits.digits += c;
    }
    int exponent = 0;
    std::string_view exponent_text = text.substr(e + 1);
    if (exponent_text.front() == '+') exponent_text.remove_prefix(1);
    std::from_chars(exponent_text.data(), exponent_text.data() + exponent_text.size(), exponent);
    digits.point = exponent + 1;
    strip_trailing_zeros(digits.digits);
    return digits;
}

// Adds one to a decimal digit string, growing it on a carry out of the first digit.
void increment_decimal(std::string& digits) {
    for (std::size_t i = digits.size(); i-- > 0;) {
        if (digits[i] != '9') {
            ++digits[i];
            return;
        }
        digits[i] = '0';
    }
    digits.insert(digits.begin(), '1');
}

// `exact` rounded half up to exactly `count` (>= 1) significant digits (trailing zeros kept).
DecimalDigits round_significant(const DecimalDigits& exact, int count) {
    DecimalDigits rounded;
    auto size = static_cast<std::size_t>(count);
    rounded.digits = exact.digits.substr(0, size);
    rounded.digits.resize(size, '0');
    rounded.point = exact.point;
    if (exact.digits.size() > size && exact.digits[size] >= '5') {
        increment_decimal(rounded.digits);
        if (rounded.digits.size() > size) {
            rounded.digits.pop_back();
            ++rounded.point;
        }
    }
    return rounded;
}

std::string exponent_suffix(int exponent) {
    std::string out = exponent < 0 ? "e-" : "e+";
    out += std::to_string(exponent < 0 ? -exponent : exponent);
    return out;
}

// "d.ddd" (or "d" for one digit).
std::string with_point_after_first(const std::string& digits) {
    if (digits.size() == 1) return digits;
    return digits.substr(0, 1) + "." + digits.substr(1);
}

// Number::toString for positive finite values, radix 10.
std::string positive_to_decimal_string(double value) {
    DecimalDigits shortest = shortest_decimal(value);
    const std::string& s = shortest.digits;
    const int k = static_cast<int>(s.size());
    const int n = shortest.point;
    if (n >= -5 && n <= 21) {
        if (n >= k) return s + std::string(static_cast<std::size_t>(n - k), '0');
        if (n > 0)
            return s.substr(0, static_cast<std::size_t>(n)) + "." + s.substr(static_cast<std::size_t>(n));
        return "0." + std::string(static_cast<std::size_t>(-n), '0') + s;
    }
    return with_point_after_first(s) + exponent_suffix(n - 1);
}

// Number::toString for positive finite values and radix != 10. The integer part is exact while it fits
// the double precision (larger integers are scaled down by the radix, each step printing a 0); fraction
// digits are generated until the remainder is within half an ulp of the input (Steele & White's free
// format), computed in double arithmetic so that the digits are those V8 prints.
std::string positive_to_radix_string(double value, int radix) {
    double integer = std::floor(value);
    double fraction = value - integer;
    double delta = std::max(0.5 * (std::nextafter(value, std::numeric_limits<double>::infinity()) - value),
                            std::numeric_limits<double>::denorm_min());
    std::vector<int> fraction_digits;
    if (fraction >= delta) {
        do {
            fraction *= radix;
            delta *= radix;
            int digit = static_cast<int>(fraction);
            fraction_digits.push_back(digit);
            fraction -= digit;
            bool past_half = fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0);
            if (past_half && fraction + delta > 1) {
                // Round up; trailing digits that carry out disappear.
                while (!fraction_digits.empty() && fraction_digits.back() + 1 == radix)
                    fraction_digits.pop_back();
                if (fraction_digits.empty())
                    integer += 1;
                else
                    ++fraction_digits.back();
                break;
            }
        } while (fraction >= delta);
    }

    std::string integer_digits;
    while (integer / radix >= kTwoPow53) {
        integer /= radix;
        integer_digits += '0';
    }
    do {
        double remainder = std::fmod(integer, radix);
        integer_digits += kDigitChars[static_cast<int>(remainder)];
        integer = (integer - remainder) / radix;
    } while (integer > 0);
    std::reverse(integer_digits.begin(), integer_digits.end());

    if (fraction_digits.empty()) return integer_digits;
    integer_digits += '.';
    for (int digit : fraction_digits)
        integer_digits += kDigitChars[digit];
    return integer_digits;
}

// ---------------------------------------------------------------------------------------------------------
// String -> number.

template <typename CharT> char32_t unit_at(std::basic_string_view<CharT> text, std::size_t index) {
    if constexpr (sizeof(CharT) == 1)
        return static_cast<unsigned char>(text[index]);
    else
        return static_cast<char16_t>(text[index]);
}

bool is_decimal_digit(char32_t c) {
    return c >= '0' && c <= '9';
}

// The value of `c` as a digit of any radix up to 36, or 36 when it is not a digit.
int digit_value(char32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'z') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'Z') return static_cast<int>(c - 'A' + 10);
    return 36;
}

template <typename CharT> std::basic_string_view<CharT> trim_leading(std::basic_string_view<CharT> text) {
    std::size_t start = 0;
    while (start < text.size() && is_str_whitespace(unit_at(text, start)))
        ++start;
    return text.substr(start);
}

template <typename CharT> std::basic_string_view<CharT> trim_both(std::basic_string_view<CharT> text) {
    text = trim_leading(text);
    std::size_t end = text.size();
    while (end > 0 && is_str_whitespace(unit_at(text, end - 1)))
        --end;
    return text.substr(0, end);
}

template <typename CharT> bool starts_with_ascii(std::basic_string_view<CharT> text, std::string_view ascii) {
    if (text.size() < ascii.size()) return false;
    for (std::size_t i = 0; i < ascii.size(); ++i) {
        if (unit_at(text, i) != static_cast<unsigned char>(ascii[i])) return false;
    }
    return true;
}

// The correctly rounded value of DIGITS x 10^exponent (digits '0'..'9' only, possibly empty).
double decimal_to_double(std::string_view digits, std::int64_t exponent) {
    std::size_t first = digits.find_first_not_of('0');
    if (first == std::string_view::npos) return 0;
    digits.remove_prefix(first);
    std::size_t last = digits.find_last_not_of('0');
    exponent += static_cast<std::int64_t>(digits.size() - 1 - last);
    digits = digits.substr(0, last + 1);
    // The value lies in [10^(magnitude-1), 10^magnitude).
    std::int64_t magnitude = static_cast<std::int64_t>(digits.size()) + exponent;
    if (magnitude > 310) return std::numeric_limits<double>::infinity();
    if (magnitude < -330) return 0;
    std::string text(digits);
    text += 'e';
    text += std::to_string(exponent);
    double value = 0;
    auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec == std::errc::result_out_of_range)
        return magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    return value;
}

// The correctly rounded (round half to even) value of a digit string in radix 2^bits_per_digit.
template <typename CharT>
double power_of_two_radix_to_double(std::basic_string_view<CharT> digits, int bits_per_digit) {
    constexpr std::uint64_t kAccumulateLimit = std::uint64_t{1} << 58;
    std::uint64_t mantissa = 0;
    int dropped_bits = 0;
    bool sticky = false;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        auto digit = static_cast<std::uint64_t>(digit_value(unit_at(digits, i)));
        if (mantissa < kAccumulateLimit) {
            mantissa = (mantissa << bits_per_digit) | digit;
        } else {
            dropped_bits += bits_per_digit;
            sticky = sticky || digit != 0;
            if (dropped_bits > 2000) return std::numeric_limits<double>::infinity();
        }
    }
    int width = std::bit_width(mantissa);
    if (width <= 53) return std::ldexp(static_cast<double>(mantissa), dropped_bits);
    int excess = width - 53;
    std::uint64_t kept = mantissa >> excess;
    std::uint64_t remainder = mantissa & ((std::uint64_t{1} << excess) - 1);
    std::uint64_t half = std::uint64_t{1} << (excess - 1);
    if (remainder > half || (remainder == half && (sticky || (kept & 1) != 0))) ++kept;
    return std::ldexp(static_cast<double>(kept), excess + dropped_bits);
}

// A digit string in any other radix, folded in 32-bit chunks (the approximation V8 uses; the spec allows
// an implementation-approximated value for these radixes).
template <typename CharT> double other_radix_to_double(std::basic_string_view<CharT> digits, int radix) {
    constexpr std::uint32_t kMaximumMultiplier = 0xFFFFFFFFu / 36;
    double value = 0;
    std::size_t i = 0;
    // Chunks start at the first significant digit.
    while (i < digits.size() && unit_at(digits, i) == '0')
        ++i;
    while (i < digits.size()) {
        std::uint32_t part = 0;
        std::uint32_t multiplier = 1;
        for (; i < digits.size(); ++i) {
            std::uint32_t next_multiplier = multiplier * static_cast<std::uint32_t>(radix);
            if (next_multiplier > kMaximumMultiplier) break;
            part = part * static_cast<std::uint32_t>(radix) +
                   static_cast<std::uint32_t>(digit_value(unit_at(digits, i)));
            multiplier = next_multiplier;
        }
        double scaled = value * multiplier;
        value = scaled + part;
    }
    return value;
}

template <typename CharT> double digits_to_double(std::basic_string_view<CharT> digits, int radix) {
    switch (radix) {
    case 10: {
        std::string ascii(digits.size(), '0');
        for (std::size_t i = 0; i < digits.size(); ++i)
            ascii[i] = static_cast<char>(unit_at(digits, i));
        return decimal_to_double(ascii, 0);
    }
    case 2:
        return power_of_two_radix_to_double(digits, 1);
    case 4:
        return power_of_two_radix_to_double(digits, 2);
    case 8:
        return power_of_two_radix_to_double(digits, 3);
    case 16:
        return power_of_two_radix_to_double(digits, 4);
    case 32:
        return power_of_two_radix_to_double(digits, 5);
    default:
        return other_radix_to_double(digits, radix);
    }
}

struct DecimalPrefix {
    std::size_t length = 0; // 0: no StrDecimalLiteral prefix
    double value = 0;
};

// The longest prefix of `text` that is a StrDecimalLiteral, and its value.
template <typename CharT> DecimalPrefix scan_decimal_literal(std::basic_string_view<CharT> text) {
    constexpr std::int64_t kExponentSaturation = std::int64_t{1} << 50;
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && (unit_at(text, i) == '+' || unit_at(text, i) == '-')) {
        negative = unit_at(text, i) == '-';
        ++i;
    }
    DecimalPrefix result;
    if (starts_with_ascii(text.substr(i), "Infinity")) {
        result.length = i + 8;
        result.value =
            negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        return result;
    }
    std::string digits;
    std::int64_t exponent = 0;
    bool any_digit = false;
    while (i < text.size() && is_decimal_digit(unit_at(text, i))) {
        digits += static_cast<char>(unit_at(text, i++));
        any_digit = true;
    }
    if (i < text.size() && unit_at(text, i) == '.') {
        std::size_t after_point = i + 1;
        std::size_t j = after_point;
        while (j < text.size() && is_decimal_digit(unit_at(text, j))) {
            digits += static_cast<char>(unit_at(text, j++));
            --exponent;
        }
        if (any_digit || j > after_point) {
            any_digit = true;
            i = j;
        }
    }
    if (!any_digit) return result;
    if (i < text.size() && (unit_at(text, i) == 'e' || unit_at(text, i) == 'E')) {
        std::size_t j = i + 1;
        bool negative_exponent = false;
        if (j < text.size() && (unit_at(text, j) == '+' || unit_at(text, j) == '-')) {
            negative_exponent = unit_at(text, j) == '-';
            ++j;
        }
        std::size_t exponent_start = j;
        std::int64_t exponent_value = 0;
        while (j < text.size() && is_decimal_digit(unit_at(text, j))) {
            exponent_value = std::min(kExponentSaturation, exponent_value * 10 + (unit_at(text, j) - '0'));
            ++j;
        }
        if (j > exponent_start) {
            exponent += negative_exponent ? -exponent_value : exponent_value;
            i = j;
        }
    }
    double magnitude = decimal_to_double(digits, exponent);
    result.length = i;
    result.value = negative ? -magnitude : magnitude;
    return result;
}

template <typename CharT> double string_to_number(std::basic_string_view<CharT> text) {
    text = trim_both(text);
    if (text.empty()) return 0;
    if (text.size() > 2 && unit_at(text, 0) == '0') {
        int radix = 0;
        switch (unit_at(text, 1)) {
        case 'x':
        case 'X':
            radix = 16;
            break;
        case 'o':
        case 'O':
            radix = 8;
            break;
        case 'b':
        case 'B':
            radix = 2;
            break;
        default:
            break;
        }
        if (radix != 0) {
            auto digits = text.substr(2);
            for (std::size_t i = 0; i < digits.size(); ++i) {
                if (digit_value(unit_at(digits, i)) >= radix) return std::numeric_limits<double>::quiet_NaN();
            }
            return digits_to_double(digits, radix);
        }
    }
    DecimalPrefix prefix = scan_decimal_literal(text);
    if (prefix.length != text.size()) return std::numeric_limits<double>::quiet_NaN();
    return prefix.value;
}

template <typename CharT> double parse_float(std::basic_string_view<CharT> text) {
    DecimalPrefix prefix = scan_decimal_literal(trim_leading(text));
    if (prefix.length == 0) return std::numeric_limits<double>::quiet_NaN();
    return prefix.value;
}

template <typename CharT> double parse_int(std::basic_string_view<CharT> text, std::int32_t radix) {
    text = trim_leading(text);
    bool negative = false;
    if (!text.empty() && (unit_at(text, 0) == '-' || unit_at(text, 0) == '+')) {
        negative = unit_at(text, 0) == '-';
        text.remove_prefix(1);
    }
    bool strip_prefix = true;
    if (radix != 0) {
        if (radix < 2 || radix > 36) return std::numeric_limits<double>::quiet_NaN();
        if (radix != 16) strip_prefix = false;
    } else {
        radix = 10;
    }
    if (strip_prefix && (starts_with_ascii(text, "0x") || starts_with_ascii(text, "0X"))) {
        text.remove_prefix(2);
        radix = 16;
    }
    std::size_t end = 0;
    while (end < text.size() && digit_value(unit_at(text, end)) < radix)
        ++end;
    if (end == 0) return std::numeric_limits<double>::quiet_NaN();
    double magnitude = digits_to_double(text.substr(0, end), radix);
    return negative ? -magnitude : magnitude;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Number -> string.

std::string NumberToString(double value, int radix) {
    assert(radix >= 2 && radix <= 36);
    if (std::isnan(value)) return "NaN";
    if (value == 0) return "0";
    if (value < 0) return "-" + NumberToString(-value, radix);
    if (std::isinf(value)) return "Infinity";
    if (radix == 10) return positive_to_decimal_string(value);
    return positive_to_radix_string(value, radix);
}

std::string NumberToFixed(double value, int fraction_digits) {
    assert(fraction_digits >= 0 && fraction_digits <= 100);
    if (!std::isfinite(value)) return NumberToString(value);
    std::string sign;
    if (value < 0) {
        sign = "-";
        value = -value;
    }
    if (value >= 1e21) return sign + NumberToString(value);
    // n: the integer closest to value * 10^f (the larger on a tie).
    std::string n;
    if (value != 0) {
        DecimalDigits exact = exact_decimal(value);
        int count = exact.point + fraction_digits; // digits of n before rounding
        if (count > 0) {
            auto size = static_cast<std::size_t>(count);
            n = exact.digits.substr(0, size);
            n.resize(size, '0');
            if (exact.digits.size() > size && exact.digits[size] >= '5') increment_decimal(n);
        } else if (count == 0 && exact.digits[0] >= '5') {
            n = "1";
        }
    }
    if (n.empty()) n = "0";
    if (fraction_digits == 0) return sign + n;
    auto f = static_cast<std::size_t>(fraction_digits);
    if (n.size() <= f) n.insert(0, f + 1 - n.size(), '0');
    n.insert(n.size() - f, 1, '.');
    return sign + n;
}

std::string NumberToExponential(double value, std::optional<int> fraction_digits) {
    assert(!fraction_digits || (*fraction_digits >= 0 && *fraction_digits <= 100));
    if (!std::isfinite(value)) return NumberToString(value);
    std::string sign;
    if (value < 0) {
        sign = "-";
        value = -value;
    }
    DecimalDigits n;
    if (value == 0) {
        n.digits.assign(static_cast<std::size_t>(fraction_digits.value_or(0) + 1), '0');
        n.point = 1;
    } else if (!fraction_digits) {
        n = shortest_decimal(value);
    } else {
        n = round_significant(exact_decimal(value), *fraction_digits + 1);
    }
    return sign + with_point_after_first(n.digits) + exponent_suffix(n.point - 1);
}

std::string NumberToPrecision(double value, int precision) {
    assert(precision >= 1 && precision <= 100);
    if (!std::isfinite(value)) return NumberToString(value);
    std::string sign;
    if (value < 0) {
        sign = "-";
        value = -value;
    }
    DecimalDigits n;
    if (value == 0) {
        n.digits.assign(static_cast<std::size_t>(precision), '0');
        n.point = 1;
    } else {
        n = round_significant(exact_decimal(value), precision);
    }
    const int e = n.point - 1;
    const std::string& m = n.digits;
    if (e < -6 || e >= precision) return sign + with_point_after_first(m) + exponent_suffix(e);
    if (e == precision - 1) return sign + m;
    if (e >= 0) {
        auto integer_length = static_cast<std::size_t>(e + 1);
        return sign + m.substr(0, integer_length) + "." + m.substr(integer_length);
    }
    return sign + "0." + std::string(static_cast<std::size_t>(-(e + 1)), '0') + m;
}

// ---------------------------------------------------------------------------------------------------------
// String -> number.

double StringToNumber(std::u16string_view text) {
    return string_to_number(text);
}
double StringToNumber(std::string_view latin1) {
    return string_to_number(latin1);
}
double ParseFloat(std::u16string_view text) {
    return parse_float(text);
}
double ParseFloat(std::string_view latin1) {
    return parse_float(latin1);
}
double ParseInt(std::u16string_view text, std::int32_t radix) {
    return parse_int(text, radix);
}
double ParseInt(std::string_view latin1, std::int32_t radix) {
    return parse_int(latin1, radix);
}

// ---------------------------------------------------------------------------------------------------------
// Integer conversions.

double ToIntegerOrInfinity(double value) {
    if (std::isnan(value)) return 0;
    // Adding +0 turns -0 into +0.
    return std::trunc(value) + 0.0;
}

std::uint32_t ToUint32(double value) {
    if (value >= 0 && value < 4294967296.0) return static_cast<std::uint32_t>(value);
    if (!std::isfinite(value)) return 0;
    double modulo = std::fmod(std::trunc(value), 4294967296.0);
    if (modulo < 0) modulo += 4294967296.0;
    return static_cast<std::uint32_t>(modulo);
}

// The narrower conversions are the low bits of ToUint32 (2^32 is a multiple of 2^16 and 2^8), and the
// unsigned -> signed conversions below are modular in C++20.
std::int32_t ToInt32(double value) {
    return static_cast<std::int32_t>(ToUint32(value));
}
std::int16_t ToInt16(double value) {
    return static_cast<std::int16_t>(ToUint32(value));
}
std::uint16_t ToUint16(double value) {
    return static_cast<std::uint16_t>(ToUint32(value));
}
std::int8_t ToInt8(double value) {
    return static_cast<std::int8_t>(ToUint32(value));
}
std::uint8_t ToUint8(double value) {
    return static_cast<std::uint8_t>(ToUint32(value));
}

std::uint8_t ToUint8Clamp(double value) {
    if (std::isnan(value) || value <= 0) return 0;
    if (value >= 255) return 255;
    double floor = std::floor(value);
    if (floor + 0.5 < value) return static_cast<std::uint8_t>(floor + 1);
    if (value < floor + 0.5) return static_cast<std::uint8_t>(floor);
    auto even_candidate = static_cast<std::uint8_t>(floor);
    return (even_candidate & 1) == 0 ? even_candidate : static_cast<std::uint8_t>(even_candidate + 1);
}

double ToLength(double value) {
    double length = ToIntegerOrInfinity(value);
    if (length <= 0) return 0;
    return std::min(length, kTwoPow53 - 1);
}

} // namespace yjs
