// The Set constructor (24.2.2, 24.2.3): Set, get Set [ %Symbol.species% ].
#include "builtins/builtins.h"
#include "builtins/keyed_collection.h"
#include "runtime/abstract_ops.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// Set ( [ iterable ] )
ThrowCompletionOr<Value> set_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!call.new_target) return vm.throw_type_error("Constructor Set requires 'new'");
    // 2-3. Let set be ? OrdinaryCreateFromConstructor(NewTarget, "%Set.prototype%", « [[SetData]] »).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::SetPrototype));
    SetObject* set = SetObject::create(vm, prototype);
    // 4. If iterable is either undefined or null, return set.
    Value iterable = call.argument(0);
    if (iterable.is_nullish()) return Value(set);
    // 5-6. Let adder be ? Get(set, "add"); if IsCallable(adder) is false, throw a TypeError exception.
    Value adder = TRY(set->get(vm, vm.names().add));
    if (!IsCallable(adder)) return vm.throw_type_error(describe_value(adder) + " is not a function");
    // 7. Let iteratorRecord be ? GetIterator(iterable, sync).
    IteratorRecord record = TRY(GetIterator(vm, iterable));
    // 8. Repeat: call adder with each value, closing the iterator if it throws.
    while (std::optional<Value> next = TRY(IteratorStepValue(vm, record)))
        IF_ABRUPT_CLOSE_ITERATOR(vm, record, Call(vm, adder, set, std::span<const Value>(&*next, 1)));
    return Value(set);
}

// get Set [ %Symbol.species% ]: 1. Return the this value.
ThrowCompletionOr<Value> set_species(VM&, const NativeCallInfo& call) {
    return call.this_value;
}

} // namespace

void initialize_set_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor =
        make_constructor(vm, realm, "Set", set_constructor, 0, realm.intrinsic(Intrinsic::SetPrototype),
                         Intrinsic::SetConstructor);
    constructor->define_native_accessor(vm, realm, PropertyKey::from_symbol(vm.well_known_symbols().species),
                                        set_species, nullptr);
    define_global_property(vm, realm, "Set", constructor);
}

} // namespace yjs
