#include "runtime/typed_array.h"

#include "runtime/abstract_ops.h"
#include "runtime/function.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cmath>
#include <string>
#include <typeinfo>

namespace yjs {

namespace {

// CanonicalNumericIndexString(P) for a property key: nullopt when P is a Symbol or not canonical numeric.
// Canonical numeric strings start with a digit, '-', 'I' (Infinity) or 'N' (NaN); other names skip the
// conversion.
std::optional<double> numeric_index(VM& vm, PropertyKey key) {
    if (key.is_index()) return static_cast<double>(key.as_index());
    if (!key.is_atom()) return std::nullopt;
    JSString* name = key.as_atom();
    if (name->length() == 0) return std::nullopt;
    char16_t first = name->at(0);
    if (!((first >= u'0' && first <= u'9') || first == u'-' || first == u'I' || first == u'N'))
        return std::nullopt;
    return CanonicalNumericIndexString(vm, name);
}

bool is_integral(double number) {
    return std::isfinite(number) && std::trunc(number) == number;
}

} // namespace

const char* TypedArrayObject::element_type_name_with_array(ElementType type) {
    constexpr const char* names[] = {"Int8Array",    "Uint8Array",   "Uint8ClampedArray", "Int16Array",
                                     "Uint16Array",  "Int32Array",   "Uint32Array",       "Float16Array",
                                     "Float32Array", "Float64Array", "BigInt64Array",     "BigUint64Array"};
    return names[static_cast<std::size_t>(type)];
}

Intrinsic typed_array_constructor_intrinsic(ElementType type) {
    return static_cast<Intrinsic>(static_cast<std::size_t>(typed_array_prototype_intrinsic(type)) + 1);
}

Intrinsic typed_array_prototype_intrinsic(ElementType type) {
    // The intrinsics list each element type's prototype then constructor, in the order of ElementType.
    return static_cast<Intrinsic>(static_cast<std::size_t>(Intrinsic::Int8ArrayPrototype) +
                                  2 * static_cast<std::size_t>(type));
}

TypedArrayObject* TypedArrayObject::create(VM& vm, JSObject* prototype, ElementType type,
                                           ArrayBufferObject* buffer, std::uint64_t byte_offset,
                                           std::optional<std::uint64_t> array_length) {
    return vm.heap().allocate<TypedArrayObject>(Shape::create_root(vm, prototype), type, buffer, byte_offset,
                                                array_length);
}

TypedArrayObject::TypedArrayObject(Shape* shape, ElementType type, ArrayBufferObject* buffer,
                                   std::uint64_t byte_offset, std::optional<std::uint64_t> array_length)
    : JSObject(shape), type_(type), buffer_(buffer), byte_offset_(byte_offset), array_length_(array_length),
      fixed_length_(array_length.value_or(0)),
      fixed_byte_end_(array_length ? byte_offset + *array_length * yjs::element_size(type) : UINT64_MAX) {}

void TypedArrayObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(buffer_);
}

bool TypedArrayObject::is_out_of_bounds() const {
    // 1-2. If IsDetachedBuffer(buffer) is true, return true.
    if (buffer_->is_detached()) return true;
    // 3-8. Out of bounds when the start or the end lies past the buffer's current byte length.
    std::uint64_t buffer_length = buffer_->byte_length();
    std::uint64_t end = array_length_ ? byte_offset_ + *array_length_ * element_size() : buffer_length;
    return byte_offset_ > buffer_length || end > buffer_length;
}

std::uint64_t TypedArrayObject::resizable_length() const {
    if (array_length_) {
        if (is_out_of_bounds()) return 0;
        return *array_length_;
    }
    if (is_out_of_bounds()) return 0;
    return (buffer_->byte_length() - byte_offset_) / element_size();
}

