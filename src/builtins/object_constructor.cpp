// The Object constructor and its static methods (20.1.1, 20.1.2).
#include "builtins/builtins.h"
#include "builtins/group_by.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/proxy_object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

#include <vector>

namespace yjs {

namespace {

JSObject* object_prototype(VM& vm) {
    return vm.current_realm().intrinsic(Intrinsic::ObjectPrototype);
}

// Object ( [ value ] )
ThrowCompletionOr<Value> object_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is neither undefined nor the active function object, then
    if (call.new_target && call.new_target != call.callee)
        return Value(TRY(OrdinaryCreateFromConstructor(vm, call.new_target, Intrinsic::ObjectPrototype)));
    Value value = call.argument(0);
    // 2. If value is either undefined or null, return OrdinaryObjectCreate(%Object.prototype%).
    if (value.is_nullish()) return Value(JSObject::create(vm, object_prototype(vm)));
    // 3. Return ! ToObject(value).
    return Value(TRY(ToObject(vm, value)));
}

// Object.assign ( target, ...sources )
ThrowCompletionOr<Value> object_assign(VM& vm, const NativeCallInfo& call) {
    // 1. Let to be ? ToObject(target).
    JSObject* to = TRY(ToObject(vm, call.argument(0)));
    // 3. For each element nextSource of sources, do
    for (std::size_t i = 1; i < call.argument_count(); ++i) {
        Value next_source = call.arguments[i];
        if (next_source.is_nullish()) continue;
        JSObject* from = TRY(ToObject(vm, next_source));
        MarkedKeyVector keys(vm.heap());
        TRY(from->internal_own_property_keys(vm, keys));
        for (PropertyKey key : keys) {
            auto desc = TRY(from->internal_get_own_property(vm, key));
            if (!desc || !*desc->enumerable) continue;
            Value value = TRY(from->get(vm, key));
            TRY(to->set(vm, key, value, true));
        }
    }
    return Value(to);
}

// ObjectDefineProperties ( O, Properties )
ThrowCompletionOr<JSObject*> ObjectDefineProperties(VM& vm, JSObject* object, Value properties) {
    // 1. Let props be ? ToObject(Properties).
    JSObject* props = TRY(ToObject(vm, properties));
    // 2. Let keys be ? props.[[OwnPropertyKeys]]().
    MarkedKeyVector keys(vm.heap());
    TRY(props->internal_own_property_keys(vm, keys));
    // 3-4. Collect the descriptors of the enumerable own properties first.
    MarkedKeyVector descriptor_keys(vm.heap());
    std::vector<PropertyDescriptor> descriptors;
    MarkedValueVector descriptor_values(vm.heap()); // keeps descriptors' values, getters and setters alive
    for (PropertyKey key : keys) {
        auto prop_desc = TRY(props->internal_get_own_property(vm, key));
        if (!prop_desc || !*prop_desc->enumerable) continue;
        Value desc_object = TRY(props->get(vm, key));
        PropertyDescriptor desc = TRY(ToPropertyDescriptor(vm, desc_object));
        descriptor_values.push_back(desc_object);
        if (desc.value) descriptor_values.push_back(*desc.value);
        if (desc.get && *desc.get) descriptor_values.push_back(Value(*desc.get));
        if (desc.set && *desc.set) descriptor_values.push_back(Value(*desc.set));
        descriptor_keys.push_back(key);
        descriptors.push_back(desc);
    }
    // 5. For each element property of descriptors, perform ? DefinePropertyOrThrow(O, P, desc).
    for (std::size_t i = 0; i < descriptors.size(); ++i)
        TRY(object->define_property_or_throw(vm, descriptor_keys[i], descriptors[i]));
    return object;
}

// Object.create ( O, Properties )
ThrowCompletionOr<Value> object_create(VM& vm, const NativeCallInfo& call) {
    Value prototype = call.argument(0);
    if (!prototype.is_object() && !prototype.is_null())
        return vm.throw_type_error("Object prototype may only be an Object or null: " +
                                   describe_value(prototype));
    JSObject* object = JSObject::create(vm, prototype.is_null() ? nullptr : prototype.as_object());
    Value properties = call.argument(1);
    if (!properties.is_undefined()) TRY(ObjectDefineProperties(vm, object, properties));
    return Value(object);
}

// Object.defineProperties ( O, Properties )
ThrowCompletionOr<Value> object_define_properties(VM& vm, const NativeCallInfo& call) {
    Value object = call.argument(0);
    if (!object.is_object()) return vm.throw_type_error("Object.defineProperties called on non-object");
    return Value(TRY(ObjectDefineProperties(vm, object.as_object(), call.argument(1))));
}

// Object.defineProperty ( O, P, Attributes )
ThrowCompletionOr<Value> object_define_property(VM& vm, const NativeCallInfo& call) {
    Value object = call.argument(0);
    if (!object.is_object()) return vm.throw_type_error("Object.defineProperty called on non-object");
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(1)));
    PropertyDescriptor desc = TRY(ToPropertyDescriptor(vm, call.argument(2)));
    TRY(object.as_object()->define_property_or_throw(vm, key, desc));
    return object;
}

