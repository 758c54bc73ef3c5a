// The WeakRef constructor (26.1.1, 26.1.2).
#include "builtins/builtins.h"
#include "builtins/weak_collection.h"
#include "builtins/weak_ref.h"
#include "runtime/abstract_ops.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// WeakRef ( target )
ThrowCompletionOr<Value> weak_ref_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!call.new_target) return vm.throw_type_error("Constructor WeakRef requires 'new'");
    // 2. If CanBeHeldWeakly(target) is false, throw a TypeError exception.
    Value target = call.argument(0);
    if (!CanBeHeldWeakly(target)) return vm.throw_type_error("WeakRef: invalid target");
    // 3. Let weakRef be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakRef.prototype%", « [[WeakRefTarget]]
    // »).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::WeakRefPrototype));
    // 4. Perform AddToKeptObjects(target).
    vm.add_to_kept_objects(target.as_cell());
    // 5. Set weakRef.[[WeakRefTarget]] to target.
    return Value(WeakRefObject::create(vm, prototype, target));
}

} // namespace

void initialize_weak_ref_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor =
        make_constructor(vm, realm, "WeakRef", weak_ref_constructor, 1,
                         realm.intrinsic(Intrinsic::WeakRefPrototype), Intrinsic::WeakRefConstructor);
    define_global_property(vm, realm, "WeakRef", constructor);
}

} // namespace yjs
