// Conversions of numeric literal digits to doubles and to decimal BigInt digit strings.
#include "parser/lexer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace yjs::numeric {

namespace {

int digit_value(char16_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 0;
}

// Decimal exponent estimate of a decimal literal text ("123.45e-6"), used only to tell overflow from
// underflow when from_chars reports the result out of range.
long decimal_magnitude(const std::string& text) {
    std::size_t e = text.find_first_of("eE");
    std::string mantissa = text.substr(0, e);
    long exponent = 0;
    if (e != std::string::npos) {
        std::string exp_text = text.substr(e + 1);
        bool negative = !exp_text.empty() && exp_text[0] == '-';
        for (char c : exp_text) {
            if (c >= '0' && c <= '9') exponent = std::min<long>(exponent * 10 + (c - '0'), 1000000000L);
        }
        if (negative) exponent = -exponent;
    }
    std::size_t point = mantissa.find('.');
    std::size_t int_digits = point == std::string::npos ? mantissa.size() : point;
    long position = 0;
    for (std::size_t i = 0; i < mantissa.size(); ++i) {
        char c = mantissa[i];
        if (c == '.') continue;
        if (c != '0') {
            position =
                i < int_digits ? static_cast<long>(int_digits - i) : -static_cast<long>(i - int_digits - 1);
            break;
        }
    }
    return position + exponent;
}

} // namespace

double digits_to_double(std::u16string_view digits, int radix) {
    if (radix == 10) {
        std::string ascii(digits.begin(), digits.end());
        if (!ascii.empty() && ascii.front() == '.') ascii.insert(ascii.begin(), '0');
        double value = 0;
        auto result = std::from_chars(ascii.data(), ascii.data() + ascii.size(), value);
        if (result.ec == std::errc::result_out_of_range) return decimal_magnitude(ascii) < 0 ? 0.0 : HUGE_VAL;
        return value;
    }
    int bits_per_digit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
    // Collect the significant bits (most significant first).
    std::vector<std::uint8_t> bits;
    bits.reserve(digits.size() * 4);
    for (char16_t c : digits) {
        int v = digit_value(c);
        for (int b = bits_per_digit - 1; b >= 0; --b) {
            std::uint8_t bit = (v >> b) & 1;
            if (bits.empty() && bit == 0) continue;
            bits.push_back(bit);
        }
    }
    if (bits.empty()) return 0;
    if (bits.size() <= 53) {
        double value = 0;
        for (auto bit : bits)
            value = value * 2 + bit;
        return value;
    }
    std::uint64_t mantissa = 0;
    for (std::size_t i = 0; i < 53; ++i)
        mantissa = (mantissa << 1) | bits[i];
    bool round_bit = bits[53];
    bool sticky = false;
    for (std::size_t i = 54; i < bits.size(); ++i)
        sticky = sticky || bits[i];
    if (round_bit && (sticky || (mantissa & 1))) ++mantissa;
    return std::ldexp(static_cast<double>(mantissa), static_cast<int>(bits.size() - 53));
}

std::string digits_to_decimal(std::u16string_view digits, int radix) {
    // Little-endian base 10^9 limbs.
    constexpr std::uint32_t kBase = 1000000000;
    std::vector<std::uint32_t> limbs{0};
    for (char16_t c : digits) {
        std::uint64_t carry = static_cast<std::uint64_t>(digit_value(c));
        for (auto& limb : limbs) {
            std::uint64_t v = static_cast<std::uint64_t>(limb) * static_cast<std::uint64_t>(radix) + carry;
            limb = static_cast<std::uint32_t>(v % kBase);
            carry = v / kBase;
        }
        while (carry) {
            limbs.push_back(static_cast<std::uint32_t>(carry % kBase));
            carry /= kBase;
        }
    }
    std::string out = std::to_string(limbs.back());
    for (std::size_t i = limbs.size() - 1; i-- > 0;) {
        std::string part = std::to_string(limbs[i]);
        out.append(9 - part.size(), '0');
        out += part;
    }
    return out;
}

} // namespace yjs::numeric
