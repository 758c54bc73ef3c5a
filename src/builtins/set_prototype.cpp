// %Set.prototype% (24.2.4), including the set methods (union, intersection, ...) over Set Records.
#include "builtins/builtins.h"
#include "builtins/keyed_collection.h"
#include "runtime/abstract_ops.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/vm.h"

#include <cmath>
#include <string>

namespace yjs {

namespace {

// RequireInternalSlot(S, [[SetData]]).
ThrowCompletionOr<SetObject*> this_set(VM& vm, Value this_value, const char* method) {
    if (auto* set = as_if<SetObject>(this_value)) return set;
    return vm.throw_type_error(std::string("Method Set.prototype.") + method +
                               " called on incompatible receiver " + describe_value(this_value));
}

// A Set Record (24.2.1.1).
struct SetRecord {
    JSObject* set_object;
    double size; // a non-negative integer or +∞
    Value has;
    Value keys;
};

// GetSetRecord(obj).
ThrowCompletionOr<SetRecord> GetSetRecord(VM& vm, Value object) {
    // 1. If obj is not an Object, throw a TypeError exception.
    if (!object.is_object()) return vm.throw_type_error(describe_value(object) + " is not an object");
    JSObject* obj = object.as_object();
    // 2-5. Let rawSize be ? Get(obj, "size"), numSize be ? ToNumber(rawSize); NaN is a TypeError.
    Value raw_size = TRY(obj->get(vm, vm.names().size));
    double number_size = TRY(ToNumber(vm, raw_size));
    if (std::isnan(number_size)) return vm.throw_type_error("The 'size' property must be a number");
    // 6-7. Let intSize be ! ToIntegerOrInfinity(numSize); if intSize < 0, throw a RangeError exception.
    double int_size = TRY(ToIntegerOrInfinity(vm, Value(number_size)));
    if (int_size < 0) return vm.throw_range_error("The 'size' property must not be negative");
    // 8-11. Let has be ? Get(obj, "has") and keys be ? Get(obj, "keys"), both callable.
    Value has = TRY(obj->get(vm, vm.names().has));
    if (!IsCallable(has)) return vm.throw_type_error("The 'has' property must be a function");
    Value keys = TRY(obj->get(vm, vm.names().keys));
    if (!IsCallable(keys)) return vm.throw_type_error("The 'keys' property must be a function");
    return SetRecord{obj, int_size, has, keys};
}

// ToBoolean(? Call(otherRec.[[Has]], otherRec.[[SetObject]], « e »)).
ThrowCompletionOr<bool> other_has(VM& vm, const SetRecord& other, Value element) {
    return ToBoolean(TRY(Call(vm, other.has, other.set_object, std::span<const Value>(&element, 1))));
}

// OrdinaryObjectCreate(%Set.prototype%, « [[SetData]] ») holding a copy of `source`'s entries.
SetObject* copy_set(VM& vm, SetObject* source) {
    SetObject* result = SetObject::create(vm, vm.current_realm().intrinsic(Intrinsic::SetPrototype));
    auto cursor = source->data().make_cursor();
    OrderedHashTable::Entry entry;
    while (source->data().advance(*cursor, entry))
        result->data().set(entry.key, Value::undefined());
    return result;
}

ThrowCompletionOr<Value> set_add(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "add"));
    Value value = CanonicalizeKeyedCollectionKey(call.argument(0));
    if (!set->data().has(value)) set->data().set(value, Value::undefined());
    return Value(set);
}

ThrowCompletionOr<Value> set_clear(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "clear"));
    set->data().clear();
    return Value::undefined();
}

ThrowCompletionOr<Value> set_delete(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "delete"));
    return Value::boolean(set->data().remove(CanonicalizeKeyedCollectionKey(call.argument(0))));
}

