// The Reflect object (28.1).
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

#include <string>

namespace yjs {

namespace {

ThrowCompletionOr<JSObject*> require_target(VM& vm, Value target, const char* method) {
    if (!target.is_object())
        return vm.throw_type_error(std::string("Reflect.") + method + " called on non-object");
    return target.as_object();
}

// Reflect.apply ( target, thisArgument, argumentsList )
ThrowCompletionOr<Value> reflect_apply(VM& vm, const NativeCallInfo& call) {
    Value target = call.argument(0);
    if (!IsCallable(target))
        return vm.throw_type_error("Function.prototype.apply was called on " + describe_value(target) +
                                   ", which is not a function");
    MarkedValueVector arguments = TRY(CreateListFromArrayLike(vm, call.argument(2)));
    return Call(vm, target, call.argument(1), arguments.span());
}

// Reflect.construct ( target, argumentsList [ , newTarget ] )
ThrowCompletionOr<Value> reflect_construct(VM& vm, const NativeCallInfo& call) {
    Value target = call.argument(0);
    // 1. If IsConstructor(target) is false, throw a TypeError exception.
    if (!IsConstructor(target)) return vm.throw_type_error(describe_value(target) + " is not a constructor");
    // 2-3. newTarget defaults to target and must be a constructor.
    Value new_target = call.argument_count() > 2 ? call.arguments[2] : target;
    if (!IsConstructor(new_target))
        return vm.throw_type_error(describe_value(new_target) + " is not a constructor");
    // 4. Let args be ? CreateListFromArrayLike(argumentsList).
    MarkedValueVector arguments = TRY(CreateListFromArrayLike(vm, call.argument(1)));
    return Value(TRY(Construct(vm, target.as_object(), arguments.span(), new_target.as_object())));
}

// Reflect.defineProperty ( target, propertyKey, attributes )
ThrowCompletionOr<Value> reflect_define_property(VM& vm, const NativeCallInfo& call) {
    JSObject* target = TRY(require_target(vm, call.argument(0), "defineProperty"));
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(1)));
    PropertyDescriptor desc = TRY(ToPropertyDescriptor(vm, call.argument(2)));
    return Value::boolean(TRY(target->internal_define_own_property(vm, key, desc)));
}

// Reflect.deleteProperty ( target, propertyKey )
ThrowCompletionOr<Value> reflect_delete_property(VM& vm, const NativeCallInfo& call) {
    JSObject* target = TRY(require_target(vm, call.argument(0), "deleteProperty"));
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(1)));
    return Value::boolean(TRY(target->internal_delete(vm, key)));
}

// Reflect.get ( target, propertyKey [ , receiver ] )
ThrowCompletionOr<Value> reflect_get(VM& vm, const NativeCallInfo& call) {
    JSObject* target = TRY(require_target(vm, call.argument(0), "get"));
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(1)));
    Value receiver = call.argument_count() > 2 ? call.arguments[2] : Value(target);
    return target->internal_get(vm, key, receiver);
}

// Reflect.getOwnPropertyDescriptor ( target, propertyKey )
ThrowCompletionOr<Value> reflect_get_own_property_descriptor(VM& vm, const NativeCallInfo& call) {
    JSObject* target = TRY(require_target(vm, call.argument(0), "getOwnPropertyDescriptor"));
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(1)));
    auto desc = TRY(target->internal_get_own_property(vm, key));
    return FromPropertyDescriptor(vm, desc);
}

// Reflect.getPrototypeOf ( target )
ThrowCompletionOr<Value> reflect_get_prototype_of(VM& vm, const NativeCallInfo& call) {
    JSObject* target = TRY(require_target(vm, call.argument(0), "getPrototypeOf"));
    JSObject* prototype = TRY(target->internal_get_prototype_of(vm));
    return prototype ? Value(prototype) : Value::null();
}

