#pragma once
// JSObject: ordinary objects, and the base of every exotic object.
//
// The spec's internal methods ([[Get]], [[DefineOwnProperty]], ...) are virtual member functions named
// internal_*; exotic objects (arrays, proxies, arguments, string wrappers, module namespaces, ...) override
// the ones the spec overrides. The non-virtual helpers below are the spec's abstract operations on objects
// (Get, Set, CreateDataProperty, DefinePropertyOrThrow, ...).
//
// Storage: named properties live in the slots, laid out by the object's Shape (hidden class; it also holds
// the prototype and the extensible flag). Integer-indexed properties live in IndexedProperties (dense
// vector with holes, or a sparse map), allocated on first use.
//
// The header is three words (vtable, shape, slots), because every object pays for it. The slots pointer
// carries three flag bits in its low bits (slots are 8-byte aligned). Slot storage is either trailing
// storage of the cell (capacity: up to the end of the cell, whose size the heap knows) or a malloc'd block
// that starts with a StorageHeader: the capacity and the IndexedProperties, if any. So an object that gets
// indexed properties moves its slots out of line; most objects never have any.
#include "heap/cell.h"
#include "heap/heap.h"
#include "runtime/completion.h"
#include "runtime/property.h"
#include "runtime/property_key.h"

#include <cstdint>
#include <optional>
#include <span>

namespace yjs {
using MarkedKeyVector = MarkedVector<PropertyKey>;
}

namespace yjs {

class VM;
class Realm;
class Shape;
class IndexedProperties;

// The builtinTag Object.prototype.toString derives from an object's internal slots ([[ParameterMap]],
// [[ErrorData]], [[BooleanData]], ...). Arrays and callables are recognised without it.
enum class BuiltinTag : std::uint8_t { Object, Arguments, Error, Boolean, Number, String, Date, RegExp };

// A getter/setter pair stored in a property slot whose attributes include kAccessor.
class Accessor final : public Cell {
public:
    Accessor(JSObject* getter, JSObject* setter) : getter(getter), setter(setter) {}
    JSObject* getter; // null: undefined
    JSObject* setter;
    const char* class_name() const override { return "Accessor"; }
    void visit_edges(Visitor& visitor) override;
};

// The arguments of a call to a native function.
struct NativeCallInfo {
    Value this_value;
    std::span<const Value> arguments;
    JSObject* callee = nullptr;
    JSObject* new_target = nullptr; // null for [[Call]], set for [[Construct]]

    Value argument(std::size_t i) const { return i < arguments.size() ? arguments[i] : Value::undefined(); }
    std::size_t argument_count() const { return arguments.size(); }
};

class JSObject : public Cell {
public:
    // A new ordinary object whose shape is the empty root shape for `prototype` (may be null).
    static JSObject* create(VM&, JSObject* prototype);
    // As create(), with room for `inline_slots` properties inside the cell: for objects that are about to
    // get a few properties (the `this` of a base constructor), which then need no separate allocation.
    static JSObject* create_with_inline_slots(VM&, JSObject* prototype, std::uint32_t inline_slots);
    // A new ordinary object with a precomputed tree shape (object literals, iterator results); its slots
    // start undefined and live in the cell itself until the object outgrows them.
    static JSObject* create_with_shape(VM&, Shape* shape);
    struct InlineSlots {};
    // For create_with_shape only: the cell has room for the shape's slots after the object.
    JSObject(Shape*, InlineSlots);
    explicit JSObject(Shape* shape);
    ~JSObject() override;

    const char* class_name() const override { return "Object"; }
    bool is_object() const final { return true; }
    void visit_edges(Visitor&) override;

