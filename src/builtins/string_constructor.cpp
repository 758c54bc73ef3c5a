// The String constructor (22.1.1, 22.1.2).
#include "builtins/builtins.h"
#include "builtins/string_builder.h"
#include "runtime/abstract_ops.h"
#include "runtime/number_conversion.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"

#include <cmath>

namespace yjs {

namespace {

// String ( value )
ThrowCompletionOr<Value> string_constructor(VM& vm, const NativeCallInfo& call) {
    JSString* s;
    // 1. If value is not present, let s be the empty String.
    if (call.argument_count() == 0) {
        s = vm.atoms().empty_string();
    } else {
        Value value = call.argument(0);
        // 2.a. If NewTarget is undefined and value is a Symbol, return SymbolDescriptiveString(value).
        if (!call.new_target && value.is_symbol()) return Value(value.as_symbol()->descriptive_string(vm));
        s = TRY(ToString(vm, value));
    }
    // 3. If NewTarget is undefined, return s.
    if (!call.new_target) return Value(s);
    // 4. Return StringCreate(s, ? GetPrototypeFromConstructor(NewTarget, "%String.prototype%")).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::StringPrototype));
    return Value(StringObject::create(vm, s, prototype));
}

// String.fromCharCode ( ...codeUnits )
ThrowCompletionOr<Value> string_from_char_code(VM& vm, const NativeCallInfo& call) {
    StringBuilder builder;
    builder.reserve(call.argument_count());
    for (Value next : call.arguments) {
        std::uint16_t unit = TRY(ToUint16(vm, next));
        if (!builder.append(static_cast<char16_t>(unit))) return throw_string_length_error(vm);
    }
    return Value(builder.build(vm));
}

// String.fromCodePoint ( ...codePoints )
ThrowCompletionOr<Value> string_from_code_point(VM& vm, const NativeCallInfo& call) {
    StringBuilder builder;
    for (Value next : call.arguments) {
        // a. Let nextCP be ? ToNumber(next).
        double code_point = TRY(ToNumber(vm, next));
        // b-c. If nextCP is not an integral Number or not in [0, 0x10FFFF], throw a RangeError.
        if (!std::isfinite(code_point) || std::trunc(code_point) != code_point || code_point < 0 ||
            code_point > 0x10FFFF)
            return vm.throw_range_error("Invalid code point " + NumberToString(code_point));
        if (!builder.append_code_point(static_cast<char32_t>(code_point))) return throw_string_length_error(vm);
    }
    return Value(builder.build(vm));
}

// String.raw ( template, ...substitutions )
ThrowCompletionOr<Value> string_raw(VM& vm, const NativeCallInfo& call) {
    std::size_t substitution_count = call.argument_count() > 0 ? call.argument_count() - 1 : 0;
    // 2. Let cooked be ? ToObject(template).
    JSObject* cooked = TRY(ToObject(vm, call.argument(0)));
    // 3. Let literals be ? ToObject(? Get(cooked, "raw")).
    JSObject* literals = TRY(ToObject(vm, TRY(cooked->get(vm, vm.names().raw))));
    // 4. Let literalCount be ? LengthOfArrayLike(literals).
    std::uint64_t literal_count = TRY(LengthOfArrayLike(vm, literals));
    if (literal_count == 0) return Value(vm.atoms().empty_string());
    StringBuilder result;
    for (std::uint64_t next_index = 0;; ++next_index) {
        PropertyKey key = next_index <= 0xFFFFFFFEull
                              ? PropertyKey::from_index(static_cast<std::uint32_t>(next_index))
                              : PropertyKey::from_string(vm, NumberToString(vm, static_cast<double>(next_index)));
        JSString* next_literal = TRY(ToString(vm, TRY(literals->get(vm, key))));
        if (!result.append(next_literal)) return throw_string_length_error(vm);
        if (next_index + 1 == literal_count) break;
        if (next_index < substitution_count) {
            JSString* next_substitution = TRY(ToString(vm, call.arguments[next_index + 1]));
            if (!result.append(next_substitution)) return throw_string_length_error(vm);
        }
    }
    return Value(result.build(vm));
}

} // namespace

void initialize_string_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor = make_constructor(vm, realm, "String", string_constructor, 1,
                                                   realm.intrinsic(Intrinsic::StringPrototype),
                                                   Intrinsic::StringConstructor);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "fromCharCode"),
                                        string_from_char_code, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "fromCodePoint"),
                                        string_from_code_point, 1);
    constructor->define_native_function(vm, realm, vm.names().raw, string_raw, 1);
    define_global_property(vm, realm, "String", constructor);
}

} // namespace yjs
