// The Boolean constructor and %Boolean.prototype% (20.3).
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

#include <string>

namespace yjs {

namespace {

// Boolean ( value )
ThrowCompletionOr<Value> boolean_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. Let b be ToBoolean(value).
    Value b = Value::boolean(ToBoolean(call.argument(0)));
    // 2. If NewTarget is undefined, return b.
    if (!call.new_target) return b;
    // 3. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Boolean.prototype%", « [[BooleanData]] »).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::BooleanPrototype));
    return Value(PrimitiveWrapper::create(vm, b, prototype));
}

// ThisBooleanValue ( value )
ThrowCompletionOr<bool> ThisBooleanValue(VM& vm, Value value, const char* method) {
    if (value.is_boolean()) return value.as_boolean();
    if (auto* wrapper = as_if<PrimitiveWrapper>(value); wrapper && wrapper->primitive_value().is_boolean())
        return wrapper->primitive_value().as_boolean();
    return vm.throw_type_error(std::string(method) + " requires that 'this' be a Boolean");
}

// Boolean.prototype.toString ( )
ThrowCompletionOr<Value> boolean_prototype_to_string(VM& vm, const NativeCallInfo& call) {
    bool b = TRY(ThisBooleanValue(vm, call.this_value, "Boolean.prototype.toString"));
    return b ? vm.names().true_.to_value(vm) : vm.names().false_.to_value(vm);
}

// Boolean.prototype.valueOf ( )
ThrowCompletionOr<Value> boolean_prototype_value_of(VM& vm, const NativeCallInfo& call) {
    return Value::boolean(TRY(ThisBooleanValue(vm, call.this_value, "Boolean.prototype.valueOf")));
}

} // namespace

void initialize_boolean(VM& vm, Realm& realm) {
    // %Boolean.prototype% is itself a Boolean object whose [[BooleanData]] is false.
    JSObject* prototype =
        PrimitiveWrapper::create(vm, Value::boolean(false), realm.intrinsic(Intrinsic::ObjectPrototype));
    realm.set_intrinsic(Intrinsic::BooleanPrototype, prototype);
    prototype->define_native_function(vm, realm, vm.names().toString, boolean_prototype_to_string, 0);
    prototype->define_native_function(vm, realm, vm.names().valueOf, boolean_prototype_value_of, 0);
    NativeFunction* constructor = make_constructor(vm, realm, "Boolean", boolean_constructor, 1, prototype,
                                                   Intrinsic::BooleanConstructor);
    define_global_property(vm, realm, "Boolean", constructor);
}

} // namespace yjs