ThrowCompletionOr<Value> enumerable_own_properties_array(VM& vm, Value value, PropertyKind kind) {
    JSObject* object = TRY(ToObject(vm, value));
    MarkedValueVector list = TRY(EnumerableOwnProperties(vm, object, kind));
    return Value(CreateArrayFromList(vm, list.span()));
}

// Object.entries ( O ), Object.keys ( O ), Object.values ( O )
ThrowCompletionOr<Value> object_entries(VM& vm, const NativeCallInfo& call) {
    return enumerable_own_properties_array(vm, call.argument(0), PropertyKind::KeyAndValue);
}
ThrowCompletionOr<Value> object_keys(VM& vm, const NativeCallInfo& call) {
    return enumerable_own_properties_array(vm, call.argument(0), PropertyKind::Key);
}
ThrowCompletionOr<Value> object_values(VM& vm, const NativeCallInfo& call) {
    return enumerable_own_properties_array(vm, call.argument(0), PropertyKind::Value);
}

// Object.freeze ( O ), Object.seal ( O )
ThrowCompletionOr<Value> set_integrity_level(VM& vm, Value object, bool frozen) {
    if (!object.is_object()) return object;
    JSObject* target = object.as_object();
    auto result = target->set_integrity_level(vm, frozen);
    if (result.is_throw_completion() && frozen && target->is_typed_array()) {
        // The elements of a typed array cannot be made non-writable: the TypeError of
        // DefinePropertyOrThrow, with V8's message.
        vm.clear_exception();
        return vm.throw_type_error("Cannot freeze array buffer views with elements");
    }
    bool status = TRY(std::move(result));
    if (!status) {
        // Only [[PreventExtensions]] can return false here (property definitions throw themselves).
        if (target->is_proxy()) return throw_proxy_trap_falsish(vm, "preventExtensions");
        return vm.throw_type_error(frozen ? "Cannot freeze" : "Cannot seal");
    }
    return object;
}
ThrowCompletionOr<Value> object_freeze(VM& vm, const NativeCallInfo& call) {
    return set_integrity_level(vm, call.argument(0), true);
}
ThrowCompletionOr<Value> object_seal(VM& vm, const NativeCallInfo& call) {
    return set_integrity_level(vm, call.argument(0), false);
}

// Object.fromEntries ( iterable ): AddEntriesFromIterable with the adder's steps inlined.
ThrowCompletionOr<Value> object_from_entries(VM& vm, const NativeCallInfo& call) {
    Value iterable = call.argument(0);
    // 1. Perform ? RequireObjectCoercible(iterable).
    TRY(RequireObjectCoercible(vm, iterable));
    // 2. Let obj be OrdinaryObjectCreate(%Object.prototype%).
    JSObject* object = JSObject::create(vm, object_prototype(vm));
    // AddEntriesFromIterable: 1. Let iteratorRecord be ? GetIterator(iterable, sync).
    IteratorRecord record = TRY(GetIterator(vm, iterable));
    while (true) {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        std::optional<Value> next = TRY(IteratorStepValue(vm, record));
        if (!next) return Value(object);
        // c. If next is not an Object, close the iterator with a TypeError.
        if (!next->is_object()) {
            vm.throw_type_error("Iterator value " + describe_value(*next) + " is not an entry object");
            return IteratorCloseOnThrow(vm, record);
        }
        JSObject* entry = next->as_object();
        // d-g. Let k be Get(next, "0") and v be Get(next, "1"), closing the iterator on abrupt completions.
        Value k = IF_ABRUPT_CLOSE_ITERATOR(vm, record, entry->get(vm, PropertyKey::from_index(0)));
        Value v = IF_ABRUPT_CLOSE_ITERATOR(vm, record, entry->get(vm, PropertyKey::from_index(1)));
        // h. The adder: CreateDataPropertyOrThrow(obj, ? ToPropertyKey(key), value).
        PropertyKey key = IF_ABRUPT_CLOSE_ITERATOR(vm, record, ToPropertyKey(vm, k));
        IF_ABRUPT_CLOSE_ITERATOR(vm, record, object->create_data_property_or_throw(vm, key, v));
    }
}

