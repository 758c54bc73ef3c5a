// The Promise prototype object (ECMA-262 27.2.5): then, catch, finally and @@toStringTag.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/function.h"
#include "runtime/promise.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// Promise.prototype.then ( onFulfilled, onRejected ) (27.2.5.4).
ThrowCompletionOr<Value> promise_prototype_then(VM& vm, const NativeCallInfo& call) {
    // 1-2. If IsPromise(promise) is false, throw a TypeError exception.
    PromiseObject* promise = IsPromise(call.this_value);
    if (!promise)
        return vm.throw_type_error("Method Promise.prototype.then called on incompatible receiver " +
                                   describe_value(call.this_value));
    // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    JSObject* constructor =
        TRY(SpeciesConstructor(vm, promise, vm.current_realm().intrinsic(Intrinsic::PromiseConstructor)));
    // 4. Let resultCapability be ? NewPromiseCapability(C) (without function objects for %Promise%).
    std::optional<PromiseCapability> derived = DerivedPromiseCapability(vm, Value(constructor));
    PromiseCapability capability = derived ? *derived : TRY(NewPromiseCapability(vm, Value(constructor)));
    // 5. Return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability).
    return PerformPromiseThen(vm, promise, call.argument(0), call.argument(1), capability);
}

// Promise.prototype.catch ( onRejected ) (27.2.5.1).
ThrowCompletionOr<Value> promise_prototype_catch(VM& vm, const NativeCallInfo& call) {
    Value arguments[] = {Value::undefined(), call.argument(0)};
    return Invoke(vm, call.this_value, vm.names().then, arguments);
}

// The valueThunk / thrower closures of finally: return (or throw) their captured value.
ThrowCompletionOr<Value> finally_value_thunk(VM&, const NativeCallInfo& call) {
    return static_cast<NativeFunction*>(call.callee)->capture(0);
}

ThrowCompletionOr<Value> finally_thrower(VM& vm, const NativeCallInfo& call) {
    return vm.throw_value(static_cast<NativeFunction*>(call.callee)->capture(0));
}

// thenFinally / catchFinally (27.2.5.3 steps 6.a-6.d): call onFinally, wait for its result, then pass the
// original value on (or throw the original reason).
ThrowCompletionOr<Value> finally_reaction(VM& vm, const NativeCallInfo& call,
                                          NativeFunctionPointer then_steps) {
    auto* function = static_cast<NativeFunction*>(call.callee);
    Value on_finally = function->capture(0);
    Value constructor = function->capture(1);
    // i. Let result be ? Call(onFinally, undefined).
    Value result = TRY(Call(vm, on_finally, Value::undefined()));
    // ii. Let p be ? PromiseResolve(C, result).
    JSObject* promise = TRY(PromiseResolve(vm, constructor.as_object(), result));
    // iii-iv. The closure that produces the original completion.
    NativeFunction* thunk =
        NativeFunction::create(vm, vm.current_realm(), then_steps, 0, vm.names().empty_string);
    thunk->captures().push_back(call.argument(0));
    // v. Return ? Invoke(p, "then", « valueThunk / thrower »).
    Value arguments[] = {Value(static_cast<JSObject*>(thunk))};
    return Invoke(vm, Value(promise), vm.names().then, arguments);
}

ThrowCompletionOr<Value> then_finally(VM& vm, const NativeCallInfo& call) {
    return finally_reaction(vm, call, finally_value_thunk);
}

ThrowCompletionOr<Value> catch_finally(VM& vm, const NativeCallInfo& call) {
    return finally_reaction(vm, call, finally_thrower);
}

// Promise.prototype.finally ( onFinally ) (27.2.5.3).
ThrowCompletionOr<Value> promise_prototype_finally(VM& vm, const NativeCallInfo& call) {
    // 1-2. If promise is not an Object, throw a TypeError exception.
    Value promise = call.this_value;
    if (!promise.is_object()) return vm.throw_type_error("Promise.prototype.finally called on non-object");
    // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    JSObject* constructor = TRY(SpeciesConstructor(
        vm, promise.as_object(), vm.current_realm().intrinsic(Intrinsic::PromiseConstructor)));
    // 5-6. The reactions: onFinally itself when it is not callable, otherwise thenFinally and catchFinally.
    Value on_finally = call.argument(0);
    Value then_reaction = on_finally;
    Value catch_reaction = on_finally;
    if (IsCallable(on_finally)) {
        auto make_reaction = [&](NativeFunctionPointer steps) {
            NativeFunction* reaction =
                NativeFunction::create(vm, vm.current_realm(), steps, 1, vm.names().empty_string);
            reaction->captures().push_back(on_finally);
            reaction->captures().push_back(Value(constructor));
            return Value(static_cast<JSObject*>(reaction));
        };
        then_reaction = make_reaction(then_finally);
        catch_reaction = make_reaction(catch_finally);
    }
    // 7. Return ? Invoke(promise, "then", « thenFinally, catchFinally »).
    Value arguments[] = {then_reaction, catch_reaction};
    return Invoke(vm, promise, vm.names().then, arguments);
}

} // namespace

void initialize_promise_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::PromisePrototype);
    prototype->define_native_function(vm, realm, vm.names().then, promise_prototype_then, 2);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "catch"),
                                      promise_prototype_catch, 1);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "finally"),
                                      promise_prototype_finally, 1);
    define_to_string_tag(vm, prototype, "Promise");
}

} // namespace yjs
