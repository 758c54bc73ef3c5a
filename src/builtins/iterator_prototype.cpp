// %Iterator.prototype% (27.1.4): the [[Prototype]] of every built-in iterator prototype, with the iterator
// helpers. The lazy helpers (map, filter, take, drop, flatMap, chunks, windows) return Iterator Helper
// objects (iterator_helper.cpp); the others consume the iterator here.
#include "builtins/builtins.h"
#include "builtins/iterator_helper.h"
#include "builtins/string_builder.h"
#include "runtime/abstract_ops.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/vm.h"

#include <cmath>

namespace yjs {

namespace {

using Kind = IteratorHelper::Kind;

// 1-2. Let O be the this value. If O is not an Object, throw a TypeError exception.
ThrowCompletionOr<JSObject*> this_object(VM& vm, Value this_value, const char* method) {
    if (!this_value.is_object())
        return vm.throw_type_error(std::string("Iterator.prototype.") + method + " called on non-object " +
                                   describe_value(this_value));
    return this_value.as_object();
}

// Let error be ThrowCompletion(a newly created `type` object). Return ? IteratorClose(iterated, error),
// where iterated is the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
ThrowCompletion close_with_error(VM& vm, JSObject* object, ErrorType type, std::string_view message) {
    static_cast<void>(vm.throw_error(type, message));
    return IteratorCloseOnThrow(vm, IteratorRecord{object, Value::undefined(), false});
}

ThrowCompletion close_with_not_callable(VM& vm, JSObject* object, Value function) {
    return close_with_error(vm, object, ErrorType::TypeError,
                            describe_value(function) + " is not a function");
}

// Return ? IteratorClose(iterated, NormalCompletion(value)).
ThrowCompletionOr<Value> close_with_value(VM& vm, const IteratorRecord& iterated, Value value) {
    TRY(IteratorClose(vm, iterated));
    return value;
}

// map / filter / flatMap ( fn ): the checks, then the helper capturing fn.
ThrowCompletionOr<Value> create_callback_helper(VM& vm, const NativeCallInfo& call, Kind kind,
                                                const char* name) {
    JSObject* object = TRY(this_object(vm, call.this_value, name));
    Value function = call.argument(0);
    if (!IsCallable(function)) return close_with_not_callable(vm, object, function);
    IteratorRecord iterated = TRY(GetIteratorDirect(vm, object));
    IteratorHelper* helper = IteratorHelper::create(vm, kind);
    helper->captures().iterated = iterated;
    helper->captures().function = function;
    return Value(helper);
}

ThrowCompletionOr<Value> iterator_map(VM& vm, const NativeCallInfo& call) {
    return create_callback_helper(vm, call, Kind::Map, "map");
}

ThrowCompletionOr<Value> iterator_filter(VM& vm, const NativeCallInfo& call) {
    return create_callback_helper(vm, call, Kind::Filter, "filter");
}

ThrowCompletionOr<Value> iterator_flat_map(VM& vm, const NativeCallInfo& call) {
    return create_callback_helper(vm, call, Kind::FlatMap, "flatMap");
}

// take / drop ( limit ).
ThrowCompletionOr<Value> create_limit_helper(VM& vm, const NativeCallInfo& call, Kind kind,
                                             const char* name) {
    JSObject* object = TRY(this_object(vm, call.this_value, name));
    IteratorRecord unstarted{object, Value::undefined(), false};
    // 4-5. Let numLimit be Completion(ToNumber(limit)). IfAbruptCloseIterator(numLimit, iterated).
    double limit = IF_ABRUPT_CLOSE_ITERATOR(vm, unstarted, ToNumber(vm, call.argument(0)));
    // 6. If numLimit is NaN, throw a RangeError (closing iterated).
    if (std::isnan(limit))
        return close_with_error(vm, object, ErrorType::RangeError, "limit must be a number");
    // 7. If numLimit is finite and numLimit > 2^53 - 1, throw a RangeError (closing iterated).
    if (std::isfinite(limit) && limit > 9007199254740991.0)
        return close_with_error(vm, object, ErrorType::RangeError, "limit is too large");
    // 8-9. Let integerLimit be ! ToIntegerOrInfinity(numLimit); if it is < 0, throw a RangeError.
    double integer_limit = std::isinf(limit) ? limit : std::trunc(limit);
    if (integer_limit < 0)
        return close_with_error(vm, object, ErrorType::RangeError, "limit must be a non-negative number");
    IteratorRecord iterated = TRY(GetIteratorDirect(vm, object));
    IteratorHelper* helper = IteratorHelper::create(vm, kind);
    helper->captures().iterated = iterated;
    helper->captures().counter = integer_limit + 0.0;
    return Value(helper);
}

ThrowCompletionOr<Value> iterator_take(VM& vm, const NativeCallInfo& call) {
    return create_limit_helper(vm, call, Kind::Take, "take");
}

ThrowCompletionOr<Value> iterator_drop(VM& vm, const NativeCallInfo& call) {
    return create_limit_helper(vm, call, Kind::Drop, "drop");
}

// The chunkSize / windowSize checks of chunks and windows (no coercion): an integral Number in
// [1, 2^32 - 1], else a TypeError or RangeError after closing iterated.
ThrowCompletionOr<std::uint32_t> validate_size(VM& vm, JSObject* object, Value size, const char* name) {
    if (!size.is_number())
        return close_with_error(vm, object, ErrorType::TypeError, std::string(name) + " must be a number");
    double number = size.as_number();
    if (!IsIntegralNumber(size))
        return close_with_error(vm, object, ErrorType::TypeError, std::string(name) + " must be an integer");
    if (number < 1 || number > 4294967295.0)
        return close_with_error(vm, object, ErrorType::RangeError, std::string(name) + " is out of range");
    return static_cast<std::uint32_t>(number);
}

// Iterator.prototype.chunks ( chunkSize )
ThrowCompletionOr<Value> iterator_chunks(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(this_object(vm, call.this_value, "chunks"));
    std::uint32_t size = TRY(validate_size(vm, object, call.argument(0), "chunkSize"));
    IteratorRecord iterated = TRY(GetIteratorDirect(vm, object));
    IteratorHelper* helper = IteratorHelper::create(vm, Kind::Chunks);
    helper->captures().iterated = iterated;
    helper->captures().size = size;
    return Value(helper);
}

// Iterator.prototype.windows ( windowSize [ , undersized ] )
ThrowCompletionOr<Value> iterator_windows(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(this_object(vm, call.this_value, "windows"));
    std::uint32_t size = TRY(validate_size(vm, object, call.argument(0), "windowSize"));
    // 7-8. undersized defaults to "only-full"; anything but "only-full" or "allow-partial" is a TypeError.
    Value undersized = call.argument(1);
    bool allow_partial = false;
    if (!undersized.is_undefined()) {
        bool only_full =
            undersized.is_string() && undersized.as_string()->equals(JSString::from_ascii(vm, "only-full"));
        allow_partial = undersized.is_string() &&
                        undersized.as_string()->equals(JSString::from_ascii(vm, "allow-partial"));
        if (!only_full && !allow_partial)
            return close_with_error(vm, object, ErrorType::TypeError,
                                    "undersized must be \"only-full\" or \"allow-partial\"");
    }
    IteratorRecord iterated = TRY(GetIteratorDirect(vm, object));
    IteratorHelper* helper = IteratorHelper::create(vm, Kind::Windows);
    helper->captures().iterated = iterated;
    helper->captures().size = size;
    helper->captures().allow_partial = allow_partial;
    return Value(helper);
}

// Iterator.prototype.reduce ( reducer [ , initialValue ] )
ThrowCompletionOr<Value> iterator_reduce(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(this_object(vm, call.this_value, "reduce"));
    Value reducer = call.argument(0);
    if (!IsCallable(reducer)) return close_with_not_callable(vm, object, reducer);
    IteratorRecord iterated = TRY(GetIteratorDirect(vm, object));
    Value accumulator;
    double counter;
    // 6. If initialValue is not present: the first value is the accumulator (a TypeError if there is none).
    if (call.arguments.size() < 2) {
        std::optional<Value> first = TRY(IteratorStepValue(vm, iterated));
        if (!first) return vm.throw_type_error("Reduce of empty iterator with no initial value");
        accumulator = *first;
        counter = 1;
    } else {
        accumulator = call.argument(1);
        counter = 0;
    }
    while (true) {
        std::optional<Value> value = TRY(IteratorStepValue(vm, iterated));
        if (!value) return accumulator;
        Value arguments[] = {accumulator, *value, Value(counter)};
        accumulator =
            IF_ABRUPT_CLOSE_ITERATOR(vm, iterated, Call(vm, reducer, Value::undefined(), arguments));
        counter += 1;
    }
}

// Iterator.prototype.toArray ( )
ThrowCompletionOr<Value> iterator_to_array(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(this_object(vm, call.this_value, "toArray"));
    IteratorRecord iterated = TRY(GetIteratorDirect(vm, object));
    MarkedValueVector items = TRY(IteratorToList(vm, iterated));
    return Value(CreateArrayFromList(vm, items.span()));
}

// Iterator.prototype.forEach ( procedure )
ThrowCompletionOr<Value> iterator_for_each(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(this_object(vm, call.this_value, "forEach"));
    Value procedure = call.argument(0);
    if (!IsCallable(procedure)) return close_with_not_callable(vm, object, procedure);
    IteratorRecord iterated = TRY(GetIteratorDirect(vm, object));
    for (double counter = 0;; counter += 1) {
        std::optional<Value> value = TRY(IteratorStepValue(vm, iterated));
        if (!value) return Value::undefined();
        Value arguments[] = {*value, Value(counter)};
        IF_ABRUPT_CLOSE_ITERATOR(vm, iterated, Call(vm, procedure, Value::undefined(), arguments));
    }
}

// some / every / find ( predicate ): which predicate result stops the iteration, and what is returned.
enum class SearchKind { Some, Every, Find };

ThrowCompletionOr<Value> search(VM& vm, const NativeCallInfo& call, SearchKind kind, const char* name) {
    JSObject* object = TRY(this_object(vm, call.this_value, name));
    Value predicate = call.argument(0);
    if (!IsCallable(predicate)) return close_with_not_callable(vm, object, predicate);
    IteratorRecord iterated = TRY(GetIteratorDirect(vm, object));
    for (double counter = 0;; counter += 1) {
        std::optional<Value> value = TRY(IteratorStepValue(vm, iterated));
        if (!value) {
            if (kind == SearchKind::Some) return Value::boolean(false);
            if (kind == SearchKind::Every) return Value::boolean(true);
            return Value::undefined();
        }
        Value arguments[] = {*value, Value(counter)};
        Value result =
            IF_ABRUPT_CLOSE_ITERATOR(vm, iterated, Call(vm, predicate, Value::undefined(), arguments));
        bool matched = ToBoolean(result);
        if (kind == SearchKind::Some && matched) return close_with_value(vm, iterated, Value::boolean(true));
        if (kind == SearchKind::Every && !matched)
            return close_with_value(vm, iterated, Value::boolean(false));
        if (kind == SearchKind::Find && matched) return close_with_value(vm, iterated, *value);
    }
}

ThrowCompletionOr<Value> iterator_some(VM& vm, const NativeCallInfo& call) {
    return search(vm, call, SearchKind::Some, "some");
}

ThrowCompletionOr<Value> iterator_every(VM& vm, const NativeCallInfo& call) {
    return search(vm, call, SearchKind::Every, "every");
}

ThrowCompletionOr<Value> iterator_find(VM& vm, const NativeCallInfo& call) {
    return search(vm, call, SearchKind::Find, "find");
}

// Iterator.prototype.includes ( searchElement [ , skippedElements ] )
ThrowCompletionOr<Value> iterator_includes(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(this_object(vm, call.this_value, "includes"));
    Value skipped_elements = call.argument(1);
    double to_skip = 0;
    // 4-8. skippedElements: undefined, ±Infinity or an integral Number (no coercion), in [-0, 2^53 - 1] or
    // +∞.
    if (!skipped_elements.is_undefined()) {
        if (!skipped_elements.is_number() ||
            (!IsIntegralNumber(skipped_elements) && !std::isinf(skipped_elements.as_number())))
            return close_with_error(vm, object, ErrorType::TypeError, "skippedElements must be an integer");
        to_skip = skipped_elements.as_number();
    }
    if (to_skip < 0)
        return close_with_error(vm, object, ErrorType::RangeError, "skippedElements is negative");
    if (std::isfinite(to_skip) && to_skip > 9007199254740991.0)
        return close_with_error(vm, object, ErrorType::RangeError, "skippedElements is too large");
    IteratorRecord iterated = TRY(GetIteratorDirect(vm, object));
    double skipped = 0;
    while (true) {
        std::optional<Value> value = TRY(IteratorStepValue(vm, iterated));
        if (!value) return Value::boolean(false);
        if (skipped < to_skip) {
            skipped += 1;
        } else if (SameValueZero(*value, call.argument(0))) {
            return close_with_value(vm, iterated, Value::boolean(true));
        }
    }
}

// Iterator.prototype.join ( separator )
ThrowCompletionOr<Value> iterator_join(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(this_object(vm, call.this_value, "join"));
    IteratorRecord unstarted{object, Value::undefined(), false};
    JSString* separator = call.argument(0).is_undefined()
                              ? JSString::from_ascii(vm, ",")
                              : IF_ABRUPT_CLOSE_ITERATOR(vm, unstarted, ToString(vm, call.argument(0)));
    IteratorRecord iterated = TRY(GetIteratorDirect(vm, object));
    StringBuilder result;
    for (bool first = true;; first = false) {
        std::optional<Value> value = TRY(IteratorStepValue(vm, iterated));
        if (!value) return Value(result.build(vm));
        if (!first && !result.append(separator)) {
            static_cast<void>(throw_string_length_error(vm));
            return IteratorCloseOnThrow(vm, iterated);
        }
        if (value->is_undefined() || value->is_null()) continue;
        JSString* string = IF_ABRUPT_CLOSE_ITERATOR(vm, iterated, ToString(vm, *value));
        if (!result.append(string)) {
            static_cast<void>(throw_string_length_error(vm));
            return IteratorCloseOnThrow(vm, iterated);
        }
    }
}

// get / set Iterator.prototype.constructor
ThrowCompletionOr<Value> iterator_get_constructor(VM& vm, const NativeCallInfo&) {
    return Value(vm.current_realm().intrinsic(Intrinsic::IteratorConstructor));
}

ThrowCompletionOr<Value> iterator_set_constructor(VM& vm, const NativeCallInfo& call) {
    TRY(SetterThatIgnoresPrototypeProperties(vm, call.this_value,
                                             vm.current_realm().intrinsic(Intrinsic::IteratorPrototype),
                                             "Iterator.prototype", vm.names().constructor, call.argument(0)));
    return Value::undefined();
}

// get / set Iterator.prototype [ %Symbol.toStringTag% ]
ThrowCompletionOr<Value> iterator_get_to_string_tag(VM& vm, const NativeCallInfo&) {
    return Value(JSString::from_ascii(vm, "Iterator"));
}

ThrowCompletionOr<Value> iterator_set_to_string_tag(VM& vm, const NativeCallInfo& call) {
    TRY(SetterThatIgnoresPrototypeProperties(
        vm, call.this_value, vm.current_realm().intrinsic(Intrinsic::IteratorPrototype), "Iterator.prototype",
        PropertyKey::from_symbol(vm.well_known_symbols().toStringTag), call.argument(0)));
    return Value::undefined();
}

// %Iterator.prototype% [ %Symbol.iterator% ] ( ): 1. Return the this value.
// %Iterator.prototype% [ %Symbol.dispose% ] ( )
ThrowCompletionOr<Value> iterator_prototype_dispose(VM& vm, const NativeCallInfo& call) {
    // 2. Let return be ? GetMethod(O, "return").
    Value return_method = TRY(GetMethod(vm, call.this_value, vm.names().return_));
    // 3. If return is not undefined, perform ? Call(return, O, « »).
    if (!return_method.is_undefined()) TRY(Call(vm, return_method, call.this_value));
    return Value::undefined();
}

ThrowCompletionOr<Value> iterator_prototype_iterator(VM&, const NativeCallInfo& call) {
    return call.this_value;
}

} // namespace

void initialize_iterator_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = realm.intrinsic(Intrinsic::IteratorPrototype);
    if (!prototype) prototype = make_intrinsic_object(vm, realm, Intrinsic::IteratorPrototype);
    struct Method {
        const char* name;
        NativeFunctionPointer function;
        std::uint32_t length;
    };
    static constexpr Method kMethods[] = {
        {"map", iterator_map, 1},          {"filter", iterator_filter, 1},
        {"take", iterator_take, 1},        {"drop", iterator_drop, 1},
        {"flatMap", iterator_flat_map, 1}, {"chunks", iterator_chunks, 1},
        {"windows", iterator_windows, 1},  {"reduce", iterator_reduce, 1},
        {"toArray", iterator_to_array, 0}, {"forEach", iterator_for_each, 1},
        {"some", iterator_some, 1},        {"every", iterator_every, 1},
        {"find", iterator_find, 1},        {"includes", iterator_includes, 1},
        {"join", iterator_join, 1},
    };
    for (const Method& method : kMethods)
        prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, method.name),
                                          method.function, method.length);
    prototype->define_native_accessor(vm, realm, vm.names().constructor, iterator_get_constructor,
                                      iterator_set_constructor);
    prototype->define_native_accessor(vm, realm,
                                      PropertyKey::from_symbol(vm.well_known_symbols().toStringTag),
                                      iterator_get_to_string_tag, iterator_set_to_string_tag);
    define_symbol_method(vm, realm, prototype, vm.well_known_symbols().iterator, iterator_prototype_iterator,
                         0);
    define_symbol_method(vm, realm, prototype, vm.well_known_symbols().dispose, iterator_prototype_dispose,
                         0);
}

} // namespace yjs
