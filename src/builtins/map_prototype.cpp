// %Map.prototype% (24.1.3).
#include "builtins/builtins.h"
#include "builtins/keyed_collection.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/vm.h"

#include <string>

namespace yjs {

namespace {

// RequireInternalSlot(M, [[MapData]]).
ThrowCompletionOr<MapObject*> this_map(VM& vm, Value this_value, const char* method) {
    if (auto* map = as_if<MapObject>(this_value)) return map;
    return vm.throw_type_error(std::string("Method Map.prototype.") + method +
                               " called on incompatible receiver " + describe_value(this_value));
}

ThrowCompletionOr<Value> map_clear(VM& vm, const NativeCallInfo& call) {
    MapObject* map = TRY(this_map(vm, call.this_value, "clear"));
    map->data().clear();
    return Value::undefined();
}

ThrowCompletionOr<Value> map_delete(VM& vm, const NativeCallInfo& call) {
    MapObject* map = TRY(this_map(vm, call.this_value, "delete"));
    return Value::boolean(map->data().remove(CanonicalizeKeyedCollectionKey(call.argument(0))));
}

// CreateMapIterator(map, kind).
ThrowCompletionOr<Value> create_map_iterator(VM& vm, Value this_value, CollectionIterationKind kind,
                                             const char* method) {
    MapObject* map = TRY(this_map(vm, this_value, method));
    JSObject* prototype = vm.current_realm().intrinsic(Intrinsic::MapIteratorPrototype);
    return Value(CollectionIterator::create(vm, map, map->data(), kind, prototype));
}

ThrowCompletionOr<Value> map_entries(VM& vm, const NativeCallInfo& call) {
    return create_map_iterator(vm, call.this_value, CollectionIterationKind::KeyAndValue, "entries");
}

ThrowCompletionOr<Value> map_for_each(VM& vm, const NativeCallInfo& call) {
    MapObject* map = TRY(this_map(vm, call.this_value, "forEach"));
    Value callback = call.argument(0);
    if (!IsCallable(callback)) return vm.throw_type_error(describe_value(callback) + " is not a function");
    // Entries added by the callback are visited, deleted ones are not: walk with a live cursor.
    auto cursor = map->data().make_cursor();
    OrderedHashTable::Entry entry;
    while (map->data().advance(*cursor, entry)) {
        Value arguments[3] = {entry.value, entry.key, Value(map)};
        TRY(Call(vm, callback, call.argument(1), arguments));
    }
    return Value::undefined();
}

ThrowCompletionOr<Value> map_get(VM& vm, const NativeCallInfo& call) {
    MapObject* map = TRY(this_map(vm, call.this_value, "get"));
    const Value* value = map->data().get(CanonicalizeKeyedCollectionKey(call.argument(0)));
    return value ? *value : Value::undefined();
}

// Map.prototype.getOrInsert ( key, value )
ThrowCompletionOr<Value> map_get_or_insert(VM& vm, const NativeCallInfo& call) {
    MapObject* map = TRY(this_map(vm, call.this_value, "getOrInsert"));
    Value key = CanonicalizeKeyedCollectionKey(call.argument(0));
    if (const Value* existing = map->data().get(key)) return *existing;
    map->data().set(key, call.argument(1));
    return call.argument(1);
}

// Map.prototype.getOrInsertComputed ( key, callbackfn )
ThrowCompletionOr<Value> map_get_or_insert_computed(VM& vm, const NativeCallInfo& call) {
    MapObject* map = TRY(this_map(vm, call.this_value, "getOrInsertComputed"));
    Value callback = call.argument(1);
    if (!IsCallable(callback)) return vm.throw_type_error(describe_value(callback) + " is not a function");
    Value key = CanonicalizeKeyedCollectionKey(call.argument(0));
    if (const Value* existing = map->data().get(key)) return *existing;
    Value value = TRY(Call(vm, callback, Value::undefined(), std::span<const Value>(&key, 1)));
    // The callback may have inserted the key itself: its entry is then overwritten in place.
    map->data().set(key, value);
    return value;
}

ThrowCompletionOr<Value> map_has(VM& vm, const NativeCallInfo& call) {
    MapObject* map = TRY(this_map(vm, call.this_value, "has"));
    return Value::boolean(map->data().has(CanonicalizeKeyedCollectionKey(call.argument(0))));
}

ThrowCompletionOr<Value> map_keys(VM& vm, const NativeCallInfo& call) {
    return create_map_iterator(vm, call.this_value, CollectionIterationKind::Key, "keys");
}

ThrowCompletionOr<Value> map_set(VM& vm, const NativeCallInfo& call) {
    MapObject* map = TRY(this_map(vm, call.this_value, "set"));
    map->data().set(CanonicalizeKeyedCollectionKey(call.argument(0)), call.argument(1));
    return Value(map);
}

ThrowCompletionOr<Value> map_size(VM& vm, const NativeCallInfo& call) {
    MapObject* map = TRY(this_map(vm, call.this_value, "size"));
    return Value(static_cast<double>(map->data().size()));
}

ThrowCompletionOr<Value> map_values(VM& vm, const NativeCallInfo& call) {
    return create_map_iterator(vm, call.this_value, CollectionIterationKind::Value, "values");
}

} // namespace

void initialize_map_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::MapPrototype);
    auto define = [&](const char* name, NativeFunctionPointer function, std::uint32_t length) {
        return prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, name), function,
                                                 length);
    };
    define("clear", map_clear, 0);
    define("delete", map_delete, 1);
    JSObject* entries = define("entries", map_entries, 0);
    define("forEach", map_for_each, 1);
    define("get", map_get, 1);
    define("getOrInsert", map_get_or_insert, 2);
    define("getOrInsertComputed", map_get_or_insert_computed, 2);
    define("has", map_has, 1);
    define("keys", map_keys, 0);
    define("set", map_set, 2);
    prototype->define_native_accessor(vm, realm, vm.names().size, map_size, nullptr);
    define("values", map_values, 0);
    // Map.prototype [ %Symbol.iterator% ] is the same function object as Map.prototype.entries.
    prototype->define_direct_property(vm, PropertyKey::from_symbol(vm.well_known_symbols().iterator), entries,
                                      kBuiltinAttributes);
    define_to_string_tag(vm, prototype, "Map");
}

} // namespace yjs
