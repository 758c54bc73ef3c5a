#pragma once
// TypedArray objects: the integer-indexed exotic objects of 10.4.5, and the typed-array abstract operations
// of 23.2.4 / 10.4.5 (TypedArrayLength, IsTypedArrayOutOfBounds, IsValidIntegerIndex,
// TypedArrayGetElement / TypedArraySetElement, ValidateTypedArray, TypedArraySpeciesCreate, ...).
//
// The engine reads a buffer's byte length directly, so the spec's "TypedArray With Buffer Witness
// Records" collapse to reading the view's fields and the buffer's current length (for a growable
// SharedArrayBuffer, a seq-cst load of its block's length, which other agents may grow meanwhile).
#include "runtime/array_buffer.h"
#include "runtime/object.h"
#include "runtime/realm.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
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
    std::uint64_t length() const {
        // A fixed-length view of a fixed-length buffer is out of bounds only once detached.
        if (array_length_ && buffer_->is_fixed_length()) return buffer_->is_detached() ? 0 : *array_length_;
        return resizable_length();
    }
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
        const std::uint8_t* address = element_address(index);
        switch (type_) {
        case ElementType::Uint8:
        case ElementType::Uint8Clamped:
            out = Value(static_cast<double>(*address));
            return true;
        case ElementType::Int32: {
            std::int32_t number;
            std::memcpy(&number, address, 4);
            out = Value(static_cast<double>(number));
            return true;
        }
        case ElementType::Float64: {
            double number;
            std::memcpy(&number, address, 8);
            out = Value(number);
            return true;
        }
        case ElementType::BigInt64:
        case ElementType::BigUint64:
            return false;
        default:
            out = Value(load_number(type_, address));
            return true;
        }
    }
    bool set_fast_number(std::uint32_t index, double value) {
        if (index >= length() || buffer_->is_immutable()) return false;
        std::uint8_t* address = element_address(index);
        switch (type_) {
        case ElementType::Float64:
            std::memcpy(address, &value, 8);
            return true;
        case ElementType::Int8:
        case ElementType::Uint8:
        case ElementType::Int16:
        case ElementType::Uint16:
        case ElementType::Int32:
        case ElementType::Uint32:
            // An int32 value: the modular conversions keep its low bits.
            if (value >= -2147483648.0 && value <= 2147483647.0) {
                auto integer = static_cast<std::int32_t>(value);
                if (static_cast<double>(integer) == value) {
                    auto bits = static_cast<std::uint32_t>(integer);
                    static_assert(std::endian::native == std::endian::little,
                                  "elements are stored little-endian");
                    std::memcpy(address, &bits, element_size()); // the low bytes
                    return true;
                }
            }
            store_number(type_, value, address);
            return true;
        case ElementType::BigInt64:
        case ElementType::BigUint64:
            return false;
        default:
            store_number(type_, value, address);
            return true;
        }
    }

    // TypedArrayGetElement / TypedArraySetElement.
    ThrowCompletionOr<Value> get_element(VM&, double index);
    ThrowCompletionOr<void> set_element(VM&, double index, Value value);

    static const char* element_type_name_with_array(ElementType);

    // Where `array.length` finds %TypedArray.prototype%'s intrinsic "length" getter when nothing on the
    // way shadows it (the interpreter's fast path for `ta.length`): the holder and the getter's slot in it;
    // nullopt when the lookup could find something else.
    struct LengthGetterLocation {
        JSObject* holder;
        std::uint32_t slot;
    };
    std::optional<LengthGetterLocation> find_intrinsic_length_getter(VM&) const;
    // Whether a property slot's content is the accessor with the intrinsic "length" getter.
    static bool is_intrinsic_length_getter(Value slot_content);

private:
    // length() for views of resizable or growable buffers.
    std::uint64_t resizable_length() const;

    ElementType type_;
    ArrayBufferObject* buffer_;
    std::uint64_t byte_offset_;
    std::optional<std::uint64_t> array_length_;
};

// get %TypedArray%.prototype.length (typed_array_prototype.cpp).
ThrowCompletionOr<Value> TypedArrayPrototypeGetLength(VM&, const NativeCallInfo&);

// The intrinsic constructor / prototype of an element type.
Intrinsic typed_array_constructor_intrinsic(ElementType);
Intrinsic typed_array_prototype_intrinsic(ElementType);

// The access mode of ValidateTypedArray and the typed-array creation operations (immutable ArrayBuffers
// proposal): a typed array validated for Write must not view an immutable buffer.
enum class AccessMode : std::uint8_t { Read, Write };

// ValidateTypedArray(O, order, accessMode): the typed array and its length; TypeError for a
// non-typed-array, one that is out of bounds or detached, or (for Write) one viewing an immutable buffer.
// `method` names the caller in the messages.
struct ValidatedTypedArray {
    TypedArrayObject* array;
    std::uint64_t length;
};
ThrowCompletionOr<ValidatedTypedArray> ValidateTypedArray(VM&, Value, const char* method,
                                                          AccessMode = AccessMode::Read);
// The TypeError for writing to a view of an immutable buffer.
ThrowCompletion throw_immutable_buffer_write(VM&, const char* method);

// ToNumber or ToBigInt, as the element type needs (the conversion TypedArraySetElement does first).
ThrowCompletionOr<Value> ToElementNumeric(VM&, ElementType, Value);
// Stores an already converted numeric in element `index` if the index is still valid.
ThrowCompletionOr<void> StoreConvertedElement(VM&, TypedArrayObject&, std::uint64_t index, Value numeric);

// AllocateTypedArray(constructorName, newTarget, defaultProto, length): a typed array of `type` on a new
// buffer of `length` elements.
ThrowCompletionOr<TypedArrayObject*> AllocateTypedArray(VM&, ElementType, JSObject* new_target,
                                                        std::uint64_t length);
// TypedArrayCreateFromConstructor(constructor, argumentList, accessMode) and
// TypedArrayCreateSameType(exemplar, length) and TypedArraySpeciesCreate(exemplar, argumentList,
// accessMode). A single Number argument is a length the result must have at least.
ThrowCompletionOr<TypedArrayObject*> TypedArrayCreateFromConstructor(VM&, JSObject* constructor,
                                                                     std::span<const Value> arguments,
                                                                     const char* method,
                                                                     AccessMode = AccessMode::Read);
ThrowCompletionOr<TypedArrayObject*> TypedArrayCreateSameType(VM&, TypedArrayObject& exemplar,
                                                              std::uint64_t length);
ThrowCompletionOr<TypedArrayObject*> TypedArraySpeciesCreate(VM&, TypedArrayObject& exemplar,
                                                             std::span<const Value> arguments,
                                                             const char* method,
                                                             AccessMode = AccessMode::Read);

} // namespace yjs