ThrowCompletionOr<Value> set_difference(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "difference"));
    // 3. Let otherRec be ? GetSetRecord(other).
    SetRecord other = TRY(GetSetRecord(vm, call.argument(0)));
    // 4. Let resultSetData be a copy of O.[[SetData]].
    SetObject* result = copy_set(vm, set);
    if (set->data().size() <= other.size) {
        // 5. Visit the copy (O may change under the calls to has): drop each element other has.
        MarkedValueVector elements(vm.heap());
        auto cursor = result->data().make_cursor();
        OrderedHashTable::Entry entry;
        while (result->data().advance(*cursor, entry))
            elements.push_back(entry.key);
        for (Value element : elements) {
            if (TRY(other_has(vm, other, element))) result->data().remove(element);
        }
    } else {
        // 6. Otherwise remove every key other's keys iterator produces.
        IteratorRecord keys = TRY(GetIteratorFromMethod(vm, other.set_object, other.keys));
        while (std::optional<Value> next = TRY(IteratorStepValue(vm, keys)))
            result->data().remove(CanonicalizeKeyedCollectionKey(*next));
    }
    return Value(result);
}

// CreateSetIterator(set, kind).
ThrowCompletionOr<Value> create_set_iterator(VM& vm, Value this_value, CollectionIterationKind kind,
                                             const char* method) {
    SetObject* set = TRY(this_set(vm, this_value, method));
    JSObject* prototype = vm.current_realm().intrinsic(Intrinsic::SetIteratorPrototype);
    return Value(CollectionIterator::create(vm, set, set->data(), kind, prototype));
}

ThrowCompletionOr<Value> set_entries(VM& vm, const NativeCallInfo& call) {
    return create_set_iterator(vm, call.this_value, CollectionIterationKind::KeyAndValue, "entries");
}

ThrowCompletionOr<Value> set_for_each(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "forEach"));
    Value callback = call.argument(0);
    if (!IsCallable(callback)) return vm.throw_type_error(describe_value(callback) + " is not a function");
    auto cursor = set->data().make_cursor();
    OrderedHashTable::Entry entry;
    while (set->data().advance(*cursor, entry)) {
        Value arguments[3] = {entry.key, entry.key, Value(set)};
        TRY(Call(vm, callback, call.argument(1), arguments));
    }
    return Value::undefined();
}

ThrowCompletionOr<Value> set_has(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "has"));
    return Value::boolean(set->data().has(CanonicalizeKeyedCollectionKey(call.argument(0))));
}

ThrowCompletionOr<Value> set_intersection(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "intersection"));
    SetRecord other = TRY(GetSetRecord(vm, call.argument(0)));
    SetObject* result = SetObject::create(vm, vm.current_realm().intrinsic(Intrinsic::SetPrototype));
    if (set->data().size() <= other.size) {
        // 5. Walk O live (elements added by has are visited), keeping the ones other has.
        auto cursor = set->data().make_cursor();
        OrderedHashTable::Entry entry;
        while (set->data().advance(*cursor, entry)) {
            Value element = entry.key;
            if (TRY(other_has(vm, other, element)) && !result->data().has(element))
                result->data().set(element, Value::undefined());
        }
    } else {
        // 6. Keep each key of other that O has.
        IteratorRecord keys = TRY(GetIteratorFromMethod(vm, other.set_object, other.keys));
        while (std::optional<Value> next = TRY(IteratorStepValue(vm, keys))) {
            Value element = CanonicalizeKeyedCollectionKey(*next);
            if (set->data().has(element) && !result->data().has(element))
                result->data().set(element, Value::undefined());
        }
    }
    return Value(result);
}

ThrowCompletionOr<Value> set_is_disjoint_from(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "isDisjointFrom"));
    SetRecord other = TRY(GetSetRecord(vm, call.argument(0)));
    if (set->data().size() <= other.size) {
        auto cursor = set->data().make_cursor();
        OrderedHashTable::Entry entry;
        while (set->data().advance(*cursor, entry)) {
            if (TRY(other_has(vm, other, entry.key))) return Value::boolean(false);
        }
    } else {
        IteratorRecord keys = TRY(GetIteratorFromMethod(vm, other.set_object, other.keys));
        while (std::optional<Value> next = TRY(IteratorStepValue(vm, keys))) {
            if (set->data().has(CanonicalizeKeyedCollectionKey(*next))) {
                TRY(IteratorClose(vm, keys));
                return Value::boolean(false);
            }
        }
    }
    return Value::boolean(true);
}

ThrowCompletionOr<Value> set_is_subset_of(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "isSubsetOf"));
    SetRecord other = TRY(GetSetRecord(vm, call.argument(0)));
    // 4. If SetDataSize(O.[[SetData]]) > otherRec.[[Size]], return false.
    if (set->data().size() > other.size) return Value::boolean(false);
    auto cursor = set->data().make_cursor();
    OrderedHashTable::Entry entry;
    while (set->data().advance(*cursor, entry)) {
        if (!TRY(other_has(vm, other, entry.key))) return Value::boolean(false);
    }
    return Value::boolean(true);
}