std::optional<TypedArrayObject::LengthGetterLocation>
TypedArrayObject::find_intrinsic_length_getter(VM& vm) const {
    // No own "length" on the receiver or on its prototype (a tree shape, which cannot have lost a property),
    // and the prototype's prototype holds the intrinsic getter.
    PropertyKey key = vm.names().length;
    if (shape()->lookup(key)) return std::nullopt;
    JSObject* prototype = this->prototype();
    if (!prototype || !prototype->has_ordinary_lookup() || prototype->shape()->lookup(key))
        return std::nullopt;
    JSObject* holder = prototype->prototype();
    if (!holder || !holder->has_ordinary_lookup()) return std::nullopt;
    auto property = holder->shape()->lookup(key);
    if (!property || !(property->attributes & kAccessor)) return std::nullopt;
    if (!is_intrinsic_length_getter(holder->slots()[property->slot])) return std::nullopt;
    return LengthGetterLocation{holder, property->slot};
}

bool TypedArrayObject::is_intrinsic_length_getter(Value slot_content) {
    if (!slot_content.is_internal_cell()) return false;
    JSObject* getter = static_cast<Accessor*>(slot_content.as_cell())->getter;
    return getter && typeid(*getter) == typeid(NativeFunction) &&
           static_cast<NativeFunction*>(getter)->function() == TypedArrayPrototypeGetLength;
}

bool TypedArrayObject::is_fixed_length() const {
    if (!array_length_) return false;
    return buffer_->is_fixed_length() || buffer_->is_shared();
}

ThrowCompletionOr<Value> TypedArrayObject::get_element(VM& vm, double index) {
    // 1. If IsValidIntegerIndex(O, index) is false, return undefined.
    if (!is_integral(index) || !is_valid_index(index)) return Value::undefined();
    // 2-7. Return GetValueFromBuffer(O.[[ViewedArrayBuffer]], byteIndexInBuffer, elementType, true,
    // unordered).
    return RawBytesToNumeric(vm, type_, element_address(static_cast<std::uint64_t>(index)), true);
}

ThrowCompletionOr<void> TypedArrayObject::set_element(VM& vm, double index, Value value) {
    // 1-2. Let numValue be ? ToBigInt(value) or ? ToNumber(value).
    Value numeric = TRY(ToElementNumeric(vm, type_, value));
    // 3. If IsValidIntegerIndex(O, index) is true and IsImmutableBuffer(O.[[ViewedArrayBuffer]]) is false,
    // SetValueInBuffer.
    if (is_integral(index) && is_valid_index(index) && !buffer_->is_immutable())
        TRY(NumericToRawBytes(vm, type_, numeric, element_address(static_cast<std::uint64_t>(index)), true));
    return {};
}

ThrowCompletionOr<Value> ToElementNumeric(VM& vm, ElementType type, Value value) {
    if (is_bigint_element_type(type)) return ToBigIntForElement(vm, value);
    if (value.is_number()) return value;
    return Value(TRY(ToNumber(vm, value)));
}

ThrowCompletionOr<void> StoreConvertedElement(VM& vm, TypedArrayObject& array, std::uint64_t index,
                                              Value numeric) {
    if (index < array.length() && !array.buffer()->is_immutable())
        TRY(NumericToRawBytes(vm, array.type(), numeric, array.element_address(index), true));
    return {};
}

// --- Internal methods (10.4.5) ---

ThrowCompletionOr<std::optional<PropertyDescriptor>>
TypedArrayObject::internal_get_own_property(VM& vm, PropertyKey key) {
    if (auto index = numeric_index(vm, key)) {
        Value value = TRY(get_element(vm, *index));
        if (value.is_undefined()) return std::optional<PropertyDescriptor>{};
        // The elements of a view of an immutable buffer are neither writable nor configurable.
        PropertyAttributes attributes =
            buffer_->is_immutable() ? PropertyAttributes(kEnumerable) : kDefaultDataAttributes;
        return std::optional<PropertyDescriptor>{PropertyDescriptor::data(value, attributes)};
    }
    return ordinary_get_own_property(vm, key);
}

ThrowCompletionOr<bool> TypedArrayObject::internal_has_property(VM& vm, PropertyKey key) {
    if (auto index = numeric_index(vm, key)) return is_integral(*index) && is_valid_index(*index);
    return ordinary_has_property(vm, key);
}

