// %TypedArray% (23.2.1, 23.2.2) and the TypedArray constructors (23.2.5 - 23.2.7): Int8Array ...
// BigUint64Array, with their constructor forms (length, typed array, buffer, iterable, array-like).
#include "builtins/builtins.h"
#include "builtins/uint8_array_base64.h"
#include "runtime/abstract_ops.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/typed_array.h"
#include "runtime/vm.h"

#include <cstring>
#include <string>

namespace yjs {

namespace {

constexpr ElementType kElementTypes[] = {
    ElementType::Int8,    ElementType::Uint8,   ElementType::Uint8Clamped, ElementType::Int16,
    ElementType::Uint16,  ElementType::Int32,   ElementType::Uint32,       ElementType::Float16,
    ElementType::Float32, ElementType::Float64, ElementType::BigInt64,     ElementType::BigUint64,
};

ThrowCompletion invalid_length(VM& vm, double length) {
    return vm.throw_range_error("Invalid typed array length: " + NumberToString(vm, length)->to_utf8());
}

ThrowCompletionOr<std::uint64_t> to_element_length(VM& vm, Value value) {
    double integer = TRY(ToIntegerOrInfinity(vm, value));
    if (integer < 0 || integer > 9007199254740991.0) return invalid_length(vm, integer);
    return static_cast<std::uint64_t>(integer);
}

// A new %ArrayBuffer% for `length` elements of `type` (AllocateTypedArrayBuffer's allocation).
ThrowCompletionOr<ArrayBufferObject*> allocate_elements(VM& vm, ElementType type, std::uint64_t length) {
    if (length > ArrayBufferObject::kMaxByteLength / element_size(type))
        return invalid_length(vm, static_cast<double>(length));
    return ArrayBufferObject::allocate(vm, vm.current_realm().intrinsic(Intrinsic::ArrayBufferPrototype),
                                       length * element_size(type), std::nullopt, false);
}

// InitializeTypedArrayFromTypedArray ( O, srcArray )
ThrowCompletionOr<TypedArrayObject*> from_typed_array(VM& vm, ElementType type, JSObject* prototype,
                                                      TypedArrayObject& source) {
    // 4-7. If IsTypedArrayOutOfBounds(srcRecord) is true, throw a TypeError exception.
    if (source.is_out_of_bounds()) {
        if (source.buffer()->is_detached())
            return vm.throw_type_error("Cannot perform Construct on a detached ArrayBuffer");
        return vm.throw_type_error("Cannot perform Construct on an out of bounds TypedArray");
    }
    std::uint64_t length = source.length();
    // 10-11. A different content type is a TypeError.
    if (is_bigint_element_type(type) != is_bigint_element_type(source.type()))
        return vm.throw_type_error("Content type of the source does not match");
    ArrayBufferObject* buffer = TRY(allocate_elements(vm, type, length));
    if (type == source.type()) {
        if (length) std::memcpy(buffer->data(), source.element_address(0), length * element_size(type));
    } else {
        for (std::uint64_t k = 0; k < length; ++k) {
            Value value = TRY(RawBytesToNumeric(vm, source.type(), source.element_address(k), true));
            TRY(NumericToRawBytes(vm, type, value, buffer->data() + k * element_size(type), true));
        }
    }
    return TypedArrayObject::create(vm, prototype, type, buffer, 0, length);
}

// InitializeTypedArrayFromArrayBuffer ( O, buffer, byteOffset, length )
ThrowCompletionOr<TypedArrayObject*> from_array_buffer(VM& vm, ElementType type, JSObject* prototype,
                                                       ArrayBufferObject& buffer, Value byte_offset,
                                                       Value length) {
    std::uint32_t size = element_size(type);
    // 2. Let offset be ? ToIndex(byteOffset).
    double offset_number = TRY(ToIntegerOrInfinity(vm, byte_offset));
    if (offset_number < 0 || offset_number > 9007199254740991.0)
        return vm.throw_range_error("Start offset " + NumberToString(vm, offset_number)->to_utf8() +
                                    " is outside the bounds of the buffer");
    auto offset = static_cast<std::uint64_t>(offset_number);
    // 3. If offset modulo elementSize ≠ 0, throw a RangeError exception.
    if (offset % size)
        return vm.throw_range_error(std::string("start offset of ") +
                                    TypedArrayObject::element_type_name_with_array(type) +
                                    " should be a multiple of " + std::to_string(size));
    // 4. Let bufferIsFixedLength be IsFixedLengthArrayBuffer(buffer).
    bool fixed_length = buffer.is_fixed_length();
    // 5. If length is not undefined, let newLength be ? ToIndex(length).
    std::uint64_t new_length = 0;
    if (!length.is_undefined()) new_length = TRY(to_element_length(vm, length));
    // 6. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
    if (buffer.is_detached())
        return vm.throw_type_error("Cannot perform Construct on a detached ArrayBuffer");
    // 7. Let bufferByteLength be ArrayBufferByteLength(buffer, seq-cst).
    std::uint64_t buffer_length = buffer.byte_length();
    auto out_of_bounds = [&]() {
        return vm.throw_range_error("Start offset " + std::to_string(offset) +
                                    " is outside the bounds of the buffer");
    };
    // 8. A length-tracking view of a resizable buffer.
    if (length.is_undefined() && !fixed_length) {
        if (offset > buffer_length) return out_of_bounds();
        return TypedArrayObject::create(vm, prototype, type, &buffer, offset, std::nullopt);
    }
    std::uint64_t new_byte_length;
    if (length.is_undefined()) {
        // 9.a. If bufferByteLength modulo elementSize ≠ 0, throw a RangeError exception.
        if (buffer_length % size)
            return vm.throw_range_error(std::string("byte length of ") +
                                        TypedArrayObject::element_type_name_with_array(type) +
                                        " should be a multiple of " + std::to_string(size));
        // 9.b-c. Let newByteLength be bufferByteLength - offset; negative is a RangeError.
        if (offset > buffer_length) return out_of_bounds();
        new_byte_length = buffer_length - offset;
    } else {
        // 9.d. Let newByteLength be newLength × elementSize; past the buffer is a RangeError.
        if (new_length > (std::uint64_t(1) << 53) / size || offset + new_length * size > buffer_length)
            return invalid_length(vm, static_cast<double>(new_length));
        new_byte_length = new_length * size;
    }
    return TypedArrayObject::create(vm, prototype, type, &buffer, offset, new_byte_length / size);
}

// InitializeTypedArrayFromList / InitializeTypedArrayFromArrayLike: Set(O, Pk, value, true) for each
// element; the new array is not reachable from script yet, so the stores go straight to the elements.
ThrowCompletionOr<TypedArrayObject*> from_values(VM& vm, ElementType type, JSObject* prototype,
                                                 std::span<const Value> values) {
    ArrayBufferObject* buffer = TRY(allocate_elements(vm, type, values.size()));
    TypedArrayObject* array = TypedArrayObject::create(vm, prototype, type, buffer, 0, values.size());
    for (std::size_t k = 0; k < values.size(); ++k)
        TRY(array->set_element(vm, static_cast<double>(k), values[k]));
    return array;
}

ThrowCompletionOr<TypedArrayObject*> from_array_like(VM& vm, ElementType type, JSObject* prototype,
                                                     JSObject* array_like) {
    // 1. Let len be ? LengthOfArrayLike(arrayLike).
    std::uint64_t length = TRY(LengthOfArrayLike(vm, array_like));
    // 2. Perform ? AllocateTypedArrayBuffer(O, len).
    ArrayBufferObject* buffer = TRY(allocate_elements(vm, type, length));
    TypedArrayObject* array = TypedArrayObject::create(vm, prototype, type, buffer, 0, length);
    // 3-4. For each k: Set(O, Pk, ? Get(arrayLike, Pk), true).
    for (std::uint64_t k = 0; k < length; ++k) {
        Value value = TRY(array_like->get(vm, PropertyKey::from_index(static_cast<std::uint32_t>(k))));
        TRY(array->set_element(vm, static_cast<double>(k), value));
    }
    return array;
}

// TypedArray ( ...args ), for the element type in the callee's first capture.
ThrowCompletionOr<Value> typed_array_constructor(VM& vm, const NativeCallInfo& call) {
    auto type = static_cast<ElementType>(static_cast<NativeFunction*>(call.callee)->capture(0).as_number());
    const char* name = TypedArrayObject::element_type_name_with_array(type);
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!call.new_target) return vm.throw_type_error(std::string("Constructor ") + name + " requires 'new'");
    Intrinsic default_prototype = typed_array_prototype_intrinsic(type);
    // 5. If numberOfArgs = 0, return ? AllocateTypedArray(constructorName, NewTarget, proto, 0).
    if (call.argument_count() == 0) return Value(TRY(AllocateTypedArray(vm, type, call.new_target, 0)));
    Value first = call.argument(0);
    if (!first.is_object()) {
        // 6.b. Let elementLength be ? ToIndex(firstArgument).
        std::uint64_t length = TRY(to_element_length(vm, first));
        return Value(TRY(AllocateTypedArray(vm, type, call.new_target, length)));
    }
    // 6.a.i. Let O be ? AllocateTypedArray(constructorName, NewTarget, proto).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, call.new_target, default_prototype));
    JSObject* object = first.as_object();
    if (object->is_typed_array())
        return Value(TRY(from_typed_array(vm, type, prototype, *static_cast<TypedArrayObject*>(object))));
    if (auto* buffer = as_if<ArrayBufferObject>(object))
        return Value(
            TRY(from_array_buffer(vm, type, prototype, *buffer, call.argument(1), call.argument(2))));
    // 6.a.iv. Let usingIterator be ? GetMethod(firstArgument, %Symbol.iterator%).
    Value using_iterator =
        TRY(GetMethod(vm, first, PropertyKey::from_symbol(vm.well_known_symbols().iterator)));
    if (!using_iterator.is_undefined()) {
        MarkedValueVector values = TRY(IterableToList(vm, first, using_iterator));
        return Value(TRY(from_values(vm, type, prototype, values.span())));
    }
    return Value(TRY(from_array_like(vm, type, prototype, object)));
}

// %TypedArray% ( ): 1. Throw a TypeError exception.
ThrowCompletionOr<Value> abstract_typed_array_constructor(VM& vm, const NativeCallInfo&) {
    return vm.throw_type_error("Abstract class TypedArray not directly constructable");
}

ThrowCompletionOr<Value> typed_array_species(VM&, const NativeCallInfo& call) {
    return call.this_value;
}

// %TypedArray%.from ( source [ , mapper [ , thisArg ] ] )
ThrowCompletionOr<Value> typed_array_from(VM& vm, const NativeCallInfo& call) {
    // 1-2. Let C be the this value; if IsConstructor(C) is false, throw a TypeError exception.
    Value constructor = call.this_value;
    if (!IsConstructor(constructor))
        return vm.throw_type_error(describe_value(constructor) + " is not a constructor");
    // 3-4. The mapper must be callable when present.
    Value mapper = call.argument(1);
    bool mapping = !mapper.is_undefined();
    if (mapping && !IsCallable(mapper))
        return vm.throw_type_error(describe_value(mapper) + " is not a function");
    Value this_argument = call.argument(2);
    Value source = call.argument(0);
    // 5. Let usingIterator be ? GetMethod(source, %Symbol.iterator%).
    Value using_iterator =
        TRY(GetMethod(vm, source, PropertyKey::from_symbol(vm.well_known_symbols().iterator)));
    auto store_all = [&](TypedArrayObject* target, std::uint64_t length,
                         auto&& value_at) -> ThrowCompletionOr<Value> {
        for (std::uint64_t k = 0; k < length; ++k) {
            Value value = TRY(value_at(k));
            if (mapping) {
                Value arguments[2] = {value, Value(static_cast<double>(k))};
                value = TRY(Call(vm, mapper, this_argument, arguments));
            }
            // Set(targetObj, Pk, mappedValue, true).
            PropertyKey key = PropertyKey::from_index(static_cast<std::uint32_t>(k));
            if (!TRY(target->internal_set(vm, key, value, Value(target))))
                return vm.throw_type_error("Cannot assign to read only property '" + std::to_string(k) + "'");
        }
        return Value(target);
    };
    if (!using_iterator.is_undefined()) {
        // 6.a. Let values be ? IteratorToList(? GetIteratorFromMethod(source, usingIterator)).
        MarkedValueVector values = TRY(IterableToList(vm, source, using_iterator));
        Value length(static_cast<double>(values.size()));
        TypedArrayObject* target = TRY(
            TypedArrayCreateFromConstructor(vm, constructor.as_object(), std::span<const Value>(&length, 1),
                                            "%TypedArray%.from", AccessMode::Write));
        return store_all(target, values.size(),
                         [&](std::uint64_t k) -> ThrowCompletionOr<Value> { return values.span()[k]; });
    }
    // 8. Let arrayLike be ! ToObject(source).
    JSObject* array_like = TRY(ToObject(vm, source));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, array_like));
    Value length_value(static_cast<double>(length));
    TypedArrayObject* target = TRY(TypedArrayCreateFromConstructor(vm, constructor.as_object(),
                                                                   std::span<const Value>(&length_value, 1),
                                                                   "%TypedArray%.from", AccessMode::Write));
    return store_all(target, length, [&](std::uint64_t k) -> ThrowCompletionOr<Value> {
        return array_like->get(vm, PropertyKey::from_index(static_cast<std::uint32_t>(k)));
    });
}

