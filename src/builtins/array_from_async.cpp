// Array.fromAsync ( asyncItems [ , mapper [ , thisArg ] ] ) (23.1.2.2).
//
// The spec runs fromAsyncClosure with AsyncFunctionStart, i.e. as an async function whose every Await
// suspends. Here the closure is a small state machine: FromAsyncState holds what the closure's locals
// would, and each Await registers the C++ continuation that carries on from that point (a promise
// reaction, so the job ordering is that of an async function).
#include "builtins/array_prototype.h"
#include "builtins/async_from_sync_iterator_prototype.h"
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/iteration.h"
#include "runtime/promise.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

class FromAsyncState final : public Cell {
public:
    FromAsyncState(Realm* realm, const PromiseCapability& capability, Value mapper, Value this_arg)
        : realm(realm), capability(capability), mapper(mapper), this_arg(this_arg) {}

    const char* class_name() const override { return "ArrayFromAsyncState"; }
    void visit_edges(Visitor& visitor) override {
        visitor.visit(realm);
        visitor.visit(capability.promise);
        visitor.visit(capability.resolve);
        visitor.visit(capability.reject);
        visitor.visit(mapper);
        visitor.visit(this_arg);
        visitor.visit(iterator);
        visitor.visit(next_method);
        visitor.visit(array_like);
        visitor.visit(result);
        visitor.visit(pending_error);
    }

    Realm* realm;
    PromiseCapability capability;
    Value mapper; // undefined when not mapping
    Value this_arg;
    // The iterator record (iterable inputs) or the array-like and its length (other inputs).
    JSObject* iterator = nullptr;
    Value next_method;
    JSObject* array_like = nullptr;
    std::uint64_t length = 0;
    JSObject* result = nullptr; // A
    std::uint64_t k = 0;
    Value pending_error; // the throw completion AsyncIteratorClose returns after awaiting `return`
};

// Runs a continuation in the realm of Array.fromAsync (the realm of fromAsyncClosure's execution context).
class RealmScope {
public:
    RealmScope(VM& vm, Realm* realm) : vm_(vm), saved_(vm.current_realm_or_null()) {
        vm.set_current_realm(realm);
    }
    ~RealmScope() { vm_.set_current_realm(saved_); }
    RealmScope(const RealmScope&) = delete;
    RealmScope& operator=(const RealmScope&) = delete;

private:
    VM& vm_;
    Realm* saved_;
};

void settle(VM& vm, JSObject* function, Value value) {
    Value arguments[] = {value};
    if (Call(vm, Value(function), Value::undefined(), arguments).is_error()) vm.clear_exception();
}

// The closure completed with the throw completion pending in the VM: reject the promise.
void reject_with_pending_exception(VM& vm, FromAsyncState* state) {
    settle(vm, state->capability.reject, vm.take_exception());
}

// Await(value) (27.7.5.3): continue with `continuation` once the promise for `value` settles.
ThrowCompletionOr<void> await(VM& vm, FromAsyncState* state, Value value, PromiseContinuation continuation) {
    JSObject* promise =
        TRY(PromiseResolve(vm, state->realm->intrinsic(Intrinsic::PromiseConstructor), value));
    PerformPromiseThen(vm, static_cast<PromiseObject*>(promise), continuation, state);
    return {};
}

// After AsyncIteratorClose's Await of the `return` result: 5. Return ? completion (the original throw).
ThrowCompletionOr<void> after_close(VM& vm, Cell* context, Value, bool) {
    auto* state = static_cast<FromAsyncState*>(context);
    RealmScope realm(vm, state->realm);
    settle(vm, state->capability.reject, state->pending_error);
    return {};
}

// AsyncIteratorClose(iteratorRecord, completion) (7.4.13) for the throw completion pending in the VM, then
// the closure's rejection with that completion.
void close_iterator_and_reject(VM& vm, FromAsyncState* state) {
    Value error = vm.take_exception();
    // 3-4. Call `return` if there is one and await its result; its own failures are ignored.
    auto return_method = GetMethod(vm, Value(state->iterator), vm.names().return_);
    if (return_method.is_error() || return_method.value().is_undefined()) {
        vm.clear_exception();
        settle(vm, state->capability.reject, error);
        return;
    }
    auto inner_result = Call(vm, return_method.value(), Value(state->iterator));
    if (inner_result.is_error()) {
        vm.clear_exception();
        settle(vm, state->capability.reject, error);
        return;
    }
    state->pending_error = error;
    if (await(vm, state, inner_result.value(), after_close).is_error()) {
        vm.clear_exception();
        settle(vm, state->capability.reject, error);
    }
}

void iterator_step(VM&, FromAsyncState*);
void array_like_step(VM&, FromAsyncState*);

