// %AsyncFromSyncIteratorPrototype% (27.1.6.2) and Async-from-Sync Iterator instances (27.1.6.3).
#include "builtins/async_from_sync_iterator_prototype.h"

#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/iteration.h"
#include "runtime/promise.h"
#include "runtime/shape.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// An object with the [[SyncIteratorRecord]] internal slot.
class AsyncFromSyncIterator final : public JSObject {
public:
    AsyncFromSyncIterator(Shape* shape, JSObject* iterator, Value next_method)
        : JSObject(shape), iterator_(iterator), next_method_(next_method) {
        set_ordinary_methods(true, true);
    }

    const char* class_name() const override { return "AsyncFromSyncIterator"; }
    void visit_edges(Visitor& visitor) override {
        JSObject::visit_edges(visitor);
        visitor.visit(iterator_);
        visitor.visit(next_method_);
    }

    IteratorRecord sync_iterator_record() const { return {iterator_, next_method_, false}; }

private:
    JSObject* iterator_;
    Value next_method_;
};

PromiseCapability new_intrinsic_capability(VM& vm) {
    // NewPromiseCapability(%Promise%) cannot fail for the intrinsic constructor.
    return NewPromiseCapability(vm, Value(vm.current_realm().intrinsic(Intrinsic::PromiseConstructor)))
        .value();
}

void call_settle_function(VM& vm, JSObject* function, Value value) {
    Value arguments[] = {value};
    if (Call(vm, Value(function), Value::undefined(), arguments).is_error()) vm.clear_exception();
}

// Rejects the capability's promise with a new TypeError and returns the promise.
Value reject_with_type_error(VM& vm, const PromiseCapability& capability, const char* message) {
    call_settle_function(vm, capability.reject, Value(vm.create_error(ErrorType::TypeError, message)));
    return Value(capability.promise);
}

// The receiver's iterator; the methods are only reachable through objects made by
// CreateAsyncFromSyncIterator, but a caller can still apply them to anything else, which rejects.
AsyncFromSyncIterator* this_iterator(VM& vm, const NativeCallInfo& call,
                                     const PromiseCapability& capability) {
    if (auto* iterator = as_if<AsyncFromSyncIterator>(call.this_value)) return iterator;
    reject_with_type_error(vm, capability, "not an Async-from-Sync Iterator");
    return nullptr;
}

// The unwrap closure of AsyncFromSyncIteratorContinuation (step 8): captures done.
ThrowCompletionOr<Value> unwrap(VM& vm, const NativeCallInfo& call) {
    bool done = static_cast<NativeFunction*>(call.callee)->capture(0).as_boolean();
    return Value(CreateIterResultObject(vm, call.argument(0), done));
}

// The closeIterator closure (step 12.a): captures the sync iterator record.
ThrowCompletionOr<Value> close_iterator(VM& vm, const NativeCallInfo& call) {
    auto* callee = static_cast<NativeFunction*>(call.callee);
    IteratorRecord record{callee->capture(0).as_object(), callee->capture(1), false};
    // i. Return ? IteratorClose(syncIteratorRecord, ThrowCompletion(error)).
    vm.throw_value(call.argument(0));
    return IteratorCloseOnThrow(vm, record);
}

// AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, closeOnRejection)
// (27.1.6.4) for the throw completion of `result` already handled by the caller.
ThrowCompletionOr<Value> AsyncFromSyncIteratorContinuation(VM& vm, JSObject* result,
                                                           const PromiseCapability& capability,
                                                           const IteratorRecord& sync_record,
                                                           bool close_on_rejection) {
    // 1-2. Let done be Completion(IteratorComplete(result)); IfAbruptRejectPromise(done, promiseCapability).
    bool done = IF_ABRUPT_REJECT_PROMISE(vm, capability, IteratorComplete(vm, result));
    // 3-4. Let value be Completion(IteratorValue(result)); IfAbruptRejectPromise(value, promiseCapability).
    Value value = IF_ABRUPT_REJECT_PROMISE(vm, capability, IteratorValue(vm, result));
    // 5. Let valueWrapper be Completion(PromiseResolve(%Promise%, value)).
    auto value_wrapper =
        PromiseResolve(vm, vm.current_realm().intrinsic(Intrinsic::PromiseConstructor), value);
    if (value_wrapper.is_throw_completion()) {
        // 6. If valueWrapper is an abrupt completion, done is false, and closeOnRejection is true, then
        //    set valueWrapper to Completion(IteratorClose(syncIteratorRecord, valueWrapper)).
        if (!done && close_on_rejection) (void)IteratorCloseOnThrow(vm, sync_record);
        // 7. IfAbruptRejectPromise(valueWrapper, promiseCapability).
        return RejectWithPendingException(vm, capability);
    }
    Realm& realm = vm.current_realm();
    // 8-9. onFulfilled is a built-in function for unwrap(v) = CreateIteratorResultObject(v, done).
    NativeFunction* on_fulfilled = NativeFunction::create(vm, realm, unwrap, 1, vm.names().empty_string);
    on_fulfilled->captures().push_back(Value::boolean(done));
    // 11-12. Without done and with closeOnRejection, a rejection closes the sync iterator.
    Value on_rejected = Value::undefined();
    if (!done && close_on_rejection) {
        NativeFunction* closer =
            NativeFunction::create(vm, realm, close_iterator, 1, vm.names().empty_string);
        closer->captures().push_back(Value(sync_record.iterator));
        closer->captures().push_back(sync_record.next_method);
        on_rejected = Value(static_cast<JSObject*>(closer));
    }
    // 13. Perform PerformPromiseThen(valueWrapper, onFulfilled, onRejected, promiseCapability).
    auto* promise = static_cast<PromiseObject*>(value_wrapper.value());
    PerformPromiseThen(vm, promise, Value(static_cast<JSObject*>(on_fulfilled)), on_rejected, capability);
    return Value(capability.promise);
}

