// Proxy exotic objects (ECMA-262 10.5): the internal methods with their trap calls and invariant checks.
#include "runtime/proxy_object.h"

#include "runtime/abstract_ops.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <string>
#include <unordered_set>

namespace yjs {

namespace {

// The handler and target of a non-revoked proxy, and its trap (undefined when the handler has none).
struct Trap {
    JSObject* target;
    JSObject* handler;
    Value function;
};

// A value as V8 quotes it in invariant messages ('1', 'foo', '#<Object>').
std::string quoted(Value value) {
    return "'" + (value.is_string() ? value.as_string()->to_utf8() : describe_value(value)) + "'";
}

// Steps 1-5 of every internal method: ValidateNonRevokedProxy, then GetMethod(handler, trap name). The
// target and handler are read before the trap lookup, which may revoke the proxy.
ThrowCompletionOr<Trap> get_trap(VM& vm, const ProxyObject& proxy, PropertyKey name, const char* operation) {
    TRY(vm.check_native_stack());
    JSObject* target = proxy.proxy_target();
    if (!target)
        return vm.throw_type_error(std::string("Cannot perform '") + operation +
                                   "' on a proxy that has been revoked");
    JSObject* handler = proxy.handler();
    // GetMethod(handler, name), with V8's message for a trap that is not callable.
    Value trap = TRY(handler->get(vm, name));
    if (trap.is_nullish()) return Trap{target, handler, Value::undefined()};
    if (!IsCallable(trap))
        return vm.throw_type_error(quoted(trap) + " returned for property " + describe_key(name) +
                                   " of object " + quoted(Value(handler)) + " is not a function");
    return Trap{target, handler, trap};
}

ThrowCompletion invariant_error(VM& vm, const char* operation, const std::string& detail) {
    return vm.throw_type_error(std::string("'") + operation + "' on proxy: " + detail);
}

} // namespace

ThrowCompletion throw_proxy_trap_falsish(VM& vm, const char* trap, PropertyKey key) {
    return invariant_error(vm, trap,
                           key.is_valid() ? "trap returned falsish for property " + describe_key(key)
                                          : std::string("trap returned falsish"));
}

ThrowCompletionOr<ProxyObject*> ProxyObject::create(VM& vm, Value target, Value handler) {
    // 1-2. If target or handler is not an Object, throw a TypeError exception.
    if (!target.is_object() || !handler.is_object())
        return vm.throw_type_error("Cannot create proxy with a non-object as target or handler");
    // The proxy's shape is a dictionary of its own: no inline cache can hold it.
    Shape* shape = Shape::create_root(vm, nullptr)->to_dictionary(vm);
    return vm.heap().allocate<ProxyObject>(shape, target.as_object(), handler.as_object());
}

ProxyObject::ProxyObject(Shape* shape, JSObject* target, JSObject* handler)
    : JSObject(shape), target_(target), handler_(handler), callable_(target->is_callable()),
      constructor_(target->is_constructor()) {}

void ProxyObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(target_);
    visitor.visit(handler_);
}

// 10.5.1 [[GetPrototypeOf]] ( )
ThrowCompletionOr<JSObject*> ProxyObject::internal_get_prototype_of(VM& vm) {
    const char* operation = "getPrototypeOf";
    Trap trap = TRY(get_trap(vm, *this, vm.names().getPrototypeOf, operation));
    if (trap.function.is_undefined()) return trap.target->internal_get_prototype_of(vm);
    Value target_value(trap.target);
    Value handler_proto =
        TRY(Call(vm, trap.function, Value(trap.handler), std::span<const Value>(&target_value, 1)));
    // 8. If handlerProto is not an Object and handlerProto is not null, throw a TypeError exception.
    if (!handler_proto.is_object() && !handler_proto.is_null())
        return invariant_error(vm, operation, "trap returned neither object nor null");
    JSObject* result = handler_proto.is_null() ? nullptr : handler_proto.as_object();
    // 9-10. A non-extensible target pins its prototype.
    if (TRY(trap.target->internal_is_extensible(vm))) return result;
    JSObject* target_proto = TRY(trap.target->internal_get_prototype_of(vm));
    if (result != target_proto)
        return invariant_error(
            vm, operation, "proxy target is non-extensible but the trap did not return its actual prototype");
    return result;
}