// Reflect.has ( target, propertyKey )
ThrowCompletionOr<Value> reflect_has(VM& vm, const NativeCallInfo& call) {
    JSObject* target = TRY(require_target(vm, call.argument(0), "has"));
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(1)));
    return Value::boolean(TRY(target->internal_has_property(vm, key)));
}

// Reflect.isExtensible ( target )
ThrowCompletionOr<Value> reflect_is_extensible(VM& vm, const NativeCallInfo& call) {
    JSObject* target = TRY(require_target(vm, call.argument(0), "isExtensible"));
    return Value::boolean(TRY(target->internal_is_extensible(vm)));
}

// Reflect.ownKeys ( target )
ThrowCompletionOr<Value> reflect_own_keys(VM& vm, const NativeCallInfo& call) {
    JSObject* target = TRY(require_target(vm, call.argument(0), "ownKeys"));
    MarkedKeyVector keys(vm.heap());
    TRY(target->internal_own_property_keys(vm, keys));
    MarkedValueVector values(vm.heap());
    values.reserve(keys.size());
    for (PropertyKey key : keys)
        values.push_back(key.to_value(vm));
    return Value(CreateArrayFromList(vm, values.span()));
}

// Reflect.preventExtensions ( target )
ThrowCompletionOr<Value> reflect_prevent_extensions(VM& vm, const NativeCallInfo& call) {
    JSObject* target = TRY(require_target(vm, call.argument(0), "preventExtensions"));
    return Value::boolean(TRY(target->internal_prevent_extensions(vm)));
}

// Reflect.set ( target, propertyKey, V [ , receiver ] )
ThrowCompletionOr<Value> reflect_set(VM& vm, const NativeCallInfo& call) {
    JSObject* target = TRY(require_target(vm, call.argument(0), "set"));
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(1)));
    Value receiver = call.argument_count() > 3 ? call.arguments[3] : Value(target);
    return Value::boolean(TRY(target->internal_set(vm, key, call.argument(2), receiver)));
}

// Reflect.setPrototypeOf ( target, proto )
ThrowCompletionOr<Value> reflect_set_prototype_of(VM& vm, const NativeCallInfo& call) {
    JSObject* target = TRY(require_target(vm, call.argument(0), "setPrototypeOf"));
    Value prototype = call.argument(1);
    if (!prototype.is_object() && !prototype.is_null())
        return vm.throw_type_error("Object prototype may only be an Object or null: " +
                                   describe_value(prototype));
    return Value::boolean(
        TRY(target->internal_set_prototype_of(vm, prototype.is_null() ? nullptr : prototype.as_object())));
}

} // namespace

void initialize_reflect(VM& vm, Realm& realm) {
    JSObject* reflect = make_intrinsic_object(vm, realm, Intrinsic::ReflectObject);
    struct Method {
        const char* name;
        NativeFunctionPointer function;
        std::uint32_t length;
    };
    static constexpr Method kMethods[] = {
        {"apply", reflect_apply, 3},
        {"construct", reflect_construct, 2},
        {"defineProperty", reflect_define_property, 3},
        {"deleteProperty", reflect_delete_property, 2},
        {"get", reflect_get, 2},
        {"getOwnPropertyDescriptor", reflect_get_own_property_descriptor, 2},
        {"getPrototypeOf", reflect_get_prototype_of, 1},
        {"has", reflect_has, 2},
        {"isExtensible", reflect_is_extensible, 1},
        {"ownKeys", reflect_own_keys, 1},
        {"preventExtensions", reflect_prevent_extensions, 1},
        {"set", reflect_set, 3},
        {"setPrototypeOf", reflect_set_prototype_of, 2},
    };
    for (const Method& method : kMethods)
        reflect->define_native_function(vm, realm, PropertyKey::from_ascii(vm, method.name), method.function,
                                        method.length);
    define_to_string_tag(vm, reflect, "Reflect");
    define_global_property(vm, realm, "Reflect", reflect);
}

} // namespace yjs
