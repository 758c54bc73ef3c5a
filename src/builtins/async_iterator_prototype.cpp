// %AsyncIteratorPrototype% (27.1.3): the [[Prototype]] of %AsyncGeneratorPrototype% and
// %AsyncFromSyncIteratorPrototype%.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/promise.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// %AsyncIteratorPrototype% [ %Symbol.asyncIterator% ] ( ) (27.1.3.1): 1. Return the this value.
ThrowCompletionOr<Value> async_iterator_prototype_async_iterator(VM&, const NativeCallInfo& call) {
    return call.this_value;
}

// The onFulfilled closure of %AsyncIteratorPrototype%[%Symbol.asyncDispose%]: 1. Return undefined.
ThrowCompletionOr<Value> async_dispose_unwrap(VM&, const NativeCallInfo&) {
    return Value::undefined();
}

// %AsyncIteratorPrototype% [ %Symbol.asyncDispose% ] ( )
ThrowCompletionOr<Value> async_iterator_prototype_async_dispose(VM& vm, const NativeCallInfo& call) {
    Realm& realm = vm.current_realm();
    JSObject* promise_constructor = realm.intrinsic(Intrinsic::PromiseConstructor);
    // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    PromiseCapability capability = TRY(NewPromiseCapability(vm, Value(promise_constructor)));
    // 3-4. Let return be Completion(GetMethod(O, "return")); IfAbruptRejectPromise.
    Value return_method =
        IF_ABRUPT_REJECT_PROMISE(vm, capability, GetMethod(vm, call.this_value, vm.names().return_));
    // 5. If return is undefined, resolve with undefined.
    if (return_method.is_undefined()) {
        Value undefined_value = Value::undefined();
        TRY(Call(vm, Value(capability.resolve), Value::undefined(),
                 std::span<const Value>(&undefined_value, 1)));
        return Value(capability.promise);
    }
    // 6.a-b. Let result be Completion(Call(return, O, « »)); IfAbruptRejectPromise.
    Value result = IF_ABRUPT_REJECT_PROMISE(vm, capability, Call(vm, return_method, call.this_value));
    // 6.c-d. Let resultWrapper be Completion(PromiseResolve(%Promise%, result)); IfAbruptRejectPromise.
    JSObject* wrapper =
        IF_ABRUPT_REJECT_PROMISE(vm, capability, PromiseResolve(vm, promise_constructor, result));
    // 6.e-g. PerformPromiseThen(resultWrapper, onFulfilled (returning undefined), undefined, capability).
    NativeFunction* on_fulfilled =
        NativeFunction::create(vm, realm, async_dispose_unwrap, 1, vm.names().empty_string);
    PerformPromiseThen(vm, static_cast<PromiseObject*>(wrapper), Value(on_fulfilled), Value::undefined(),
                       capability);
    return Value(capability.promise);
}

} // namespace

void initialize_async_iterator_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::AsyncIteratorPrototype);
    define_symbol_method(vm, realm, prototype, vm.well_known_symbols().asyncIterator,
                         async_iterator_prototype_async_iterator, 0);
    define_symbol_method(vm, realm, prototype, vm.well_known_symbols().asyncDispose,
                         async_iterator_prototype_async_dispose, 0);
}

} // namespace yjs