    // Type tests for the hottest exotic kinds (cheaper than dynamic_cast on hot paths).
    virtual bool is_array() const { return false; } // Array exotic object (not a proxy)
    virtual bool is_function() const { return false; }
    virtual bool is_callable() const { return false; }
    virtual bool is_constructor() const { return false; }
    virtual bool is_proxy() const { return false; }
    virtual bool is_typed_array() const { return false; } // TypedArray (integer-indexed exotic object)
    // The [[IsHTMLDDA]] slot is not supported; no object is undetectable.
    virtual BuiltinTag builtin_tag() const { return BuiltinTag::Object; }
    // Function objects with a [[Realm]] slot return it (GetFunctionRealm); others return null.
    virtual Realm* function_realm() const { return nullptr; }
    // Proxy exotic objects: [[ProxyTarget]], null once revoked. Only meaningful when is_proxy().
    virtual JSObject* proxy_target() const { return nullptr; }

    // Fast-path capabilities. has_ordinary_lookup(): [[GetPrototypeOf]], [[GetOwnProperty]], [[HasProperty]]
    // and [[Get]] are the ordinary methods, so the own properties are exactly what lookup_own_storage()
    // sees and prototype() is [[GetPrototypeOf]]. has_ordinary_update(): additionally [[IsExtensible]],
    // [[DefineOwnProperty]], [[Set]] and [[Delete]] are ordinary. Both are false unless the subclass's
    // constructor opts in (set_ordinary_methods), so an exotic object always gets its virtual methods called.
    bool has_ordinary_lookup() const { return slots_and_flags_ & kOrdinaryLookupFlag; }
    bool has_ordinary_update() const { return slots_and_flags_ & kOrdinaryUpdateFlag; }

    // --- Internal methods (ECMA-262 6.1.7.2, Table 4 & 5) ---
    virtual ThrowCompletionOr<JSObject*> internal_get_prototype_of(VM&);
    virtual ThrowCompletionOr<bool> internal_set_prototype_of(VM&, JSObject* prototype);
    virtual ThrowCompletionOr<bool> internal_is_extensible(VM&);
    virtual ThrowCompletionOr<bool> internal_prevent_extensions(VM&);
    virtual ThrowCompletionOr<std::optional<PropertyDescriptor>> internal_get_own_property(VM&, PropertyKey);
    virtual ThrowCompletionOr<bool> internal_define_own_property(VM&, PropertyKey, const PropertyDescriptor&);
    virtual ThrowCompletionOr<bool> internal_has_property(VM&, PropertyKey);
    virtual ThrowCompletionOr<Value> internal_get(VM&, PropertyKey, Value receiver);
    virtual ThrowCompletionOr<bool> internal_set(VM&, PropertyKey, Value value, Value receiver);
    virtual ThrowCompletionOr<bool> internal_delete(VM&, PropertyKey);
    virtual ThrowCompletionOr<void> internal_own_property_keys(VM&, MarkedKeyVector& keys);
    // Functions only.
    virtual ThrowCompletionOr<Value> internal_call(VM&, Value this_value, std::span<const Value> arguments);
    virtual ThrowCompletionOr<JSObject*> internal_construct(VM&, std::span<const Value> arguments,
                                                            JSObject* new_target);

    // --- Ordinary implementations, callable by exotic overrides (10.1) ---
    std::optional<PropertyDescriptor> ordinary_get_own_property(VM&, PropertyKey);
    ThrowCompletionOr<bool> ordinary_define_own_property(VM&, PropertyKey, const PropertyDescriptor&);
    ThrowCompletionOr<Value> ordinary_get(VM&, PropertyKey, Value receiver);
    ThrowCompletionOr<bool> ordinary_set(VM&, PropertyKey, Value value, Value receiver);
    ThrowCompletionOr<bool> ordinary_delete(VM&, PropertyKey);
    ThrowCompletionOr<bool> ordinary_has_property(VM&, PropertyKey);
    bool ordinary_set_prototype_of(VM&, JSObject* prototype);
    void ordinary_prevent_extensions(VM&);
    void ordinary_own_property_keys(VM&, MarkedKeyVector& keys);
    // OrdinarySetWithOwnDescriptor.
    ThrowCompletionOr<bool> ordinary_set_with_own_descriptor(VM&, PropertyKey, Value value, Value receiver,
                                                             std::optional<PropertyDescriptor> own_desc);

