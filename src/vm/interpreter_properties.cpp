// Property access for the interpreter: named/keyed get and set with monomorphic inline caches, global
// bindings, super references and private elements.
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/indexed_properties.h"
#include "runtime/object.h"
#include "runtime/proxy_object.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/typed_array.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/interpreter_internal.h"
#include "vm/js_function.h"


namespace yjs::interp {

namespace {

// An inline cache keyed on a shape is sound for objects whose lookups (gets) or updates (sets) are the
// ordinary algorithms over their storage; exotic objects always take the generic path.
bool is_cacheable_for_get(JSObject* object) {
    return object->has_ordinary_lookup() && object->shape()->is_cacheable();
}
bool is_cacheable_for_set(JSObject* object) {
    return object->has_ordinary_update() && object->shape()->is_cacheable();
}

std::string key_text(VM& vm, PropertyKey key) {
    if (key.is_symbol()) return key.as_symbol()->descriptive_string(vm)->to_utf8();
    return key.to_string(vm)->to_utf8();
}

ThrowCompletion throw_nullish_read(VM& vm, Value base, PropertyKey key) {
    return vm.throw_type_error(std::string("Cannot read properties of ") + (base.is_null() ? "null" : "undefined") +
                               " (reading '" + key_text(vm, key) + "')");
}

ThrowCompletion throw_nullish_write(VM& vm, Value base, PropertyKey key) {
    return vm.throw_type_error(std::string("Cannot set properties of ") + (base.is_null() ? "null" : "undefined") +
                               " (setting '" + key_text(vm, key) + "')");
}

// A strict-mode [[Set]] on `object` returned false.
ThrowCompletion throw_read_only(VM& vm, JSObject* object, PropertyKey key) {
    if (object->is_proxy()) return throw_proxy_trap_falsish(vm, "set", key);
    return vm.throw_type_error("Cannot assign to read only property '" + key_text(vm, key) + "' of object");
}

// A value usable as a key without conversion side effects: integer indices become index keys directly.
std::optional<PropertyKey> fast_key(VM& vm, Value key) {
    if (key.is_number()) {
        double number = key.as_number();
        if (number >= 0 && number < 4294967295.0) {
            auto index = static_cast<std::uint32_t>(number);
            if (static_cast<double>(index) == number) return PropertyKey::from_index(index);
        }
        return std::nullopt;
    }
    if (key.is_string() || key.is_symbol()) return PropertyKey::from_value(vm, key);
    return std::nullopt;
}

void cache_get(JSObject* object, PropertyKey key, FeedbackSlot* slot) {
    if (!slot || !is_cacheable_for_get(object)) return;
    Shape* shape = object->shape();
    if (auto own = shape->lookup(key)) {
        if (own->attributes & kAccessor) return;
        *slot = FeedbackSlot{shape, nullptr, nullptr, own->slot, 0, nullptr};
        return;
    }
    // A hit on the direct prototype: valid while both shapes stay the same (the receiver's shape pins its
    // prototype and the absence of an own property).
    JSObject* prototype = object->prototype();
    if (!prototype || !is_cacheable_for_get(prototype)) return;
    if (auto inherited = prototype->shape()->lookup(key)) {
        if (inherited->attributes & kAccessor) return;
        *slot = FeedbackSlot{shape, prototype, prototype->shape(), inherited->slot, 0, nullptr};
        return;
    }
    // A hit two levels up (methods of generators and class hierarchies): the prototype's shape pins the
    // holder and the absence of an own property there.
    JSObject* holder = prototype->prototype();
    if (!holder || !is_cacheable_for_get(holder)) return;
    if (auto inherited = holder->shape()->lookup(key)) {
        if (inherited->attributes & kAccessor) return;
        *slot = FeedbackSlot{shape, holder, holder->shape(), inherited->slot, 0, prototype->shape()};
    }
}

void cache_typed_array_length(TypedArrayObject* array, TypedArrayObject::LengthGetterLocation location,
                              FeedbackSlot* slot) {
    JSObject* prototype = array->prototype();
    if (!slot || !array->shape()->is_cacheable() || !prototype->shape()->is_cacheable() ||
        !location.holder->shape()->is_cacheable())
        return;
    JSObject* getter = static_cast<Accessor*>(location.holder->slots()[location.slot].as_cell())->getter;
    *slot = FeedbackSlot{array->shape(), getter, prototype->shape(), location.slot, kTypedArrayLengthEntry,
                         location.holder->shape()};
}

GlobalEnvironment* current_global_environment(VM& vm) { return vm.current_realm().global_environment(); }

ThrowCompletion throw_uninitialized(VM& vm, JSString* name) {
    return vm.throw_reference_error("Cannot access '" + name->to_utf8() + "' before initialization");
}

} // namespace

PropertyKey key_from_constant(VM& vm, Value constant) {
    if (constant.is_string()) return PropertyKey::from_string(vm, constant.as_string());
    return PropertyKey::from_value(vm, constant);
}

ThrowCompletionOr<Value> get_named(VM& vm, Value base, PropertyKey key, FeedbackSlot* slot) {
    if (base.is_object()) {
        JSObject* object = base.as_object();
        if (key == vm.names().length && object->is_typed_array()) {
            auto* array = static_cast<TypedArrayObject*>(object);
            if (auto location = array->find_intrinsic_length_getter(vm)) {
                cache_typed_array_length(array, *location, slot);
                return Value(static_cast<double>(array->length()));
            }
        }
        cache_get(object, key, slot);
        return object->internal_get(vm, key, base);
    }
    if (base.is_string() && key == vm.names().length) return Value(static_cast<double>(base.as_string()->length()));
    if (base.is_nullish()) return throw_nullish_read(vm, base, key);
    return GetV(vm, base, key);
}

ThrowCompletionOr<void> set_named(VM& vm, Value base, PropertyKey key, Value value, FeedbackSlot* slot, bool strict) {
    if (base.is_object()) {
        JSObject* object = base.as_object();
        if (slot && is_cacheable_for_set(object)) {
            Shape* shape = object->shape();
            if (auto own = shape->lookup(key)) {
                if ((own->attributes & (kAccessor | kWritable)) == kWritable) {
                    *slot = FeedbackSlot{shape, nullptr, nullptr, own->slot, 0, nullptr};
                    object->slots()[own->slot] = value;
                    return {};
                }
            }
        }
        if (!TRY(object->internal_set(vm, key, value, base)) && strict) return throw_read_only(vm, object, key);
        return {};
    }
    if (base.is_nullish()) return throw_nullish_write(vm, base, key);
    JSObject* object = TRY(ToObject(vm, base));
    if (!TRY(object->internal_set(vm, key, value, base)) && strict) return throw_read_only(vm, object, key);
    return {};
}

ThrowCompletionOr<Value> get_keyed(VM& vm, Value base, Value key) {
    if (base.is_object()) {
        JSObject* object = base.as_object();
        if (key.is_number() && object->has_ordinary_lookup() && object->indexed()) {
            double number = key.as_number();
            if (number >= 0 && number < 4294967295.0) {
                auto index = static_cast<std::uint32_t>(number);
                Value element;
                if (static_cast<double>(index) == number && object->indexed()->get_dense(index, element))
                    return element;
            }
        } else if (key.is_number() && object->is_typed_array()) {
            // Typed array elements: read from the buffer, no property lookup.
            double number = key.as_number() == 0 ? 0.0 : key.as_number(); // ToString(-0) is "0"
            auto* typed_array = static_cast<TypedArrayObject*>(object);
            if (number >= 0 && number < 4294967295.0) {
                auto index = static_cast<std::uint32_t>(number);
                Value element;
                if (static_cast<double>(index) == number && typed_array->get_fast(index, element)) return element;
            }
            return typed_array->get_element(vm, number);
        }
        auto property_key = fast_key(vm, key);
        if (!property_key) property_key = TRY(ToPropertyKey(vm, key));
        return object->internal_get(vm, *property_key, base);
    }
    if (base.is_string() && key.is_number()) {
        JSString* string = base.as_string();
        double number = key.as_number();
        if (number >= 0 && number < string->length() && static_cast<double>(static_cast<std::uint32_t>(number)) == number)
            return Value(JSString::from_code_unit(vm, string->at(static_cast<std::uint32_t>(number))));
    }
    if (base.is_nullish()) {
        auto property_key = fast_key(vm, key);
        if (property_key) return throw_nullish_read(vm, base, *property_key);
        return vm.throw_type_error(std::string("Cannot read properties of ") + (base.is_null() ? "null" : "undefined"));
    }
    JSObject* object = TRY(ToObject(vm, base));
    auto property_key = fast_key(vm, key);
    if (!property_key) property_key = TRY(ToPropertyKey(vm, key));
    return object->internal_get(vm, *property_key, base);
}

ThrowCompletionOr<void> set_keyed(VM& vm, Value base, Value key, Value value, bool strict) {
    if (base.is_nullish()) {
        auto property_key = fast_key(vm, key);
        if (property_key) return throw_nullish_write(vm, base, *property_key);
        return vm.throw_type_error(std::string("Cannot set properties of ") + (base.is_null() ? "null" : "undefined"));
    }
    JSObject* object = base.is_object() ? base.as_object() : TRY(ToObject(vm, base));
    if (key.is_number() && base.is_object() && object->is_typed_array()) {
        // Typed array elements: stored into the buffer, no property lookup ([[Set]] with O as the receiver
        // is TypedArraySetElement for every numeric key; views of immutable buffers, which set_fast_number
        // refuses, take the [[Set]] path below).
        double number = key.as_number() == 0 ? 0.0 : key.as_number(); // ToString(-0) is "0"
        auto* typed_array = static_cast<TypedArrayObject*>(object);
        if (value.is_number() && number >= 0 && number < 4294967295.0) {
            auto index = static_cast<std::uint32_t>(number);
            if (static_cast<double>(index) == number && typed_array->set_fast_number(index, value.as_number()))
                return {};
        }
        if (!typed_array->buffer()->is_immutable()) return typed_array->set_element(vm, number, value);
    }
    auto property_key = fast_key(vm, key);
    if (property_key && property_key->is_index() && base.is_object()) {
        std::uint32_t index = property_key->as_index();
        if (object->is_array()) {
            if (static_cast<JSArray*>(object)->set_fast(vm, index, value)) return {};
        } else if (object->has_ordinary_update() && object->indexed() && object->indexed()->set_dense(index, value)) {
            return {};
        }
    }
    if (!property_key) property_key = TRY(ToPropertyKey(vm, key));
    if (!TRY(object->internal_set(vm, *property_key, value, base)) && strict) return throw_read_only(vm, object, *property_key);
    return {};
}

ThrowCompletionOr<Value> delete_property(VM& vm, Value base, Value key, bool strict) {
    JSObject* object = TRY(ToObject(vm, base));
    auto property_key = fast_key(vm, key);
    if (!property_key) property_key = TRY(ToPropertyKey(vm, key));
    bool deleted = TRY(object->internal_delete(vm, *property_key));
    if (!deleted && strict) {
        if (object->is_proxy()) return throw_proxy_trap_falsish(vm, "deleteProperty", *property_key);
        return vm.throw_type_error("Cannot delete property '" + key_text(vm, *property_key) + "' of " +
                                   std::string("#<") + object->class_name() + ">");
    }
    return Value::boolean(deleted);
}

// --- Globals ---

ThrowCompletionOr<Value> get_global(VM& vm, JSString* name, FeedbackSlot* slot, bool or_undefined) {
    GlobalEnvironment* global_environment = current_global_environment(vm);
    JSObject* global = global_environment->global_object();
    if (slot->holder == global) {
        if (slot->extra == FeedbackSlot::kGlobalLexical) {
            Value value = *slot->global_cell;
            if (value.is_empty()) return throw_uninitialized(vm, name);
            return value;
        }
        if (slot->shape == global->shape() && slot->extra == global_environment->lexical_epoch())
            return global->slots()[slot->slot];
    }
    if (auto index = global_environment->find_lexical(name)) {
        Value* cell = &global_environment->lexical(*index).value;
        *slot = FeedbackSlot{nullptr, global, nullptr, *index, FeedbackSlot::kGlobalLexical, nullptr};
        slot->global_cell = cell;
        if (cell->is_empty()) return throw_uninitialized(vm, name);
        return *cell;
    }
    PropertyKey key = PropertyKey::from_atom(name);
    Shape* shape = global->shape();
    if (auto own = shape->lookup(key);
        own && !(own->attributes & kAccessor) && global->has_ordinary_lookup()) {
        // An own data property: HasProperty and Get observe nothing more. A dictionary shape (a global
        // object with very many properties) is mutated in place, so it is never cached.
        if (shape->is_cacheable())
            *slot = FeedbackSlot{shape, global, nullptr, own->slot, global_environment->lexical_epoch(),
                                 nullptr};
        return global->slots()[own->slot];
    }
    if (!TRY(global->has_property(vm, key))) {
        if (or_undefined) return Value::undefined();
        return vm.throw_reference_error(name->to_utf8() + " is not defined");
    }
    return global->get(vm, key);
}

ThrowCompletionOr<void> set_global(VM& vm, JSString* name, Value value, FeedbackSlot* slot, bool strict) {
    GlobalEnvironment* global_environment = current_global_environment(vm);
    JSObject* global = global_environment->global_object();
    if (slot->holder == global) {
        if (slot->extra == FeedbackSlot::kGlobalLexical) {
            // (Only mutable bindings are cached.)
            if (slot->global_cell->is_empty()) return throw_uninitialized(vm, name);
            *slot->global_cell = value;
            return {};
        }
        if (slot->shape == global->shape() && slot->extra == global_environment->lexical_epoch()) {
            global->slots()[slot->slot] = value;
            return {};
        }
    }
    if (auto index = global_environment->find_lexical(name)) {
        auto& lexical = global_environment->lexical(*index);
        if (!lexical.is_const) {
            *slot = FeedbackSlot{nullptr, global, nullptr, *index, FeedbackSlot::kGlobalLexical, nullptr};
            slot->global_cell = &lexical.value;
        }
        if (lexical.value.is_empty()) return throw_uninitialized(vm, name);
        if (lexical.is_const) return vm.throw_type_error("Assignment to constant variable.");
        lexical.value = value;
        return {};
    }
    PropertyKey key = PropertyKey::from_atom(name);
    Shape* shape = global->shape();
    if (auto own = shape->lookup(key);
        own && (own->attributes & (kAccessor | kWritable)) == kWritable && global->has_ordinary_update()) {
        // An own writable data property: the store observes nothing more. (Dictionary shapes are never
        // cached, see get_global.)
        if (shape->is_cacheable())
            *slot = FeedbackSlot{shape, global, nullptr, own->slot, global_environment->lexical_epoch(),
                                 nullptr};
        global->slots()[own->slot] = value;
        return {};
    }
    // PutValue through the object record: unresolvable references are ReferenceErrors in strict code.
    if (!TRY(global->has_property(vm, key))) {
        if (strict) return vm.throw_reference_error(name->to_utf8() + " is not defined");
        TRY(global->set(vm, key, value, false));
        return {};
    }
    TRY(global->set(vm, key, value, strict));
    return {};
}

ThrowCompletionOr<void> initialize_global_lexical(VM& vm, JSString* name, Value value) {
    GlobalEnvironment* global_environment = current_global_environment(vm);
    auto index = global_environment->find_lexical(name);
    if (!index) index = global_environment->create_lexical(name, false);
    global_environment->lexical(*index).value = value;
    return {};
}

// --- super ---
// `base` is the super base from LdaSuperBase: [[HomeObject]].[[GetPrototypeOf]](), possibly null.

ThrowCompletionOr<Value> get_super(VM& vm, Value this_value, Value base, Value key) {
    if (this_value.is_empty())
        return vm.throw_reference_error("Must call super constructor in derived class before accessing 'this' or "
                                        "returning from derived constructor");
    if (base.is_null()) return vm.throw_type_error("Cannot read properties of null (super base)");
    PropertyKey property_key = TRY(ToPropertyKey(vm, key));
    return base.as_object()->internal_get(vm, property_key, this_value);
}

ThrowCompletionOr<void> set_super(VM& vm, Value this_value, Value base, Value key, Value value, bool strict) {
    if (this_value.is_empty())
        return vm.throw_reference_error("Must call super constructor in derived class before accessing 'this' or "
                                        "returning from derived constructor");
    if (base.is_null()) return vm.throw_type_error("Cannot set properties of null (super base)");
    PropertyKey property_key = TRY(ToPropertyKey(vm, key));
    if (!TRY(base.as_object()->internal_set(vm, property_key, value, this_value)) && strict)
        return throw_read_only(vm, base.as_object(), property_key);
    return {};
}

// --- Private elements (7.3.26-7.3.32) ---
// Private names are private symbols keying the object's own storage: fields are writable data properties,
// methods non-writable data properties, accessors Accessor pairs.

namespace {

std::string private_name_text(Value name) {
    JSString* description = name.as_symbol()->description();
    return description ? description->to_utf8() : std::string("#<private>");
}

} // namespace

ThrowCompletionOr<Value> private_get(VM& vm, Value object, Value name) {
    PropertyKey key = PropertyKey::from_symbol(name.as_symbol());
    std::optional<JSObject::OwnLookup> entry;
    if (object.is_object()) entry = object.as_object()->lookup_own_storage(key);
    if (!entry)
        return vm.throw_type_error("Cannot read private member " + private_name_text(name) +
                                   " from an object whose class did not declare it");
    if (entry->attributes & kAccessor) {
        auto* accessor = static_cast<Accessor*>(entry->value.as_cell());
        if (!accessor->getter) return vm.throw_type_error("'" + private_name_text(name) + "' was defined without a getter");
        return Call(vm, Value(accessor->getter), object);
    }
    return entry->value;
}

ThrowCompletionOr<void> private_set(VM& vm, Value object, Value name, Value value) {
    PropertyKey key = PropertyKey::from_symbol(name.as_symbol());
    std::optional<JSObject::OwnLookup> entry;
    if (object.is_object()) entry = object.as_object()->lookup_own_storage(key);
    if (!entry)
        return vm.throw_type_error("Cannot write private member " + private_name_text(name) +
                                   " to an object whose class did not declare it");
    if (entry->attributes & kAccessor) {
        auto* accessor = static_cast<Accessor*>(entry->value.as_cell());
        if (!accessor->setter) return vm.throw_type_error("'" + private_name_text(name) + "' was defined without a setter");
        Value arguments[] = {value};
        TRY(Call(vm, Value(accessor->setter), object, arguments));
        return {};
    }
    if (!(entry->attributes & kWritable))
        return vm.throw_type_error("Private method '" + private_name_text(name) + "' is not writable");
    object.as_object()->define_direct_property(vm, key, value, kWritable);
    return {};
}

ThrowCompletionOr<void> private_define(VM& vm, Value object, Value name, Value value, std::uint32_t kind) {
    if (!object.is_object()) return vm.throw_type_error("Cannot define a private member on a non-object");
    JSObject* target = object.as_object();
    PropertyKey key = PropertyKey::from_symbol(name.as_symbol());
    auto existing = target->lookup_own_storage(key);
    // PrivateFieldAdd / PrivateMethodOrAccessorAdd step 1: O.[[Extensible]] must be true (a getter/setter
    // completing an accessor adds no new element).
    if (!target->extensible() && !(kind >= 2 && existing))
        return vm.throw_type_error("Cannot define private member " + private_name_text(name) +
                                   " on a non-extensible object");
    switch (kind) {
    case 0: // field
        if (existing)
            return vm.throw_type_error("Cannot initialize " + private_name_text(name) + " twice on the same object");
        target->define_direct_property(vm, key, value, kWritable);
        return {};
    case 1: // method
        if (existing)
            return vm.throw_type_error("Cannot initialize private methods of class twice on the same object");
        target->define_direct_property(vm, key, value, 0);
        return {};
    default: { // 2 getter, 3 setter: the two halves of one private accessor merge
        JSObject* getter = nullptr;
        JSObject* setter = nullptr;
        if (existing) {
            auto* accessor = (existing->attributes & kAccessor) ? static_cast<Accessor*>(existing->value.as_cell())
                                                                : nullptr;
            bool duplicate = !accessor || (kind == 2 ? accessor->getter != nullptr : accessor->setter != nullptr);
            if (duplicate)
                return vm.throw_type_error("Cannot initialize private methods of class twice on the same object");
            getter = accessor->getter;
            setter = accessor->setter;
        }
        if (kind == 2) getter = value.as_object();
        else setter = value.as_object();
        target->define_direct_accessor(vm, key, getter, setter, 0);
        return {};
    }
    }
}

ThrowCompletionOr<bool> private_has(VM& vm, Value object, Value name) {
    if (!object.is_object())
        return vm.throw_type_error("Cannot use 'in' operator to search for '" + private_name_text(name) +
                                   "' in a non-object");
    return object.as_object()->lookup_own_storage(PropertyKey::from_symbol(name.as_symbol())).has_value();
}

} // namespace yjs::interp
