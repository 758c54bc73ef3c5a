#include "runtime/object.h"

#include "runtime/abstract_ops.h"
#include "runtime/function.h"
#include "runtime/indexed_properties.h"
#include "runtime/proxy_object.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <string>
#include <vector>

namespace yjs {

namespace {

bool is_accessor(PropertyAttributes attributes) {
    return (attributes & kAccessor) != 0;
}

Accessor* as_accessor(Value value) {
    return static_cast<Accessor*>(value.as_cell());
}

PropertyDescriptor descriptor_from_storage(const JSObject::OwnLookup& own) {
    if (is_accessor(own.attributes)) {
        Accessor* accessor = as_accessor(own.value);
        return PropertyDescriptor::accessor(accessor->getter, accessor->setter, own.attributes);
    }
    return PropertyDescriptor::data(own.value, own.attributes);
}

std::string private_name(Symbol* name) {
    return name->description() ? name->description()->to_utf8() : "#<private>";
}

} // namespace

void Accessor::visit_edges(Visitor& visitor) {
    visitor.visit(getter);
    visitor.visit(setter);
}

JSObject* JSObject::create(VM& vm, JSObject* prototype) {
    auto* object = vm.heap().allocate<JSObject>(Shape::create_root(vm, prototype));
    object->set_ordinary_methods(true, true);
    return object;
}

JSObject* JSObject::create_with_inline_slots(VM& vm, JSObject* prototype, std::uint32_t inline_slots) {
    auto* object = vm.heap().allocate_with_extra<JSObject>(inline_slots * sizeof(Value),
                                                           Shape::create_root(vm, prototype), InlineSlots{});
    object->set_ordinary_methods(true, true);
    return object;
}

JSObject* JSObject::create_with_shape(VM& vm, Shape* shape) {
    std::uint32_t count = shape->slot_count();
    auto* object = vm.heap().allocate_with_extra<JSObject>(count * sizeof(Value), shape, InlineSlots{});
    object->set_ordinary_methods(true, true);
    return object;
}

JSObject::JSObject(Shape* shape, InlineSlots) : JSObject(shape, InlineSlots{}, reinterpret_cast<Value*>(this + 1)) {}

JSObject::JSObject(Shape* shape, InlineSlots, Value* storage) : shape_(shape) {
    set_slots(storage, true);
    std::fill_n(slots(), slot_capacity(), Value::undefined());
}

JSObject::JSObject(Shape* shape) : shape_(shape) {
    if (shape->slot_count() > 0) ensure_slot_capacity(shape->slot_count());
}

JSObject::~JSObject() {
    assert(!uses_shared_slots());
    if (Value* storage = out_of_line_slots()) {
        StorageHeader& header = storage_header(storage);
        Heap::of(this).did_free_external(std::size_t(header.capacity) * sizeof(Value));
        delete header.indexed;
        std::free(&header);
    }
}

std::uint32_t JSObject::slot_capacity() const {
    Value* storage = slots();
    if (!storage) return 0;
    if (!has_inline_slots()) {
        std::uint64_t capacity = storage_header(storage).capacity;
        return capacity == kSharedSlots ? 0 : static_cast<std::uint32_t>(capacity);
    }
    // Trailing storage runs to the end of the cell, which may be larger than requested (size classes).
    const char* cell_end = reinterpret_cast<const char*>(this) + Heap::cell_size(this);
    return static_cast<std::uint32_t>((cell_end - reinterpret_cast<const char*>(storage)) / sizeof(Value));
}

void JSObject::visit_edges(Visitor& visitor) {
    visitor.visit(shape_);
    std::uint32_t count = shape_->slot_count();
    Value* storage = slots();
    for (std::uint32_t i = 0; i < count; ++i)
        visitor.visit(storage[i]);
    if (IndexedProperties* elements = indexed()) elements->visit(visitor);
}

void JSObject::ensure_slot_capacity(std::uint32_t count) {
    std::uint32_t capacity = slot_capacity();
    if (count <= capacity) return;
    move_to_out_of_line_storage(std::max(count, capacity == 0 ? 4u : capacity * 2));
}

void JSObject::move_to_out_of_line_storage(std::uint32_t capacity) {
    bool shared = uses_shared_slots();
    // The values to keep: a shared block has no capacity of this object's, only the shape's slots.
    std::uint32_t kept = shared ? shape_->slot_count() : slot_capacity();
    std::size_t bytes = sizeof(StorageHeader) + std::size_t(capacity) * sizeof(Value);
    StorageHeader* header;
    std::size_t added_bytes;
    if (Value* storage = out_of_line_slots(); storage && !shared) {
        header = static_cast<StorageHeader*>(std::realloc(static_cast<void*>(&storage_header(storage)), bytes));
        if (!header) Heap::fatal_out_of_memory();
        added_bytes = std::size_t(capacity - kept) * sizeof(Value);
    } else {
        // No storage yet, outgrowing the trailing storage (which the cell's size already accounted for), or
        // leaving shared slots.
        header = static_cast<StorageHeader*>(std::malloc(bytes));
        if (!header) Heap::fatal_out_of_memory();
        header->indexed = nullptr;
        if (Value* old_slots = slots()) std::copy(old_slots, old_slots + kept, reinterpret_cast<Value*>(header + 1));
        added_bytes = std::size_t(capacity) * sizeof(Value);
    }
    Heap::of(this).did_allocate_external(added_bytes);
    header->capacity = capacity;
    auto* new_slots = reinterpret_cast<Value*>(header + 1);
    std::fill(new_slots + kept, new_slots + capacity, Value::undefined());
    set_slots(new_slots, false);
    if (shared) did_stop_sharing_slots();
}

Value* JSObject::create_shared_slots(std::span<const Value> values) {
    auto* header = static_cast<StorageHeader*>(std::malloc(sizeof(StorageHeader) + values.size_bytes()));
    if (!header) Heap::fatal_out_of_memory();
    header->indexed = nullptr;
    header->capacity = kSharedSlots;
    auto* shared = reinterpret_cast<Value*>(header + 1);
    std::copy(values.begin(), values.end(), shared);
    return shared;
}

void JSObject::free_shared_slots(Value* shared) {
    if (shared) std::free(&storage_header(shared));
}

void JSObject::use_shared_slots(Shape* shape, Value* shared) {
    assert(slot_capacity() == 0 && shape->slot_count() > 0);
    shape_ = shape;
    set_slots(shared, false);
}

bool JSObject::uses_shared_slots() const {
    Value* storage = out_of_line_slots();
    return storage && storage_header(storage).capacity == kSharedSlots;
}

Value* JSObject::writable_slots() {
    if (uses_shared_slots()) move_to_out_of_line_storage(std::max(shape_->slot_count(), 4u));
    return slots();
}

JSObject* JSObject::prototype() const {
    return shape_->prototype();
}
bool JSObject::extensible() const {
    return shape_->extensible();
}

IndexedProperties& JSObject::ensure_indexed(VM& vm) {
    if (IndexedProperties* elements = indexed()) return *elements;
    if (!out_of_line_slots() || uses_shared_slots()) move_to_out_of_line_storage(std::max(slot_capacity(), shape_->slot_count()));
    StorageHeader& header = storage_header(slots());
    header.indexed = new IndexedProperties(vm.heap());
    return *header.indexed;
}

// --- Storage ---

std::optional<JSObject::OwnLookup> JSObject::lookup_own_storage(PropertyKey key) const {
    if (key.is_index()) {
        IndexedProperties* elements = indexed();
        if (!elements) return std::nullopt;
        auto element = elements->get(key.as_index());
        if (!element) return std::nullopt;
        return OwnLookup{element->value, element->attributes};
    }
    auto property = shape_->lookup(key);
    if (!property) return std::nullopt;
    return OwnLookup{slots()[property->slot], property->attributes};
}

void JSObject::add_to_storage(VM& vm, PropertyKey key, Value value, PropertyAttributes attributes) {
    if (key.is_index()) {
        ensure_indexed(vm).put(key.as_index(), value, attributes);
        return;
    }
    std::uint32_t slot = 0;
    Shape* shape = shape_->with_added_property(vm, key, attributes, &slot);
    ensure_slot_capacity(shape->slot_count());
    shape_ = shape;
    slots()[slot] = value;
}

void JSObject::write_own_storage_value(PropertyKey key, Value value) {
    if (key.is_index()) {
        std::uint32_t index = key.as_index();
        IndexedProperties* elements = indexed();
        if (!elements->set_dense(index, value)) elements->put(index, value, elements->get(index)->attributes);
        return;
    }
    writable_slots()[shape_->lookup(key)->slot] = value;
}

void JSObject::define_direct_property(VM& vm, PropertyKey key, Value value, PropertyAttributes attributes) {
    if (key.is_index()) {
        ensure_indexed(vm).put(key.as_index(), value, attributes);
        return;
    }
    auto property = shape_->lookup(key);
    if (!property) {
        add_to_storage(vm, key, value, attributes);
        return;
    }
    if (property->attributes != attributes) change_shape(shape_->with_changed_attributes(vm, key, attributes));
    writable_slots()[property->slot] = value;
}

void JSObject::define_direct_accessor(VM& vm, PropertyKey key, JSObject* getter, JSObject* setter,
                                      PropertyAttributes attributes) {
    auto* accessor = vm.heap().allocate<Accessor>(getter, setter);
    define_direct_property(vm, key, Value::internal_cell(accessor),
                           static_cast<PropertyAttributes>((attributes & ~kWritable) | kAccessor));
}

void JSObject::add_property_with_transition(Shape* new_shape, std::uint32_t slot, Value value) {
    ensure_slot_capacity(new_shape->slot_count());
    shape_ = new_shape;
    slots()[slot] = value;
}

void JSObject::delete_direct_property(VM& vm, PropertyKey key) {
    if (key.is_index()) {
        if (IndexedProperties* elements = indexed()) elements->remove(key.as_index());
        return;
    }
    auto property = shape_->lookup(key);
    if (!property) return;
    change_shape(shape_->with_removed_property(vm, key));
    writable_slots()[property->slot] = Value::undefined();
}

JSObject* JSObject::define_native_function(VM& vm, Realm& realm, PropertyKey key,
                                           NativeFunctionPointer function, std::uint32_t length,
                                           PropertyAttributes attributes) {
    NativeFunction* native = NativeFunction::create(vm, realm, function, length, key);
    define_direct_property(vm, key, native, attributes);
    return native;
}

void JSObject::define_native_accessor(VM& vm, Realm& realm, PropertyKey key, NativeFunctionPointer getter,
                                      NativeFunctionPointer setter, PropertyAttributes attributes) {
    JSObject* getter_function =
        getter ? NativeFunction::create(vm, realm, getter, 0, key, nullptr, "get") : nullptr;
    JSObject* setter_function =
        setter ? NativeFunction::create(vm, realm, setter, 1, key, nullptr, "set") : nullptr;
    define_direct_accessor(vm, key, getter_function, setter_function, attributes);
}

// --- Internal methods: the ordinary definitions ---

ThrowCompletionOr<JSObject*> JSObject::internal_get_prototype_of(VM&) {
    return prototype();
}

ThrowCompletionOr<bool> JSObject::internal_set_prototype_of(VM& vm, JSObject* prototype) {
    return ordinary_set_prototype_of(vm, prototype);
}

ThrowCompletionOr<bool> JSObject::internal_is_extensible(VM&) {
    return extensible();
}

ThrowCompletionOr<bool> JSObject::internal_prevent_extensions(VM& vm) {
    ordinary_prevent_extensions(vm);
    return true;
}

ThrowCompletionOr<std::optional<PropertyDescriptor>> JSObject::internal_get_own_property(VM& vm,
                                                                                         PropertyKey key) {
    return ordinary_get_own_property(vm, key);
}

ThrowCompletionOr<bool> JSObject::internal_define_own_property(VM& vm, PropertyKey key,
                                                               const PropertyDescriptor& descriptor) {
    return ordinary_define_own_property(vm, key, descriptor);
}

ThrowCompletionOr<bool> JSObject::internal_has_property(VM& vm, PropertyKey key) {
    return ordinary_has_property(vm, key);
}

ThrowCompletionOr<Value> JSObject::internal_get(VM& vm, PropertyKey key, Value receiver) {
    return ordinary_get(vm, key, receiver);
}

ThrowCompletionOr<bool> JSObject::internal_set(VM& vm, PropertyKey key, Value value, Value receiver) {
    return ordinary_set(vm, key, value, receiver);
}

ThrowCompletionOr<bool> JSObject::internal_delete(VM& vm, PropertyKey key) {
    return ordinary_delete(vm, key);
}

ThrowCompletionOr<void> JSObject::internal_own_property_keys(VM& vm, MarkedKeyVector& keys) {
    ordinary_own_property_keys(vm, keys);
    return {};
}

ThrowCompletionOr<Value> JSObject::internal_call(VM& vm, Value, std::span<const Value>) {
    return vm.throw_type_error("object is not a function");
}

ThrowCompletionOr<JSObject*> JSObject::internal_construct(VM& vm, std::span<const Value>, JSObject*) {
    return vm.throw_type_error("object is not a constructor");
}

std::optional<PropertyDescriptor> JSObject::ordinary_get_own_property(VM&, PropertyKey key) {
    auto own = lookup_own_storage(key);
    if (!own) return std::nullopt;
    return descriptor_from_storage(*own);
}

ThrowCompletionOr<bool> JSObject::ordinary_define_own_property(VM& vm, PropertyKey key,
                                                               const PropertyDescriptor& descriptor) {
    // 1. Let current be ? O.[[GetOwnProperty]](P).
    std::optional<PropertyDescriptor> current;
    if (has_ordinary_lookup())
        current = ordinary_get_own_property(vm, key);
    else
        current = TRY(internal_get_own_property(vm, key));
    // 2. Let extensible be ? IsExtensible(O).
    bool is_extensible = has_ordinary_update() ? extensible() : TRY(internal_is_extensible(vm));
    return ValidateAndApplyPropertyDescriptor(vm, this, key, is_extensible, descriptor, current);
}

ThrowCompletionOr<bool> JSObject::ordinary_has_property(VM& vm, PropertyKey key) {
    // Objects with ordinary lookup are walked in a loop; the first exotic prototype gets its [[HasProperty]].
    JSObject* object = this;
    while (true) {
        JSObject* parent;
        if (object->has_ordinary_lookup()) {
            if (object->lookup_own_storage(key)) return true;
            parent = object->prototype();
        } else {
            auto own = TRY(object->internal_get_own_property(vm, key));
            if (own) return true;
            parent = TRY(object->internal_get_prototype_of(vm));
        }
        if (!parent) return false;
        if (!parent->has_ordinary_lookup()) return parent->internal_has_property(vm, key);
        object = parent;
    }
}

ThrowCompletionOr<Value> JSObject::ordinary_get(VM& vm, PropertyKey key, Value receiver) {
    JSObject* object = this;
    while (true) {
        JSObject* parent;
        if (object->has_ordinary_lookup()) {
            if (auto own = object->lookup_own_storage(key)) {
                if (!is_accessor(own->attributes)) return own->value;
                JSObject* getter = as_accessor(own->value)->getter;
                if (!getter) return Value::undefined();
                return Call(vm, getter, receiver);
            }
            parent = object->prototype();
        } else {
            auto own = TRY(object->internal_get_own_property(vm, key));
            if (own) {
                if (own->is_data_descriptor()) return *own->value;
                JSObject* getter = *own->get;
                if (!getter) return Value::undefined();
                return Call(vm, getter, receiver);
            }
            parent = TRY(object->internal_get_prototype_of(vm));
        }
        if (!parent) return Value::undefined();
        if (!parent->has_ordinary_lookup()) return parent->internal_get(vm, key, receiver);
        object = parent;
    }
}

ThrowCompletionOr<bool> JSObject::ordinary_set(VM& vm, PropertyKey key, Value value, Value receiver) {
    // Find ownDesc, continuing into prototypes whose [[Set]] is ordinary (OrdinarySetWithOwnDescriptor 1).
    // `own` is set when it was found in ordinary storage, `own_desc` when an exotic [[GetOwnProperty]] gave
    // it.
    JSObject* object = this;
    std::optional<OwnLookup> own;
    std::optional<PropertyDescriptor> own_desc;
    while (true) {
        JSObject* parent;
        if (object->has_ordinary_lookup()) {
            own = object->lookup_own_storage(key);
            if (own) break;
            parent = object->prototype();
        } else {
            own_desc = TRY(object->internal_get_own_property(vm, key));
            if (own_desc) break;
            parent = TRY(object->internal_get_prototype_of(vm));
        }
        if (!parent) break;
        if (!parent->has_ordinary_update()) return parent->internal_set(vm, key, value, receiver);
        object = parent;
    }
    bool writable_data = own ? !is_accessor(own->attributes) && (own->attributes & kWritable)
                             : !own_desc || (own_desc->is_data_descriptor() && *own_desc->writable);
    if (writable_data && receiver.is_object() && receiver.as_object()->has_ordinary_update()) {
        // The receiver's [[GetOwnProperty]] and [[DefineOwnProperty]] are ordinary: update storage directly.
        JSObject* target = receiver.as_object();
        auto existing = target == object && own ? own : target->lookup_own_storage(key);
        if (existing) {
            if (is_accessor(existing->attributes) || !(existing->attributes & kWritable)) return false;
            target->write_own_storage_value(key, value);
            return true;
        }
        if (!target->extensible()) return false;
        target->add_to_storage(vm, key, value, kDefaultDataAttributes);
        return true;
    }
    if (own)
        own_desc = descriptor_from_storage(*own);
    else if (!own_desc)
        own_desc = PropertyDescriptor::data(Value::undefined(), kDefaultDataAttributes);
    return object->ordinary_set_with_own_descriptor(vm, key, value, receiver, std::move(own_desc));
}

ThrowCompletionOr<bool>
JSObject::ordinary_set_with_own_descriptor(VM& vm, PropertyKey key, Value value, Value receiver,
                                           std::optional<PropertyDescriptor> own_desc) {
    // 1. If ownDesc is undefined, then
    if (!own_desc) {
        JSObject* parent = TRY(internal_get_prototype_of(vm));
        if (parent) return parent->internal_set(vm, key, value, receiver);
        own_desc = PropertyDescriptor::data(Value::undefined(), kDefaultDataAttributes);
    }
    // 2. If IsDataDescriptor(ownDesc) is true, then
    if (own_desc->is_data_descriptor()) {
        if (!*own_desc->writable) return false;
        if (!receiver.is_object()) return false;
        JSObject* target = receiver.as_object();
        auto existing = TRY(target->internal_get_own_property(vm, key));
        if (existing) {
            if (existing->is_accessor_descriptor()) return false;
            if (!*existing->writable) return false;
            PropertyDescriptor value_desc;
            value_desc.value = value;
            return target->internal_define_own_property(vm, key, value_desc);
        }
        return target->create_data_property(vm, key, value);
    }
    // 3. Assert: IsAccessorDescriptor(ownDesc) is true.
    JSObject* setter = *own_desc->set;
    if (!setter) return false;
    Value argument = value;
    TRY(Call(vm, setter, receiver, std::span<const Value>(&argument, 1)));
    return true;
}

ThrowCompletionOr<bool> JSObject::ordinary_delete(VM& vm, PropertyKey key) {
    PropertyAttributes attributes;
    if (has_ordinary_lookup()) {
        auto own = lookup_own_storage(key);
        if (!own) return true;
        attributes = own->attributes;
    } else {
        auto own = TRY(internal_get_own_property(vm, key));
        if (!own) return true;
        attributes = *own->configurable ? kConfigurable : 0;
    }
    if (!(attributes & kConfigurable)) return false;
    delete_direct_property(vm, key);
    return true;
}

bool JSObject::ordinary_set_prototype_of(VM& vm, JSObject* prototype) {
    if (prototype == this->prototype()) return true;
    if (!extensible()) return false;
    // Refuse cycles through prototypes whose [[GetPrototypeOf]] is ordinary (only proxies have another).
    for (JSObject* p = prototype; p; p = p->prototype()) {
        if (p == this) return false;
        if (p->is_proxy()) break;
    }
    change_shape(shape_->with_prototype(vm, prototype));
    return true;
}

void JSObject::ordinary_prevent_extensions(VM& vm) {
    change_shape(shape_->with_extensible(vm, false));
}

void JSObject::ordinary_own_property_keys(VM&, MarkedKeyVector& keys) {
    if (IndexedProperties* elements = indexed()) {
        std::vector<std::uint32_t> indices;
        elements->collect_indices(indices);
        keys.reserve(keys.size() + indices.size() + shape_->property_count());
        for (std::uint32_t index : indices)
            keys.push_back(PropertyKey::from_index(index));
    }
    std::vector<PropertyKey> symbols;
    shape_->for_each_property([&](PropertyKey key, Shape::Property) {
        if (key.is_symbol()) {
            if (!key.as_symbol()->is_private()) symbols.push_back(key);
        } else {
            keys.push_back(key);
        }
    });
    for (PropertyKey key : symbols)
        keys.push_back(key);
}

// --- Abstract operations on objects (7.3) ---

ThrowCompletionOr<Value> JSObject::get(VM& vm, PropertyKey key) {
    return internal_get(vm, key, this);
}

ThrowCompletionOr<void> JSObject::set(VM& vm, PropertyKey key, Value value, bool throw_on_failure) {
    bool success = TRY(internal_set(vm, key, value, this));
    if (!success && throw_on_failure) {
        if (is_proxy()) return throw_proxy_trap_falsish(vm, "set", key);
        return vm.throw_type_error("Cannot assign to read only property " + describe_key(key) + " of object");
    }
    return {};
}

ThrowCompletionOr<bool> JSObject::create_data_property(VM& vm, PropertyKey key, Value value) {
    if (has_ordinary_update()) {
        auto own = lookup_own_storage(key);
        if (!own) {
            if (!extensible()) return false;
            add_to_storage(vm, key, value, kDefaultDataAttributes);
            return true;
        }
        if (own->attributes & kConfigurable) {
            define_direct_property(vm, key, value, kDefaultDataAttributes);
            return true;
        }
    }
    return internal_define_own_property(vm, key, PropertyDescriptor::data(value, kDefaultDataAttributes));
}

ThrowCompletionOr<void> JSObject::create_data_property_or_throw(VM& vm, PropertyKey key, Value value) {
    bool success = TRY(create_data_property(vm, key, value));
    if (!success) {
        if (is_proxy()) return throw_proxy_trap_falsish(vm, "defineProperty", key);
        return vm.throw_type_error("Cannot define property " + describe_key(key));
    }
    return {};
}

ThrowCompletionOr<void> JSObject::create_non_enumerable_data_property_or_throw(VM& vm, PropertyKey key,
                                                                               Value value) {
    return define_property_or_throw(vm, key, PropertyDescriptor::data(value, kWritable | kConfigurable));
}

ThrowCompletionOr<void> JSObject::define_property_or_throw(VM& vm, PropertyKey key,
                                                           const PropertyDescriptor& descriptor) {
    bool success = TRY(internal_define_own_property(vm, key, descriptor));
    if (!success) {
        if (is_proxy()) return throw_proxy_trap_falsish(vm, "defineProperty", key);
        return vm.throw_type_error("Cannot redefine property: " + describe_key(key));
    }
    return {};
}

ThrowCompletionOr<void> JSObject::delete_property_or_throw(VM& vm, PropertyKey key) {
    bool success = TRY(internal_delete(vm, key));
    if (!success) {
        if (is_proxy()) return throw_proxy_trap_falsish(vm, "deleteProperty", key);
        return vm.throw_type_error("Cannot delete property " + describe_key(key) + " of object");
    }
    return {};
}

ThrowCompletionOr<bool> JSObject::has_property(VM& vm, PropertyKey key) {
    return internal_has_property(vm, key);
}

ThrowCompletionOr<bool> JSObject::has_own_property(VM& vm, PropertyKey key) {
    auto own = TRY(internal_get_own_property(vm, key));
    return own.has_value();
}

ThrowCompletionOr<bool> JSObject::set_integrity_level(VM& vm, bool frozen) {
    // 1-2. Let status be ? O.[[PreventExtensions]](); if false, return false.
    bool status = TRY(internal_prevent_extensions(vm));
    if (!status) return false;
    // 3. Let keys be ? O.[[OwnPropertyKeys]]().
    MarkedKeyVector keys(vm.heap());
    TRY(internal_own_property_keys(vm, keys));
    PropertyDescriptor non_configurable;
    non_configurable.configurable = false;
    if (!frozen) {
        for (PropertyKey key : keys)
            TRY(define_property_or_throw(vm, key, non_configurable));
        return true;
    }
    PropertyDescriptor frozen_data = non_configurable;
    frozen_data.writable = false;
    for (PropertyKey key : keys) {
        auto current = TRY(internal_get_own_property(vm, key));
        if (!current) continue;
        TRY(define_property_or_throw(vm, key,
                                     current->is_accessor_descriptor() ? non_configurable : frozen_data));
    }
    return true;
}

ThrowCompletionOr<bool> JSObject::test_integrity_level(VM& vm, bool frozen) {
    bool is_extensible = TRY(internal_is_extensible(vm));
    if (is_extensible) return false;
    MarkedKeyVector keys(vm.heap());
    TRY(internal_own_property_keys(vm, keys));
    for (PropertyKey key : keys) {
        auto current = TRY(internal_get_own_property(vm, key));
        if (!current) continue;
        if (*current->configurable) return false;
        if (frozen && current->is_data_descriptor() && *current->writable) return false;
    }
    return true;
}

// --- Private elements ---

bool JSObject::has_private_element(Symbol* name) const {
    return shape_->lookup(PropertyKey::from_symbol(name)).has_value();
}

ThrowCompletionOr<void> JSObject::private_field_add(VM& vm, Symbol* name, Value value) {
    if (has_private_element(name))
        return vm.throw_type_error("Cannot initialize " + private_name(name) + " twice on the same object");
    add_to_storage(vm, PropertyKey::from_symbol(name), value, kWritable);
    return {};
}

ThrowCompletionOr<void> JSObject::private_method_add(VM& vm, Symbol* name, JSObject* method) {
    if (has_private_element(name))
        return vm.throw_type_error("Cannot initialize private methods of class " + private_name(name) +
                                   " twice on the same object");
    add_to_storage(vm, PropertyKey::from_symbol(name), method, 0);
    return {};
}

ThrowCompletionOr<void> JSObject::private_accessor_add(VM& vm, Symbol* name, JSObject* getter,
                                                       JSObject* setter) {
    if (has_private_element(name))
        return vm.throw_type_error("Cannot initialize private methods of class " + private_name(name) +
                                   " twice on the same object");
    auto* accessor = vm.heap().allocate<Accessor>(getter, setter);
    add_to_storage(vm, PropertyKey::from_symbol(name), Value::internal_cell(accessor), kAccessor);
    return {};
}

ThrowCompletionOr<Value> JSObject::private_get(VM& vm, Symbol* name) {
    auto property = shape_->lookup(PropertyKey::from_symbol(name));
    if (!property)
        return vm.throw_type_error("Cannot read private member " + private_name(name) +
                                   " from an object whose class did not declare it");
    Value stored = slots()[property->slot];
    if (!is_accessor(property->attributes)) return stored;
    JSObject* getter = as_accessor(stored)->getter;
    if (!getter) return vm.throw_type_error("'" + private_name(name) + "' was defined without a getter");
    return Call(vm, getter, this);
}

ThrowCompletionOr<void> JSObject::private_set(VM& vm, Symbol* name, Value value) {
    auto property = shape_->lookup(PropertyKey::from_symbol(name));
    if (!property)
        return vm.throw_type_error("Cannot write private member " + private_name(name) +
                                   " to an object whose class did not declare it");
    if (!is_accessor(property->attributes)) {
        if (!(property->attributes & kWritable))
            return vm.throw_type_error("Private method " + private_name(name) + " is not writable");
        writable_slots()[property->slot] = value;
        return {};
    }
    JSObject* setter = as_accessor(slots()[property->slot])->setter;
    if (!setter) return vm.throw_type_error("'" + private_name(name) + "' was defined without a setter");
    TRY(Call(vm, setter, this, std::span<const Value>(&value, 1)));
    return {};
}

} // namespace yjs
