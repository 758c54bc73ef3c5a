// %TypedArray.prototype% (23.2.3). Every method that calls back into script re-validates the typed array
// where the spec does: element reads after a callback go through TypedArrayGetElement (undefined once
// the index is no longer valid) and writes through TypedArraySetElement (ignored then).
#include "builtins/array_iterator_prototype.h"
#include "builtins/array_prototype.h"
#include "builtins/builtins.h"
#include "builtins/string_builder.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/typed_array.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace yjs {

namespace {

ThrowCompletionOr<ValidatedTypedArray> validate(VM& vm, const NativeCallInfo& call, const char* method,
                                                AccessMode mode = AccessMode::Read) {
    return ValidateTypedArray(vm, call.this_value, method, mode);
}

// RequireInternalSlot(O, [[TypedArrayName]]).
ThrowCompletionOr<TypedArrayObject*> this_typed_array(VM& vm, Value value, const char* method) {
    if (!value.is_object() || !value.as_object()->is_typed_array())
        return throw_incompatible_receiver(vm, method, value);
    return static_cast<TypedArrayObject*>(value.as_object());
}

ThrowCompletionOr<Value> require_callable(VM& vm, Value callback) {
    if (!IsCallable(callback)) return vm.throw_type_error(describe_value(callback) + " is not a function");
    return callback;
}

ThrowCompletionOr<Value> get_index_checked(VM& vm, TypedArrayObject* array, std::uint64_t k) {
    return array->get_element(vm, static_cast<double>(k));
}

ThrowCompletionOr<std::uint64_t> relative_start(VM& vm, Value value, std::uint64_t length) {
    double relative = TRY(ToIntegerOrInfinity(vm, value));
    return resolve_relative_index(relative, length);
}

// --- Accessors ---

ThrowCompletionOr<Value> typed_array_buffer(VM& vm, const NativeCallInfo& call) {
    TypedArrayObject* array = TRY(this_typed_array(vm, call.this_value, "get %TypedArray%.prototype.buffer"));
    return Value(array->buffer());
}

ThrowCompletionOr<Value> typed_array_byte_length(VM& vm, const NativeCallInfo& call) {
    TypedArrayObject* array =
        TRY(this_typed_array(vm, call.this_value, "get %TypedArray%.prototype.byteLength"));
    return Value(static_cast<double>(array->byte_length()));
}

ThrowCompletionOr<Value> typed_array_byte_offset(VM& vm, const NativeCallInfo& call) {
    TypedArrayObject* array =
        TRY(this_typed_array(vm, call.this_value, "get %TypedArray%.prototype.byteOffset"));
    if (array->is_out_of_bounds()) return Value(0.0);
    return Value(static_cast<double>(array->byte_offset()));
}

ThrowCompletionOr<Value> typed_array_to_string_tag(VM& vm, const NativeCallInfo& call) {
    if (!call.this_value.is_object() || !call.this_value.as_object()->is_typed_array())
        return Value::undefined();
    auto* array = static_cast<TypedArrayObject*>(call.this_value.as_object());
    return Value(JSString::from_utf8(vm, TypedArrayObject::element_type_name_with_array(array->type())));
}

// --- Methods ---

ThrowCompletionOr<Value> typed_array_at(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.at"));
    double relative = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    double k = relative >= 0 ? relative : static_cast<double>(length) + relative;
    if (k < 0 || k >= static_cast<double>(length)) return Value::undefined();
    return get_index_checked(vm, array, static_cast<std::uint64_t>(k));
}

ThrowCompletionOr<Value> typed_array_copy_within(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.copyWithin", AccessMode::Write));
    // 4-12. to, from, final.
    std::uint64_t to = TRY(relative_start(vm, call.argument(0), length));
    std::uint64_t from = TRY(relative_start(vm, call.argument(1), length));
    std::uint64_t final_index = TRY(resolve_relative_end(vm, call.argument(2), length));
    // 13. Let count be min(final - from, len - to).
    std::uint64_t count = final_index > from ? std::min(final_index - from, length - to) : 0;
    if (to >= length) count = 0;
    if (count > 0) {
        // 15.a-c. Re-validate: the buffer may have been detached or shrunk.
        if (array->is_out_of_bounds())
            return vm.throw_type_error(
                "Cannot perform %TypedArray%.prototype.copyWithin on a detached ArrayBuffer");
        // The copy stays within the current length (the buffer may have shrunk).
        std::uint64_t current = array->length();
        if (from < current && to < current) {
            count = std::min({count, current - from, current - to});
            std::uint32_t size = array->element_size();
            std::memmove(array->element_address(to), array->element_address(from), count * size);
        }
    }
    return Value(array);
}

ThrowCompletionOr<Value> typed_array_entries(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.entries"));
    return Value(CreateArrayIterator(vm, array, ArrayIterationKind::KeyAndValue));
}

ThrowCompletionOr<Value> typed_array_keys(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.keys"));
    return Value(CreateArrayIterator(vm, array, ArrayIterationKind::Key));
}

ThrowCompletionOr<Value> typed_array_values(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.values"));
    return Value(CreateArrayIterator(vm, array, ArrayIterationKind::Value));
}

enum class Predicate { Every, Some, Find, FindIndex, FindLast, FindLastIndex, ForEach };

ThrowCompletionOr<Value> iterate(VM& vm, const NativeCallInfo& call, const char* method, Predicate kind) {
    auto [array, length] = TRY(validate(vm, call, method));
    Value callback = TRY(require_callable(vm, call.argument(0)));
    Value this_argument = call.argument(1);
    bool reverse = kind == Predicate::FindLast || kind == Predicate::FindLastIndex;
    for (std::uint64_t i = 0; i < length; ++i) {
        std::uint64_t k = reverse ? length - 1 - i : i;
        Value value = TRY(get_index_checked(vm, array, k));
        Value arguments[3] = {value, Value(static_cast<double>(k)), Value(array)};
        bool result = ToBoolean(TRY(Call(vm, callback, this_argument, arguments)));
        switch (kind) {
        case Predicate::Every:
            if (!result) return Value::boolean(false);
            break;
        case Predicate::Some:
            if (result) return Value::boolean(true);
            break;
        case Predicate::Find:
        case Predicate::FindLast:
            if (result) return value;
            break;
        case Predicate::FindIndex:
        case Predicate::FindLastIndex:
            if (result) return Value(static_cast<double>(k));
            break;
        case Predicate::ForEach:
            break;
        }
    }
    switch (kind) {
    case Predicate::Every:
        return Value::boolean(true);
    case Predicate::Some:
        return Value::boolean(false);
    case Predicate::FindIndex:
    case Predicate::FindLastIndex:
        return Value(-1.0);
    default:
        return Value::undefined();
    }
}

ThrowCompletionOr<Value> typed_array_every(VM& vm, const NativeCallInfo& call) {
    return iterate(vm, call, "%TypedArray%.prototype.every", Predicate::Every);
}
ThrowCompletionOr<Value> typed_array_some(VM& vm, const NativeCallInfo& call) {
    return iterate(vm, call, "%TypedArray%.prototype.some", Predicate::Some);
}
ThrowCompletionOr<Value> typed_array_find(VM& vm, const NativeCallInfo& call) {
    return iterate(vm, call, "%TypedArray%.prototype.find", Predicate::Find);
}
ThrowCompletionOr<Value> typed_array_find_index(VM& vm, const NativeCallInfo& call) {
    return iterate(vm, call, "%TypedArray%.prototype.findIndex", Predicate::FindIndex);
}
ThrowCompletionOr<Value> typed_array_find_last(VM& vm, const NativeCallInfo& call) {
    return iterate(vm, call, "%TypedArray%.prototype.findLast", Predicate::FindLast);
}
ThrowCompletionOr<Value> typed_array_find_last_index(VM& vm, const NativeCallInfo& call) {
    return iterate(vm, call, "%TypedArray%.prototype.findLastIndex", Predicate::FindLastIndex);
}
ThrowCompletionOr<Value> typed_array_for_each(VM& vm, const NativeCallInfo& call) {
    return iterate(vm, call, "%TypedArray%.prototype.forEach", Predicate::ForEach);
}

ThrowCompletionOr<Value> typed_array_fill(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.fill", AccessMode::Write));
    // 4-5. Let value be ? ToBigInt(value) or ? ToNumber(value).
    Value value = TRY(ToElementNumeric(vm, array->type(), call.argument(0)));
    std::uint64_t start = TRY(relative_start(vm, call.argument(1), length));
    std::uint64_t end = TRY(resolve_relative_end(vm, call.argument(2), length));
    // 15-18. Re-validate, and clamp the end to the current length.
    if (array->is_out_of_bounds())
        return vm.throw_type_error("Cannot perform %TypedArray%.prototype.fill on a detached ArrayBuffer");
    end = std::min(end, array->length());
    if (start < end) {
        std::uint8_t bytes[8];
        TRY(NumericToRawBytes(vm, array->type(), value, bytes, true));
        std::uint32_t size = array->element_size();
        std::uint8_t* target = array->element_address(start);
        if (size == 1) {
            std::memset(target, bytes[0], end - start);
        } else {
            for (std::uint64_t k = start; k < end; ++k, target += size)
                std::memcpy(target, bytes, size);
        }
    }
    return Value(array);
}

ThrowCompletionOr<Value> typed_array_filter(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.filter"));
    Value callback = TRY(require_callable(vm, call.argument(0)));
    MarkedValueVector kept(vm.heap());
    for (std::uint64_t k = 0; k < length; ++k) {
        Value value = TRY(get_index_checked(vm, array, k));
        Value arguments[3] = {value, Value(static_cast<double>(k)), Value(array)};
        if (ToBoolean(TRY(Call(vm, callback, call.argument(1), arguments)))) kept.push_back(value);
    }
    Value count(static_cast<double>(kept.size()));
    TypedArrayObject* result = TRY(TypedArraySpeciesCreate(
        vm, *array, std::span<const Value>(&count, 1), "%TypedArray%.prototype.filter", AccessMode::Write));
    for (std::size_t n = 0; n < kept.size(); ++n)
        TRY(result->set_element(vm, static_cast<double>(n), kept[n]));
    return Value(result);
}

ThrowCompletionOr<Value> typed_array_includes(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.includes"));
    if (length == 0) return Value::boolean(false);
    double n = TRY(ToIntegerOrInfinity(vm, call.argument(1)));
    if (n == INFINITY) return Value::boolean(false);
    std::uint64_t k = resolve_relative_index(n, length);
    Value search = call.argument(0);
    for (; k < length; ++k) {
        if (SameValueZero(TRY(get_index_checked(vm, array, k)), search)) return Value::boolean(true);
    }
    return Value::boolean(false);
}

ThrowCompletionOr<Value> typed_array_index_of(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.indexOf"));
    if (length == 0) return Value(-1.0);
    double n = TRY(ToIntegerOrInfinity(vm, call.argument(1)));
    if (n == INFINITY) return Value(-1.0);
    std::uint64_t k = resolve_relative_index(n, length);
    Value search = call.argument(0);
    if (!search.is_number() && !search.is_bigint()) return Value(-1.0);
    for (; k < length; ++k) {
        // HasProperty(O, Pk) is false past a shrunk or detached buffer.
        if (!array->is_valid_index(static_cast<double>(k))) continue;
        if (IsStrictlyEqual(TRY(get_index_checked(vm, array, k)), search))
            return Value(static_cast<double>(k));
    }
    return Value(-1.0);
}

ThrowCompletionOr<Value> typed_array_last_index_of(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.lastIndexOf"));
    if (length == 0) return Value(-1.0);
    double n = call.argument_count() > 1 ? TRY(ToIntegerOrInfinity(vm, call.argument(1)))
                                         : static_cast<double>(length) - 1;
    if (n == -INFINITY) return Value(-1.0);
    double k = n >= 0 ? std::min(n, static_cast<double>(length) - 1) : static_cast<double>(length) + n;
    Value search = call.argument(0);
    if (!search.is_number() && !search.is_bigint()) return Value(-1.0);
    for (; k >= 0; --k) {
        if (!array->is_valid_index(k)) continue;
        if (IsStrictlyEqual(TRY(get_index_checked(vm, array, static_cast<std::uint64_t>(k))), search))
            return Value(k);
    }
    return Value(-1.0);
}

ThrowCompletionOr<Value> typed_array_join(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.join"));
    Value separator_value = call.argument(0);
    JSString* separator =
        separator_value.is_undefined() ? JSString::from_utf8(vm, ",") : TRY(ToString(vm, separator_value));
    StringBuilder builder;
    for (std::uint64_t k = 0; k < length; ++k) {
        if (k > 0 && !builder.append(separator)) return throw_string_length_error(vm);
        Value element = TRY(get_index_checked(vm, array, k));
        if (!element.is_undefined() && !builder.append(TRY(ToString(vm, element))))
            return throw_string_length_error(vm);
    }
    return Value(builder.build(vm));
}

ThrowCompletionOr<Value> typed_array_map(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.map"));
    Value callback = TRY(require_callable(vm, call.argument(0)));
    Value length_value(static_cast<double>(length));
    TypedArrayObject* result =
        TRY(TypedArraySpeciesCreate(vm, *array, std::span<const Value>(&length_value, 1),
                                    "%TypedArray%.prototype.map", AccessMode::Write));
    for (std::uint64_t k = 0; k < length; ++k) {
        Value value = TRY(get_index_checked(vm, array, k));
        Value arguments[3] = {value, Value(static_cast<double>(k)), Value(array)};
        Value mapped = TRY(Call(vm, callback, call.argument(1), arguments));
        TRY(result->set_element(vm, static_cast<double>(k), mapped));
    }
    return Value(result);
}

ThrowCompletionOr<Value> reduce(VM& vm, const NativeCallInfo& call, const char* method, bool right) {
    auto [array, length] = TRY(validate(vm, call, method));
    Value callback = TRY(require_callable(vm, call.argument(0)));
    if (length == 0 && call.argument_count() < 2)
        return vm.throw_type_error("Reduce of empty array with no initial value");
    std::uint64_t i = 0;
    Value accumulator;
    if (call.argument_count() >= 2) {
        accumulator = call.argument(1);
    } else {
        accumulator = TRY(get_index_checked(vm, array, right ? length - 1 : 0));
        i = 1;
    }
    for (; i < length; ++i) {
        std::uint64_t k = right ? length - 1 - i : i;
        Value value = TRY(get_index_checked(vm, array, k));
        Value arguments[4] = {accumulator, value, Value(static_cast<double>(k)), Value(array)};
        accumulator = TRY(Call(vm, callback, Value::undefined(), arguments));
    }
    return accumulator;
}

ThrowCompletionOr<Value> typed_array_reduce(VM& vm, const NativeCallInfo& call) {
    return reduce(vm, call, "%TypedArray%.prototype.reduce", false);
}
ThrowCompletionOr<Value> typed_array_reduce_right(VM& vm, const NativeCallInfo& call) {
    return reduce(vm, call, "%TypedArray%.prototype.reduceRight", true);
}

ThrowCompletionOr<Value> typed_array_reverse(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.reverse", AccessMode::Write));
    std::uint32_t size = array->element_size();
    std::uint8_t* base = length ? array->element_address(0) : nullptr;
    std::uint8_t scratch[8];
    for (std::uint64_t lower = 0, upper = length ? length - 1 : 0; lower < upper; ++lower, --upper) {
        std::memcpy(scratch, base + lower * size, size);
        std::memcpy(base + lower * size, base + upper * size, size);
        std::memcpy(base + upper * size, scratch, size);
    }
    return Value(array);
}

// SetTypedArrayFromTypedArray ( target, targetOffset, source )
ThrowCompletionOr<void> set_from_typed_array(VM& vm, TypedArrayObject* target, double target_offset,
                                             TypedArrayObject* source) {
    if (target->is_out_of_bounds())
        return vm.throw_type_error("Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer");
    std::uint64_t target_length = target->length();
    if (source->is_out_of_bounds())
        return vm.throw_type_error("Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer");
    std::uint64_t source_length = source->length();
    // 14-16. Offsets past the target are a RangeError; content types must match.
    if (target_offset == INFINITY ||
        static_cast<double>(source_length) + target_offset > static_cast<double>(target_length))
        return vm.throw_range_error("offset is out of bounds");
    if (is_bigint_element_type(target->type()) != is_bigint_element_type(source->type()))
        return vm.throw_type_error("Content type of the source does not match");
    auto offset = static_cast<std::uint64_t>(target_offset);
    if (source_length == 0) return {};
    std::uint32_t source_size = source->element_size();
    std::uint32_t target_size = target->element_size();
    if (source->type() == target->type()) {
        std::memmove(target->element_address(offset), source->element_address(0),
                     source_length * source_size);
        return {};
    }
    // Different types: read from a copy when the two views share a buffer.
    std::vector<std::uint8_t> copy(source->element_address(0),
                                   source->element_address(0) + source_length * source_size);
    for (std::uint64_t k = 0; k < source_length; ++k) {
        Value value = TRY(RawBytesToNumeric(vm, source->type(), copy.data() + k * source_size, true));
        TRY(NumericToRawBytes(vm, target->type(), value, target->element_address(offset + k), true));
    }
    (void)target_size;
    return {};
}

// SetTypedArrayFromArrayLike ( target, targetOffset, source )
ThrowCompletionOr<void> set_from_array_like(VM& vm, TypedArrayObject* target, double target_offset,
                                            Value source) {
    if (target->is_out_of_bounds())
        return vm.throw_type_error("Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer");
    std::uint64_t target_length = target->length();
    JSObject* source_object = TRY(ToObject(vm, source));
    std::uint64_t source_length = TRY(LengthOfArrayLike(vm, source_object));
    if (target_offset == INFINITY ||
        static_cast<double>(source_length) + target_offset > static_cast<double>(target_length))
        return vm.throw_range_error("offset is out of bounds");
    auto offset = static_cast<std::uint64_t>(target_offset);
    for (std::uint64_t k = 0; k < source_length; ++k) {
        Value value = TRY(source_object->get(vm, index_key(vm, k)));
        TRY(target->set_element(vm, static_cast<double>(offset + k), value));
    }
    return {};
}

ThrowCompletionOr<Value> typed_array_set(VM& vm, const NativeCallInfo& call) {
    TypedArrayObject* target = TRY(this_typed_array(vm, call.this_value, "%TypedArray%.prototype.set"));
    // 5. If IsImmutableBuffer(target.[[ViewedArrayBuffer]]) is true, throw a TypeError exception.
    if (target->buffer()->is_immutable())
        return throw_immutable_buffer_write(vm, "%TypedArray%.prototype.set");
    // 4-5. Let targetOffset be ? ToIntegerOrInfinity(offset); negative is a RangeError.
    double target_offset = TRY(ToIntegerOrInfinity(vm, call.argument(1)));
    if (target_offset < 0) return vm.throw_range_error("offset is out of bounds");
    Value source = call.argument(0);
    if (source.is_object() && source.as_object()->is_typed_array())
        TRY(set_from_typed_array(vm, target, target_offset,
                                 static_cast<TypedArrayObject*>(source.as_object())));
    else
        TRY(set_from_array_like(vm, target, target_offset, source));
    return Value::undefined();
}

ThrowCompletionOr<Value> typed_array_slice(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.slice"));
    std::uint64_t start = TRY(relative_start(vm, call.argument(0), length));
    std::uint64_t end = TRY(resolve_relative_end(vm, call.argument(1), length));
    std::uint64_t count = end > start ? end - start : 0;
    Value count_value(static_cast<double>(count));
    TypedArrayObject* result =
        TRY(TypedArraySpeciesCreate(vm, *array, std::span<const Value>(&count_value, 1),
                                    "%TypedArray%.prototype.slice", AccessMode::Write));
    if (count == 0) return Value(result);
    // 14.a-c. Re-validate and clamp to the current length.
    if (array->is_out_of_bounds())
        return vm.throw_type_error("Cannot perform %TypedArray%.prototype.slice on a detached ArrayBuffer");
    end = std::min(end, array->length());
    count = end > start ? end - start : 0;
    if (array->type() == result->type()) {
        // 14.g-h. Copy the bytes (the two may share a buffer).
        std::uint32_t size = array->element_size();
        std::uint64_t bytes = std::min(count * size, result->byte_length());
        std::uint8_t* target = result->element_address(0);
        const std::uint8_t* source = array->element_address(start);
        if (result->buffer() != array->buffer()) {
            if (bytes) std::memcpy(target, source, bytes);
        } else {
            // One byte at a time in ascending order, as the spec copies (observable when they overlap).
            for (std::uint64_t i = 0; i < bytes; ++i)
                target[i] = source[i];
        }
        return Value(result);
    }
    for (std::uint64_t k = start, n = 0; k < end; ++k, ++n) {
        Value value = TRY(get_index_checked(vm, array, k));
        TRY(result->set_element(vm, static_cast<double>(n), value));
    }
    return Value(result);
}

// The TypedArray SortCompare with an undefined comparator: numeric order, -0 before +0, NaN last.
double compare_numbers(Value x, Value y) {
    double a = x.as_number();
    double b = y.as_number();
    if (std::isnan(a)) return std::isnan(b) ? 0 : 1;
    if (std::isnan(b)) return -1;
    if (a < b) return -1;
    if (a > b) return 1;
    if (a == 0 && b == 0) {
        bool a_negative = std::signbit(a);
        bool b_negative = std::signbit(b);
        if (a_negative && !b_negative) return -1;
        if (!a_negative && b_negative) return 1;
    }
    return 0;
}

// SortIndexedProperties(O, len, SortCompare, read-through-holes) with the TypedArray SortCompare.
ThrowCompletionOr<MarkedValueVector> sort_values(VM& vm, TypedArrayObject* array, std::uint64_t length,
                                                 Value comparator) {
    MarkedValueVector items(vm.heap());
    items.reserve(length);
    for (std::uint64_t k = 0; k < length; ++k)
        items.push_back(TRY(get_index_checked(vm, array, k)));
    TRY(stable_sort(vm, items, [&](Value x, Value y) -> ThrowCompletionOr<double> {
        if (comparator.is_undefined()) {
            if (x.is_number()) return compare_numbers(x, y);
            // BigInt elements: ordered by value (IsLessThan on two BigInts has no side effects).
            if (TRY(IsLessThan(vm, x, y, true)).value_or(false)) return -1;
            if (TRY(IsLessThan(vm, y, x, true)).value_or(false)) return 1;
            return 0;
        }
        Value arguments[2] = {x, y};
        double v = TRY(ToNumber(vm, TRY(Call(vm, comparator, Value::undefined(), arguments))));
        return std::isnan(v) ? 0 : v;
    }));
    return items;
}

ThrowCompletionOr<Value> typed_array_sort(VM& vm, const NativeCallInfo& call) {
    Value comparator = call.argument(0);
    if (!comparator.is_undefined() && !IsCallable(comparator))
        return vm.throw_type_error("The comparison function must be either a function or undefined");
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.sort", AccessMode::Write));
    MarkedValueVector sorted = TRY(sort_values(vm, array, length, comparator));
    // Writes past a shrunk or detached buffer are ignored (TypedArraySetElement).
    for (std::uint64_t j = 0; j < sorted.size(); ++j)
        TRY(array->set_element(vm, static_cast<double>(j), sorted[j]));
    return Value(array);
}

ThrowCompletionOr<Value> typed_array_subarray(VM& vm, const NativeCallInfo& call) {
    TypedArrayObject* array = TRY(this_typed_array(vm, call.this_value, "%TypedArray%.prototype.subarray"));
    ArrayBufferObject* buffer = array->buffer();
    // 5-6. srcLength is 0 when out of bounds.
    std::uint64_t source_length = array->length();
    std::uint64_t start = TRY(relative_start(vm, call.argument(0), source_length));
    std::uint32_t size = array->element_size();
    double begin_byte_offset = static_cast<double>(array->byte_offset() + start * size);
    Value arguments[3] = {Value(buffer), Value(begin_byte_offset), Value::undefined()};
    std::size_t argument_count = 2;
    if (!array->is_length_tracking() || !call.argument(1).is_undefined()) {
        std::uint64_t end = TRY(resolve_relative_end(vm, call.argument(1), source_length));
        arguments[2] = Value(static_cast<double>(end > start ? end - start : 0));
        argument_count = 3;
    }
    return Value(TRY(TypedArraySpeciesCreate(vm, *array, std::span<const Value>(arguments, argument_count),
                                             "%TypedArray%.prototype.subarray")));
}

ThrowCompletionOr<Value> typed_array_to_locale_string(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.toLocaleString"));
    StringBuilder builder;
    PropertyKey to_locale_string = PropertyKey::from_ascii(vm, "toLocaleString");
    for (std::uint64_t k = 0; k < length; ++k) {
        if (k > 0 && !builder.append(u',')) return throw_string_length_error(vm);
        Value element = TRY(get_index_checked(vm, array, k));
        if (!element.is_nullish() &&
            !builder.append(TRY(ToString(vm, TRY(Invoke(vm, element, to_locale_string))))))
            return throw_string_length_error(vm);
    }
    return Value(builder.build(vm));
}

ThrowCompletionOr<Value> typed_array_to_reversed(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.toReversed"));
    TypedArrayObject* result = TRY(TypedArrayCreateSameType(vm, *array, length));
    std::uint32_t size = array->element_size();
    for (std::uint64_t k = 0; k < length; ++k)
        std::memcpy(result->element_address(k), array->element_address(length - 1 - k), size);
    return Value(result);
}

ThrowCompletionOr<Value> typed_array_to_sorted(VM& vm, const NativeCallInfo& call) {
    Value comparator = call.argument(0);
    if (!comparator.is_undefined() && !IsCallable(comparator))
        return vm.throw_type_error("The comparison function must be either a function or undefined");
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.toSorted"));
    TypedArrayObject* result = TRY(TypedArrayCreateSameType(vm, *array, length));
    MarkedValueVector sorted = TRY(sort_values(vm, array, length, comparator));
    for (std::uint64_t j = 0; j < sorted.size(); ++j)
        TRY(result->set_element(vm, static_cast<double>(j), sorted[j]));
    return Value(result);
}

ThrowCompletionOr<Value> typed_array_with(VM& vm, const NativeCallInfo& call) {
    auto [array, length] = TRY(validate(vm, call, "%TypedArray%.prototype.with"));
    double relative = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    double actual = relative >= 0 ? relative : static_cast<double>(length) + relative;
    Value value = TRY(ToElementNumeric(vm, array->type(), call.argument(1)));
    // 9. If IsValidIntegerIndex(O, 𝔽(actualIndex)) is false, throw a RangeError exception.
    if (!std::isfinite(actual) || !array->is_valid_index(actual))
        return vm.throw_range_error("Invalid typed array index");
    TypedArrayObject* result = TRY(TypedArrayCreateSameType(vm, *array, length));
    for (std::uint64_t k = 0; k < length; ++k) {
        Value from = static_cast<double>(k) == actual ? value : TRY(get_index_checked(vm, array, k));
        TRY(result->set_element(vm, static_cast<double>(k), from));
    }
    return Value(result);
}

} // namespace

