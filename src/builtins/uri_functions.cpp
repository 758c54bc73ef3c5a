// URI handling functions (19.2.6): decodeURI, decodeURIComponent, encodeURI, encodeURIComponent, built on
// the Encode and Decode abstract operations.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yjs {

namespace {

// uriReserved plus "#": the characters encodeURI leaves alone and decodeURI keeps escaped.
constexpr std::string_view kReservedAndHash = ";/?:@&=+$,#";
// uriMark.
constexpr std::string_view kUriMark = "-_.!~*'()";

bool is_always_unescaped(char16_t c) {
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) return true;
    return c < 0x80 && kUriMark.find(static_cast<char>(c)) != std::string_view::npos;
}

bool in_set(std::string_view set, std::uint32_t c) {
    return c < 0x80 && set.find(static_cast<char>(c)) != std::string_view::npos;
}

ThrowCompletion throw_uri_error(VM& vm) {
    return vm.throw_error(ErrorType::URIError, "URI malformed");
}

// Encode ( string, extraUnescaped )
ThrowCompletionOr<Value> Encode(VM& vm, JSString* string, std::string_view extra_unescaped) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::uint32_t length = string->length();
    std::u16string result;
    result.reserve(length);
    std::uint32_t k = 0;
    while (k < length) {
        char16_t c = string->at(k);
        // a. If unescapedSet contains C, append C.
        if (is_always_unescaped(c) || in_set(extra_unescaped, c)) {
            result += c;
            ++k;
            continue;
        }
        // b.i-iii. Let cp be CodePointAt(string, k); an unpaired surrogate throws a URIError.
        std::uint32_t code_point = c;
        if (c >= 0xDC00 && c <= 0xDFFF) return throw_uri_error(vm);
        if (c >= 0xD800 && c <= 0xDBFF) {
            if (k + 1 >= length) return throw_uri_error(vm);
            char16_t low = string->at(k + 1);
            if (low < 0xDC00 || low > 0xDFFF) return throw_uri_error(vm);
            code_point = 0x10000 + ((std::uint32_t(c) - 0xD800) << 10) + (std::uint32_t(low) - 0xDC00);
            ++k;
        }
        ++k;
        // (At most 12 units per code point: the result is too long as soon as it passes the maximum.)
        if (result.size() > JSString::kMaxLength) return vm.throw_range_error("Invalid string length");
        // v-vi. The UTF-8 octets of cp, each as "%XY".
        std::uint8_t octets[4];
        int count;
        if (code_point < 0x80) {
            octets[0] = static_cast<std::uint8_t>(code_point);
            count = 1;
        } else if (code_point < 0x800) {
            octets[0] = static_cast<std::uint8_t>(0xC0 | (code_point >> 6));
            octets[1] = static_cast<std::uint8_t>(0x80 | (code_point & 0x3F));
            count = 2;
        } else if (code_point < 0x10000) {
            octets[0] = static_cast<std::uint8_t>(0xE0 | (code_point >> 12));
            octets[1] = static_cast<std::uint8_t>(0x80 | ((code_point >> 6) & 0x3F));
            octets[2] = static_cast<std::uint8_t>(0x80 | (code_point & 0x3F));
            count = 3;
        } else {
            octets[0] = static_cast<std::uint8_t>(0xF0 | (code_point >> 18));
            octets[1] = static_cast<std::uint8_t>(0x80 | ((code_point >> 12) & 0x3F));
            octets[2] = static_cast<std::uint8_t>(0x80 | ((code_point >> 6) & 0x3F));
            octets[3] = static_cast<std::uint8_t>(0x80 | (code_point & 0x3F));
            count = 4;
        }
        for (int i = 0; i < count; ++i) {
            result += u'%';
            result += static_cast<char16_t>(kHex[octets[i] >> 4]);
            result += static_cast<char16_t>(kHex[octets[i] & 0xF]);
        }
    }
    if (result.size() > JSString::kMaxLength) return vm.throw_range_error("Invalid string length");
    return Value(JSString::create(vm, result));
}

int hex_digit_value(char16_t c) {
    if (c >= u'0' && c <= u'9') return c - u'0';
    if (c >= u'a' && c <= u'f') return c - u'a' + 10;
    if (c >= u'A' && c <= u'F') return c - u'A' + 10;
    return -1;
}