    // --- Abstract operations on objects (7.3) ---
    ThrowCompletionOr<Value> get(VM&, PropertyKey);
    // Set(O, P, V, Throw)
    ThrowCompletionOr<void> set(VM&, PropertyKey, Value, bool throw_on_failure);
    ThrowCompletionOr<bool> create_data_property(VM&, PropertyKey, Value);
    ThrowCompletionOr<void> create_data_property_or_throw(VM&, PropertyKey, Value);
    ThrowCompletionOr<void> create_non_enumerable_data_property_or_throw(VM&, PropertyKey, Value);
    ThrowCompletionOr<void> define_property_or_throw(VM&, PropertyKey, const PropertyDescriptor&);
    ThrowCompletionOr<void> delete_property_or_throw(VM&, PropertyKey);
    ThrowCompletionOr<bool> has_property(VM&, PropertyKey);
    ThrowCompletionOr<bool> has_own_property(VM&, PropertyKey);
    ThrowCompletionOr<bool> set_integrity_level(VM&, bool frozen);
    ThrowCompletionOr<bool> test_integrity_level(VM&, bool frozen);

    // --- Direct storage access for built-in setup and fast paths (no side effects, no checks) ---
    // Adds or overwrites an own property; the object must be ordinary or the caller must know the
    // property is not special to the exotic object.
    void define_direct_property(VM&, PropertyKey, Value, PropertyAttributes = kBuiltinAttributes);
    void define_direct_accessor(VM&, PropertyKey, JSObject* getter, JSObject* setter, PropertyAttributes);
    // Removes an own property from storage (no checks).
    void delete_direct_property(VM&, PropertyKey);
    // Applies a cached add-property transition (an inline-cache hit): `new_shape` is what
    // shape()->with_added_property(key, attributes, &slot) returned for the current shape (a tree shape),
    // and `slot` the slot it reported. Grows the slot storage as needed.
    void add_property_with_transition(Shape* new_shape, std::uint32_t slot, Value value);
    // Built-in function helpers: creates a NativeFunction with `name` and `length` and defines it.
    using NativeFunctionPointer = ThrowCompletionOr<Value> (*)(VM&, const NativeCallInfo&);
    JSObject* define_native_function(VM&, Realm&, PropertyKey, NativeFunctionPointer, std::uint32_t length,
                                     PropertyAttributes = kBuiltinAttributes);
    void define_native_accessor(VM&, Realm&, PropertyKey, NativeFunctionPointer getter,
                                NativeFunctionPointer setter, PropertyAttributes = kConfigurable);

    // Own data/accessor property lookup in storage only (no exotic behaviour). Returns the slot's raw
    // content (an Accessor cell for accessors) and attributes.
    struct OwnLookup {
        Value value;
        PropertyAttributes attributes;
    };
    std::optional<OwnLookup> lookup_own_storage(PropertyKey) const;

    // Shared slots: immutable values that objects created alike (closures of one code block) can all use
    // as their slots until one of them changes its shape or writes a slot, which first gives it a copy of
    // its own. Their creator owns them and frees them once no object can use them any more.
    static Value* create_shared_slots(std::span<const Value> values);
    static void free_shared_slots(Value* shared);

    Shape* shape() const { return shape_; }
    JSObject* prototype() const; // the stored [[Prototype]] (no traps)
    bool extensible() const;
    Value* slots() const { return reinterpret_cast<Value*>(slots_and_flags_ & ~kFlagMask); }
    IndexedProperties* indexed() const {
        Value* storage = out_of_line_slots();
        return storage ? storage_header(storage).indexed : nullptr;
    }
    IndexedProperties& ensure_indexed(VM&);