// 10.5.2 [[SetPrototypeOf]] ( V )
ThrowCompletionOr<bool> ProxyObject::internal_set_prototype_of(VM& vm, JSObject* prototype) {
    const char* operation = "setPrototypeOf";
    Trap trap = TRY(get_trap(vm, *this, vm.names().setPrototypeOf, operation));
    if (trap.function.is_undefined()) return trap.target->internal_set_prototype_of(vm, prototype);
    Value arguments[] = {Value(trap.target), prototype ? Value(prototype) : Value::null()};
    if (!ToBoolean(TRY(Call(vm, trap.function, Value(trap.handler), arguments)))) return false;
    // 10-13. A non-extensible target must already have V as its prototype.
    if (TRY(trap.target->internal_is_extensible(vm))) return true;
    JSObject* target_proto = TRY(trap.target->internal_get_prototype_of(vm));
    if (prototype != target_proto)
        return invariant_error(
            vm, operation,
            "trap returned truish for setting a new prototype on the non-extensible proxy target");
    return true;
}

// 10.5.3 [[IsExtensible]] ( )
ThrowCompletionOr<bool> ProxyObject::internal_is_extensible(VM& vm) {
    const char* operation = "isExtensible";
    Trap trap = TRY(get_trap(vm, *this, vm.names().isExtensible, operation));
    if (trap.function.is_undefined()) return trap.target->internal_is_extensible(vm);
    Value target_value(trap.target);
    bool result = ToBoolean(
        TRY(Call(vm, trap.function, Value(trap.handler), std::span<const Value>(&target_value, 1))));
    bool target_result = TRY(trap.target->internal_is_extensible(vm));
    if (result != target_result)
        return invariant_error(
            vm, operation,
            std::string("trap result does not reflect extensibility of proxy target (which is '") +
                (target_result ? "true" : "false") + "')");
    return result;
}

// 10.5.4 [[PreventExtensions]] ( )
ThrowCompletionOr<bool> ProxyObject::internal_prevent_extensions(VM& vm) {
    const char* operation = "preventExtensions";
    Trap trap = TRY(get_trap(vm, *this, vm.names().preventExtensions, operation));
    if (trap.function.is_undefined()) return trap.target->internal_prevent_extensions(vm);
    Value target_value(trap.target);
    bool result = ToBoolean(
        TRY(Call(vm, trap.function, Value(trap.handler), std::span<const Value>(&target_value, 1))));
    // 8. If booleanTrapResult is true, the target must be non-extensible now.
    if (result && TRY(trap.target->internal_is_extensible(vm)))
        return invariant_error(vm, operation, "trap returned truish but the proxy target is extensible");
    return result;
}

// 10.5.5 [[GetOwnProperty]] ( P )
ThrowCompletionOr<std::optional<PropertyDescriptor>> ProxyObject::internal_get_own_property(VM& vm,
                                                                                            PropertyKey key) {
    const char* operation = "getOwnPropertyDescriptor";
    Trap trap = TRY(get_trap(vm, *this, vm.names().getOwnPropertyDescriptor, operation));
    if (trap.function.is_undefined()) return trap.target->internal_get_own_property(vm, key);
    Value arguments[] = {Value(trap.target), key.to_value(vm)};
    Value trap_result = TRY(Call(vm, trap.function, Value(trap.handler), arguments));
    // 9. If trapResultObj is not an Object and trapResultObj is not undefined, throw a TypeError exception.
    if (!trap_result.is_object() && !trap_result.is_undefined())
        return invariant_error(
            vm, operation, "trap returned neither object nor undefined for property " + describe_key(key));
    auto target_desc = TRY(trap.target->internal_get_own_property(vm, key));
    // 11. trapResultObj is undefined: the property may only be reported missing if the target allows it.
    if (trap_result.is_undefined()) {
        if (!target_desc) return std::optional<PropertyDescriptor>();
        if (!*target_desc->configurable)
            return invariant_error(vm, operation,
                                   "trap returned undefined for property " + describe_key(key) +
                                       " which is non-configurable in the proxy target");
        if (!TRY(trap.target->internal_is_extensible(vm)))
            return invariant_error(vm, operation,
                                   "trap returned undefined for property " + describe_key(key) +
                                       " which exists in the non-extensible proxy target");
        return std::optional<PropertyDescriptor>();
    }
    // 12-15.
    bool extensible_target = TRY(trap.target->internal_is_extensible(vm));
    PropertyDescriptor result_desc = TRY(ToPropertyDescriptor(vm, trap_result));
    CompletePropertyDescriptor(result_desc);
    if (!IsCompatiblePropertyDescriptor(extensible_target, result_desc, target_desc))
        return invariant_error(vm, operation,
                               "trap returned descriptor for property " + describe_key(key) +
                                   " that is incompatible with the existing property in the proxy target");
    // 16. Non-configurability may only be reported for a non-configurable target property.
    if (!*result_desc.configurable) {
        if (!target_desc || *target_desc->configurable)
            return invariant_error(vm, operation,
                                   "trap reported non-configurability for property " + describe_key(key) +
                                       " which is either non-existent or configurable in the proxy target");
        if (result_desc.writable && !*result_desc.writable && *target_desc->writable)
            return invariant_error(vm, operation,
                                   "trap reported non-configurable and writable for property " +
                                       describe_key(key) +
                                       " which is non-configurable, non-writable in the proxy target");
    }
    return std::optional<PropertyDescriptor>(result_desc);
}