// Object.getOwnPropertyDescriptor ( O, P )
ThrowCompletionOr<Value> object_get_own_property_descriptor(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.argument(0)));
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(1)));
    auto desc = TRY(object->internal_get_own_property(vm, key));
    return FromPropertyDescriptor(vm, desc);
}

// Object.getOwnPropertyDescriptors ( O )
ThrowCompletionOr<Value> object_get_own_property_descriptors(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.argument(0)));
    MarkedKeyVector keys(vm.heap());
    TRY(object->internal_own_property_keys(vm, keys));
    JSObject* descriptors = JSObject::create(vm, object_prototype(vm));
    for (PropertyKey key : keys) {
        auto desc = TRY(object->internal_get_own_property(vm, key));
        Value descriptor = FromPropertyDescriptor(vm, desc);
        if (!descriptor.is_undefined()) TRY(descriptors->create_data_property_or_throw(vm, key, descriptor));
    }
    return Value(descriptors);
}

// GetOwnPropertyKeys ( O, type ) as an array.
ThrowCompletionOr<Value> own_property_keys_array(VM& vm, Value value, bool symbols) {
    JSObject* object = TRY(ToObject(vm, value));
    MarkedKeyVector keys(vm.heap());
    TRY(object->internal_own_property_keys(vm, keys));
    MarkedValueVector names(vm.heap());
    for (PropertyKey key : keys) {
        if (key.is_symbol() == symbols) names.push_back(key.to_value(vm));
    }
    return Value(CreateArrayFromList(vm, names.span()));
}

// Object.getOwnPropertyNames ( O ), Object.getOwnPropertySymbols ( O )
ThrowCompletionOr<Value> object_get_own_property_names(VM& vm, const NativeCallInfo& call) {
    return own_property_keys_array(vm, call.argument(0), false);
}
ThrowCompletionOr<Value> object_get_own_property_symbols(VM& vm, const NativeCallInfo& call) {
    return own_property_keys_array(vm, call.argument(0), true);
}

// Object.getPrototypeOf ( O )
ThrowCompletionOr<Value> object_get_prototype_of(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.argument(0)));
    JSObject* prototype = TRY(object->internal_get_prototype_of(vm));
    return prototype ? Value(prototype) : Value::null();
}

// Object.groupBy ( items, callback )
ThrowCompletionOr<Value> object_group_by(VM& vm, const NativeCallInfo& call) {
    // 1. Let groups be ? GroupBy(items, callback, property).
    KeyedGroups groups = TRY(GroupBy(vm, call.argument(0), call.argument(1), GroupByKeyCoercion::Property));
    // 2. Let obj be OrdinaryObjectCreate(null).
    JSObject* object = JSObject::create(vm, nullptr);
    // 3. For each Record g of groups, CreateDataPropertyOrThrow(obj, g.[[Key]], CreateArrayFromList(...)).
    for (std::size_t i = 0; i < groups.keys.size(); ++i) {
        JSObject* elements = CreateArrayFromList(vm, groups.elements[i].span());
        TRY(object->create_data_property_or_throw(vm, PropertyKey::from_value(vm, groups.keys[i]), elements));
    }
    return Value(object);
}

// Object.hasOwn ( O, P )
ThrowCompletionOr<Value> object_has_own(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.argument(0)));
    PropertyKey key = TRY(ToPropertyKey(vm, call.argument(1)));
    return Value::boolean(TRY(object->has_own_property(vm, key)));
}

// Object.is ( value1, value2 )
ThrowCompletionOr<Value> object_is(VM&, const NativeCallInfo& call) {
    return Value::boolean(SameValue(call.argument(0), call.argument(1)));
}