// 3.h.iv.11-13: define A[k] and go on with the next element.
void iterator_define_and_continue(VM& vm, FromAsyncState* state, Value mapped_value) {
    if (create_element(vm, state->result, state->k, mapped_value).is_error()) {
        close_iterator_and_reject(vm, state);
        return;
    }
    state->k += 1;
    iterator_step(vm, state);
}

// 3.h.iv.9.c-d: the awaited result of the mapper.
ThrowCompletionOr<void> iterator_mapped(VM& vm, Cell* context, Value value, bool rejected) {
    auto* state = static_cast<FromAsyncState*>(context);
    RealmScope realm(vm, state->realm);
    if (rejected) {
        vm.throw_value(value);
        close_iterator_and_reject(vm, state);
        return {};
    }
    iterator_define_and_continue(vm, state, value);
    return {};
}

// 3.h.iv.4-10: the awaited result of next().
ThrowCompletionOr<void> iterator_next_result(VM& vm, Cell* context, Value next_result, bool rejected) {
    auto* state = static_cast<FromAsyncState*>(context);
    RealmScope realm(vm, state->realm);
    if (rejected) {
        settle(vm, state->capability.reject, next_result);
        return {};
    }
    // 5. If nextResult is not an Object, throw a TypeError exception.
    if (!next_result.is_object()) {
        vm.throw_type_error("Iterator result " + describe_value(next_result) + " is not an object");
        reject_with_pending_exception(vm, state);
        return {};
    }
    // 6-7. If IteratorComplete(nextResult) is true, set A.length to k and return A.
    auto done = IteratorComplete(vm, next_result.as_object());
    if (done.is_error()) {
        reject_with_pending_exception(vm, state);
        return {};
    }
    if (done.value()) {
        if (set_length(vm, state->result, state->k).is_error())
            reject_with_pending_exception(vm, state);
        else
            settle(vm, state->capability.resolve, Value(state->result));
        return {};
    }
    // 8. Let nextValue be ? IteratorValue(nextResult).
    auto next_value = IteratorValue(vm, next_result.as_object());
    if (next_value.is_error()) {
        reject_with_pending_exception(vm, state);
        return {};
    }
    if (state->mapper.is_undefined()) {
        iterator_define_and_continue(vm, state, next_value.value());
        return {};
    }
    // 9.a-d. Call the mapper and await its result, closing the iterator on a throw completion.
    Value arguments[] = {next_value.value(), Value(static_cast<double>(state->k))};
    auto mapped = Call(vm, state->mapper, state->this_arg, arguments);
    if (mapped.is_error() || await(vm, state, mapped.value(), iterator_mapped).is_error())
        close_iterator_and_reject(vm, state);
    return {};
}

// 3.h.iv.1-4: one turn of the iterator loop up to the Await of next()'s result.
void iterator_step(VM& vm, FromAsyncState* state) {
    // 1. If k ≥ 2^53 - 1, close the iterator with a TypeError.
    if (state->k >= kMaxSafeInteger) {
        vm.throw_type_error("Invalid array length");
        close_iterator_and_reject(vm, state);
        return;
    }
    // 3-4. Let nextResult be ? Call(next, iterator); set it to ? Await(nextResult).
    auto next_result = Call(vm, state->next_method, Value(state->iterator));
    if (next_result.is_error() || await(vm, state, next_result.value(), iterator_next_result).is_error())
        reject_with_pending_exception(vm, state);
}

// 3.i.vii.6-7: define A[k] and go on with the next index.
void array_like_define_and_continue(VM& vm, FromAsyncState* state, Value mapped_value) {
    if (create_element(vm, state->result, state->k, mapped_value).is_error()) {
        reject_with_pending_exception(vm, state);
        return;
    }
    state->k += 1;
    array_like_step(vm, state);
}

// 3.i.vii.4.b: the awaited result of the mapper.
ThrowCompletionOr<void> array_like_mapped(VM& vm, Cell* context, Value value, bool rejected) {
    auto* state = static_cast<FromAsyncState*>(context);
    RealmScope realm(vm, state->realm);
    if (rejected)
        settle(vm, state->capability.reject, value);
    else
        array_like_define_and_continue(vm, state, value);
    return {};
}

// 3.i.vii.3-5: the awaited element.
ThrowCompletionOr<void> array_like_value(VM& vm, Cell* context, Value value, bool rejected) {
    auto* state = static_cast<FromAsyncState*>(context);
    RealmScope realm(vm, state->realm);
    if (rejected) {
        settle(vm, state->capability.reject, value);
        return {};
    }
    if (state->mapper.is_undefined()) {
        array_like_define_and_continue(vm, state, value);
        return {};
    }
    Value arguments[] = {value, Value(static_cast<double>(state->k))};
    auto mapped = Call(vm, state->mapper, state->this_arg, arguments);
    if (mapped.is_error() || await(vm, state, mapped.value(), array_like_mapped).is_error())
        reject_with_pending_exception(vm, state);
    return {};
}