// 10.5.6 [[DefineOwnProperty]] ( P, Desc )
ThrowCompletionOr<bool> ProxyObject::internal_define_own_property(VM& vm, PropertyKey key,
                                                                  const PropertyDescriptor& desc) {
    const char* operation = "defineProperty";
    Trap trap = TRY(get_trap(vm, *this, vm.names().defineProperty, operation));
    if (trap.function.is_undefined()) return trap.target->internal_define_own_property(vm, key, desc);
    Value arguments[] = {Value(trap.target), key.to_value(vm), FromPropertyDescriptor(vm, desc)};
    if (!ToBoolean(TRY(Call(vm, trap.function, Value(trap.handler), arguments)))) return false;
    auto target_desc = TRY(trap.target->internal_get_own_property(vm, key));
    bool extensible_target = TRY(trap.target->internal_is_extensible(vm));
    bool setting_config_false = desc.configurable && !*desc.configurable;
    // 14. A new property needs an extensible target and may not be reported non-configurable.
    if (!target_desc) {
        if (!extensible_target)
            return invariant_error(vm, operation,
                                   "trap returned truish for adding property " + describe_key(key) +
                                       "  to the non-extensible proxy target");
        if (setting_config_false)
            return invariant_error(vm, operation,
                                   "trap returned truish for defining non-configurable property " +
                                       describe_key(key) +
                                       " which is either non-existent or configurable in the proxy target");
        return true;
    }
    // 15. An existing property must be compatible with Desc.
    if (!IsCompatiblePropertyDescriptor(extensible_target, desc, target_desc))
        return invariant_error(vm, operation,
                               "trap returned truish for adding property " + describe_key(key) +
                                   "  that is incompatible with the existing property in the proxy target");
    if (setting_config_false && *target_desc->configurable)
        return invariant_error(vm, operation,
                               "trap returned truish for defining non-configurable property " +
                                   describe_key(key) +
                                   " which is either non-existent or configurable in the proxy target");
    if (target_desc->is_data_descriptor() && !*target_desc->configurable && *target_desc->writable &&
        desc.writable && !*desc.writable)
        return invariant_error(vm, operation,
                               "trap returned truish for defining non-configurable property " +
                                   describe_key(key) +
                                   " which cannot be non-writable, unless there exists a corresponding "
                                   "non-configurable, non-writable own property of the target object.");
    return true;
}

// 10.5.7 [[HasProperty]] ( P )
ThrowCompletionOr<bool> ProxyObject::internal_has_property(VM& vm, PropertyKey key) {
    const char* operation = "has";
    Trap trap = TRY(get_trap(vm, *this, vm.names().has, operation));
    if (trap.function.is_undefined()) return trap.target->internal_has_property(vm, key);
    Value arguments[] = {Value(trap.target), key.to_value(vm)};
    if (ToBoolean(TRY(Call(vm, trap.function, Value(trap.handler), arguments)))) return true;
    // 9. A property reported missing must not be non-configurable, nor on a non-extensible target.
    auto target_desc = TRY(trap.target->internal_get_own_property(vm, key));
    if (target_desc) {
        if (!*target_desc->configurable)
            return invariant_error(vm, operation,
                                   "trap returned falsish for property " + describe_key(key) +
                                       " which exists in the proxy target as non-configurable");
        if (!TRY(trap.target->internal_is_extensible(vm)))
            return invariant_error(vm, operation,
                                   "trap returned falsish for property " + describe_key(key) +
                                       " but the proxy target is not extensible");
    }
    return false;
}

