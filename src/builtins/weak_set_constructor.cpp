// The WeakSet constructor (24.4.1, 24.4.2).
#include "builtins/builtins.h"
#include "builtins/weak_collection.h"
#include "runtime/abstract_ops.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// WeakSet ( [ iterable ] )
ThrowCompletionOr<Value> weak_set_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!call.new_target) return vm.throw_type_error("Constructor WeakSet requires 'new'");
    // 2-3. Let set be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakSet.prototype%", « [[WeakSetData]] »).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::WeakSetPrototype));
    WeakSetObject* set = WeakSetObject::create(vm, prototype);
    // 4. If iterable is either undefined or null, return set.
    Value iterable = call.argument(0);
    if (iterable.is_nullish()) return Value(set);
    // 5-6. Let adder be ? Get(set, "add"); if IsCallable(adder) is false, throw a TypeError exception.
    Value adder = TRY(set->get(vm, vm.names().add));
    if (!IsCallable(adder)) return vm.throw_type_error(describe_value(adder) + " is not a function");
    // 7-8. Call adder with each value of the iterable, closing the iterator if it throws.
    IteratorRecord record = TRY(GetIterator(vm, iterable));
    while (std::optional<Value> next = TRY(IteratorStepValue(vm, record)))
        IF_ABRUPT_CLOSE_ITERATOR(vm, record, Call(vm, adder, set, std::span<const Value>(&*next, 1)));
    return Value(set);
}

} // namespace

void initialize_weak_set_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor =
        make_constructor(vm, realm, "WeakSet", weak_set_constructor, 0,
                         realm.intrinsic(Intrinsic::WeakSetPrototype), Intrinsic::WeakSetConstructor);
    define_global_property(vm, realm, "WeakSet", constructor);
}

} // namespace yjs