// %AsyncFromSyncIteratorPrototype%.next ( [ value ] ) (27.1.6.2.1).
ThrowCompletionOr<Value> async_from_sync_iterator_next(VM& vm, const NativeCallInfo& call) {
    PromiseCapability capability = new_intrinsic_capability(vm);
    AsyncFromSyncIterator* object = this_iterator(vm, call, capability);
    if (!object) return Value(capability.promise);
    IteratorRecord sync_record = object->sync_iterator_record();
    // 5-6. IteratorNext with the value only when one was passed; IfAbruptRejectPromise.
    std::optional<Value> value;
    if (call.argument_count() > 0) value = call.argument(0);
    JSObject* result = IF_ABRUPT_REJECT_PROMISE(vm, capability, IteratorNext(vm, sync_record, value));
    // 7. Return AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, true).
    return AsyncFromSyncIteratorContinuation(vm, result, capability, sync_record, true);
}

// Steps 8-11 shared by return() and throw(): call the sync iterator's `method` with the value only when one
// was passed (IfAbruptRejectPromise), reject unless the result is an object, and continue.
ThrowCompletionOr<Value> call_sync_method(VM& vm, const NativeCallInfo& call, const PromiseCapability& capability,
                                          const IteratorRecord& sync_record, Value method,
                                          bool close_on_rejection) {
    std::span<const Value> arguments = call.arguments.subspan(0, call.argument_count() > 0 ? 1 : 0);
    Value result =
        IF_ABRUPT_REJECT_PROMISE(vm, capability, Call(vm, method, Value(sync_record.iterator), arguments));
    if (!result.is_object()) return reject_with_type_error(vm, capability, "iterator result is not an object");
    return AsyncFromSyncIteratorContinuation(vm, result.as_object(), capability, sync_record, close_on_rejection);
}

// %AsyncFromSyncIteratorPrototype%.return ( [ value ] ) (27.1.6.2.2).
ThrowCompletionOr<Value> async_from_sync_iterator_return(VM& vm, const NativeCallInfo& call) {
    PromiseCapability capability = new_intrinsic_capability(vm);
    AsyncFromSyncIterator* object = this_iterator(vm, call, capability);
    if (!object) return Value(capability.promise);
    IteratorRecord sync_record = object->sync_iterator_record();
    Value sync_iterator(sync_record.iterator);
    // 5-6. Let return be Completion(GetMethod(syncIterator, "return")); IfAbruptRejectPromise.
    Value return_method =
        IF_ABRUPT_REJECT_PROMISE(vm, capability, GetMethod(vm, sync_iterator, vm.names().return_));
    // 7. If return is undefined, resolve with CreateIteratorResultObject(value, true).
    if (return_method.is_undefined()) {
        call_settle_function(vm, capability.resolve,
                             Value(CreateIterResultObject(vm, call.argument(0), true)));
        return Value(capability.promise);
    }
    // 8-11. Call it; AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, false).
    return call_sync_method(vm, call, capability, sync_record, return_method, false);
}

// %AsyncFromSyncIteratorPrototype%.throw ( [ value ] ) (27.1.6.2.3).
ThrowCompletionOr<Value> async_from_sync_iterator_throw(VM& vm, const NativeCallInfo& call) {
    PromiseCapability capability = new_intrinsic_capability(vm);
    AsyncFromSyncIterator* object = this_iterator(vm, call, capability);
    if (!object) return Value(capability.promise);
    IteratorRecord sync_record = object->sync_iterator_record();
    Value sync_iterator(sync_record.iterator);
    // 5-6. Let throw be Completion(GetMethod(syncIterator, "throw")); IfAbruptRejectPromise.
    Value throw_method =
        IF_ABRUPT_REJECT_PROMISE(vm, capability, GetMethod(vm, sync_iterator, vm.names().throw_));
    // 7. If throw is undefined: close the sync iterator (a normal completion), then reject with a TypeError
    //    (the delegation protocol was violated).
    if (throw_method.is_undefined()) {
        IF_ABRUPT_REJECT_PROMISE(vm, capability, IteratorClose(vm, sync_record));
        return reject_with_type_error(vm, capability, "The iterator does not provide a 'throw' method");
    }
    // 8-11. Call it; AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, true).
    return call_sync_method(vm, call, capability, sync_record, throw_method, true);
}

} // namespace

ThrowCompletionOr<Value> CreateAsyncFromSyncIterator(VM& vm, Value sync_iterator, Value sync_next_method) {
    // 1-3. A new object of %AsyncFromSyncIteratorPrototype% with [[SyncIteratorRecord]].
    JSObject* prototype = vm.current_realm().intrinsic(Intrinsic::AsyncFromSyncIteratorPrototype);
    return Value(static_cast<JSObject*>(vm.heap().allocate<AsyncFromSyncIterator>(
        Shape::create_root(vm, prototype), sync_iterator.as_object(), sync_next_method)));
}

void initialize_async_from_sync_iterator_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::AsyncFromSyncIteratorPrototype,
                                                realm.intrinsic(Intrinsic::AsyncIteratorPrototype));
    prototype->define_native_function(vm, realm, vm.names().next, async_from_sync_iterator_next, 1);
    prototype->define_native_function(vm, realm, vm.names().return_, async_from_sync_iterator_return, 1);
    prototype->define_native_function(vm, realm, vm.names().throw_, async_from_sync_iterator_throw, 1);
}

} // namespace yjs
