// What util.inspect needs to know about built-in objects: their kind, and the contents of Map, Set and
// Date objects.
#include "builtins/date_object.h"
#include "builtins/keyed_collection.h"
#include "builtins/weak_collection.h"
#include "host/inspect_internal.h"
#include "runtime/abstract_ops.h"
#include "runtime/array_buffer.h"
#include "runtime/date_math.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/promise.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "vm/module_namespace.h"

#include <cmath>

namespace yjs {

bool is_error_like(VM& vm, JSObject* object) {
    if (object->builtin_tag() == BuiltinTag::Error) return true;
    JSObject* error_prototype = vm.current_realm().intrinsic(Intrinsic::ErrorPrototype);
    // The stored prototype chain (no proxy traps), as `instanceof Error` would walk it for ordinary objects.
    for (JSObject* o = object->prototype(); o; o = o->prototype()) {
        if (o == error_prototype) return true;
        if (o->is_proxy()) break;
    }
    return false;
}

ObjectKind classify_object(VM& vm, JSObject* object) {
    if (object->is_array()) return ObjectKind::Array;
    if (object->is_typed_array()) return ObjectKind::TypedArray;
    if (object->is_callable()) return ObjectKind::Function;
    switch (object->builtin_tag()) {
    case BuiltinTag::Error:
        return ObjectKind::Error;
    case BuiltinTag::Boolean:
    case BuiltinTag::Number:
    case BuiltinTag::String:
        return ObjectKind::BoxedPrimitive;
    case BuiltinTag::Date:
        return ObjectKind::Date;
    case BuiltinTag::RegExp:
        return ObjectKind::RegExp;
    case BuiltinTag::Arguments:
        return ObjectKind::Arguments;
    case BuiltinTag::Object:
        break;
    }
    if (as_if<PrimitiveWrapper>(object)) return ObjectKind::BoxedPrimitive;
    if (as_if<MapObject>(object)) return ObjectKind::Map;
    if (as_if<SetObject>(object)) return ObjectKind::Set;
    if (as_if<WeakMapObject>(object)) return ObjectKind::WeakMap;
    if (as_if<WeakSetObject>(object)) return ObjectKind::WeakSet;
    if (IsPromise(object)) return ObjectKind::Promise;
    if (as_if<ArrayBufferObject>(object)) return ObjectKind::ArrayBuffer;
    if (as_if<DataViewObject>(object)) return ObjectKind::DataView;
    if (as_if<ModuleNamespaceObject>(object)) return ObjectKind::ModuleNamespace;
    if (is_error_like(vm, object)) return ObjectKind::Error;
    return ObjectKind::Ordinary;
}

namespace {

OrderedHashTable& collection_data(JSObject* object, ObjectKind kind) {
    return kind == ObjectKind::Map ? static_cast<MapObject*>(object)->data()
                                   : static_cast<SetObject*>(object)->data();
}

} // namespace

double collection_size(JSObject* object, ObjectKind kind) {
    return collection_data(object, kind).size();
}

void collection_entries(JSObject* object, ObjectKind kind, MarkedValueVector& out) {
    std::vector<OrderedHashTable::Entry> entries;
    collection_data(object, kind).copy_entries(entries);
    for (const OrderedHashTable::Entry& entry : entries) {
        out.push_back(entry.key);
        if (kind == ObjectKind::Map) out.push_back(entry.value);
    }
}

std::u16string date_text(JSObject* date) {
    double time = static_cast<DateObject*>(date)->date_value();
    auto iso = std::isnan(time) ? std::nullopt : DateToISOString(time);
    return ascii_to_u16(iso ? *iso : ToDateString(time));
}

ThrowCompletionOr<std::u16string> regexp_text(VM& vm, JSObject* object) {
    Value source = TRY(object->get(vm, vm.names().source));
    Value flags = TRY(object->get(vm, vm.names().flags));
    std::u16string text = u"/";
    text += to_u16(TRY(ToString(vm, source)));
    text += u"/";
    text += to_u16(TRY(ToString(vm, flags)));
    return text;
}

} // namespace yjs
