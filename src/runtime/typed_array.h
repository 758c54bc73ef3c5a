#pragma once
// TypedArray objects: the integer-indexed exotic objects of 10.4.5, and the typed-array abstract operations
// of 23.2.4 / 10.4.5 (TypedArrayLength, IsTypedArrayOutOfBounds, IsValidIntegerIndex,
// TypedArrayGetElement / TypedArraySetElement, ValidateTypedArray, TypedArraySpeciesCreate, ...).
//
// The engine reads a buffer's byte length directly (one agent per buffer at a time), so the spec's
// "TypedArray With Buffer Witness Records" collapse to reading the view's fields and the buffer's
// current length.
#include "runtime/array_buffer.h"
#include "runtime/object.h"
#include "runtime/realm.h"

#include <cstdint>
#include <optional>
#include <span>

namespace yjs {

class TypedArrayObject final : public JSObject {
public:
    // A new typed array of `type` viewing `buffer`; `array_length` nullopt: length-tracking (auto).
    static TypedArrayObject* create(VM&, JSObject* prototype, ElementType, ArrayBufferObject* buffer,
                                    std::uint64_t byte_offset, std::optional<std::uint64_t> array_length);
    TypedArrayObject(Shape*, ElementType, ArrayBufferObject*, std::uint64_t byte_offset,
                     std::optional<std::uint64_t> array_length);

    const char* class_name() const override { return element_type_name_with_array(type_); }
    bool is_typed_array() const override { return true; }
    void visit_edges(Visitor&) override;

    ThrowCompletionOr<std::optional<PropertyDescriptor>> internal_get_own_property(VM&, PropertyKey) override;
    ThrowCompletionOr<bool> internal_has_property(VM&, PropertyKey) override;
    ThrowCompletionOr<bool> internal_define_own_property(VM&, PropertyKey,
                                                         const PropertyDescriptor&) override;
    ThrowCompletionOr<Value> internal_get(VM&, PropertyKey, Value receiver) override;
    ThrowCompletionOr<bool> internal_set(VM&, PropertyKey, Value value, Value receiver) override;
    ThrowCompletionOr<bool> internal_delete(VM&, PropertyKey) override;
    ThrowCompletionOr<void> internal_own_property_keys(VM&, MarkedKeyVector& keys) override;
    ThrowCompletionOr<bool> internal_prevent_extensions(VM&) override;

    ElementType type() const { return type_; }
    std::uint32_t element_size() const { return yjs::element_size(type_); }
    ArrayBufferObject* buffer() const { return buffer_; }
    std::uint64_t byte_offset() const { return byte_offset_; }
    bool is_length_tracking() const { return !array_length_; }
    std::optional<std::uint64_t> array_length_slot() const { return array_length_; }

    // IsTypedArrayOutOfBounds (detached counts as out of bounds).
    bool is_out_of_bounds() const;
    // TypedArrayLength for a view in bounds; 0 when out of bounds (what the spec's callers use then).
    std::uint64_t length() const;
    // TypedArrayByteLength.
    std::uint64_t byte_length() const { return length() * element_size(); }
    // IsTypedArrayFixedLength.
    bool is_fixed_length() const;
    // IsValidIntegerIndex(O, index) for an index already known to be an integral Number.
    bool is_valid_index(double index) const {
        return index >= 0 && !(index == 0 && std::signbit(index)) && index < static_cast<double>(length());
    }
    // The address of element `index` (valid index only).
    std::uint8_t* element_address(std::uint64_t index) const {
        return buffer_->data() + byte_offset_ + index * element_size();
    }

    // Interpreter fast paths for a uint32 index: false when the index is out of range, or (for stores)
    // when the element type is a BigInt type.
    bool get_fast(std::uint32_t index, Value& out) const {
        if (index >= length()) return false;
        if (is_bigint_element_type(type_)) return false;
        out = Value(load_number(type_, element_address(index)));
        return true;
    }
    bool set_fast_number(std::uint32_t index, double value) {
        if (is_bigint_element_type(type_) || index >= length()) return false;
        store_number(type_, value, element_address(index));
        return true;
    }

    // TypedArrayGetElement / TypedArraySetElement.
    ThrowCompletionOr<Value> get_element(VM&, double index);
    ThrowCompletionOr<void> set_element(VM&, double index, Value value);

    static const char* element_type_name_with_array(ElementType);

private:
    ElementType type_;
    ArrayBufferObject* buffer_;
    std::uint64_t byte_offset_;
    std::optional<std::uint64_t> array_length_;
};

// The intrinsic constructor / prototype of an element type.
Intrinsic typed_array_constructor_intrinsic(ElementType);
Intrinsic typed_array_prototype_intrinsic(ElementType);

// ValidateTypedArray(O, order): the typed array and its length; TypeError for a non-typed-array, or one
// that is out of bounds or detached. `method` names the caller in the messages.
struct ValidatedTypedArray {
    TypedArrayObject* array;
    std::uint64_t length;
};
ThrowCompletionOr<ValidatedTypedArray> ValidateTypedArray(VM&, Value, const char* method);

// ToNumber or ToBigInt, as the element type needs (the conversion TypedArraySetElement does first).
ThrowCompletionOr<Value> ToElementNumeric(VM&, ElementType, Value);
// Stores an already converted numeric in element `index` if the index is still valid.
ThrowCompletionOr<void> StoreConvertedElement(VM&, TypedArrayObject&, std::uint64_t index, Value numeric);

// AllocateTypedArray(constructorName, newTarget, defaultProto, length): a typed array of `type` on a new
// buffer of `length` elements.
ThrowCompletionOr<TypedArrayObject*> AllocateTypedArray(VM&, ElementType, JSObject* new_target,
                                                        std::uint64_t length);
// TypedArrayCreateFromConstructor(constructor, argumentList) and TypedArrayCreateSameType(exemplar, length)
// and TypedArraySpeciesCreate(exemplar, argumentList). `length_hint`, when given, is the single length
// argument whose result ValidateTypedArray checks is at least that long.
ThrowCompletionOr<TypedArrayObject*> TypedArrayCreateFromConstructor(VM&, JSObject* constructor,
                                                                     std::span<const Value> arguments,
                                                                     const char* method);
ThrowCompletionOr<TypedArrayObject*> TypedArrayCreateSameType(VM&, TypedArrayObject& exemplar,
                                                              std::uint64_t length);
ThrowCompletionOr<TypedArrayObject*> TypedArraySpeciesCreate(VM&, TypedArrayObject& exemplar,
                                                             std::span<const Value> arguments,
                                                             const char* method);

} // namespace yjs