// Object.isExtensible ( O )
ThrowCompletionOr<Value> object_is_extensible(VM& vm, const NativeCallInfo& call) {
    Value object = call.argument(0);
    if (!object.is_object()) return Value::boolean(false);
    return Value::boolean(TRY(object.as_object()->internal_is_extensible(vm)));
}

// Object.isFrozen ( O ), Object.isSealed ( O )
ThrowCompletionOr<Value> test_integrity_level(VM& vm, Value object, bool frozen) {
    if (!object.is_object()) return Value::boolean(true);
    return Value::boolean(TRY(object.as_object()->test_integrity_level(vm, frozen)));
}
ThrowCompletionOr<Value> object_is_frozen(VM& vm, const NativeCallInfo& call) {
    return test_integrity_level(vm, call.argument(0), true);
}
ThrowCompletionOr<Value> object_is_sealed(VM& vm, const NativeCallInfo& call) {
    return test_integrity_level(vm, call.argument(0), false);
}

// Object.preventExtensions ( O )
ThrowCompletionOr<Value> object_prevent_extensions(VM& vm, const NativeCallInfo& call) {
    Value object = call.argument(0);
    if (!object.is_object()) return object;
    bool status = TRY(object.as_object()->internal_prevent_extensions(vm));
    if (!status) {
        if (object.as_object()->is_proxy()) return throw_proxy_trap_falsish(vm, "preventExtensions");
        return vm.throw_type_error("Cannot prevent extensions");
    }
    return object;
}

// Object.setPrototypeOf ( O, proto )
ThrowCompletionOr<Value> object_set_prototype_of(VM& vm, const NativeCallInfo& call) {
    Value object = call.argument(0);
    Value prototype = call.argument(1);
    // 1. Set O to ? RequireObjectCoercible(O).
    if (object.is_nullish()) return vm.throw_type_error("Object.setPrototypeOf called on null or undefined");
    // 2. If proto is not an Object and proto is not null, throw a TypeError exception.
    if (!prototype.is_object() && !prototype.is_null())
        return vm.throw_type_error("Object prototype may only be an Object or null: " +
                                   describe_value(prototype));
    // 3. If O is not an Object, return O.
    if (!object.is_object()) return object;
    bool status = TRY(object.as_object()->internal_set_prototype_of(
        vm, prototype.is_null() ? nullptr : prototype.as_object()));
    if (!status) {
        // V8 names the property 'undefined' in this message.
        if (object.as_object()->is_proxy())
            return throw_proxy_trap_falsish(vm, "setPrototypeOf", vm.names().undefined);
        return vm.throw_type_error("Cannot set the prototype of " + describe_value(object));
    }
    return object;
}

} // namespace

void initialize_object_constructor(VM& vm, Realm& realm) {
    JSObject* prototype = realm.intrinsic(Intrinsic::ObjectPrototype);
    NativeFunction* constructor =
        make_constructor(vm, realm, "Object", object_constructor, 1, prototype, Intrinsic::ObjectConstructor);

    struct Method {
        const char* name;
        NativeFunctionPointer function;
        std::uint32_t length;
    };
    static constexpr Method kMethods[] = {
        {"assign", object_assign, 2},
        {"create", object_create, 2},
        {"defineProperties", object_define_properties, 2},
        {"defineProperty", object_define_property, 3},
        {"entries", object_entries, 1},
        {"freeze", object_freeze, 1},
        {"fromEntries", object_from_entries, 1},
        {"getOwnPropertyDescriptor", object_get_own_property_descriptor, 2},
        {"getOwnPropertyDescriptors", object_get_own_property_descriptors, 1},
        {"getOwnPropertyNames", object_get_own_property_names, 1},
        {"getOwnPropertySymbols", object_get_own_property_symbols, 1},
        {"getPrototypeOf", object_get_prototype_of, 1},
        {"groupBy", object_group_by, 2},
        {"hasOwn", object_has_own, 2},
        {"is", object_is, 2},
        {"isExtensible", object_is_extensible, 1},
        {"isFrozen", object_is_frozen, 1},
        {"isSealed", object_is_sealed, 1},
        {"keys", object_keys, 1},
        {"preventExtensions", object_prevent_extensions, 1},
        {"seal", object_seal, 1},
        {"setPrototypeOf", object_set_prototype_of, 2},
        {"values", object_values, 1},
    };
    for (const Method& method : kMethods)
        constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, method.name),
                                            method.function, method.length);
    define_global_property(vm, realm, "Object", constructor);
}

} // namespace yjs
