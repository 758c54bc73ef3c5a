// %DisposableStack.prototype% (27.3.3).
#include "builtins/builtins.h"
#include "builtins/disposable_stack.h"
#include "runtime/abstract_ops.h"
#include "runtime/function.h"
#include "runtime/vm.h"

#include <string>

namespace yjs {

namespace {

// RequireInternalSlot(disposableStack, [[DisposableState]]).
ThrowCompletionOr<DisposableStackObject*> this_stack(VM& vm, Value this_value, const char* method) {
    if (auto* stack = as_if<DisposableStackObject>(this_value)) return stack;
    return vm.throw_type_error(std::string("Method DisposableStack.prototype.") + method +
                               " called on incompatible receiver " + describe_value(this_value));
}

// The ReferenceError of a method called on a disposed stack.
ThrowCompletionOr<void> require_pending(VM& vm, DisposableStackObject* stack, const char* method) {
    if (!stack->disposed) return {};
    return vm.throw_reference_error(std::string("Cannot call DisposableStack.prototype.") + method +
                                    " on an already-disposed DisposableStack");
}

// get DisposableStack.prototype.disposed
ThrowCompletionOr<Value> disposable_stack_disposed(VM& vm, const NativeCallInfo& call) {
    DisposableStackObject* stack = TRY(this_stack(vm, call.this_value, "disposed"));
    return Value::boolean(stack->disposed);
}

// DisposableStack.prototype.dispose ( )
ThrowCompletionOr<Value> disposable_stack_dispose(VM& vm, const NativeCallInfo& call) {
    DisposableStackObject* stack = TRY(this_stack(vm, call.this_value, "dispose"));
    // 3. If disposableStack.[[DisposableState]] is disposed, return undefined.
    if (stack->disposed) return Value::undefined();
    // 4. Set disposableStack.[[DisposableState]] to disposed.
    stack->disposed = true;
    // 5. Return ? DisposeResources(disposableStack.[[DisposeCapability]], NormalCompletion(undefined)).
    TRY(DisposeResources(vm, stack->capability, std::nullopt));
    return Value::undefined();
}

// DisposableStack.prototype.use ( value )
ThrowCompletionOr<Value> disposable_stack_use(VM& vm, const NativeCallInfo& call) {
    DisposableStackObject* stack = TRY(this_stack(vm, call.this_value, "use"));
    TRY(require_pending(vm, stack, "use"));
    // 4. Perform ? AddDisposableResource(disposableStack.[[DisposeCapability]], value, sync-dispose).
    Value value = call.argument(0);
    TRY(AddDisposableResource(vm, stack->capability, value, DisposeHint::SyncDispose));
    return value;
}

// DisposableStack.prototype.adopt ( value, onDispose )
ThrowCompletionOr<Value> disposable_stack_adopt(VM& vm, const NativeCallInfo& call) {
    DisposableStackObject* stack = TRY(this_stack(vm, call.this_value, "adopt"));
    TRY(require_pending(vm, stack, "adopt"));
    Value value = call.argument(0);
    Value on_dispose = call.argument(1);
    // 4. If IsCallable(onDispose) is false, throw a TypeError exception.
    if (!IsCallable(on_dispose))
        return vm.throw_type_error(describe_value(on_dispose) + " is not a function");
    // 5-7. F = CreateBuiltinFunction(closure, 0, ""); AddDisposableResource(cap, undefined, sync-dispose, F).
    NativeFunction* closure = CreateAdoptClosure(vm, on_dispose, value);
    TRY(AddDisposableResource(vm, stack->capability, Value::undefined(), DisposeHint::SyncDispose,
                              Value(closure)));
    return value;
}

// DisposableStack.prototype.defer ( onDispose )
ThrowCompletionOr<Value> disposable_stack_defer(VM& vm, const NativeCallInfo& call) {
    DisposableStackObject* stack = TRY(this_stack(vm, call.this_value, "defer"));
    TRY(require_pending(vm, stack, "defer"));
    Value on_dispose = call.argument(0);
    // 4. If IsCallable(onDispose) is false, throw a TypeError exception.
    if (!IsCallable(on_dispose))
        return vm.throw_type_error(describe_value(on_dispose) + " is not a function");
    // 5. Perform ? AddDisposableResource(disposableStack.[[DisposeCapability]], undefined, sync-dispose,
    //    onDispose).
    TRY(AddDisposableResource(vm, stack->capability, Value::undefined(), DisposeHint::SyncDispose,
                              on_dispose));
    return Value::undefined();
}

// DisposableStack.prototype.move ( )
ThrowCompletionOr<Value> disposable_stack_move(VM& vm, const NativeCallInfo& call) {
    DisposableStackObject* stack = TRY(this_stack(vm, call.this_value, "move"));
    TRY(require_pending(vm, stack, "move"));
    // 4. Let newDisposableStack be ? OrdinaryCreateFromConstructor(%DisposableStack%,
    //    "%DisposableStack.prototype%", ...).
    DisposableStackObject* moved =
        DisposableStackObject::create(vm, vm.current_realm().intrinsic(Intrinsic::DisposableStackPrototype));
    // 5-8. The new stack takes the resources; this one is left disposed with a new empty capability.
    moved->capability.stack = std::move(stack->capability.stack);
    stack->capability.stack.clear();
    stack->disposed = true;
    return Value(moved);
}

} // namespace

void initialize_disposable_stack_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::DisposableStackPrototype);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "adopt"), disposable_stack_adopt,
                                      2);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "defer"), disposable_stack_defer,
                                      1);
    JSObject* dispose = prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "dispose"),
                                                          disposable_stack_dispose, 0);
    prototype->define_native_accessor(vm, realm, PropertyKey::from_ascii(vm, "disposed"),
                                      disposable_stack_disposed, nullptr);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "move"), disposable_stack_move,
                                      0);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "use"), disposable_stack_use, 1);
    // DisposableStack.prototype [ %Symbol.dispose% ] is the initial value of "dispose".
    prototype->define_direct_property(vm, PropertyKey::from_symbol(vm.well_known_symbols().dispose),
                                      Value(dispose), kBuiltinAttributes);
    define_to_string_tag(vm, prototype, "DisposableStack");
}

} // namespace yjs
