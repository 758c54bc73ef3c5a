// %WeakRef.prototype% (26.1.3).
#include "builtins/builtins.h"
#include "builtins/weak_ref.h"
#include "runtime/abstract_ops.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// WeakRef.prototype.deref ( )
ThrowCompletionOr<Value> weak_ref_deref(VM& vm, const NativeCallInfo& call) {
    // 1-2. Perform ? RequireInternalSlot(weakRef, [[WeakRefTarget]]).
    auto* weak_ref = as_if<WeakRefObject>(call.this_value);
    if (!weak_ref)
        return vm.throw_type_error("Method WeakRef.prototype.deref called on incompatible receiver " +
                                   describe_value(call.this_value));
    // 3. Return WeakRefDeref(weakRef): a live target is kept alive until the current job ends.
    Value target = weak_ref->target();
    if (target.is_cell()) vm.add_to_kept_objects(target.as_cell());
    return target;
}

} // namespace

void initialize_weak_ref_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::WeakRefPrototype);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "deref"), weak_ref_deref, 0);
    define_to_string_tag(vm, prototype, "WeakRef");
}

} // namespace yjs
