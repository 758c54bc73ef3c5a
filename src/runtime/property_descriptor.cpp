// The Property Descriptor operations (6.2.6) and ValidateAndApplyPropertyDescriptor (10.1.6.3).
#include "runtime/abstract_ops.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

PropertyAttributes attributes_of(bool writable, bool enumerable, bool configurable) {
    return static_cast<PropertyAttributes>((writable ? kWritable : 0) | (enumerable ? kEnumerable : 0) |
                                           (configurable ? kConfigurable : 0));
}

bool has_no_fields(const PropertyDescriptor& d) {
    return !d.value && !d.get && !d.set && !d.writable && !d.enumerable && !d.configurable;
}

// ValidateAndApplyPropertyDescriptor; `vm` is only used when `object` is not null.
bool validate_and_apply(VM* vm_pointer, JSObject* object, PropertyKey key, bool extensible,
                        const PropertyDescriptor& desc, const std::optional<PropertyDescriptor>& current) {
    // 2. If current is undefined, then
    if (!current) {
        if (!extensible) return false;
        if (!object) return true;
        VM& vm = *vm_pointer;
        bool enumerable = desc.enumerable.value_or(false);
        bool configurable = desc.configurable.value_or(false);
        if (desc.is_accessor_descriptor()) {
            object->define_direct_accessor(vm, key, desc.get.value_or(nullptr), desc.set.value_or(nullptr),
                                           attributes_of(false, enumerable, configurable));
        } else {
            object->define_direct_property(
                vm, key, desc.value.value_or(Value::undefined()),
                attributes_of(desc.writable.value_or(false), enumerable, configurable));
        }
        return true;
    }
    // 4. If Desc does not have any fields, return true.
    if (has_no_fields(desc)) return true;
    // 5. If current.[[Configurable]] is false, then
    if (!*current->configurable) {
        if (desc.configurable.value_or(false)) return false;
        if (desc.enumerable && *desc.enumerable != *current->enumerable) return false;
        if (!desc.is_generic_descriptor() &&
            desc.is_accessor_descriptor() != current->is_accessor_descriptor())
            return false;
        if (current->is_accessor_descriptor()) {
            if (desc.get && *desc.get != *current->get) return false;
            if (desc.set && *desc.set != *current->set) return false;
        } else if (!*current->writable) {
            if (desc.writable.value_or(false)) return false;
            if (desc.value) return SameValue(*desc.value, *current->value);
        }
    }
    // 6. If O is not undefined, then
    if (object) {
        VM& vm = *vm_pointer;
        bool enumerable = desc.enumerable.value_or(*current->enumerable);
        bool configurable = desc.configurable.value_or(*current->configurable);
        if (current->is_data_descriptor() && desc.is_accessor_descriptor()) {
            object->define_direct_accessor(vm, key, desc.get.value_or(nullptr), desc.set.value_or(nullptr),
                                           attributes_of(false, enumerable, configurable));
        } else if (current->is_accessor_descriptor() && desc.is_data_descriptor()) {
            object->define_direct_property(
                vm, key, desc.value.value_or(Value::undefined()),
                attributes_of(desc.writable.value_or(false), enumerable, configurable));
        } else if (current->is_accessor_descriptor()) {
            // Set each field present in Desc; absent fields keep the stored attribute values.
            auto stored = object->lookup_own_storage(key);
            JSObject* getter = *current->get;
            JSObject* setter = *current->set;
            if (stored && (stored->attributes & kAccessor)) {
                auto* accessor = static_cast<Accessor*>(stored->value.as_cell());
                getter = accessor->getter;
                setter = accessor->setter;
            }
            if (desc.get) getter = *desc.get;
            if (desc.set) setter = *desc.set;
            object->define_direct_accessor(vm, key, getter, setter,
                                           attributes_of(false, enumerable, configurable));
        } else {
            auto stored = object->lookup_own_storage(key);
            Value value = stored && !(stored->attributes & kAccessor) ? stored->value : *current->value;
            if (desc.value) value = *desc.value;
            bool writable = desc.writable.value_or(*current->writable);
            object->define_direct_property(vm, key, value, attributes_of(writable, enumerable, configurable));
        }
    }
    return true;
}

} // namespace

