// %AsyncDisposableStack.prototype% (27.4.3).
#include "builtins/builtins.h"
#include "builtins/disposable_stack.h"
#include "runtime/abstract_ops.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/promise.h"
#include "runtime/vm.h"

#include <string>

namespace yjs {

namespace {

std::string incompatible_receiver(const char* method, Value this_value) {
    return std::string("Method AsyncDisposableStack.prototype.") + method +
           " called on incompatible receiver " + describe_value(this_value);
}

// RequireInternalSlot(asyncDisposableStack, [[AsyncDisposableState]]).
ThrowCompletionOr<AsyncDisposableStackObject*> this_stack(VM& vm, Value this_value, const char* method) {
    if (auto* stack = as_if<AsyncDisposableStackObject>(this_value)) return stack;
    return vm.throw_type_error(incompatible_receiver(method, this_value));
}

// The ReferenceError of a method called on a disposed stack.
ThrowCompletionOr<void> require_pending(VM& vm, AsyncDisposableStackObject* stack, const char* method) {
    if (!stack->disposed) return {};
    return vm.throw_reference_error(std::string("Cannot call AsyncDisposableStack.prototype.") + method +
                                    " on an already-disposed AsyncDisposableStack");
}

// get AsyncDisposableStack.prototype.disposed
ThrowCompletionOr<Value> async_disposable_stack_disposed(VM& vm, const NativeCallInfo& call) {
    AsyncDisposableStackObject* stack = TRY(this_stack(vm, call.this_value, "disposed"));
    return Value::boolean(stack->disposed);
}

// AsyncDisposableStack.prototype.disposeAsync ( )
ThrowCompletionOr<Value> async_disposable_stack_dispose_async(VM& vm, const NativeCallInfo& call) {
    Realm& realm = vm.current_realm();
    // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    PromiseObject* promise = PromiseObject::create(vm, realm.intrinsic(Intrinsic::PromisePrototype));
    // 3. If asyncDisposableStack does not have an [[AsyncDisposableState]] internal slot, reject with a
    //    TypeError.
    auto* stack = as_if<AsyncDisposableStackObject>(call.this_value);
    if (!stack) {
        promise->reject(
            vm, Value(ErrorObject::create(
                    vm, realm, ErrorType::TypeError,
                    JSString::from_utf8(vm, incompatible_receiver("disposeAsync", call.this_value)))));
        return Value(promise);
    }
    // 4. If asyncDisposableStack.[[AsyncDisposableState]] is disposed, resolve with undefined.
    if (stack->disposed) {
        promise->fulfill(vm, Value::undefined());
        return Value(promise);
    }
    // 5. Set asyncDisposableStack.[[AsyncDisposableState]] to disposed.
    stack->disposed = true;
    // 6-8. Let result be Completion(DisposeResources(asyncDisposableStack.[[DisposeCapability]],
    //      NormalCompletion(undefined))); settle the promise with it.
    if (!AsyncDisposeResources(vm, stack->capability, std::nullopt, promise))
        promise->fulfill(vm, Value::undefined());
    return Value(promise);
}

// AsyncDisposableStack.prototype.use ( value )
ThrowCompletionOr<Value> async_disposable_stack_use(VM& vm, const NativeCallInfo& call) {
    AsyncDisposableStackObject* stack = TRY(this_stack(vm, call.this_value, "use"));
    TRY(require_pending(vm, stack, "use"));
    // 4. Perform ? AddDisposableResource(asyncDisposableStack.[[DisposeCapability]], value, async-dispose).
    Value value = call.argument(0);
    TRY(AddDisposableResource(vm, stack->capability, value, DisposeHint::AsyncDispose));
    return value;
}

// AsyncDisposableStack.prototype.adopt ( value, onDisposeAsync )
ThrowCompletionOr<Value> async_disposable_stack_adopt(VM& vm, const NativeCallInfo& call) {
    AsyncDisposableStackObject* stack = TRY(this_stack(vm, call.this_value, "adopt"));
    TRY(require_pending(vm, stack, "adopt"));
    Value value = call.argument(0);
    Value on_dispose = call.argument(1);
    // 4. If IsCallable(onDisposeAsync) is false, throw a TypeError exception.
    if (!IsCallable(on_dispose))
        return vm.throw_type_error(describe_value(on_dispose) + " is not a function");
    // 5-7. F = CreateBuiltinFunction(closure, 0, ""); AddDisposableResource(cap, undefined, async-dispose,
    // F).
    NativeFunction* closure = CreateAdoptClosure(vm, on_dispose, value);
    TRY(AddDisposableResource(vm, stack->capability, Value::undefined(), DisposeHint::AsyncDispose,
                              Value(closure)));
    return value;
}

// AsyncDisposableStack.prototype.defer ( onDisposeAsync )
ThrowCompletionOr<Value> async_disposable_stack_defer(VM& vm, const NativeCallInfo& call) {
    AsyncDisposableStackObject* stack = TRY(this_stack(vm, call.this_value, "defer"));
    TRY(require_pending(vm, stack, "defer"));
    Value on_dispose = call.argument(0);
    // 4. If IsCallable(onDisposeAsync) is false, throw a TypeError exception.
    if (!IsCallable(on_dispose))
        return vm.throw_type_error(describe_value(on_dispose) + " is not a function");
    // 5. Perform ? AddDisposableResource(asyncDisposableStack.[[DisposeCapability]], undefined,
    //    async-dispose, onDisposeAsync).
    TRY(AddDisposableResource(vm, stack->capability, Value::undefined(), DisposeHint::AsyncDispose,
                              on_dispose));
    return Value::undefined();
}

// AsyncDisposableStack.prototype.move ( )
ThrowCompletionOr<Value> async_disposable_stack_move(VM& vm, const NativeCallInfo& call) {
    AsyncDisposableStackObject* stack = TRY(this_stack(vm, call.this_value, "move"));
    TRY(require_pending(vm, stack, "move"));
    // 4. Let newAsyncDisposableStack be ? OrdinaryCreateFromConstructor(%AsyncDisposableStack%,
    //    "%AsyncDisposableStack.prototype%", ...).
    AsyncDisposableStackObject* moved = AsyncDisposableStackObject::create(
        vm, vm.current_realm().intrinsic(Intrinsic::AsyncDisposableStackPrototype));
    // 5-8. The new stack takes the resources; this one is left disposed with a new empty capability.
    moved->capability.stack = std::move(stack->capability.stack);
    stack->capability.stack.clear();
    stack->disposed = true;
    return Value(moved);
}

} // namespace

void initialize_async_disposable_stack_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::AsyncDisposableStackPrototype);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "adopt"),
                                      async_disposable_stack_adopt, 2);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "defer"),
                                      async_disposable_stack_defer, 1);
    JSObject* dispose_async = prototype->define_native_function(
        vm, realm, PropertyKey::from_ascii(vm, "disposeAsync"), async_disposable_stack_dispose_async, 0);
    prototype->define_native_accessor(vm, realm, PropertyKey::from_ascii(vm, "disposed"),
                                      async_disposable_stack_disposed, nullptr);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "move"),
                                      async_disposable_stack_move, 0);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "use"),
                                      async_disposable_stack_use, 1);
    // AsyncDisposableStack.prototype [ %Symbol.asyncDispose% ] is the initial value of "disposeAsync".
    prototype->define_direct_property(vm, PropertyKey::from_symbol(vm.well_known_symbols().asyncDispose),
                                      Value(dispose_async), kBuiltinAttributes);
    define_to_string_tag(vm, prototype, "AsyncDisposableStack");
}

} // namespace yjs
