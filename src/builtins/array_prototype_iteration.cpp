// The callback-driven methods of %Array.prototype% (23.1.3): every, filter, find, findIndex, findLast,
// findLastIndex, flat, flatMap, forEach, map, reduce, reduceRight, some.
#include "builtins/array_prototype.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/vm.h"

#include <cmath>

namespace yjs {

namespace {

// Steps 1-3 shared by most methods: O = ? ToObject(this), len = ? LengthOfArrayLike(O), and the
// IsCallable check of the callback.
struct CallbackSetup {
    JSObject* object;
    std::uint64_t length;
};

ThrowCompletionOr<CallbackSetup> setup(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    if (!IsCallable(call.argument(0)))
        return vm.throw_type_error(describe_value(call.argument(0)) + " is not a function");
    return CallbackSetup{object, length};
}

// Call(callback, thisArg, « kValue, 𝔽(k), O »).
ThrowCompletionOr<Value> call_callback(VM& vm, const NativeCallInfo& call, Value value, std::uint64_t k,
                                       JSObject* object) {
    Value arguments[3] = {value, Value(static_cast<double>(k)), Value(object)};
    return Call(vm, call.argument(0), call.argument(1), arguments);
}

// FindViaPredicate(O, len, direction, predicate, thisArg): the index and value found, or (-1, undefined).
struct FindResult {
    double index;
    Value value;
};

ThrowCompletionOr<FindResult> FindViaPredicate(VM& vm, const NativeCallInfo& call, bool ascending) {
    CallbackSetup s = TRY(setup(vm, call));
    for (std::uint64_t i = 0; i < s.length; ++i) {
        std::uint64_t k = ascending ? i : s.length - 1 - i;
        Value value = TRY(get_element(vm, s.object, k));
        if (ToBoolean(TRY(call_callback(vm, call, value, k, s.object))))
            return FindResult{static_cast<double>(k), value};
    }
    return FindResult{-1, Value::undefined()};
}

// FlattenIntoArray(target, source, sourceLen, start, depth [, mapperFunction, thisArg]); `call` carries the
// mapper and thisArg when `mapping`.
ThrowCompletionOr<std::uint64_t> FlattenIntoArray(VM& vm, JSObject* target, JSObject* source,
                                                  std::uint64_t source_length, std::uint64_t start,
                                                  double depth, const NativeCallInfo* mapping) {
    TRY(vm.check_native_stack());
    std::uint64_t target_index = start;
    for (std::uint64_t source_index = 0; source_index < source_length; ++source_index) {
        if ((source_index = skip_absent(vm, source, source_index, source_length)) == source_length) break;
        std::optional<Value> present = TRY(get_element_if_present(vm, source, source_index));
        if (!present) continue;
        Value element = *present;
        if (mapping) element = TRY(call_callback(vm, *mapping, element, source_index, source));
        bool should_flatten = depth > 0 && TRY(IsArray(vm, element));
        if (should_flatten) {
            double new_depth = depth == INFINITY ? INFINITY : depth - 1;
            std::uint64_t element_length = TRY(LengthOfArrayLike(vm, element.as_object()));
            target_index = TRY(FlattenIntoArray(vm, target, element.as_object(), element_length, target_index,
                                                new_depth, nullptr));
        } else {
            if (target_index >= kMaxSafeInteger) return vm.throw_type_error("Invalid array length");
            TRY(create_element(vm, target, target_index, element));
            ++target_index;
        }
    }
    return target_index;
}

// reduce and reduceRight.
ThrowCompletionOr<Value> reduce(VM& vm, const NativeCallInfo& call, bool ascending) {
    CallbackSetup s = TRY(setup(vm, call));
    // 4. If len = 0 and initialValue is not present, throw a TypeError exception.
    bool has_initial = call.argument_count() > 1;
    if (s.length == 0 && !has_initial)
        return vm.throw_type_error("Reduce of empty array with no initial value");
    std::uint64_t i = 0;
    auto index = [&](std::uint64_t n) { return ascending ? n : s.length - 1 - n; };
    // The step of the next present element from step n on (s.length if none).
    auto skip = [&](std::uint64_t n) -> std::uint64_t {
        if (n >= s.length) return n;
        if (ascending) return skip_absent(vm, s.object, n, s.length);
        std::optional<std::uint64_t> present = previous_present_index(vm, s.object, index(n), 0);
        return present ? s.length - 1 - *present : s.length;
    };
    Value accumulator;
    if (has_initial) {
        accumulator = call.argument(1);
    } else {
        // 8.b. Take the first present element as the accumulator.
        std::optional<Value> first;
        for (; !first && (i = skip(i)) < s.length; ++i)
            first = TRY(get_element_if_present(vm, s.object, index(i)));
        if (!first) return vm.throw_type_error("Reduce of empty array with no initial value");
        accumulator = *first;
    }
    for (; (i = skip(i)) < s.length; ++i) {
        std::uint64_t k = index(i);
        std::optional<Value> value = TRY(get_element_if_present(vm, s.object, k));
        if (!value) continue;
        Value arguments[4] = {accumulator, *value, Value(static_cast<double>(k)), Value(s.object)};
        accumulator = TRY(Call(vm, call.argument(0), Value::undefined(), arguments));
    }
    return accumulator;
}

} // namespace

// Array.prototype.every ( callback [ , thisArg ] )
ThrowCompletionOr<Value> ArrayPrototypeEvery(VM& vm, const NativeCallInfo& call) {
    CallbackSetup s = TRY(setup(vm, call));
    for (std::uint64_t k = 0; k < s.length; ++k) {
        if ((k = skip_absent(vm, s.object, k, s.length)) == s.length) break;
        std::optional<Value> value = TRY(get_element_if_present(vm, s.object, k));
        if (value && !ToBoolean(TRY(call_callback(vm, call, *value, k, s.object))))
            return Value::boolean(false);
    }
    return Value::boolean(true);
}

// Array.prototype.filter ( callback [ , thisArg ] )
ThrowCompletionOr<Value> ArrayPrototypeFilter(VM& vm, const NativeCallInfo& call) {
    CallbackSetup s = TRY(setup(vm, call));
    JSObject* result = TRY(ArraySpeciesCreate(vm, s.object, 0)).as_object();
    std::uint64_t to = 0;
    for (std::uint64_t k = 0; k < s.length; ++k) {
        if ((k = skip_absent(vm, s.object, k, s.length)) == s.length) break;
        std::optional<Value> value = TRY(get_element_if_present(vm, s.object, k));
        if (value && ToBoolean(TRY(call_callback(vm, call, *value, k, s.object)))) {
            TRY(create_element(vm, result, to, *value));
            ++to;
        }
    }
    return Value(result);
}

// Array.prototype.find / findIndex / findLast / findLastIndex ( predicate [ , thisArg ] )
ThrowCompletionOr<Value> ArrayPrototypeFind(VM& vm, const NativeCallInfo& call) {
    return TRY(FindViaPredicate(vm, call, true)).value;
}

ThrowCompletionOr<Value> ArrayPrototypeFindIndex(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(FindViaPredicate(vm, call, true)).index);
}