// 3.i.vii-ix: the next index of the array-like, or the end.
void array_like_step(VM& vm, FromAsyncState* state) {
    if (state->k < state->length) {
        // 2-3. Let kValue be ? Get(arrayLike, Pk); set it to ? Await(kValue).
        auto value = get_element(vm, state->array_like, state->k);
        if (value.is_error() || await(vm, state, value.value(), array_like_value).is_error())
            reject_with_pending_exception(vm, state);
        return;
    }
    // viii-ix. Perform ? Set(A, "length", 𝔽(len), true); return A.
    if (set_length(vm, state->result, state->length).is_error())
        reject_with_pending_exception(vm, state);
    else
        settle(vm, state->capability.resolve, Value(state->result));
}

// fromAsyncClosure up to its first Await.
ThrowCompletionOr<void> from_async_start(VM& vm, FromAsyncState* state, Value constructor, Value items) {
    // a-b. mapper must be callable when present.
    if (!state->mapper.is_undefined() && !IsCallable(state->mapper))
        return vm.throw_type_error(describe_value(state->mapper) + " is not a function");
    const WellKnownSymbols& symbols = vm.well_known_symbols();
    // c-d. Let usingAsyncIterator be ? GetMethod(asyncItems, %Symbol.asyncIterator%); without one, let
    //      usingSyncIterator be ? GetMethod(asyncItems, %Symbol.iterator%).
    Value using_async_iterator = TRY(GetMethod(vm, items, PropertyKey::from_symbol(symbols.asyncIterator)));
    Value using_sync_iterator;
    if (using_async_iterator.is_undefined())
        using_sync_iterator = TRY(GetMethod(vm, items, PropertyKey::from_symbol(symbols.iterator)));
    // e-g. The iterator record: the async iterator, or CreateAsyncFromSyncIterator of the sync one.
    if (!using_async_iterator.is_undefined()) {
        IteratorRecord record = TRY(GetIteratorFromMethod(vm, items, using_async_iterator));
        state->iterator = record.iterator;
        state->next_method = record.next_method;
    } else if (!using_sync_iterator.is_undefined()) {
        IteratorRecord sync_record = TRY(GetIteratorFromMethod(vm, items, using_sync_iterator));
        Value async_iterator =
            TRY(CreateAsyncFromSyncIterator(vm, Value(sync_record.iterator), sync_record.next_method));
        state->iterator = async_iterator.as_object();
        state->next_method = TRY(state->iterator->get(vm, vm.names().next));
    }
    if (state->iterator) {
        // h.i-ii. If IsConstructor(C), let A be ? Construct(C); else let A be ! ArrayCreate(0).
        state->result = IsConstructor(constructor) ? TRY(Construct(vm, constructor.as_object()))
                                                   : static_cast<JSObject*>(JSArray::create(vm, 0));
        iterator_step(vm, state);
        return {};
    }
    // i. Neither async iterable nor iterable: an array-like.
    state->array_like = TRY(ToObject(vm, items));
    state->length = TRY(LengthOfArrayLike(vm, state->array_like));
    if (IsConstructor(constructor)) {
        Value length_value(static_cast<double>(state->length));
        state->result = TRY(Construct(vm, constructor.as_object(), std::span<const Value>(&length_value, 1)));
    } else {
        state->result = TRY(ArrayCreate(vm, state->length));
    }
    array_like_step(vm, state);
    return {};
}

ThrowCompletionOr<Value> array_from_async(VM& vm, const NativeCallInfo& call) {
    // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    Realm* realm = &vm.current_realm();
    PromiseCapability capability =
        TRY(NewPromiseCapability(vm, Value(realm->intrinsic(Intrinsic::PromiseConstructor))));
    auto* state = vm.heap().allocate<FromAsyncState>(realm, capability, call.argument(1), call.argument(2));
    // 3-4. AsyncFunctionStart(promiseCapability, fromAsyncClosure): a throw before the first Await rejects.
    if (from_async_start(vm, state, call.this_value, call.argument(0)).is_error())
        reject_with_pending_exception(vm, state);
    // 5. Return promiseCapability.[[Promise]].
    return Value(capability.promise);
}

} // namespace

void initialize_array_from_async(VM& vm, Realm& realm) {
    realm.intrinsic(Intrinsic::ArrayConstructor)
        ->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "fromAsync"), array_from_async, 1);
}

} // namespace yjs
