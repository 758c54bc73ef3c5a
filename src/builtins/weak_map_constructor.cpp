// The WeakMap constructor (24.3.1, 24.3.2).
#include "builtins/builtins.h"
#include "builtins/keyed_collection.h"
#include "builtins/weak_collection.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// WeakMap ( [ iterable ] )
ThrowCompletionOr<Value> weak_map_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!call.new_target) return vm.throw_type_error("Constructor WeakMap requires 'new'");
    // 2-3. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakMap.prototype%", « [[WeakMapData]] »).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::WeakMapPrototype));
    WeakMapObject* map = WeakMapObject::create(vm, prototype);
    // 4. If iterable is either undefined or null, return map.
    Value iterable = call.argument(0);
    if (iterable.is_nullish()) return Value(map);
    // 5-6. Let adder be ? Get(map, "set"); if IsCallable(adder) is false, throw a TypeError exception.
    Value adder = TRY(map->get(vm, vm.names().set));
    if (!IsCallable(adder)) return vm.throw_type_error(describe_value(adder) + " is not a function");
    // 7. Return ? AddEntriesFromIterable(map, iterable, adder).
    TRY(AddEntriesFromIterable(vm, map, iterable, adder));
    return Value(map);
}

} // namespace

void initialize_weak_map_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor =
        make_constructor(vm, realm, "WeakMap", weak_map_constructor, 0,
                         realm.intrinsic(Intrinsic::WeakMapPrototype), Intrinsic::WeakMapConstructor);
    define_global_property(vm, realm, "WeakMap", constructor);
}

} // namespace yjs
