// The AsyncDisposableStack constructor.
#include "builtins/builtins.h"
#include "builtins/disposable_stack.h"
#include "runtime/abstract_ops.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// AsyncDisposableStack ( )
ThrowCompletionOr<Value> async_disposable_stack_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!call.new_target) return vm.throw_type_error("Constructor AsyncDisposableStack requires 'new'");
    // 2-4. OrdinaryCreateFromConstructor(NewTarget, "%AsyncDisposableStack.prototype%"), pending, with a new
    //      DisposeCapability.
    JSObject* prototype =
        TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::AsyncDisposableStackPrototype));
    return Value(AsyncDisposableStackObject::create(vm, prototype));
}

} // namespace

void initialize_async_disposable_stack_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor =
        make_constructor(vm, realm, "AsyncDisposableStack", async_disposable_stack_constructor, 0,
                         realm.intrinsic(Intrinsic::AsyncDisposableStackPrototype),
                         Intrinsic::AsyncDisposableStackConstructor);
    define_global_property(vm, realm, "AsyncDisposableStack", constructor);
}

} // namespace yjs