// 10.5.8 [[Get]] ( P, Receiver )
ThrowCompletionOr<Value> ProxyObject::internal_get(VM& vm, PropertyKey key, Value receiver) {
    const char* operation = "get";
    Trap trap = TRY(get_trap(vm, *this, vm.names().get, operation));
    // Without a trap the target answers directly (no allocation on this path).
    if (trap.function.is_undefined()) return trap.target->internal_get(vm, key, receiver);
    Value arguments[] = {Value(trap.target), key.to_value(vm), receiver};
    Value trap_result = TRY(Call(vm, trap.function, Value(trap.handler), arguments));
    // 9-10. A non-configurable target property pins the result.
    auto target_desc = TRY(trap.target->internal_get_own_property(vm, key));
    if (target_desc && !*target_desc->configurable) {
        if (target_desc->is_data_descriptor() && !*target_desc->writable &&
            !SameValue(trap_result, *target_desc->value))
            return invariant_error(
                vm, operation,
                "property " + describe_key(key) +
                    " is a read-only and non-configurable data property on the proxy target but "
                    "the proxy did not return its actual value (expected " +
                    quoted(*target_desc->value) + " but got " + quoted(trap_result) + ")");
        if (target_desc->is_accessor_descriptor() && !*target_desc->get && !trap_result.is_undefined())
            return invariant_error(
                vm, operation,
                "property " + describe_key(key) +
                    " is a non-configurable accessor property on the proxy target and does not "
                    "have a getter function, but the trap did not return 'undefined' (got " +
                    quoted(trap_result) + ")");
    }
    return trap_result;
}

// 10.5.9 [[Set]] ( P, V, Receiver )
ThrowCompletionOr<bool> ProxyObject::internal_set(VM& vm, PropertyKey key, Value value, Value receiver) {
    const char* operation = "set";
    Trap trap = TRY(get_trap(vm, *this, vm.names().set, operation));
    if (trap.function.is_undefined()) return trap.target->internal_set(vm, key, value, receiver);
    Value arguments[] = {Value(trap.target), key.to_value(vm), value, receiver};
    if (!ToBoolean(TRY(Call(vm, trap.function, Value(trap.handler), arguments)))) return false;
    // 10-11. A non-configurable target property may not appear to change.
    auto target_desc = TRY(trap.target->internal_get_own_property(vm, key));
    if (target_desc && !*target_desc->configurable) {
        if (target_desc->is_data_descriptor() && !*target_desc->writable &&
            !SameValue(value, *target_desc->value))
            return invariant_error(
                vm, operation,
                "trap returned truish for property " + describe_key(key) +
                    " which exists in the proxy target as a non-configurable and non-writable "
                    "data property with a different value");
        if (target_desc->is_accessor_descriptor() && !*target_desc->set)
            return invariant_error(
                vm, operation,
                "trap returned truish for property " + describe_key(key) +
                    " which exists in the proxy target as a non-configurable and non-writable "
                    "accessor property without a setter");
    }
    return true;
}

// 10.5.10 [[Delete]] ( P )
ThrowCompletionOr<bool> ProxyObject::internal_delete(VM& vm, PropertyKey key) {
    const char* operation = "deleteProperty";
    Trap trap = TRY(get_trap(vm, *this, vm.names().deleteProperty, operation));
    if (trap.function.is_undefined()) return trap.target->internal_delete(vm, key);
    Value arguments[] = {Value(trap.target), key.to_value(vm)};
    if (!ToBoolean(TRY(Call(vm, trap.function, Value(trap.handler), arguments)))) return false;
    // 10-13. Only a configurable property of an extensible target may be reported deleted.
    auto target_desc = TRY(trap.target->internal_get_own_property(vm, key));
    if (!target_desc) return true;
    if (!*target_desc->configurable)
        return invariant_error(vm, operation,
                               "trap returned truish for property " + describe_key(key) +
                                   " which is non-configurable in the proxy target");
    if (!TRY(trap.target->internal_is_extensible(vm)))
        return invariant_error(vm, operation,
                               "trap returned truish for property " + describe_key(key) +
                                   " but the proxy target is non-extensible");
    return true;
}

