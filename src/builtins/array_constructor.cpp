// The Array constructor (23.1.1, 23.1.2): Array, Array.from, Array.isArray, Array.of,
// get Array [ %Symbol.species% ].
#include "builtins/array_prototype.h"
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// Array ( ...values )
ThrowCompletionOr<Value> array_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, let newTarget be the active function object; else let newTarget be
    // NewTarget.
    JSObject* new_target = call.new_target ? call.new_target : call.callee;
    // 2. Let proto be ? GetPrototypeFromConstructor(newTarget, "%Array.prototype%").
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, new_target, Intrinsic::ArrayPrototype));
    std::size_t count = call.argument_count();
    if (count == 0) return Value(JSArray::create(vm, 0, prototype));
    if (count == 1) {
        // 5. A single argument is the length when it is a Number, otherwise the only element.
        Value length = call.argument(0);
        JSArray* array = JSArray::create(vm, 0, prototype);
        if (!length.is_number()) {
            TRY(array->create_data_property_or_throw(vm, PropertyKey::from_index(0), length));
            return Value(array);
        }
        std::uint32_t int_length = TRY(ToUint32(vm, length));
        if (static_cast<double>(int_length) != length.as_number())
            return vm.throw_range_error("Invalid array length");
        TRY(set_length(vm, array, int_length));
        return Value(array);
    }
    // 6. Two or more arguments are the elements.
    JSArray* array = JSArray::create(vm, 0, prototype);
    for (std::size_t k = 0; k < count; ++k)
        TRY(create_element(vm, array, k, call.arguments[k]));
    return Value(array);
}

// Array.from ( items [ , mapper [ , thisArg ] ] )
ThrowCompletionOr<Value> array_from(VM& vm, const NativeCallInfo& call) {
    Value constructor = call.this_value;
    Value items = call.argument(0);
    Value mapper = call.argument(1);
    Value this_arg = call.argument(2);
    // 2-3. If mapper is undefined, let mapping be false; otherwise it must be callable.
    bool mapping = !mapper.is_undefined();
    if (mapping && !IsCallable(mapper))
        return vm.throw_type_error(describe_value(mapper) + " is not a function");
    // 4. Let usingIterator be ? GetMethod(items, %Symbol.iterator%).
    Value using_iterator =
        TRY(GetMethod(vm, items, PropertyKey::from_symbol(vm.well_known_symbols().iterator)));
    if (!using_iterator.is_undefined()) {
        // 5.a-b. If IsConstructor(C), let A be ? Construct(C); else let A be ! ArrayCreate(0).
        JSObject* result = IsConstructor(constructor) ? TRY(Construct(vm, constructor.as_object()))
                                                      : static_cast<JSObject*>(JSArray::create(vm, 0));
        // 5.c. Let iteratorRecord be ? GetIteratorFromMethod(items, usingIterator).
        IteratorRecord record = TRY(GetIteratorFromMethod(vm, items, using_iterator));
        for (std::uint64_t k = 0;; ++k) {
            // 5.e.i. If k ≥ 2^53 - 1, close the iterator with a TypeError.
            if (k >= kMaxSafeInteger) {
                vm.throw_type_error("Invalid array length");
                return IteratorCloseOnThrow(vm, record);
            }
            std::optional<Value> next = TRY(IteratorStepValue(vm, record));
            if (!next) {
                TRY(set_length(vm, result, k));
                return Value(result);
            }
            Value value = *next;
            if (mapping) {
                Value arguments[2] = {value, Value(static_cast<double>(k))};
                value = IF_ABRUPT_CLOSE_ITERATOR(vm, record, Call(vm, mapper, this_arg, arguments));
            }
            IF_ABRUPT_CLOSE_ITERATOR(vm, record, create_element(vm, result, k, value));
        }
    }
    // 6-8. items is not iterable: treat it as an array-like.
    JSObject* array_like = TRY(ToObject(vm, items));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, array_like));
    JSObject* result;
    if (IsConstructor(constructor)) {
        Value length_value(static_cast<double>(length));
        result = TRY(Construct(vm, constructor.as_object(), std::span<const Value>(&length_value, 1)));
    } else {
        result = TRY(ArrayCreate(vm, length));
    }
    for (std::uint64_t k = 0; k < length; ++k) {
        Value value = TRY(get_element(vm, array_like, k));
        if (mapping) {
            Value arguments[2] = {value, Value(static_cast<double>(k))};
            value = TRY(Call(vm, mapper, this_arg, arguments));
        }
        TRY(create_element(vm, result, k, value));
    }
    TRY(set_length(vm, result, length));
    return Value(result);
}

// Array.isArray ( arg )
ThrowCompletionOr<Value> array_is_array(VM& vm, const NativeCallInfo& call) {
    return Value::boolean(TRY(IsArray(vm, call.argument(0))));
}

// Array.of ( ...items )
ThrowCompletionOr<Value> array_of(VM& vm, const NativeCallInfo& call) {
    std::size_t length = call.argument_count();
    Value length_value(static_cast<double>(length));
    JSObject* result;
    if (IsConstructor(call.this_value))
        result = TRY(Construct(vm, call.this_value.as_object(), std::span<const Value>(&length_value, 1)));
    else
        result = TRY(ArrayCreate(vm, length));
    for (std::size_t k = 0; k < length; ++k)
        TRY(create_element(vm, result, k, call.arguments[k]));
    TRY(set_length(vm, result, length));
    return Value(result);
}

// get Array [ %Symbol.species% ]: 1. Return the this value.
ThrowCompletionOr<Value> array_species(VM&, const NativeCallInfo& call) {
    return call.this_value;
}

} // namespace

void initialize_array_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor =
        make_constructor(vm, realm, "Array", array_constructor, 1, realm.intrinsic(Intrinsic::ArrayPrototype),
                         Intrinsic::ArrayConstructor);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "from"), array_from, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "isArray"), array_is_array, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "of"), array_of, 0);
    constructor->define_native_accessor(vm, realm, PropertyKey::from_symbol(vm.well_known_symbols().species),
                                        array_species, nullptr);
    define_global_property(vm, realm, "Array", constructor);
}

} // namespace yjs
