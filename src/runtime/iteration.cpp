// The iterator abstract operations (7.4).
#include "runtime/iteration.h"

#include "runtime/abstract_ops.h"
#include "runtime/vm.h"
#include "vm/interpreter.h"

namespace yjs {

ThrowCompletionOr<IteratorRecord> GetIteratorFromMethod(VM& vm, Value object, Value method) {
    // 1. Let iterator be ? Call(method, obj).
    Value iterator = TRY(Call(vm, method, object));
    // 2. If iterator is not an Object, throw a TypeError exception.
    if (!iterator.is_object())
        return vm.throw_type_error("Result of the Symbol.iterator method is not an object");
    // 3. Let nextMethod be ? Get(iterator, "next").
    Value next_method = TRY(iterator.as_object()->get(vm, vm.names().next));
    return IteratorRecord{iterator.as_object(), next_method, false};
}

std::string NotIterableMessage(VM& vm, Value object) {
    std::string what;
    if (object.is_undefined())
        what = "undefined";
    else if (object.is_null())
        what = "object null";
    else if (object.is_number() || object.is_boolean())
        what = TypeOf(vm, object)->to_utf8() + " " + describe_value(object);
    else
        what = TypeOf(vm, object)->to_utf8();
    return what + " is not iterable (cannot read property Symbol(Symbol.iterator))";
}

ThrowCompletionOr<IteratorRecord> GetIterator(VM& vm, Value object, IteratorKind kind) {
    const WellKnownSymbols& symbols = vm.well_known_symbols();
    if (kind == IteratorKind::Async) {
        Value method = TRY(GetMethod(vm, object, PropertyKey::from_symbol(symbols.asyncIterator)));
        if (method.is_undefined()) {
            Value sync_method = TRY(GetMethod(vm, object, PropertyKey::from_symbol(symbols.iterator)));
            if (sync_method.is_undefined())
                return vm.throw_type_error(describe_value(object) + " is not async iterable");
            IteratorRecord sync_record = TRY(GetIteratorFromMethod(vm, object, sync_method));
            auto create = vm.interpreter().promise_hooks().create_async_from_sync_iterator;
            if (!create) return vm.throw_type_error("Async iteration requires Promise support");
            Value async_iterator = TRY(create(vm, sync_record.iterator, sync_record.next_method));
            Value next_method = TRY(async_iterator.as_object()->get(vm, vm.names().next));
            return IteratorRecord{async_iterator.as_object(), next_method, false};
        }
        return GetIteratorFromMethod(vm, object, method);
    }
    if (object.is_nullish()) return vm.throw_type_error(NotIterableMessage(vm, object));
    Value method = TRY(GetMethod(vm, object, PropertyKey::from_symbol(symbols.iterator)));
    if (method.is_undefined()) return vm.throw_type_error(NotIterableMessage(vm, object));
    return GetIteratorFromMethod(vm, object, method);
}

ThrowCompletionOr<IteratorRecord> GetIteratorDirect(VM& vm, JSObject* object) {
    Value next_method = TRY(object->get(vm, vm.names().next));
    return IteratorRecord{object, next_method, false};
}

ThrowCompletionOr<JSObject*> IteratorNext(VM& vm, IteratorRecord& record, std::optional<Value> value) {
    // 1-3. Call next; a throw completion marks the record done.
    ThrowCompletionOr<Value> result =
        value ? Call(vm, record.next_method, record.iterator, std::span<const Value>(&*value, 1))
              : Call(vm, record.next_method, record.iterator);
    if (result.is_throw_completion()) {
        record.done = true;
        return kThrowCompletion;
    }
    // 4. If result is not an Object, set iteratorRecord.[[Done]] to true and throw a TypeError exception.
    if (!result.value().is_object()) {
        record.done = true;
        return vm.throw_type_error("Iterator result " + describe_value(result.value()) + " is not an object");
    }
    return result.value().as_object();
}

ThrowCompletionOr<bool> IteratorComplete(VM& vm, JSObject* iter_result) {
    return ToBoolean(TRY(iter_result->get(vm, vm.names().done)));
}

ThrowCompletionOr<Value> IteratorValue(VM& vm, JSObject* iter_result) {
    return iter_result->get(vm, vm.names().value);
}

ThrowCompletionOr<JSObject*> IteratorStep(VM& vm, IteratorRecord& record) {
    // 1. Let result be ? IteratorNext(iteratorRecord).
    JSObject* result = TRY(IteratorNext(vm, record));
    // 2-4. Let done be Completion(IteratorComplete(result)); a throw completion marks the record done.
    ThrowCompletionOr<bool> done = IteratorComplete(vm, result);
    if (done.is_throw_completion()) {
        record.done = true;
        return kThrowCompletion;
    }
    // 5. If done is true, set iteratorRecord.[[Done]] to true and return ~done~.
    if (done.value()) {
        record.done = true;
        return static_cast<JSObject*>(nullptr);
    }
    return result;
}

ThrowCompletionOr<std::optional<Value>> IteratorStepValue(VM& vm, IteratorRecord& record) {
    JSObject* result = TRY(IteratorStep(vm, record));
    if (!result) return std::optional<Value>();
    ThrowCompletionOr<Value> value = IteratorValue(vm, result);
    if (value.is_throw_completion()) {
        record.done = true;
        return kThrowCompletion;
    }
    return std::optional<Value>(value.value());
}

ThrowCompletionOr<void> IteratorClose(VM& vm, const IteratorRecord& record) {
    // 3. Let innerResult be Completion(GetMethod(iterator, "return")).
    Value return_method = TRY(GetMethod(vm, record.iterator, vm.names().return_));
    // 4.b. If return is undefined, return ? completion.
    if (return_method.is_undefined()) return {};
    // 4.c. Set innerResult to Completion(Call(return, iterator)).
    Value inner_result = TRY(Call(vm, return_method, record.iterator));
    // 7. If innerResult.[[Value]] is not an Object, throw a TypeError exception.
    if (!inner_result.is_object())
        return vm.throw_type_error("Iterator result " + describe_value(inner_result) + " is not an object");
    return {};
}

ThrowCompletion IteratorCloseOnThrow(VM& vm, const IteratorRecord& record) {
    // 5. If completion is a throw completion, return ? completion: whatever `return` does is discarded.
    Value exception = vm.take_exception();
    ThrowCompletionOr<Value> return_method = GetMethod(vm, record.iterator, vm.names().return_);
    if (return_method.is_throw_completion()) {
        vm.clear_exception();
    } else if (!return_method.value().is_undefined()) {
        if (Call(vm, return_method.value(), record.iterator).is_throw_completion()) vm.clear_exception();
    }
    return vm.throw_value(exception);
}

ThrowCompletionOr<void> IteratorCloseAll(VM& vm, std::span<const IteratorRecord> records) {
    for (std::size_t i = records.size(); i-- > 0;) {
        if (IteratorClose(vm, records[i]).is_throw_completion())
            return IteratorCloseAllOnThrow(vm, records.first(i));
    }
    return {};
}

ThrowCompletion IteratorCloseAllOnThrow(VM& vm, std::span<const IteratorRecord> records) {
    for (std::size_t i = records.size(); i-- > 0;)
        IteratorCloseOnThrow(vm, records[i]);
    return kThrowCompletion;
}

ThrowCompletionOr<IteratorRecord> GetIteratorFlattenable(VM& vm, Value object, PrimitiveHandling handling) {
    // 1. If obj is not an Object, then: reject primitives, or iterate only strings.
    if (!object.is_object() && (handling == PrimitiveHandling::RejectPrimitives || !object.is_string()))
        return vm.throw_type_error(describe_value(object) + " is not an object");
    // 2. Let method be ? GetMethod(obj, %Symbol.iterator%).
    Value method = TRY(GetMethod(vm, object, PropertyKey::from_symbol(vm.well_known_symbols().iterator)));
    // 3. If method is undefined, let iterator be obj; else let iterator be ? Call(method, obj).
    Value iterator = method.is_undefined() ? object : TRY(Call(vm, method, object));
    // 4. If iterator is not an Object, throw a TypeError exception.
    if (!iterator.is_object()) return vm.throw_type_error(describe_value(iterator) + " is not an iterator");
    // 5. Return ? GetIteratorDirect(iterator).
    return GetIteratorDirect(vm, iterator.as_object());
}

ThrowCompletionOr<MarkedValueVector> IteratorToList(VM& vm, IteratorRecord& record) {
    MarkedValueVector values(vm.heap());
    while (true) {
        std::optional<Value> next = TRY(IteratorStepValue(vm, record));
        if (!next) return values;
        values.push_back(*next);
    }
}

ThrowCompletionOr<MarkedValueVector> IterableToList(VM& vm, Value items, std::optional<Value> method) {
    IteratorRecord record =
        method ? TRY(GetIteratorFromMethod(vm, items, *method)) : TRY(GetIterator(vm, items));
    return IteratorToList(vm, record);
}

} // namespace yjs