// 10.5.11 [[OwnPropertyKeys]] ( )
ThrowCompletionOr<void> ProxyObject::internal_own_property_keys(VM& vm, MarkedKeyVector& keys) {
    const char* operation = "ownKeys";
    Trap trap = TRY(get_trap(vm, *this, vm.names().ownKeys, operation));
    if (trap.function.is_undefined()) return trap.target->internal_own_property_keys(vm, keys);
    Value target_value(trap.target);
    Value trap_result_array =
        TRY(Call(vm, trap.function, Value(trap.handler), std::span<const Value>(&target_value, 1)));
    // 8. Let trapResult be ? CreateListFromArrayLike(trapResultArray, property-key).
    MarkedValueVector trap_result = TRY(CreateListFromArrayLike(vm, trap_result_array, true));
    // 9. If trapResult contains any duplicate entries, throw a TypeError exception.
    MarkedKeyVector result(vm.heap());
    result.reserve(trap_result.size());
    std::unordered_set<PropertyKey> unchecked;
    for (Value value : trap_result) {
        PropertyKey key = PropertyKey::from_value(vm, value);
        if (!unchecked.insert(key).second)
            return invariant_error(vm, operation, "trap returned duplicate entries");
        result.push_back(key);
    }
    // 10-16. Sort the target's keys into configurable and non-configurable ones.
    bool extensible_target = TRY(trap.target->internal_is_extensible(vm));
    MarkedKeyVector target_keys(vm.heap());
    TRY(trap.target->internal_own_property_keys(vm, target_keys));
    MarkedKeyVector configurable_keys(vm.heap());
    MarkedKeyVector nonconfigurable_keys(vm.heap());
    for (PropertyKey key : target_keys) {
        auto desc = TRY(trap.target->internal_get_own_property(vm, key));
        if (desc && !*desc->configurable)
            nonconfigurable_keys.push_back(key);
        else
            configurable_keys.push_back(key);
    }
    auto finish = [&]() {
        for (PropertyKey key : result)
            keys.push_back(key);
    };
    // 17. If extensibleTarget is true and targetNonconfigurableKeys is empty, return trapResult.
    if (extensible_target && nonconfigurable_keys.empty()) {
        finish();
        return {};
    }
    // 19-20. Every non-configurable key must be reported.
    for (PropertyKey key : nonconfigurable_keys) {
        if (unchecked.erase(key) == 0)
            return invariant_error(vm, operation, "trap result did not include " + describe_key(key));
    }
    if (extensible_target) {
        finish();
        return {};
    }
    // 22-23. A non-extensible target's keys must be reported exactly.
    for (PropertyKey key : configurable_keys) {
        if (unchecked.erase(key) == 0)
            return invariant_error(vm, operation, "trap result did not include " + describe_key(key));
    }
    if (!unchecked.empty())
        return invariant_error(vm, operation, "trap returned extra keys but proxy target is non-extensible");
    finish();
    return {};
}

// 10.5.12 [[Call]] ( thisArgument, argumentsList )
ThrowCompletionOr<Value> ProxyObject::internal_call(VM& vm, Value this_value,
                                                    std::span<const Value> arguments) {
    Trap trap = TRY(get_trap(vm, *this, vm.names().apply, "apply"));
    if (trap.function.is_undefined()) return Call(vm, Value(trap.target), this_value, arguments);
    Value trap_arguments[] = {Value(trap.target), this_value, Value(CreateArrayFromList(vm, arguments))};
    return Call(vm, trap.function, Value(trap.handler), trap_arguments);
}

// 10.5.13 [[Construct]] ( argumentsList, newTarget )
ThrowCompletionOr<JSObject*> ProxyObject::internal_construct(VM& vm, std::span<const Value> arguments,
                                                             JSObject* new_target) {
    Trap trap = TRY(get_trap(vm, *this, vm.names().construct, "construct"));
    if (trap.function.is_undefined()) return Construct(vm, trap.target, arguments, new_target);
    Value trap_arguments[] = {Value(trap.target), Value(CreateArrayFromList(vm, arguments)),
                              Value(new_target)};
    Value new_object = TRY(Call(vm, trap.function, Value(trap.handler), trap_arguments));
    if (!new_object.is_object())
        return invariant_error(vm, "construct", "trap returned non-object (" + quoted(new_object) + ")");
    return new_object.as_object();
}

} // namespace yjs
