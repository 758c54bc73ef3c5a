// The Map constructor (24.1.1, 24.1.2): Map, Map.groupBy, get Map [ %Symbol.species% ].
#include "builtins/builtins.h"
#include "builtins/group_by.h"
#include "builtins/keyed_collection.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace yjs {

ThrowCompletionOr<void> AddEntriesFromIterable(VM& vm, JSObject* target, Value iterable, Value adder) {
    // 1. Let iteratorRecord be ? GetIterator(iterable, sync).
    IteratorRecord record = TRY(GetIterator(vm, iterable));
    // 2. Repeat,
    while (true) {
        // a-b. Let next be ? IteratorStepValue(iteratorRecord); if done, return target.
        std::optional<Value> next = TRY(IteratorStepValue(vm, record));
        if (!next) return {};
        // c. If next is not an Object, close the iterator with a TypeError.
        if (!next->is_object()) {
            vm.throw_type_error("Iterator value " + describe_value(*next) + " is not an entry object");
            return IteratorCloseOnThrow(vm, record);
        }
        JSObject* entry = next->as_object();
        // d-g. Let k be Get(next, "0"), v be Get(next, "1"), each closing the iterator on abrupt completion.
        Value key = IF_ABRUPT_CLOSE_ITERATOR(vm, record, entry->get(vm, PropertyKey::from_index(0)));
        Value value = IF_ABRUPT_CLOSE_ITERATOR(vm, record, entry->get(vm, PropertyKey::from_index(1)));
        // h-i. Let status be Completion(Call(adder, target, « k, v »)); IfAbruptCloseIterator.
        Value arguments[2] = {key, value};
        IF_ABRUPT_CLOSE_ITERATOR(vm, record, Call(vm, adder, target, arguments));
    }
}

namespace {

// Map ( [ iterable ] )
ThrowCompletionOr<Value> map_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!call.new_target) return vm.throw_type_error("Constructor Map requires 'new'");
    // 2-3. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%Map.prototype%", « [[MapData]] »).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::MapPrototype));
    MapObject* map = MapObject::create(vm, prototype);
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

// Map.groupBy ( items, callback )
ThrowCompletionOr<Value> map_group_by(VM& vm, const NativeCallInfo& call) {
    // 1. Let groups be ? GroupBy(items, callback, ~collection~).
    KeyedGroups groups = TRY(GroupBy(vm, call.argument(0), call.argument(1), GroupByKeyCoercion::Zero));
    // 2. Let map be ! Construct(%Map%).
    MapObject* map = MapObject::create(vm, vm.current_realm().intrinsic(Intrinsic::MapPrototype));
    // 3. For each Record { [[Key]], [[Elements]] } g of groups, append { g.[[Key]], CreateArrayFromList(...)
    // }.
    for (std::size_t i = 0; i < groups.keys.size(); ++i)
        map->data().set(groups.keys[i], Value(CreateArrayFromList(vm, groups.elements[i].span())));
    return Value(map);
}

// get Map [ %Symbol.species% ]: 1. Return the this value.
ThrowCompletionOr<Value> map_species(VM&, const NativeCallInfo& call) {
    return call.this_value;
}

} // namespace

void initialize_map_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor =
        make_constructor(vm, realm, "Map", map_constructor, 0, realm.intrinsic(Intrinsic::MapPrototype),
                         Intrinsic::MapConstructor);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "groupBy"), map_group_by, 2);
    constructor->define_native_accessor(vm, realm, PropertyKey::from_symbol(vm.well_known_symbols().species),
                                        map_species, nullptr);
    define_global_property(vm, realm, "Map", constructor);
}

} // namespace yjs
