// The DisposableStack constructor.
#include "builtins/builtins.h"
#include "builtins/disposable_stack.h"
#include "runtime/abstract_ops.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// DisposableStack ( )
ThrowCompletionOr<Value> disposable_stack_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!call.new_target) return vm.throw_type_error("Constructor DisposableStack requires 'new'");
    // 2-4. OrdinaryCreateFromConstructor(NewTarget, "%DisposableStack.prototype%"), pending, with a new
    //      DisposeCapability.
    JSObject* prototype =
        TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::DisposableStackPrototype));
    return Value(DisposableStackObject::create(vm, prototype));
}

} // namespace

void initialize_disposable_stack_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor = make_constructor(vm, realm, "DisposableStack", disposable_stack_constructor,
                                                   0, realm.intrinsic(Intrinsic::DisposableStackPrototype),
                                                   Intrinsic::DisposableStackConstructor);
    define_global_property(vm, realm, "DisposableStack", constructor);
}

} // namespace yjs
