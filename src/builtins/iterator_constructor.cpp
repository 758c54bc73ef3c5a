// The Iterator constructor (27.1.3.1): the abstract %Iterator%, Iterator.from and Iterator.concat
// (Iterator.zip and Iterator.zipKeyed are in iterator_constructor_zip.cpp).
#include "builtins/builtins.h"
#include "builtins/iterator_helper.h"
#include "runtime/abstract_ops.h"
#include "runtime/iteration.h"
#include "runtime/vm.h"

namespace yjs {

ThrowCompletionOr<Value> iterator_zip(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> iterator_zip_keyed(VM&, const NativeCallInfo&);

namespace {

// Iterator ( )
ThrowCompletionOr<Value> iterator_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is either undefined or the active function object, throw a TypeError exception.
    if (!call.new_target || call.new_target == call.callee)
        return vm.throw_type_error("Iterator is an abstract class and cannot be constructed directly");
    // 2. Return ? OrdinaryCreateFromConstructor(NewTarget, "%Iterator.prototype%").
    return Value(TRY(OrdinaryCreateFromConstructor(vm, call.new_target, Intrinsic::IteratorPrototype)));
}

// Iterator.from ( O )
ThrowCompletionOr<Value> iterator_from(VM& vm, const NativeCallInfo& call) {
    // 1. Let iteratorRecord be ? GetIteratorFlattenable(O, iterate-string-primitives).
    IteratorRecord record =
        TRY(GetIteratorFlattenable(vm, call.argument(0), PrimitiveHandling::IterateStringPrimitives));
    // 2-3. If ? OrdinaryHasInstance(%Iterator%, iteratorRecord.[[Iterator]]), return it.
    Value iterator_constructor = Value(vm.current_realm().intrinsic(Intrinsic::IteratorConstructor));
    if (TRY(OrdinaryHasInstance(vm, iterator_constructor, Value(record.iterator))))
        return Value(record.iterator);
    // 4-6. Otherwise wrap it in an object inheriting from %WrapForValidIteratorPrototype%.
    return Value(WrapForValidIterator::create(vm, record));
}

// Iterator.concat ( ...items )
ThrowCompletionOr<Value> iterator_concat(VM& vm, const NativeCallInfo& call) {
    // 1-2. Each item must be an Object with a callable %Symbol.iterator% method, read once, in order.
    MarkedValueVector iterables(vm.heap());
    for (Value item : call.arguments) {
        if (!item.is_object())
            return vm.throw_type_error("Iterator.concat: " + describe_value(item) + " is not an object");
        Value method = TRY(GetMethod(vm, item, PropertyKey::from_symbol(vm.well_known_symbols().iterator)));
        if (method.is_undefined())
            return vm.throw_type_error("Iterator.concat: " + describe_value(item) + " is not iterable");
        iterables.push_back(item);
        iterables.push_back(method);
    }
    // 3-6. The closure iterates them one after the other; [[UnderlyingIterators]] starts empty.
    IteratorHelper* helper = IteratorHelper::create(vm, IteratorHelper::Kind::Concat);
    helper->captures().values = iterables.items();
    return Value(helper);
}

} // namespace

void initialize_iterator_constructor(VM& vm, Realm& realm) {
    JSObject* prototype = realm.intrinsic(Intrinsic::IteratorPrototype);
    // Iterator.prototype.constructor is an accessor (defined with the prototype), so only "prototype" is
    // linked here.
    NativeFunction* constructor = make_constructor(vm, realm, "Iterator", iterator_constructor, 0, nullptr,
                                                   Intrinsic::IteratorConstructor);
    constructor->define_direct_property(vm, vm.names().prototype, Value(prototype), 0);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "from"), iterator_from, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "concat"), iterator_concat, 0);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "zip"), iterator_zip, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "zipKeyed"),
                                        iterator_zip_keyed, 1);
    define_global_property(vm, realm, "Iterator", Value(constructor));
}

} // namespace yjs