ThrowCompletionOr<Value> ArrayPrototypeFindLast(VM& vm, const NativeCallInfo& call) {
    return TRY(FindViaPredicate(vm, call, false)).value;
}

ThrowCompletionOr<Value> ArrayPrototypeFindLastIndex(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(FindViaPredicate(vm, call, false)).index);
}

// Array.prototype.flat ( [ depth ] )
ThrowCompletionOr<Value> ArrayPrototypeFlat(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t source_length = TRY(LengthOfArrayLike(vm, object));
    double depth = 1;
    if (!call.argument(0).is_undefined()) {
        depth = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
        if (depth < 0) depth = 0;
    }
    JSObject* result = TRY(ArraySpeciesCreate(vm, object, 0)).as_object();
    TRY(FlattenIntoArray(vm, result, object, source_length, 0, depth, nullptr));
    return Value(result);
}

// Array.prototype.flatMap ( mapperFunction [ , thisArg ] )
ThrowCompletionOr<Value> ArrayPrototypeFlatMap(VM& vm, const NativeCallInfo& call) {
    CallbackSetup s = TRY(setup(vm, call));
    JSObject* result = TRY(ArraySpeciesCreate(vm, s.object, 0)).as_object();
    TRY(FlattenIntoArray(vm, result, s.object, s.length, 0, 1, &call));
    return Value(result);
}

// Array.prototype.forEach ( callback [ , thisArg ] )
ThrowCompletionOr<Value> ArrayPrototypeForEach(VM& vm, const NativeCallInfo& call) {
    CallbackSetup s = TRY(setup(vm, call));
    for (std::uint64_t k = 0; k < s.length; ++k) {
        if ((k = skip_absent(vm, s.object, k, s.length)) == s.length) break;
        std::optional<Value> value = TRY(get_element_if_present(vm, s.object, k));
        if (value) TRY(call_callback(vm, call, *value, k, s.object));
    }
    return Value::undefined();
}

// Array.prototype.map ( callback [ , thisArg ] )
ThrowCompletionOr<Value> ArrayPrototypeMap(VM& vm, const NativeCallInfo& call) {
    CallbackSetup s = TRY(setup(vm, call));
    JSObject* result = TRY(ArraySpeciesCreate(vm, s.object, s.length)).as_object();
    for (std::uint64_t k = 0; k < s.length; ++k) {
        if ((k = skip_absent(vm, s.object, k, s.length)) == s.length) break;
        std::optional<Value> value = TRY(get_element_if_present(vm, s.object, k));
        if (!value) continue;
        Value mapped = TRY(call_callback(vm, call, *value, k, s.object));
        TRY(create_element(vm, result, k, mapped));
    }
    return Value(result);
}

// Array.prototype.reduce / reduceRight ( callback [ , initialValue ] )
ThrowCompletionOr<Value> ArrayPrototypeReduce(VM& vm, const NativeCallInfo& call) {
    return reduce(vm, call, true);
}

ThrowCompletionOr<Value> ArrayPrototypeReduceRight(VM& vm, const NativeCallInfo& call) {
    return reduce(vm, call, false);
}

// Array.prototype.some ( callback [ , thisArg ] )
ThrowCompletionOr<Value> ArrayPrototypeSome(VM& vm, const NativeCallInfo& call) {
    CallbackSetup s = TRY(setup(vm, call));
    for (std::uint64_t k = 0; k < s.length; ++k) {
        if ((k = skip_absent(vm, s.object, k, s.length)) == s.length) break;
        std::optional<Value> value = TRY(get_element_if_present(vm, s.object, k));
        if (value && ToBoolean(TRY(call_callback(vm, call, *value, k, s.object))))
            return Value::boolean(true);
    }
    return Value::boolean(false);
}

} // namespace yjs