ThrowCompletionOr<Value> set_is_superset_of(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "isSupersetOf"));
    SetRecord other = TRY(GetSetRecord(vm, call.argument(0)));
    // 4. If SetDataSize(O.[[SetData]]) < otherRec.[[Size]], return false.
    if (set->data().size() < other.size) return Value::boolean(false);
    IteratorRecord keys = TRY(GetIteratorFromMethod(vm, other.set_object, other.keys));
    while (std::optional<Value> next = TRY(IteratorStepValue(vm, keys))) {
        if (!set->data().has(CanonicalizeKeyedCollectionKey(*next))) {
            TRY(IteratorClose(vm, keys));
            return Value::boolean(false);
        }
    }
    return Value::boolean(true);
}

ThrowCompletionOr<Value> set_size(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "size"));
    return Value(static_cast<double>(set->data().size()));
}

ThrowCompletionOr<Value> set_symmetric_difference(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "symmetricDifference"));
    SetRecord other = TRY(GetSetRecord(vm, call.argument(0)));
    // 4. Let keysIter be ? GetIteratorFromMethod(otherRec.[[SetObject]], otherRec.[[Keys]]).
    IteratorRecord keys = TRY(GetIteratorFromMethod(vm, other.set_object, other.keys));
    // 5. Let resultSetData be a copy of O.[[SetData]].
    SetObject* result = copy_set(vm, set);
    while (std::optional<Value> next = TRY(IteratorStepValue(vm, keys))) {
        Value element = CanonicalizeKeyedCollectionKey(*next);
        bool already_in_result = result->data().has(element);
        if (set->data().has(element)) {
            if (already_in_result) result->data().remove(element);
        } else if (!already_in_result) {
            result->data().set(element, Value::undefined());
        }
    }
    return Value(result);
}

ThrowCompletionOr<Value> set_union(VM& vm, const NativeCallInfo& call) {
    SetObject* set = TRY(this_set(vm, call.this_value, "union"));
    SetRecord other = TRY(GetSetRecord(vm, call.argument(0)));
    IteratorRecord keys = TRY(GetIteratorFromMethod(vm, other.set_object, other.keys));
    SetObject* result = copy_set(vm, set);
    while (std::optional<Value> next = TRY(IteratorStepValue(vm, keys))) {
        Value element = CanonicalizeKeyedCollectionKey(*next);
        if (!result->data().has(element)) result->data().set(element, Value::undefined());
    }
    return Value(result);
}

ThrowCompletionOr<Value> set_values(VM& vm, const NativeCallInfo& call) {
    return create_set_iterator(vm, call.this_value, CollectionIterationKind::Value, "values");
}

} // namespace

void initialize_set_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::SetPrototype);
    auto define = [&](const char* name, NativeFunctionPointer function, std::uint32_t length) {
        return prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, name), function,
                                                 length);
    };
    define("add", set_add, 1);
    define("clear", set_clear, 0);
    define("delete", set_delete, 1);
    define("difference", set_difference, 1);
    define("entries", set_entries, 0);
    define("forEach", set_for_each, 1);
    define("has", set_has, 1);
    define("intersection", set_intersection, 1);
    define("isDisjointFrom", set_is_disjoint_from, 1);
    define("isSubsetOf", set_is_subset_of, 1);
    define("isSupersetOf", set_is_superset_of, 1);
    prototype->define_native_accessor(vm, realm, vm.names().size, set_size, nullptr);
    define("symmetricDifference", set_symmetric_difference, 1);
    define("union", set_union, 1);
    JSObject* values = define("values", set_values, 0);
    // Set.prototype.keys and Set.prototype [ %Symbol.iterator% ] are %Set.prototype.values% itself.
    prototype->define_direct_property(vm, vm.names().keys, values, kBuiltinAttributes);
    prototype->define_direct_property(vm, PropertyKey::from_symbol(vm.well_known_symbols().iterator), values,
                                      kBuiltinAttributes);
    define_to_string_tag(vm, prototype, "Set");
}

} // namespace yjs
