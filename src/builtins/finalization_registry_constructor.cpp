// The FinalizationRegistry constructor (26.2.1, 26.2.2).
#include "builtins/builtins.h"
#include "builtins/finalization_registry.h"
#include "runtime/abstract_ops.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// FinalizationRegistry ( cleanupCallback )
ThrowCompletionOr<Value> finalization_registry_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!call.new_target) return vm.throw_type_error("Constructor FinalizationRegistry requires 'new'");
    // 2. If IsCallable(cleanupCallback) is false, throw a TypeError exception.
    Value cleanup_callback = call.argument(0);
    if (!IsCallable(cleanup_callback))
        return vm.throw_type_error("FinalizationRegistry: cleanup must be callable");
    // 3. Let finalizationRegistry be ? OrdinaryCreateFromConstructor(NewTarget,
    //    "%FinalizationRegistry.prototype%", « ... »).
    JSObject* prototype =
        TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::FinalizationRegistryPrototype));
    // 4-8. [[Realm]], [[CleanupCallback]] (HostMakeJobCallback), empty [[Cells]].
    return Value(FinalizationRegistryObject::create(vm, prototype, cleanup_callback.as_object()));
}

} // namespace

void initialize_finalization_registry_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor =
        make_constructor(vm, realm, "FinalizationRegistry", finalization_registry_constructor, 1,
                         realm.intrinsic(Intrinsic::FinalizationRegistryPrototype),
                         Intrinsic::FinalizationRegistryConstructor);
    define_global_property(vm, realm, "FinalizationRegistry", constructor);
}

} // namespace yjs
