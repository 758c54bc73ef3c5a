// The Number constructor and its properties (21.1.1, 21.1.2).
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/bigint.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/vm.h"

#include <cmath>
#include <limits>

namespace yjs {

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1

// Number ( value )
ThrowCompletionOr<Value> number_constructor(VM& vm, const NativeCallInfo& call) {
    double n = 0;
    // 1. If value is present, let prim be ? ToNumeric(value) and n the Number value of prim.
    if (call.argument_count() > 0) {
        Value prim = TRY(ToNumeric(vm, call.argument(0)));
        // 1.b. If prim is a BigInt, let n be 𝔽(ℝ(prim)).
        n = prim.is_bigint() ? prim.as_bigint()->to_double() : prim.as_number();
    }
    // 3. If NewTarget is undefined, return n.
    if (!call.new_target) return Value(n);
    // 4. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Number.prototype%", « [[NumberData]] »).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::NumberPrototype));
    return Value(PrimitiveWrapper::create(vm, Value(n), prototype));
}

// Number.isFinite ( number )
ThrowCompletionOr<Value> number_is_finite(VM&, const NativeCallInfo& call) {
    Value number = call.argument(0);
    return Value::boolean(number.is_number() && std::isfinite(number.as_number()));
}

// Number.isInteger ( number )
ThrowCompletionOr<Value> number_is_integer(VM&, const NativeCallInfo& call) {
    return Value::boolean(IsIntegralNumber(call.argument(0)));
}

// Number.isNaN ( number )
ThrowCompletionOr<Value> number_is_nan(VM&, const NativeCallInfo& call) {
    Value number = call.argument(0);
    return Value::boolean(number.is_number() && std::isnan(number.as_number()));
}

// Number.isSafeInteger ( number )
ThrowCompletionOr<Value> number_is_safe_integer(VM&, const NativeCallInfo& call) {
    Value number = call.argument(0);
    return Value::boolean(IsIntegralNumber(number) && std::fabs(number.as_number()) <= kMaxSafeInteger);
}

} // namespace

void initialize_number_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor = make_constructor(vm, realm, "Number", number_constructor, 1,
                                                   realm.intrinsic(Intrinsic::NumberPrototype),
                                                   Intrinsic::NumberConstructor);
    struct Constant {
        const char* name;
        double value;
    };
    const Constant constants[] = {
        {"EPSILON", std::numeric_limits<double>::epsilon()},
        {"MAX_SAFE_INTEGER", kMaxSafeInteger},
        {"MAX_VALUE", std::numeric_limits<double>::max()},
        {"MIN_SAFE_INTEGER", -kMaxSafeInteger},
        {"MIN_VALUE", std::numeric_limits<double>::denorm_min()},
        {"NaN", std::numeric_limits<double>::quiet_NaN()},
        {"NEGATIVE_INFINITY", -std::numeric_limits<double>::infinity()},
        {"POSITIVE_INFINITY", std::numeric_limits<double>::infinity()},
    };
    for (const Constant& constant : constants)
        constructor->define_direct_property(vm, PropertyKey::from_ascii(vm, constant.name), Value(constant.value), 0);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "isFinite"), number_is_finite, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "isInteger"), number_is_integer, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "isNaN"), number_is_nan, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "isSafeInteger"),
                                        number_is_safe_integer, 1);
    // Number.parseFloat and Number.parseInt are the global functions themselves (initialize_global_functions
    // runs first).
    JSObject* global = realm.global_object();
    for (const char* name : {"parseFloat", "parseInt"}) {
        PropertyKey key = PropertyKey::from_ascii(vm, name);
        auto function = global->lookup_own_storage(key);
        constructor->define_direct_property(vm, key, function ? function->value : Value::undefined(),
                                            kBuiltinAttributes);
    }
    define_global_property(vm, realm, "Number", constructor);
}

} // namespace yjs
