// The BigInt constructor and its properties (21.2.1, 21.2.2).
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/bigint.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// BigInt ( value )
ThrowCompletionOr<Value> bigint_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is not undefined, throw a TypeError exception.
    if (call.new_target) return vm.throw_type_error("BigInt is not a constructor");
    // 2. Let prim be ? ToPrimitive(value, number).
    Value prim = TRY(ToPrimitive(vm, call.argument(0), PreferredType::Number));
    // 3. If prim is a Number, return ? NumberToBigInt(prim).
    if (prim.is_number()) return Value(TRY(NumberToBigInt(vm, prim.as_number())));
    // 4. Otherwise, return ? ToBigInt(prim).
    return Value(TRY(ToBigInt(vm, prim)));
}

// BigInt.asIntN ( bits, bigint )
ThrowCompletionOr<Value> bigint_as_int_n(VM& vm, const NativeCallInfo& call) {
    double bits = TRY(ToIndex(vm, call.argument(0)));
    BigInt* bigint = TRY(ToBigInt(vm, call.argument(1)));
    return Value(TRY(BigInt::as_int_n(vm, static_cast<std::uint64_t>(bits), bigint)));
}

// BigInt.asUintN ( bits, bigint )
ThrowCompletionOr<Value> bigint_as_uint_n(VM& vm, const NativeCallInfo& call) {
    double bits = TRY(ToIndex(vm, call.argument(0)));
    BigInt* bigint = TRY(ToBigInt(vm, call.argument(1)));
    return Value(TRY(BigInt::as_uint_n(vm, static_cast<std::uint64_t>(bits), bigint)));
}

} // namespace

void initialize_bigint_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor =
        make_constructor(vm, realm, "BigInt", bigint_constructor, 1,
                         realm.intrinsic(Intrinsic::BigIntPrototype), Intrinsic::BigIntConstructor);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "asIntN"), bigint_as_int_n, 2);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "asUintN"), bigint_as_uint_n,
                                        2);
    define_global_property(vm, realm, "BigInt", constructor);
}

} // namespace yjs