ThrowCompletionOr<bool> ValidateAndApplyPropertyDescriptor(VM& vm, JSObject* object, PropertyKey key,
                                                           bool extensible, const PropertyDescriptor& desc,
                                                           const std::optional<PropertyDescriptor>& current) {
    return validate_and_apply(&vm, object, key, extensible, desc, current);
}

bool IsCompatiblePropertyDescriptor(bool extensible, const PropertyDescriptor& desc,
                                    const std::optional<PropertyDescriptor>& current) {
    return validate_and_apply(nullptr, nullptr, PropertyKey(), extensible, desc, current);
}

ThrowCompletionOr<PropertyDescriptor> ToPropertyDescriptor(VM& vm, Value value) {
    // 1. If Obj is not an Object, throw a TypeError exception.
    if (!value.is_object())
        return vm.throw_type_error("Property description must be an object: " + describe_value(value));
    JSObject* object = value.as_object();
    const CommonNames& names = vm.names();
    PropertyDescriptor desc;
    if (TRY(object->has_property(vm, names.enumerable)))
        desc.enumerable = ToBoolean(TRY(object->get(vm, names.enumerable)));
    if (TRY(object->has_property(vm, names.configurable)))
        desc.configurable = ToBoolean(TRY(object->get(vm, names.configurable)));
    if (TRY(object->has_property(vm, names.value))) desc.value = TRY(object->get(vm, names.value));
    if (TRY(object->has_property(vm, names.writable)))
        desc.writable = ToBoolean(TRY(object->get(vm, names.writable)));
    if (TRY(object->has_property(vm, names.get))) {
        Value getter = TRY(object->get(vm, names.get));
        if (!IsCallable(getter) && !getter.is_undefined())
            return vm.throw_type_error("Getter must be a function: " + describe_value(getter));
        desc.get = getter.is_undefined() ? nullptr : getter.as_object();
    }
    if (TRY(object->has_property(vm, names.set))) {
        Value setter = TRY(object->get(vm, names.set));
        if (!IsCallable(setter) && !setter.is_undefined())
            return vm.throw_type_error("Setter must be a function: " + describe_value(setter));
        desc.set = setter.is_undefined() ? nullptr : setter.as_object();
    }
    if ((desc.get || desc.set) && (desc.value || desc.writable))
        return vm.throw_type_error(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
    return desc;
}

Value FromPropertyDescriptor(VM& vm, const std::optional<PropertyDescriptor>& desc) {
    if (!desc) return Value::undefined();
    JSObject* object = JSObject::create(vm, vm.current_realm().intrinsic(Intrinsic::ObjectPrototype));
    const CommonNames& names = vm.names();
    auto add = [&](PropertyKey key, Value value) {
        object->define_direct_property(vm, key, value, kDefaultDataAttributes);
    };
    if (desc->value) add(names.value, *desc->value);
    if (desc->writable) add(names.writable, Value::boolean(*desc->writable));
    if (desc->get) add(names.get, *desc->get ? Value(*desc->get) : Value::undefined());
    if (desc->set) add(names.set, *desc->set ? Value(*desc->set) : Value::undefined());
    if (desc->enumerable) add(names.enumerable, Value::boolean(*desc->enumerable));
    if (desc->configurable) add(names.configurable, Value::boolean(*desc->configurable));
    return object;
}

void CompletePropertyDescriptor(PropertyDescriptor& desc) {
    if (desc.is_generic_descriptor() || desc.is_data_descriptor()) {
        if (!desc.value) desc.value = Value::undefined();
        if (!desc.writable) desc.writable = false;
    } else {
        if (!desc.get) desc.get = nullptr;
        if (!desc.set) desc.set = nullptr;
    }
    if (!desc.enumerable) desc.enumerable = false;
    if (!desc.configurable) desc.configurable = false;
}

} // namespace yjs