ThrowCompletionOr<bool> TypedArrayObject::internal_define_own_property(VM& vm, PropertyKey key,
                                                                       const PropertyDescriptor& descriptor) {
    if (auto index = numeric_index(vm, key)) {
        // i. If IsValidIntegerIndex(O, numericIndex) is false, return false.
        if (!is_integral(*index) || !is_valid_index(*index)) return false;
        // ii. mutable: whether the buffer is not immutable.
        bool is_mutable = !buffer_->is_immutable();
        // iii-vi. Reject descriptors whose configurable or writable differ from mutable, non-enumerable and
        // accessor descriptors.
        if (descriptor.configurable && *descriptor.configurable != is_mutable) return false;
        if (descriptor.enumerable && !*descriptor.enumerable) return false;
        if (descriptor.is_accessor_descriptor()) return false;
        if (descriptor.writable && *descriptor.writable != is_mutable) return false;
        if (descriptor.value) {
            // vii. An immutable element only accepts its current value.
            if (!is_mutable) return SameValue(*descriptor.value, TRY(get_element(vm, *index)));
            // viii. Perform ? TypedArraySetElement(O, numericIndex, Desc.[[Value]]).
            TRY(set_element(vm, *index, *descriptor.value));
        }
        return true;
    }
    return ordinary_define_own_property(vm, key, descriptor);
}

ThrowCompletionOr<Value> TypedArrayObject::internal_get(VM& vm, PropertyKey key, Value receiver) {
    if (auto index = numeric_index(vm, key)) return get_element(vm, *index);
    return ordinary_get(vm, key, receiver);
}

ThrowCompletionOr<bool> TypedArrayObject::internal_set(VM& vm, PropertyKey key, Value value, Value receiver) {
    if (auto index = numeric_index(vm, key)) {
        // i. If SameValue(O, Receiver) is true, perform ? TypedArraySetElement(O, numericIndex, V).
        if (receiver.is_object() && receiver.as_object() == this) {
            // An element of a view of an immutable buffer cannot be set.
            if (buffer_->is_immutable() && is_integral(*index) && is_valid_index(*index)) return false;
            TRY(set_element(vm, *index, value));
            return true;
        }
        // ii. If IsValidIntegerIndex(O, numericIndex) is false, return true.
        if (!is_integral(*index) || !is_valid_index(*index)) return true;
    }
    return ordinary_set(vm, key, value, receiver);
}

ThrowCompletionOr<bool> TypedArrayObject::internal_delete(VM& vm, PropertyKey key) {
    if (auto index = numeric_index(vm, key)) return !(is_integral(*index) && is_valid_index(*index));
    return ordinary_delete(vm, key);
}

ThrowCompletionOr<void> TypedArrayObject::internal_own_property_keys(VM& vm, MarkedKeyVector& keys) {
    // 3. If IsTypedArrayOutOfBounds(taRecord) is false, the integer indices in ascending order.
    std::uint64_t count = length();
    keys.reserve(keys.size() + count);
    for (std::uint64_t i = 0; i < count; ++i) {
        if (i < 0xFFFFFFFFull)
            keys.push_back(PropertyKey::from_index(static_cast<std::uint32_t>(i)));
        else
            keys.push_back(PropertyKey::from_string(vm, NumberToString(vm, static_cast<double>(i))));
    }
    // 4-5. Then the string keys in creation order, then the symbols.
    ordinary_own_property_keys(vm, keys);
    return {};
}

ThrowCompletionOr<bool> TypedArrayObject::internal_prevent_extensions(VM& vm) {
    // 1. If IsTypedArrayFixedLength(O) is false, return false.
    if (!is_fixed_length()) return false;
    ordinary_prevent_extensions(vm);
    return true;
}

// --- Abstract operations ---

ThrowCompletion throw_immutable_buffer_write(VM& vm, const char* method) {
    return vm.throw_type_error(std::string("Cannot perform ") + method + " on an immutable ArrayBuffer");
}

