// Additional properties of the global object (Annex B.2.1): escape and unescape.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <optional>
#include <string>
#include <string_view>

namespace yjs {

namespace {

bool is_escape_unescaped(char16_t c) {
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) return true;
    return c < 0x80 && std::string_view("@*_+-./").find(static_cast<char>(c)) != std::string_view::npos;
}

// escape ( string )
ThrowCompletionOr<Value> global_escape(VM& vm, const NativeCallInfo& call) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    JSString* string = TRY(ToString(vm, call.argument(0)));
    std::uint32_t length = string->length();
    std::u16string result;
    result.reserve(length);
    for (std::uint32_t k = 0; k < length; ++k) {
        // (At most 6 units per character: the result is too long as soon as it passes the maximum.)
        if (result.size() > JSString::kMaxLength) return vm.throw_range_error("Invalid string length");
        char16_t c = string->at(k);
        if (is_escape_unescaped(c)) {
            result += c;
            continue;
        }
        // "%XX" below 256, "%uXXXX" otherwise.
        result += u'%';
        if (c < 256) {
            result += static_cast<char16_t>(kHex[c >> 4]);
            result += static_cast<char16_t>(kHex[c & 0xF]);
            continue;
        }
        result += u'u';
        for (int shift = 12; shift >= 0; shift -= 4)
            result += static_cast<char16_t>(kHex[(c >> shift) & 0xF]);
    }
    if (result.size() > JSString::kMaxLength) return vm.throw_range_error("Invalid string length");
    return Value(JSString::create(vm, result));
}

// The value of `count` hex digits at `position`, or nullopt if one of them is not a hex digit.
std::optional<char16_t> parse_hex_digits(JSString* string, std::uint32_t position, std::uint32_t count) {
    std::uint32_t value = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
        char16_t c = string->at(position + i);
        std::uint32_t digit;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        else
            return std::nullopt;
        value = value * 16 + digit;
    }
    return static_cast<char16_t>(value);
}

// unescape ( string )
ThrowCompletionOr<Value> global_unescape(VM& vm, const NativeCallInfo& call) {
    JSString* string = TRY(ToString(vm, call.argument(0)));
    std::uint32_t length = string->length();
    std::u16string result;
    result.reserve(length);
    for (std::uint32_t k = 0; k < length; ++k) {
        char16_t c = string->at(k);
        if (c == u'%') {
            // "%uXXXX" when there is room for it, else "%XX".
            std::optional<char16_t> decoded;
            std::uint32_t advance = 0;
            if (std::uint64_t(k) + 5 < length && string->at(k + 1) == u'u') {
                decoded = parse_hex_digits(string, k + 2, 4);
                advance = 5;
            } else if (std::uint64_t(k) + 3 <= length) {
                decoded = parse_hex_digits(string, k + 1, 2);
                advance = 2;
            }
            if (decoded) {
                c = *decoded;
                k += advance;
            }
        }
        result += c;
    }
    return Value(JSString::create(vm, result));
}

} // namespace

void initialize_global_functions_annex_b(VM& vm, Realm& realm) {
    JSObject* global = realm.global_object();
    global->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "escape"), global_escape, 1);
    global->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "unescape"), global_unescape, 1);
}

} // namespace yjs
