// %FinalizationRegistry.prototype% (26.2.3).
#include "builtins/builtins.h"
#include "builtins/finalization_registry.h"
#include "builtins/weak_collection.h"
#include "runtime/abstract_ops.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <string>

namespace yjs {

namespace {

// RequireInternalSlot(finalizationRegistry, [[Cells]]).
ThrowCompletionOr<FinalizationRegistryObject*> this_registry(VM& vm, Value this_value, const char* method) {
    if (auto* registry = as_if<FinalizationRegistryObject>(this_value)) return registry;
    return vm.throw_type_error(std::string("Method FinalizationRegistry.prototype.") + method +
                               " called on incompatible receiver " + describe_value(this_value));
}

ThrowCompletion throw_invalid_token(VM& vm, Value token) {
    return vm.throw_type_error("Invalid unregisterToken ('" + describe_value(token) + "')");
}

// FinalizationRegistry.prototype.register ( target, heldValue [ , unregisterToken ] )
ThrowCompletionOr<Value> finalization_registry_register(VM& vm, const NativeCallInfo& call) {
    FinalizationRegistryObject* registry = TRY(this_registry(vm, call.this_value, "register"));
    Value target = call.argument(0);
    Value held_value = call.argument(1);
    Value unregister_token = call.argument(2);
    // 3. If CanBeHeldWeakly(target) is false, throw a TypeError exception.
    if (!CanBeHeldWeakly(target))
        return vm.throw_type_error("FinalizationRegistry.prototype.register: invalid target");
    // 4. If SameValue(target, heldValue) is true, throw a TypeError exception.
    if (SameValue(target, held_value))
        return vm.throw_type_error(
            "FinalizationRegistry.prototype.register: target and holdings must not be same");
    // 5. If CanBeHeldWeakly(unregisterToken) is false, then if it is not undefined throw a TypeError; set it
    //    to empty.
    if (!CanBeHeldWeakly(unregister_token) && !unregister_token.is_undefined())
        return throw_invalid_token(vm, unregister_token);
    // 6-7. Append the cell.
    registry->add_cell(target, held_value, unregister_token);
    return Value::undefined();
}

// FinalizationRegistry.prototype.unregister ( unregisterToken )
ThrowCompletionOr<Value> finalization_registry_unregister(VM& vm, const NativeCallInfo& call) {
    FinalizationRegistryObject* registry = TRY(this_registry(vm, call.this_value, "unregister"));
    Value unregister_token = call.argument(0);
    // 3. If CanBeHeldWeakly(unregisterToken) is false, throw a TypeError exception.
    if (!CanBeHeldWeakly(unregister_token)) return throw_invalid_token(vm, unregister_token);
    // 4-6. Remove every cell registered with that token.
    return Value::boolean(registry->remove_cells(unregister_token));
}

} // namespace

void initialize_finalization_registry_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::FinalizationRegistryPrototype);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "register"),
                                      finalization_registry_register, 2);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "unregister"),
                                      finalization_registry_unregister, 1);
    define_to_string_tag(vm, prototype, "FinalizationRegistry");
}

} // namespace yjs
