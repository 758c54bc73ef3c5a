// The Uint8Array base64 and hex methods (the ArrayBuffer base64 proposal, now in ECMA-262):
// Uint8Array.fromBase64, Uint8Array.fromHex, and %Uint8Array.prototype%'s setFromBase64, setFromHex,
// toBase64 and toHex, with the abstract operations FromBase64, DecodeBase64Chunk, SkipAsciiWhitespace,
// FromHex, ValidateUint8Array and GetUint8ArrayBytes.
//
// FromBase64 and FromHex never call into script, so they work on the string's code units directly and
// return their bytes together with how far they read and the error they stopped at (if any).
#include "builtins/uint8_array_base64.h"
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/typed_array.h"
#include "runtime/vm.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace yjs {

namespace {

enum class Alphabet { Base64, Base64Url };
enum class LastChunkHandling { Loose, Strict, StopBeforePartial };

constexpr std::uint64_t kMaxSafeInteger = 9007199254740991;

// The result of FromBase64 / FromHex: { [[Read]], [[Bytes]], [[Error]] } (the error is always a
// SyntaxError; `error` holds its message when there is one).
struct DecodeResult {
    std::uint64_t read = 0;
    std::vector<std::uint8_t> bytes;
    const char* error = nullptr;
};

// The code units of a string, whichever representation it has.
class CodeUnits {
public:
    explicit CodeUnits(JSString* string) : length_(string->length()) {
        if (string->is_8bit())
            latin1_ = string->latin1_view().data();
        else
            utf16_ = string->utf16_view().data();
    }
    std::uint64_t length() const { return length_; }
    char16_t operator[](std::uint64_t index) const {
        return latin1_ ? static_cast<unsigned char>(latin1_[index]) : utf16_[index];
    }

private:
    std::uint64_t length_;
    const char* latin1_ = nullptr;
    const char16_t* utf16_ = nullptr;
};

// SkipAsciiWhitespace ( string, index )
std::uint64_t SkipAsciiWhitespace(const CodeUnits& string, std::uint64_t index) {
    while (index < string.length()) {
        char16_t c = string[index];
        if (c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D && c != 0x20) return index;
        ++index;
    }
    return index;
}

// The value of a standard base64 alphabet character, or -1.
int base64_value(char16_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

constexpr const char* kInvalidBase64 = "Invalid base64 string";
constexpr const char* kExtraBits = "Invalid base64 string: the last chunk has nonzero padding bits";

// DecodeBase64Chunk ( chunk [ , throwOnExtraBits ] ): appends the chunk's bytes to `bytes`; false (and
// nothing appended) when throwOnExtraBits finds nonzero padding bits.
bool DecodeBase64Chunk(const int* chunk, int chunk_length, bool throw_on_extra_bits,
                       std::vector<std::uint8_t>& bytes) {
    // 2. Pad a partial chunk with "A"s (zero bits).
    std::uint32_t bits = 0;
    for (int i = 0; i < 4; ++i)
        bits = (bits << 6) | static_cast<std::uint32_t>(i < chunk_length ? chunk[i] : 0);
    std::uint8_t decoded[3] = {static_cast<std::uint8_t>(bits >> 16), static_cast<std::uint8_t>(bits >> 8),
                               static_cast<std::uint8_t>(bits)};
    // 6-8. Two characters give one byte, three give two; the rest must be zero under throwOnExtraBits.
    int count = chunk_length - 1;
    if (throw_on_extra_bits && count < 3 && decoded[count] != 0) return false;
    bytes.insert(bytes.end(), decoded, decoded + count);
    return true;
}

// FromBase64 ( string, alphabet, lastChunkHandling [ , maxLength ] )
DecodeResult FromBase64(const CodeUnits& string, Alphabet alphabet, LastChunkHandling last_chunk_handling,
                        std::uint64_t max_length = kMaxSafeInteger) {
    DecodeResult result;
    // 2. If maxLength = 0, return { [[Read]]: 0, [[Bytes]]: « », [[Error]]: none }.
    if (max_length == 0) return result;
    int chunk[4];
    int chunk_length = 0;
    std::uint64_t index = 0;
    std::uint64_t length = string.length();
    auto fail = [&](const char* message) {
        result.error = message;
        return std::move(result);
    };
    while (true) {
        // 9.a. Set index to SkipAsciiWhitespace(string, index).
        index = SkipAsciiWhitespace(string, index);
        // 9.b. The end of the string.
        if (index == length) {
            if (chunk_length > 0) {
                if (last_chunk_handling == LastChunkHandling::StopBeforePartial) return result;
                if (last_chunk_handling == LastChunkHandling::Strict || chunk_length == 1)
                    return fail(kInvalidBase64);
                DecodeBase64Chunk(chunk, chunk_length, false, result.bytes);
            }
            result.read = length;
            return result;
        }
        // 9.c-d. Let char be the code unit at index; advance.
        char16_t c = string[index++];
        // 9.e. Padding: the chunk must end here, and nothing but whitespace may follow.
        if (c == '=') {
            if (chunk_length < 2) return fail(kInvalidBase64);
            index = SkipAsciiWhitespace(string, index);
            if (chunk_length == 2) {
                if (index == length) {
                    if (last_chunk_handling == LastChunkHandling::StopBeforePartial) return result;
                    return fail(kInvalidBase64);
                }
                if (string[index] == '=') index = SkipAsciiWhitespace(string, index + 1);
            }
            if (index < length) return fail(kInvalidBase64);
            bool throw_on_extra_bits = last_chunk_handling == LastChunkHandling::Strict;
            if (!DecodeBase64Chunk(chunk, chunk_length, throw_on_extra_bits, result.bytes))
                return fail(kExtraBits);
            result.read = length;
            return result;
        }
        // 9.f. The base64url alphabet swaps "+" and "/" for "-" and "_".
        if (alphabet == Alphabet::Base64Url) {
            if (c == '+' || c == '/') return fail(kInvalidBase64);
            if (c == '-')
                c = '+';
            else if (c == '_')
                c = '/';
        }
        // 9.g. A character outside the standard alphabet is an error.
        int value = base64_value(c);
        if (value < 0) return fail(kInvalidBase64);
        // 9.h-i. Stop before a chunk whose bytes would not all fit.
        std::uint64_t remaining = max_length - result.bytes.size();
        if ((remaining == 1 && chunk_length == 2) || (remaining == 2 && chunk_length == 3)) return result;
        // 9.j-l. Append to the chunk; decode a complete one.
        chunk[chunk_length++] = value;
        if (chunk_length == 4) {
            DecodeBase64Chunk(chunk, 4, false, result.bytes);
            chunk_length = 0;
            result.read = index;
            if (result.bytes.size() == max_length) return result;
        }
    }
}

int hex_value(char16_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// FromHex ( string [ , maxLength ] )
DecodeResult FromHex(const CodeUnits& string, std::uint64_t max_length = kMaxSafeInteger) {
    DecodeResult result;
    std::uint64_t length = string.length();
    // 5. An odd length is an error before anything is read.
    if (length % 2 != 0) {
        result.error = "Invalid hex string: odd length";
        return result;
    }
    // 6. Two hex digits per byte while there is input and room.
    while (result.read < length && result.bytes.size() < max_length) {
        int high = hex_value(string[result.read]);
        int low = hex_value(string[result.read + 1]);
        if (high < 0 || low < 0) {
            result.error = "Invalid hex string";
            return result;
        }
        result.read += 2;
        result.bytes.push_back(static_cast<std::uint8_t>(high * 16 + low));
    }
    return result;
}

// ValidateUint8Array ( ta )
ThrowCompletionOr<TypedArrayObject*> ValidateUint8Array(VM& vm, Value value, const char* method) {
    // 1. Perform ? RequireInternalSlot(ta, [[TypedArrayName]]); 2. it must be "Uint8Array".
    if (!value.is_object() || !value.as_object()->is_typed_array() ||
        static_cast<TypedArrayObject*>(value.as_object())->type() != ElementType::Uint8)
        return throw_incompatible_receiver(vm, method, value);
    return static_cast<TypedArrayObject*>(value.as_object());
}

ThrowCompletion out_of_bounds_error(VM& vm, TypedArrayObject& array, const char* method) {
    if (array.buffer()->is_detached())
        return vm.throw_type_error(std::string("Cannot perform ") + method + " on a detached ArrayBuffer");
    return vm.throw_type_error(std::string("Cannot perform ") + method + " on an out of bounds TypedArray");
}

// GetUint8ArrayBytes ( ta ): the array's bytes (a view into the buffer, valid until script runs).
ThrowCompletionOr<std::span<const std::uint8_t>> GetUint8ArrayBytes(VM& vm, TypedArrayObject& array,
                                                                    const char* method) {
    // 3. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
    if (array.is_out_of_bounds()) return out_of_bounds_error(vm, array, method);
    std::uint64_t length = array.length();
    if (length == 0) return std::span<const std::uint8_t>();
    return std::span<const std::uint8_t>(array.element_address(0), length);
}

// SetUint8ArrayBytes ( into, bytes )
void SetUint8ArrayBytes(TypedArrayObject& into, const std::vector<std::uint8_t>& bytes) {
    if (!bytes.empty()) std::memcpy(into.element_address(0), bytes.data(), bytes.size());
}

// GetOptionsObject ( options )
ThrowCompletionOr<JSObject*> GetOptionsObject(VM& vm, Value options, const char* method) {
    if (options.is_undefined()) return JSObject::create(vm, nullptr);
    if (options.is_object()) return options.as_object();
    return vm.throw_type_error(std::string(method) + ": options must be an object");
}

bool string_is(VM& vm, Value value, const char* text) {
    return value.is_string() && value.as_string()->equals(JSString::from_ascii(vm, text));
}

// Steps reading "alphabet": undefined is "base64"; anything but "base64" / "base64url" is a TypeError.
ThrowCompletionOr<Alphabet> get_alphabet(VM& vm, JSObject* options, const char* method) {
    Value alphabet = TRY(options->get(vm, PropertyKey::from_ascii(vm, "alphabet")));
    if (alphabet.is_undefined() || string_is(vm, alphabet, "base64")) return Alphabet::Base64;
    if (string_is(vm, alphabet, "base64url")) return Alphabet::Base64Url;
    return vm.throw_type_error(std::string(method) + ": alphabet must be \"base64\" or \"base64url\"");
}

// Steps reading "lastChunkHandling": undefined is "loose".
ThrowCompletionOr<LastChunkHandling> get_last_chunk_handling(VM& vm, JSObject* options, const char* method) {
    Value handling = TRY(options->get(vm, PropertyKey::from_ascii(vm, "lastChunkHandling")));
    if (handling.is_undefined() || string_is(vm, handling, "loose")) return LastChunkHandling::Loose;
    if (string_is(vm, handling, "strict")) return LastChunkHandling::Strict;
    if (string_is(vm, handling, "stop-before-partial")) return LastChunkHandling::StopBeforePartial;
    return vm.throw_type_error(
        std::string(method) + ": lastChunkHandling must be \"loose\", \"strict\" or \"stop-before-partial\"");
}

ThrowCompletionOr<JSString*> require_string(VM& vm, Value value, const char* method) {
    if (!value.is_string()) return vm.throw_type_error(std::string(method) + ": input must be a string");
    return value.as_string();
}

// The end of fromBase64 / fromHex: throw the decoding error, or a new Uint8Array holding the bytes.
ThrowCompletionOr<Value> new_uint8_array(VM& vm, const DecodeResult& result) {
    if (result.error) return vm.throw_syntax_error(result.error);
    JSObject* constructor = vm.current_realm().intrinsic(Intrinsic::Uint8ArrayConstructor);
    TypedArrayObject* array =
        TRY(AllocateTypedArray(vm, ElementType::Uint8, constructor, result.bytes.size()));
    SetUint8ArrayBytes(*array, result.bytes);
    return Value(array);
}

// The end of setFromBase64 / setFromHex: write the bytes decoded before any error, then throw the error
// or return { read, written }.
ThrowCompletionOr<Value> write_result(VM& vm, TypedArrayObject& into, const DecodeResult& result) {
    SetUint8ArrayBytes(into, result.bytes);
    if (result.error) return vm.throw_syntax_error(result.error);
    JSObject* object = JSObject::create(vm, vm.current_realm().intrinsic(Intrinsic::ObjectPrototype));
    TRY(object->create_data_property_or_throw(vm, PropertyKey::from_ascii(vm, "read"),
                                              Value(static_cast<double>(result.read))));
    TRY(object->create_data_property_or_throw(vm, PropertyKey::from_ascii(vm, "written"),
                                              Value(static_cast<double>(result.bytes.size()))));
    return Value(object);
}

// Uint8Array.fromBase64 ( string [ , options ] )
ThrowCompletionOr<Value> uint8_array_from_base64(VM& vm, const NativeCallInfo& call) {
    constexpr const char* method = "Uint8Array.fromBase64";
    // 1. If string is not a String, throw a TypeError exception.
    JSString* string = TRY(require_string(vm, call.argument(0), method));
    // 2-8. Options: alphabet, then lastChunkHandling.
    JSObject* options = TRY(GetOptionsObject(vm, call.argument(1), method));
    Alphabet alphabet = TRY(get_alphabet(vm, options, method));
    LastChunkHandling handling = TRY(get_last_chunk_handling(vm, options, method));
    // 9-14. Decode, then allocate the result.
    return new_uint8_array(vm, FromBase64(CodeUnits(string), alphabet, handling));
}

// Uint8Array.fromHex ( string )
ThrowCompletionOr<Value> uint8_array_from_hex(VM& vm, const NativeCallInfo& call) {
    JSString* string = TRY(require_string(vm, call.argument(0), "Uint8Array.fromHex"));
    return new_uint8_array(vm, FromHex(CodeUnits(string)));
}

// Uint8Array.prototype.setFromBase64 ( string [ , options ] )
ThrowCompletionOr<Value> uint8_array_set_from_base64(VM& vm, const NativeCallInfo& call) {
    constexpr const char* method = "Uint8Array.prototype.setFromBase64";
    // 1-2. Let into be the this value; perform ? ValidateUint8Array(into); its buffer must be mutable.
    TypedArrayObject* into = TRY(ValidateUint8Array(vm, call.this_value, method));
    if (into->buffer()->is_immutable()) return throw_immutable_buffer_write(vm, method);
    // 3. If string is not a String, throw a TypeError exception.
    JSString* string = TRY(require_string(vm, call.argument(0), method));
    // 4-9. Options.
    JSObject* options = TRY(GetOptionsObject(vm, call.argument(1), method));
    Alphabet alphabet = TRY(get_alphabet(vm, options, method));
    LastChunkHandling handling = TRY(get_last_chunk_handling(vm, options, method));
    // 10-12. The option getters may have detached or shrunk the buffer.
    if (into->is_out_of_bounds()) return out_of_bounds_error(vm, *into, method);
    std::uint64_t byte_length = into->length();
    // 13-23. Decode at most byteLength bytes, write them, then report.
    return write_result(vm, *into, FromBase64(CodeUnits(string), alphabet, handling, byte_length));
}

// Uint8Array.prototype.setFromHex ( string )
ThrowCompletionOr<Value> uint8_array_set_from_hex(VM& vm, const NativeCallInfo& call) {
    constexpr const char* method = "Uint8Array.prototype.setFromHex";
    TypedArrayObject* into = TRY(ValidateUint8Array(vm, call.this_value, method));
    if (into->buffer()->is_immutable()) return throw_immutable_buffer_write(vm, method);
    JSString* string = TRY(require_string(vm, call.argument(0), method));
    if (into->is_out_of_bounds()) return out_of_bounds_error(vm, *into, method);
    std::uint64_t byte_length = into->length();
    return write_result(vm, *into, FromHex(CodeUnits(string), byte_length));
}

ThrowCompletionOr<Value> make_ascii_string(VM& vm, const std::string& text) {
    if (text.size() > JSString::kMaxLength) return vm.throw_range_error("Invalid string length");
    return Value(JSString::from_ascii(vm, text));
}

// Uint8Array.prototype.toBase64 ( [ options ] )
ThrowCompletionOr<Value> uint8_array_to_base64(VM& vm, const NativeCallInfo& call) {
    constexpr const char* method = "Uint8Array.prototype.toBase64";
    // 1-2. Let O be the this value; perform ? ValidateUint8Array(O).
    TypedArrayObject* array = TRY(ValidateUint8Array(vm, call.this_value, method));
    // 3-7. Options: alphabet, then omitPadding.
    JSObject* options = TRY(GetOptionsObject(vm, call.argument(0), method));
    Alphabet alphabet = TRY(get_alphabet(vm, options, method));
    bool omit_padding = ToBoolean(TRY(options->get(vm, PropertyKey::from_ascii(vm, "omitPadding"))));
    // 8. Let toEncode be ? GetUint8ArrayBytes(O).
    std::span<const std::uint8_t> bytes = TRY(GetUint8ArrayBytes(vm, *array, method));
    // 9-10. The base64 (RFC 4648 section 4) or base64url (section 5) encoding.
    const char* digits = alphabet == Alphabet::Base64
                             ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                             : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::uint64_t encoded_length = (bytes.size() + 2) / 3 * 4;
    if (encoded_length > JSString::kMaxLength) return vm.throw_range_error("Invalid string length");
    std::string out;
    out.reserve(encoded_length);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        std::uint32_t bits =
            (std::uint32_t(bytes[i]) << 16) | (std::uint32_t(bytes[i + 1]) << 8) | bytes[i + 2];
        out += digits[(bits >> 18) & 63];
        out += digits[(bits >> 12) & 63];
        out += digits[(bits >> 6) & 63];
        out += digits[bits & 63];
    }
    std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        std::uint32_t bits = std::uint32_t(bytes[i]) << 16;
        if (rest == 2) bits |= std::uint32_t(bytes[i + 1]) << 8;
        out += digits[(bits >> 18) & 63];
        out += digits[(bits >> 12) & 63];
        if (rest == 2) out += digits[(bits >> 6) & 63];
        if (!omit_padding) out.append(3 - rest, '=');
    }
    return make_ascii_string(vm, out);
}

// Uint8Array.prototype.toHex ( )
ThrowCompletionOr<Value> uint8_array_to_hex(VM& vm, const NativeCallInfo& call) {
    constexpr const char* method = "Uint8Array.prototype.toHex";
    TypedArrayObject* array = TRY(ValidateUint8Array(vm, call.this_value, method));
    std::span<const std::uint8_t> bytes = TRY(GetUint8ArrayBytes(vm, *array, method));
    if (bytes.size() > JSString::kMaxLength / 2) return vm.throw_range_error("Invalid string length");
    constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (std::uint8_t byte : bytes) {
        out += digits[byte >> 4];
        out += digits[byte & 15];
    }
    return make_ascii_string(vm, out);
}

} // namespace

void install_uint8_array_base64_methods(VM& vm, Realm& realm) {
    JSObject* constructor = realm.intrinsic(Intrinsic::Uint8ArrayConstructor);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "fromBase64"),
                                        uint8_array_from_base64, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "fromHex"),
                                        uint8_array_from_hex, 1);
    JSObject* prototype = realm.intrinsic(Intrinsic::Uint8ArrayPrototype);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "setFromBase64"),
                                      uint8_array_set_from_base64, 1);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "setFromHex"),
                                      uint8_array_set_from_hex, 1);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "toBase64"),
                                      uint8_array_to_base64, 0);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "toHex"), uint8_array_to_hex, 0);
}

} // namespace yjs
