// %Object.prototype% (20.1.3) and its Annex B members (B.2.2: __proto__, __defineGetter__, ...).
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/proxy_object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// Object.prototype.hasOwnProperty ( V )
ThrowCompletionOr<Value> object_prototype_has_own_property(VM& vm, const NativeCallInfo& call) {
    // 1. Let P be ? ToPropertyKey(V).
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(0)));
    // 2. Let O be ? ToObject(this value).
    JSObject* object = TRY(ToObject(vm, call.this_value));
    return Value::boolean(TRY(object->has_own_property(vm, key)));
}

// Object.prototype.isPrototypeOf ( V )
ThrowCompletionOr<Value> object_prototype_is_prototype_of(VM& vm, const NativeCallInfo& call) {
    Value value = call.argument(0);
    // 1. If V is not an Object, return false.
    if (!value.is_object()) return Value::boolean(false);
    // 2. Let O be ? ToObject(this value).
    JSObject* object = TRY(ToObject(vm, call.this_value));
    JSObject* current = value.as_object();
    while (true) {
        current = TRY(current->internal_get_prototype_of(vm));
        if (!current) return Value::boolean(false);
        if (current == object) return Value::boolean(true);
    }
}

// Object.prototype.propertyIsEnumerable ( V )
ThrowCompletionOr<Value> object_prototype_property_is_enumerable(VM& vm, const NativeCallInfo& call) {
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(0)));
    JSObject* object = TRY(ToObject(vm, call.this_value));
    auto desc = TRY(object->internal_get_own_property(vm, key));
    return Value::boolean(desc && *desc->enumerable);
}

// Object.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
ThrowCompletionOr<Value> object_prototype_to_locale_string(VM& vm, const NativeCallInfo& call) {
    // 2. Return ? Invoke(O, "toString").
    return Invoke(vm, call.this_value, vm.names().toString);
}

// Object.prototype.toString ( )
ThrowCompletionOr<Value> object_prototype_to_string(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(ObjectPrototypeToString(vm, call.this_value)));
}

// Object.prototype.valueOf ( )
ThrowCompletionOr<Value> object_prototype_value_of(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(ToObject(vm, call.this_value)));
}

// get Object.prototype.__proto__
ThrowCompletionOr<Value> object_prototype_get_proto(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    JSObject* prototype = TRY(object->internal_get_prototype_of(vm));
    return prototype ? Value(prototype) : Value::null();
}

// set Object.prototype.__proto__
ThrowCompletionOr<Value> object_prototype_set_proto(VM& vm, const NativeCallInfo& call) {
    // 1. Let O be ? RequireObjectCoercible(this value).
    TRY(RequireObjectCoercible(vm, call.this_value));
    Value prototype = call.argument(0);
    // 2. If proto is not an Object and proto is not null, return undefined.
    if (!prototype.is_object() && !prototype.is_null()) return Value::undefined();
    // 3. If O is not an Object, return undefined.
    if (!call.this_value.is_object()) return Value::undefined();
    bool status = TRY(call.this_value.as_object()->internal_set_prototype_of(
        vm, prototype.is_null() ? nullptr : prototype.as_object()));
    if (!status) {
        if (call.this_value.as_object()->is_proxy()) return throw_proxy_trap_falsish(vm, "setPrototypeOf");
        return vm.throw_type_error("Object.prototype.__proto__ setter failed: cannot set the prototype");
    }
    return Value::undefined();
}

// Object.prototype.__defineGetter__ ( P, getter ) and __defineSetter__ ( P, setter )
ThrowCompletionOr<Value> define_accessor(VM& vm, const NativeCallInfo& call, bool is_getter) {
    // 1. Let O be ? ToObject(this value).
    JSObject* object = TRY(ToObject(vm, call.this_value));
    Value function = call.argument(1);
    // 2. If IsCallable(getter) is false, throw a TypeError exception.
    if (!IsCallable(function))
        return vm.throw_type_error(std::string("Object.prototype.") +
                                   (is_getter ? "__defineGetter__" : "__defineSetter__") +
                                   ": Expecting function");
    // 3. Let desc be PropertyDescriptor { [[Get]]/[[Set]]: function, [[Enumerable]]: true, [[Configurable]]:
    // true }.
    PropertyDescriptor desc;
    if (is_getter)
        desc.get = function.as_object();
    else
        desc.set = function.as_object();
    desc.enumerable = true;
    desc.configurable = true;
    // 4. Let key be ? ToPropertyKey(P).
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(0)));
    TRY(object->define_property_or_throw(vm, key, desc));
    return Value::undefined();
}
ThrowCompletionOr<Value> object_prototype_define_getter(VM& vm, const NativeCallInfo& call) {
    return define_accessor(vm, call, true);
}
ThrowCompletionOr<Value> object_prototype_define_setter(VM& vm, const NativeCallInfo& call) {
    return define_accessor(vm, call, false);
}

// Object.prototype.__lookupGetter__ ( P ) and __lookupSetter__ ( P )
ThrowCompletionOr<Value> lookup_accessor(VM& vm, const NativeCallInfo& call, bool is_getter) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(0)));
    while (object) {
        auto desc = TRY(object->internal_get_own_property(vm, key));
        if (desc) {
            if (!desc->is_accessor_descriptor()) return Value::undefined();
            JSObject* function = is_getter ? *desc->get : *desc->set;
            return function ? Value(function) : Value::undefined();
        }
        object = TRY(object->internal_get_prototype_of(vm));
    }
    return Value::undefined();
}
ThrowCompletionOr<Value> object_prototype_lookup_getter(VM& vm, const NativeCallInfo& call) {
    return lookup_accessor(vm, call, true);
}
ThrowCompletionOr<Value> object_prototype_lookup_setter(VM& vm, const NativeCallInfo& call) {
    return lookup_accessor(vm, call, false);
}

} // namespace

void initialize_object_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = realm.intrinsic(Intrinsic::ObjectPrototype);
    struct Method {
        const char* name;
        NativeFunctionPointer function;
        std::uint32_t length;
    };
    static constexpr Method kMethods[] = {
        {"hasOwnProperty", object_prototype_has_own_property, 1},
        {"isPrototypeOf", object_prototype_is_prototype_of, 1},
        {"propertyIsEnumerable", object_prototype_property_is_enumerable, 1},
        {"toLocaleString", object_prototype_to_locale_string, 0},
        {"toString", object_prototype_to_string, 0},
        {"valueOf", object_prototype_value_of, 0},
        {"__defineGetter__", object_prototype_define_getter, 2},
        {"__defineSetter__", object_prototype_define_setter, 2},
        {"__lookupGetter__", object_prototype_lookup_getter, 1},
        {"__lookupSetter__", object_prototype_lookup_setter, 1},
    };
    for (const Method& method : kMethods)
        prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, method.name),
                                          method.function, method.length);
    prototype->define_native_accessor(vm, realm, vm.names().proto, object_prototype_get_proto,
                                      object_prototype_set_proto, kConfigurable);
}

} // namespace yjs