ThrowCompletionOr<Value> TypedArrayPrototypeGetLength(VM& vm, const NativeCallInfo& call) {
    TypedArrayObject* array = TRY(this_typed_array(vm, call.this_value, "get TypedArray.prototype.length"));
    return Value(static_cast<double>(array->length()));
}

void initialize_typed_array_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::TypedArrayPrototype);
    auto accessor = [&](const char* name, NativeFunctionPointer getter) {
        prototype->define_native_accessor(vm, realm, PropertyKey::from_ascii(vm, name), getter, nullptr);
    };
    auto method = [&](const char* name, NativeFunctionPointer function, std::uint32_t length) {
        return prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, name), function,
                                                 length);
    };
    method("at", typed_array_at, 1);
    accessor("buffer", typed_array_buffer);
    accessor("byteLength", typed_array_byte_length);
    accessor("byteOffset", typed_array_byte_offset);
    method("copyWithin", typed_array_copy_within, 2);
    method("entries", typed_array_entries, 0);
    method("every", typed_array_every, 1);
    method("fill", typed_array_fill, 1);
    method("filter", typed_array_filter, 1);
    method("find", typed_array_find, 1);
    method("findIndex", typed_array_find_index, 1);
    method("findLast", typed_array_find_last, 1);
    method("findLastIndex", typed_array_find_last_index, 1);
    method("forEach", typed_array_for_each, 1);
    method("includes", typed_array_includes, 1);
    method("indexOf", typed_array_index_of, 1);
    method("join", typed_array_join, 1);
    method("keys", typed_array_keys, 0);
    method("lastIndexOf", typed_array_last_index_of, 1);
    accessor("length", TypedArrayPrototypeGetLength);
    method("map", typed_array_map, 1);
    method("reduce", typed_array_reduce, 1);
    method("reduceRight", typed_array_reduce_right, 1);
    method("reverse", typed_array_reverse, 0);
    method("set", typed_array_set, 1);
    method("slice", typed_array_slice, 2);
    method("some", typed_array_some, 1);
    method("sort", typed_array_sort, 1);
    method("subarray", typed_array_subarray, 2);
    method("toLocaleString", typed_array_to_locale_string, 0);
    method("toReversed", typed_array_to_reversed, 0);
    method("toSorted", typed_array_to_sorted, 1);
    // %TypedArray%.prototype.toString is the same function object as Array.prototype.toString.
    Value array_to_string =
        realm.intrinsic(Intrinsic::ArrayPrototype)->lookup_own_storage(vm.names().toString)->value;
    prototype->define_direct_property(vm, vm.names().toString, array_to_string, kBuiltinAttributes);
    JSObject* values = method("values", typed_array_values, 0);
    method("with", typed_array_with, 2);
    prototype->define_direct_property(vm, PropertyKey::from_symbol(vm.well_known_symbols().iterator), values,
                                      kBuiltinAttributes);
    prototype->define_native_accessor(vm, realm,
                                      PropertyKey::from_symbol(vm.well_known_symbols().toStringTag),
                                      typed_array_to_string_tag, nullptr);
}

} // namespace yjs