ThrowCompletionOr<ValidatedTypedArray> ValidateTypedArray(VM& vm, Value value, const char* method,
                                                          AccessMode mode) {
    // 2. Perform ? RequireInternalSlot(O, [[TypedArrayName]]).
    if (!value.is_object() || !value.as_object()->is_typed_array())
        return vm.throw_type_error("this is not a typed array.");
    auto* array = static_cast<TypedArrayObject*>(value.as_object());
    // 4. If accessMode is write and IsImmutableBuffer(O.[[ViewedArrayBuffer]]) is true, throw a TypeError.
    if (mode == AccessMode::Write && array->buffer()->is_immutable())
        return throw_immutable_buffer_write(vm, method);
    // 4. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
    if (array->is_out_of_bounds()) {
        if (array->buffer()->is_detached())
            return vm.throw_type_error(std::string("Cannot perform ") + method +
                                       " on a detached ArrayBuffer");
        return vm.throw_type_error(std::string("Cannot perform ") + method +
                                   " on an out of bounds TypedArray");
    }
    return ValidatedTypedArray{array, array->length()};
}

ThrowCompletionOr<TypedArrayObject*> AllocateTypedArray(VM& vm, ElementType type, JSObject* new_target,
                                                        std::uint64_t length) {
    // 1. Let proto be ? GetPrototypeFromConstructor(newTarget, defaultProto).
    JSObject* prototype =
        TRY(GetPrototypeFromConstructor(vm, new_target, typed_array_prototype_intrinsic(type)));
    // AllocateTypedArrayBuffer: byteLength = elementSize × length, then ? AllocateArrayBuffer(%ArrayBuffer%).
    if (length > ArrayBufferObject::kMaxByteLength / element_size(type))
        return vm.throw_range_error("Invalid typed array length: " +
                                    NumberToString(vm, static_cast<double>(length))->to_utf8());
    ArrayBufferObject* buffer =
        TRY(ArrayBufferObject::allocate(vm, vm.current_realm().intrinsic(Intrinsic::ArrayBufferPrototype),
                                        length * element_size(type), std::nullopt, false));
    return TypedArrayObject::create(vm, prototype, type, buffer, 0, length);
}

ThrowCompletionOr<TypedArrayObject*> TypedArrayCreateFromConstructor(VM& vm, JSObject* constructor,
                                                                     std::span<const Value> arguments,
                                                                     const char* method, AccessMode mode) {
    // 1. Let newTypedArray be ? Construct(constructor, argumentList).
    JSObject* object = TRY(Construct(vm, constructor, arguments));
    // 2. Let taRecord be ? ValidateTypedArray(newTypedArray, seq-cst, accessMode).
    ValidatedTypedArray validated = TRY(ValidateTypedArray(vm, Value(object), method, mode));
    // 3. If argumentList is a List of a single Number, the new length must be at least that Number.
    if (arguments.size() == 1 && arguments[0].is_number()) {
        if (static_cast<double>(validated.length) < arguments[0].as_number())
            return vm.throw_type_error("Derived TypedArray constructor created an array which was too small");
    }
    return validated.array;
}

ThrowCompletionOr<TypedArrayObject*> TypedArrayCreateSameType(VM& vm, TypedArrayObject& exemplar,
                                                              std::uint64_t length) {
    JSObject* constructor = vm.current_realm().intrinsic(typed_array_constructor_intrinsic(exemplar.type()));
    Value argument(static_cast<double>(length));
    return TypedArrayCreateFromConstructor(vm, constructor, std::span<const Value>(&argument, 1),
                                           "construct");
}

ThrowCompletionOr<TypedArrayObject*> TypedArraySpeciesCreate(VM& vm, TypedArrayObject& exemplar,
                                                             std::span<const Value> arguments,
                                                             const char* method, AccessMode mode) {
    // 1-2. Let constructor be ? SpeciesConstructor(exemplar, defaultConstructor).
    JSObject* default_constructor =
        vm.current_realm().intrinsic(typed_array_constructor_intrinsic(exemplar.type()));
    JSObject* constructor = TRY(SpeciesConstructor(vm, &exemplar, default_constructor));
    // 3. Let result be ? TypedArrayCreateFromConstructor(constructor, argumentList, accessMode).
    TypedArrayObject* result = TRY(TypedArrayCreateFromConstructor(vm, constructor, arguments, method, mode));
    // 4. If result.[[ContentType]] is not exemplar.[[ContentType]], throw a TypeError exception.
    if (is_bigint_element_type(result->type()) != is_bigint_element_type(exemplar.type()))
        return vm.throw_type_error("Content type of the species constructor does not match");
    return result;
}

} // namespace yjs
