// %Number.prototype% (21.1.3).
#include "builtins/builtins.h"
#include "builtins/number_format.h"
#include "runtime/abstract_ops.h"
#include "runtime/number_conversion.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <unicode/unum.h>

#include <cmath>
#include <memory>
#include <string>

namespace yjs {

UNumberFormat* en_us_number_format() {
    struct Closer {
        void operator()(UNumberFormat* format) const { unum_close(format); }
    };
    thread_local std::unique_ptr<UNumberFormat, Closer> format = [] {
        UErrorCode status = U_ZERO_ERROR;
        UNumberFormat* f = unum_open(UNUM_DECIMAL, nullptr, 0, "en_US", nullptr, &status);
        if (U_FAILURE(status)) return std::unique_ptr<UNumberFormat, Closer>();
        unum_setAttribute(f, UNUM_MAX_FRACTION_DIGITS, 3);
        return std::unique_ptr<UNumberFormat, Closer>(f);
    }();
    return format.get();
}

namespace {

// ThisNumberValue ( value )
ThrowCompletionOr<double> ThisNumberValue(VM& vm, Value value, const char* method) {
    if (value.is_number()) return value.as_number();
    if (auto* wrapper = as_if<PrimitiveWrapper>(value); wrapper && wrapper->primitive_value().is_number())
        return wrapper->primitive_value().as_number();
    return vm.throw_type_error(std::string("Number.prototype.") + method + " requires that 'this' be a Number");
}

// Number.prototype.toExponential ( fractionDigits )
ThrowCompletionOr<Value> number_to_exponential(VM& vm, const NativeCallInfo& call) {
    double x = TRY(ThisNumberValue(vm, call.this_value, "toExponential"));
    // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
    double f = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    // 4. If x is not finite, return Number::toString(x, 10).
    if (!std::isfinite(x)) return Value(JSString::from_ascii(vm, NumberToString(x)));
    // 5. If f < 0 or f > 100, throw a RangeError exception.
    if (f < 0 || f > 100) return vm.throw_range_error("toExponential() argument must be between 0 and 100");
    std::optional<int> digits;
    if (!call.argument(0).is_undefined()) digits = static_cast<int>(f);
    return Value(JSString::from_ascii(vm, NumberToExponential(x, digits)));
}

// Number.prototype.toFixed ( fractionDigits )
ThrowCompletionOr<Value> number_to_fixed(VM& vm, const NativeCallInfo& call) {
    double x = TRY(ThisNumberValue(vm, call.this_value, "toFixed"));
    double f = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    // 4-5. If f is not finite or not in [0, 100], throw a RangeError exception.
    if (!std::isfinite(f) || f < 0 || f > 100)
        return vm.throw_range_error("toFixed() digits argument must be between 0 and 100");
    return Value(JSString::from_ascii(vm, NumberToFixed(x, static_cast<int>(f))));
}


// Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ): en-US formatting.
ThrowCompletionOr<Value> number_to_locale_string(VM& vm, const NativeCallInfo& call) {
    double x = TRY(ThisNumberValue(vm, call.this_value, "toLocaleString"));
    if (std::isnan(x)) return Value(JSString::from_ascii(vm, "NaN"));
    UNumberFormat* format = en_us_number_format();
    if (!format) return Value(JSString::from_ascii(vm, NumberToString(x)));
    UChar buffer[512];
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = unum_formatDouble(format, x, buffer, 512, nullptr, &status);
    if (U_FAILURE(status)) return Value(JSString::from_ascii(vm, NumberToString(x)));
    return Value(JSString::create(vm, std::u16string_view(reinterpret_cast<const char16_t*>(buffer),
                                                          static_cast<std::size_t>(length))));
}

// Number.prototype.toPrecision ( precision )
ThrowCompletionOr<Value> number_to_precision(VM& vm, const NativeCallInfo& call) {
    double x = TRY(ThisNumberValue(vm, call.this_value, "toPrecision"));
    // 2. If precision is undefined, return ! ToString(x).
    if (call.argument(0).is_undefined()) return Value(NumberToString(vm, x));
    double p = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    if (!std::isfinite(x)) return Value(JSString::from_ascii(vm, NumberToString(x)));
    if (p < 1 || p > 100) return vm.throw_range_error("toPrecision() argument must be between 1 and 100");
    return Value(JSString::from_ascii(vm, NumberToPrecision(x, static_cast<int>(p))));
}

// Number.prototype.toString ( [ radix ] )
ThrowCompletionOr<Value> number_to_string(VM& vm, const NativeCallInfo& call) {
    double x = TRY(ThisNumberValue(vm, call.this_value, "toString"));
    double radix = call.argument(0).is_undefined() ? 10 : TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    if (radix < 2 || radix > 36) return vm.throw_range_error("toString() radix must be between 2 and 36");
    if (radix == 10) return Value(NumberToString(vm, x));
    return Value(JSString::from_ascii(vm, NumberToString(x, static_cast<int>(radix))));
}

// Number.prototype.valueOf ( )
ThrowCompletionOr<Value> number_value_of(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(ThisNumberValue(vm, call.this_value, "valueOf")));
}

} // namespace

void initialize_number_prototype(VM& vm, Realm& realm) {
    // %Number.prototype% is itself a Number object whose [[NumberData]] is +0𝔽.
    JSObject* prototype = PrimitiveWrapper::create(vm, Value(0.0), realm.intrinsic(Intrinsic::ObjectPrototype));
    realm.set_intrinsic(Intrinsic::NumberPrototype, prototype);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "toExponential"),
                                      number_to_exponential, 1);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "toFixed"), number_to_fixed, 1);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "toLocaleString"),
                                      number_to_locale_string, 0);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "toPrecision"), number_to_precision, 1);
    prototype->define_native_function(vm, realm, vm.names().toString, number_to_string, 1);
    prototype->define_native_function(vm, realm, vm.names().valueOf, number_value_of, 0);
}

} // namespace yjs