    // Private elements (#x): stored under private-symbol keys, invisible to reflection. Fields are writable
    // data properties, methods non-writable data properties, accessors accessor properties.
    ThrowCompletionOr<void> private_field_add(VM&, Symbol* name, Value);
    // PrivateMethodOrAccessorAdd for a method / an accessor (getter or setter may be null).
    ThrowCompletionOr<void> private_method_add(VM&, Symbol* name, JSObject* method);
    ThrowCompletionOr<void> private_accessor_add(VM&, Symbol* name, JSObject* getter, JSObject* setter);
    ThrowCompletionOr<Value> private_get(VM&, Symbol* name);
    ThrowCompletionOr<void> private_set(VM&, Symbol* name, Value);
    // PrivateElementFind(O, P) is not empty (the `#x in o` operator).
    bool has_private_element(Symbol* name) const;

protected:
    // For subclasses whose cell keeps its slots at `storage`, after their own fields: the slots run to the
    // end of the cell.
    JSObject(Shape*, InlineSlots, Value* storage);

    // Gives an object that has no slot storage `shape` and shared slots (see create_shared_slots()), which
    // must hold the shape's slots; it must drop them (forget_slots()) before ~JSObject runs.
    void use_shared_slots(Shape* shape, Value* shared);
    bool uses_shared_slots() const;
    void forget_slots() { set_slots(nullptr, false); }
    // Called when this object has just stopped using shared slots (it has a copy of its own now).
    virtual void did_stop_sharing_slots() {}
    void set_shape(Shape* shape) { shape_ = shape; }
    void ensure_slot_capacity(std::uint32_t count);
    void set_ordinary_methods(bool lookup, bool update) {
        slots_and_flags_ &= ~(kOrdinaryLookupFlag | kOrdinaryUpdateFlag);
        if (lookup) slots_and_flags_ |= kOrdinaryLookupFlag;
        if (update) slots_and_flags_ |= kOrdinaryUpdateFlag;
    }

private:
    friend class Shape;
    // Adds a new own property to storage (named keys get a slot, indices an element).
    void add_to_storage(VM&, PropertyKey, Value, PropertyAttributes);
    // Replaces the value of an existing own data property in storage, keeping its attributes.
    void write_own_storage_value(PropertyKey, Value);

    static constexpr std::uintptr_t kOrdinaryLookupFlag = 1;
    static constexpr std::uintptr_t kOrdinaryUpdateFlag = 2;
    static constexpr std::uintptr_t kInlineSlotsFlag = 4; // the slots are trailing storage of this cell
    static constexpr std::uintptr_t kFlagMask = 7;

    struct StorageHeader {
        IndexedProperties* indexed;
        std::uint64_t capacity; // kSharedSlots for shared slots
    };
    static constexpr std::uint64_t kSharedSlots = std::uint64_t(1) << 63;
    static StorageHeader& storage_header(Value* out_of_line_slots) {
        return reinterpret_cast<StorageHeader*>(out_of_line_slots)[-1];
    }

    bool has_inline_slots() const { return slots_and_flags_ & kInlineSlotsFlag; }
    // The slots when they live in malloc'd storage, else null.
    Value* out_of_line_slots() const { return has_inline_slots() ? nullptr : slots(); }
    std::uint32_t slot_capacity() const;
    // Moves the slots (with room for `capacity`) to malloc'd storage of this object's own, or grows that
    // storage.
    void move_to_out_of_line_storage(std::uint32_t capacity);
    // The slots, first copied if they are shared: for writes, and before any change of shape.
    Value* writable_slots();
    void change_shape(Shape* shape) {
        writable_slots();
        shape_ = shape;
    }
    void set_slots(Value* slots, bool inline_slots) {
        slots_and_flags_ = reinterpret_cast<std::uintptr_t>(slots) | (slots_and_flags_ & kFlagMask);
        if (!inline_slots) slots_and_flags_ &= ~kInlineSlotsFlag;
        else slots_and_flags_ |= kInlineSlotsFlag;
    }

    Shape* shape_;
    std::uintptr_t slots_and_flags_ = 0;
};

// Checked downcast for exotic kinds that do not have an is_* test: `if (auto* map = as_if<MapObject>(o))`.
template <typename T> T* as_if(JSObject* object) { return dynamic_cast<T*>(object); }
template <typename T> T* as_if(Value value) {
    return value.is_object() ? dynamic_cast<T*>(value.as_object()) : nullptr;
}

} // namespace yjs
