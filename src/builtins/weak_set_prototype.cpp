// %WeakSet.prototype% (24.4.3).
#include "builtins/builtins.h"
#include "builtins/weak_collection.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/vm.h"

#include <string>

namespace yjs {

namespace {

// RequireInternalSlot(S, [[WeakSetData]]).
ThrowCompletionOr<WeakSetObject*> this_weak_set(VM& vm, Value this_value, const char* method) {
    if (auto* set = as_if<WeakSetObject>(this_value)) return set;
    return vm.throw_type_error(std::string("Method WeakSet.prototype.") + method +
                               " called on incompatible receiver " + describe_value(this_value));
}

ThrowCompletionOr<Value> weak_set_add(VM& vm, const NativeCallInfo& call) {
    WeakSetObject* set = TRY(this_weak_set(vm, call.this_value, "add"));
    Value value = call.argument(0);
    // 3. If CanBeHeldWeakly(value) is false, throw a TypeError exception.
    if (!CanBeHeldWeakly(value)) return vm.throw_type_error("Invalid value used in weak set");
    if (!set->contains(value.as_cell())) set->insert(value.as_cell(), Value::undefined());
    return Value(set);
}

ThrowCompletionOr<Value> weak_set_delete(VM& vm, const NativeCallInfo& call) {
    WeakSetObject* set = TRY(this_weak_set(vm, call.this_value, "delete"));
    Value value = call.argument(0);
    if (!CanBeHeldWeakly(value)) return Value::boolean(false);
    return Value::boolean(set->erase(value.as_cell()));
}

ThrowCompletionOr<Value> weak_set_has(VM& vm, const NativeCallInfo& call) {
    WeakSetObject* set = TRY(this_weak_set(vm, call.this_value, "has"));
    Value value = call.argument(0);
    if (!CanBeHeldWeakly(value)) return Value::boolean(false);
    return Value::boolean(set->contains(value.as_cell()));
}

} // namespace

void initialize_weak_set_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::WeakSetPrototype);
    prototype->define_native_function(vm, realm, vm.names().add, weak_set_add, 1);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "delete"), weak_set_delete, 1);
    prototype->define_native_function(vm, realm, vm.names().has, weak_set_has, 1);
    define_to_string_tag(vm, prototype, "WeakSet");
}

} // namespace yjs
