// %BigInt.prototype% (21.2.3).
#include "builtins/builtins.h"
#include "builtins/number_format.h"
#include "runtime/abstract_ops.h"
#include "runtime/bigint.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <unicode/unum.h>

#include <cmath>
#include <string>
#include <vector>

namespace yjs {

namespace {

// ThisBigIntValue ( value )
ThrowCompletionOr<BigInt*> ThisBigIntValue(VM& vm, Value value, const char* method) {
    if (value.is_bigint()) return value.as_bigint();
    if (auto* wrapper = as_if<PrimitiveWrapper>(value); wrapper && wrapper->primitive_value().is_bigint())
        return wrapper->primitive_value().as_bigint();
    return vm.throw_type_error(std::string("BigInt.prototype.") + method +
                               " requires that 'this' be a BigInt");
}

// BigInt.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ): en-US formatting.
ThrowCompletionOr<Value> bigint_to_locale_string(VM& vm, const NativeCallInfo& call) {
    BigInt* x = TRY(ThisBigIntValue(vm, call.this_value, "toLocaleString"));
    JSString* digits = TRY(BigInt::toString(vm, x));
    UNumberFormat* format = en_us_number_format();
    if (!format) return Value(digits);
    std::string decimal = digits->to_utf8();
    // Room for the digits, a group separator per three of them and the sign.
    std::vector<UChar> buffer(decimal.size() + decimal.size() / 3 + 8);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = unum_formatDecimal(format, decimal.data(), static_cast<int32_t>(decimal.size()),
                                        buffer.data(), static_cast<int32_t>(buffer.size()), nullptr, &status);
    if (U_FAILURE(status)) return Value(digits);
    return Value(JSString::create(vm, std::u16string_view(reinterpret_cast<const char16_t*>(buffer.data()),
                                                          static_cast<std::size_t>(length))));
}

// BigInt.prototype.toString ( [ radix ] )
ThrowCompletionOr<Value> bigint_to_string(VM& vm, const NativeCallInfo& call) {
    // 1. Let x be ? ThisBigIntValue(this value).
    BigInt* x = TRY(ThisBigIntValue(vm, call.this_value, "toString"));
    // 2-4. Let radixMV be ? ToIntegerOrInfinity(radix) (10 if undefined); it must be in [2, 36].
    double radix = call.argument(0).is_undefined() ? 10 : TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    if (radix < 2 || radix > 36)
        return vm.throw_range_error("toString() radix argument must be between 2 and 36");
    // 5. Return BigInt::toString(x, radixMV).
    return Value(TRY(BigInt::toString(vm, x, static_cast<int>(radix))));
}

// BigInt.prototype.valueOf ( )
ThrowCompletionOr<Value> bigint_value_of(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(ThisBigIntValue(vm, call.this_value, "valueOf")));
}

} // namespace

void initialize_bigint_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::BigIntPrototype);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "toLocaleString"),
                                      bigint_to_locale_string, 0);
    prototype->define_native_function(vm, realm, vm.names().toString, bigint_to_string, 0);
    prototype->define_native_function(vm, realm, vm.names().valueOf, bigint_value_of, 0);
    define_to_string_tag(vm, prototype, "BigInt");
}

} // namespace yjs
