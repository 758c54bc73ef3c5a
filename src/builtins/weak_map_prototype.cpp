// %WeakMap.prototype% (24.3.3).
#include "builtins/builtins.h"
#include "builtins/weak_collection.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/vm.h"

#include <string>

namespace yjs {

namespace {

// RequireInternalSlot(M, [[WeakMapData]]).
ThrowCompletionOr<WeakMapObject*> this_weak_map(VM& vm, Value this_value, const char* method) {
    if (auto* map = as_if<WeakMapObject>(this_value)) return map;
    return vm.throw_type_error(std::string("Method WeakMap.prototype.") + method +
                               " called on incompatible receiver " + describe_value(this_value));
}

ThrowCompletionOr<Value> weak_map_delete(VM& vm, const NativeCallInfo& call) {
    WeakMapObject* map = TRY(this_weak_map(vm, call.this_value, "delete"));
    Value key = call.argument(0);
    // 3. If CanBeHeldWeakly(key) is false, return false.
    if (!CanBeHeldWeakly(key)) return Value::boolean(false);
    return Value::boolean(map->erase(key.as_cell()));
}

ThrowCompletionOr<Value> weak_map_get(VM& vm, const NativeCallInfo& call) {
    WeakMapObject* map = TRY(this_weak_map(vm, call.this_value, "get"));
    Value key = call.argument(0);
    if (!CanBeHeldWeakly(key)) return Value::undefined();
    return map->lookup(key.as_cell());
}

// WeakMap.prototype.getOrInsert ( key, value )
ThrowCompletionOr<Value> weak_map_get_or_insert(VM& vm, const NativeCallInfo& call) {
    WeakMapObject* map = TRY(this_weak_map(vm, call.this_value, "getOrInsert"));
    Value key = call.argument(0);
    if (!CanBeHeldWeakly(key)) return vm.throw_type_error("Invalid value used as weak map key");
    if (map->contains(key.as_cell())) return map->lookup(key.as_cell());
    map->insert(key.as_cell(), call.argument(1));
    return call.argument(1);
}

// WeakMap.prototype.getOrInsertComputed ( key, callbackfn )
ThrowCompletionOr<Value> weak_map_get_or_insert_computed(VM& vm, const NativeCallInfo& call) {
    WeakMapObject* map = TRY(this_weak_map(vm, call.this_value, "getOrInsertComputed"));
    Value key = call.argument(0);
    Value callback = call.argument(1);
    if (!IsCallable(callback)) return vm.throw_type_error(describe_value(callback) + " is not a function");
    if (!CanBeHeldWeakly(key)) return vm.throw_type_error("Invalid value used as weak map key");
    if (map->contains(key.as_cell())) return map->lookup(key.as_cell());
    Value value = TRY(Call(vm, callback, Value::undefined(), std::span<const Value>(&key, 1)));
    // The callback may have inserted the key itself: its entry is then overwritten.
    map->insert(key.as_cell(), value);
    return value;
}

ThrowCompletionOr<Value> weak_map_has(VM& vm, const NativeCallInfo& call) {
    WeakMapObject* map = TRY(this_weak_map(vm, call.this_value, "has"));
    Value key = call.argument(0);
    if (!CanBeHeldWeakly(key)) return Value::boolean(false);
    return Value::boolean(map->contains(key.as_cell()));
}

ThrowCompletionOr<Value> weak_map_set(VM& vm, const NativeCallInfo& call) {
    WeakMapObject* map = TRY(this_weak_map(vm, call.this_value, "set"));
    Value key = call.argument(0);
    // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception.
    if (!CanBeHeldWeakly(key)) return vm.throw_type_error("Invalid value used as weak map key");
    map->insert(key.as_cell(), call.argument(1));
    return Value(map);
}

} // namespace

void initialize_weak_map_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::WeakMapPrototype);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "delete"), weak_map_delete, 1);
    prototype->define_native_function(vm, realm, vm.names().get, weak_map_get, 1);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "getOrInsert"),
                                      weak_map_get_or_insert, 2);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "getOrInsertComputed"),
                                      weak_map_get_or_insert_computed, 2);
    prototype->define_native_function(vm, realm, vm.names().has, weak_map_has, 1);
    prototype->define_native_function(vm, realm, vm.names().set, weak_map_set, 2);
    define_to_string_tag(vm, prototype, "WeakMap");
}

} // namespace yjs