// %TypedArray%.of ( ...items )
ThrowCompletionOr<Value> typed_array_of(VM& vm, const NativeCallInfo& call) {
    std::size_t length = call.argument_count();
    Value constructor = call.this_value;
    if (!IsConstructor(constructor))
        return vm.throw_type_error(describe_value(constructor) + " is not a constructor");
    Value length_value(static_cast<double>(length));
    TypedArrayObject* target = TRY(TypedArrayCreateFromConstructor(vm, constructor.as_object(),
                                                                   std::span<const Value>(&length_value, 1),
                                                                   "%TypedArray%.of", AccessMode::Write));
    for (std::size_t k = 0; k < length; ++k) {
        PropertyKey key = PropertyKey::from_index(static_cast<std::uint32_t>(k));
        if (!TRY(target->internal_set(vm, key, call.arguments[k], Value(target))))
            return vm.throw_type_error("Cannot assign to read only property '" + std::to_string(k) + "'");
    }
    return Value(target);
}

} // namespace

void initialize_typed_array_constructors(VM& vm, Realm& realm) {
    static_assert(static_cast<std::size_t>(Intrinsic::BigUint64ArrayConstructor) -
                      static_cast<std::size_t>(Intrinsic::Int8ArrayPrototype) ==
                  2 * kElementTypeCount - 1);
    // %TypedArray% and %TypedArray.prototype% (the prototype's methods are installed by
    // initialize_typed_array_prototype, which runs first).
    JSObject* abstract_prototype = realm.intrinsic(Intrinsic::TypedArrayPrototype);
    NativeFunction* abstract = make_constructor(vm, realm, "TypedArray", abstract_typed_array_constructor, 0,
                                                abstract_prototype, Intrinsic::TypedArrayConstructor);
    abstract->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "from"), typed_array_from, 1);
    abstract->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "of"), typed_array_of, 0);
    abstract->define_native_accessor(vm, realm, PropertyKey::from_symbol(vm.well_known_symbols().species),
                                     typed_array_species, nullptr);

    PropertyKey bytes_per_element = PropertyKey::from_ascii(vm, "BYTES_PER_ELEMENT");
    for (ElementType type : kElementTypes) {
        const char* name = TypedArrayObject::element_type_name_with_array(type);
        JSObject* prototype =
            make_intrinsic_object(vm, realm, typed_array_prototype_intrinsic(type), abstract_prototype);
        NativeFunction* constructor = make_constructor(vm, realm, name, typed_array_constructor, 3, prototype,
                                                       typed_array_constructor_intrinsic(type), abstract);
        constructor->captures().push_back(Value(static_cast<double>(type)));
        Value size(static_cast<double>(element_size(type)));
        constructor->define_direct_property(vm, bytes_per_element, size, 0);
        prototype->define_direct_property(vm, bytes_per_element, size, 0);
        define_global_property(vm, realm, name, constructor);
    }
    install_uint8_array_base64_methods(vm, realm);
}

} // namespace yjs