// ParseHexOctet ( string, position ): the byte, or nullopt when the two characters are not hex digits.
std::optional<std::uint8_t> ParseHexOctet(JSString* string, std::uint32_t position) {
    int high = hex_digit_value(string->at(position));
    int low = hex_digit_value(string->at(position + 1));
    if (high < 0 || low < 0) return std::nullopt;
    return static_cast<std::uint8_t>(high * 16 + low);
}

// Decode ( string, preserveEscapeSet )
ThrowCompletionOr<Value> Decode(VM& vm, JSString* string, std::string_view preserve_escape_set) {
    std::uint32_t length = string->length();
    std::u16string result;
    result.reserve(length);
    std::uint32_t k = 0;
    while (k < length) {
        char16_t c = string->at(k);
        if (c != u'%') {
            result += c;
            ++k;
            continue;
        }
        // b.i-iii. The escape "%XY" and its byte B.
        if (std::uint64_t(k) + 3 > length) return throw_uri_error(vm);
        std::uint32_t start = k;
        std::optional<std::uint8_t> byte = ParseHexOctet(string, k + 1);
        if (!byte) return throw_uri_error(vm);
        k += 2;
        // vi. Let n be the number of leading 1 bits in B.
        int n = 0;
        while (n < 8 && (*byte & (0x80 >> n)))
            ++n;
        if (n == 0) {
            // A single ASCII character, kept escaped when it is in preserveEscapeSet.
            if (in_set(preserve_escape_set, *byte)) {
                for (std::uint32_t i = start; i < start + 3; ++i)
                    result += string->at(i);
            } else {
                result += static_cast<char16_t>(*byte);
            }
            ++k;
            continue;
        }
        // viii.1. If n = 1 or n > 4, throw a URIError exception.
        if (n == 1 || n > 4) return throw_uri_error(vm);
        std::uint32_t code_point = *byte & (0xFF >> (n + 1));
        for (int j = 1; j < n; ++j) {
            ++k;
            if (std::uint64_t(k) + 3 > length || string->at(k) != u'%') return throw_uri_error(vm);
            std::optional<std::uint8_t> continuation = ParseHexOctet(string, k + 1);
            if (!continuation || (*continuation & 0xC0) != 0x80) return throw_uri_error(vm);
            code_point = (code_point << 6) | (*continuation & 0x3F);
            k += 2;
        }
        // The octets must be the shortest UTF-8 form of a scalar value (no overlongs, no surrogates).
        static constexpr std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code_point < kMinimum[n] || code_point > 0x10FFFF ||
            (code_point >= 0xD800 && code_point <= 0xDFFF))
            return throw_uri_error(vm);
        if (code_point < 0x10000) {
            result += static_cast<char16_t>(code_point);
        } else {
            code_point -= 0x10000;
            result += static_cast<char16_t>(0xD800 + (code_point >> 10));
            result += static_cast<char16_t>(0xDC00 + (code_point & 0x3FF));
        }
        ++k;
    }
    return Value(JSString::create(vm, result));
}

// decodeURI ( encodedURI )
ThrowCompletionOr<Value> global_decode_uri(VM& vm, const NativeCallInfo& call) {
    JSString* uri = TRY(ToString(vm, call.argument(0)));
    return Decode(vm, uri, kReservedAndHash);
}

// decodeURIComponent ( encodedURIComponent )
ThrowCompletionOr<Value> global_decode_uri_component(VM& vm, const NativeCallInfo& call) {
    JSString* component = TRY(ToString(vm, call.argument(0)));
    return Decode(vm, component, {});
}

// encodeURI ( uri )
ThrowCompletionOr<Value> global_encode_uri(VM& vm, const NativeCallInfo& call) {
    JSString* uri = TRY(ToString(vm, call.argument(0)));
    return Encode(vm, uri, kReservedAndHash);
}

// encodeURIComponent ( uriComponent )
ThrowCompletionOr<Value> global_encode_uri_component(VM& vm, const NativeCallInfo& call) {
    JSString* component = TRY(ToString(vm, call.argument(0)));
    return Encode(vm, component, {});
}

} // namespace

void initialize_uri_functions(VM& vm, Realm& realm) {
    JSObject* global = realm.global_object();
    global->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "decodeURI"), global_decode_uri, 1);
    global->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "decodeURIComponent"),
                                   global_decode_uri_component, 1);
    global->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "encodeURI"), global_encode_uri, 1);
    global->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "encodeURIComponent"),
                                   global_encode_uri_component, 1);
}

} // namespace yjs
