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
        // A fixed-length view is in bounds while its end is within the buffer (a detached buffer has no
        // bytes); length-tracking views never pass this test.
        if (fixed_byte_end_ <= buffer_->byte_length()) [[likely]]
            return fixed_length_;
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
    [[gnu::always_inline]] bool get_fast(std::uint32_t index, Value& out) const {
        if (index >= length()) return false;
        const std::uint8_t* data = buffer_->data() + byte_offset_;
        switch (type_) {
        case ElementType::Int8:
            out = integral_number(static_cast<std::int8_t>(data[index]));
            return true;
        case ElementType::Uint8:
        case ElementType::Uint8Clamped:
            out = integral_number(data[index]);
            return true;
        case ElementType::Int16:
            out = integral_number(load<std::int16_t>(data, index));
            return true;
        case ElementType::Uint16:
            out = integral_number(load<std::uint16_t>(data, index));
            return true;
        case ElementType::Int32:
            out = integral_number(load<std::int32_t>(data, index));
            return true;
        case ElementType::Uint32:
            out = integral_number(load<std::uint32_t>(data, index));
            return true;
        case ElementType::Float32:
            out = Value(static_cast<double>(load<float>(data, index)));
            return true;
        case ElementType::Float64:
            out = Value(load<double>(data, index));
            return true;
        case ElementType::BigInt64:
        case ElementType::BigUint64:
            return false;
        default:
            out = Value(load_number(type_, data + index * element_size()));
            return true;
        }
    }
    [[gnu::always_inline]] bool set_fast_number(std::uint32_t index, double value) {
        if (index >= length() || buffer_->is_immutable()) return false;
        std::uint8_t* data = buffer_->data() + byte_offset_;
        static_assert(std::endian::native == std::endian::little, "elements are stored little-endian");
        switch (type_) {
        case ElementType::Float64:
            std::memcpy(data + index * 8, &value, 8);
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
                    switch (type_) {
                    case ElementType::Int8:
                    case ElementType::Uint8:
                        data[index] = static_cast<std::uint8_t>(bits);
                        break;
                    case ElementType::Int16:
                    case ElementType::Uint16: {
                        auto low = static_cast<std::uint16_t>(bits);
                        std::memcpy(data + index * 2, &low, 2);
                        break;
                    }
                    default:
                        std::memcpy(data + index * 4, &bits, 4);
                        break;
                    }
                    return true;
                }
            }
            store_number(type_, value, data + index * element_size());
            return true;
        case ElementType::BigInt64:
        case ElementType::BigUint64:
            return false;
        default:
            store_number(type_, value, data + index * element_size());
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
    // length() for length-tracking views, and for fixed-length views that are out of bounds.
    std::uint64_t resizable_length() const;

    // The Number of an integer element (exact, never NaN: no canonicalisation).
    template<typename T>
    static Value integral_number(T element) {
        return Value::from_bits(std::bit_cast<std::uint64_t>(static_cast<double>(element)));
    }
    template<typename T>
    static T load(const std::uint8_t* data, std::uint32_t index) {
        T element;
        std::memcpy(&element, data + std::size_t(index) * sizeof(T), sizeof(T));
        return element;
    }

    ElementType type_;
    ArrayBufferObject* buffer_;
    std::uint64_t byte_offset_;
    std::optional<std::uint64_t> array_length_;
    // For a fixed-length view: its length and where its bytes end in the buffer. A length-tracking view
    // has fixed_byte_end_ UINT64_MAX, so the in-bounds test of length() sends it to resizable_length().
    std::uint64_t fixed_length_;
    std::uint64_t fixed_byte_end_;
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
