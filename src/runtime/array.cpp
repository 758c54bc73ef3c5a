#include "runtime/array.h"

#include "runtime/abstract_ops.h"
#include "runtime/indexed_properties.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/vm.h"

#include <vector>

namespace yjs {

JSArray* JSArray::create(VM& vm, std::uint32_t length, JSObject* prototype) {
    if (!prototype) prototype = vm.current_realm().intrinsic(Intrinsic::ArrayPrototype);
    // ArrayCreate step 6: OrdinaryDefineOwnProperty(A, "length", { length, W: true, E: false, C: false }).
    Shape* shape = Shape::create_root(vm, prototype)->with_added_property(vm, vm.names().length, kWritable);
    auto* array = vm.heap().allocate<JSArray>(shape);
    array->set_length_value(length);
    return array;
}

JSArray* JSArray::create_from_list(VM& vm, std::span<const Value> elements) {
    JSArray* array = create(vm, 0);
    if (elements.empty()) return array;
    array->ensure_indexed(vm).assign_dense(elements);
    array->set_length_value(static_cast<std::uint32_t>(elements.size()));
    return array;
}

JSArray::JSArray(Shape* shape) : JSObject(shape) {
    set_ordinary_methods(true, false);
}

ThrowCompletionOr<JSArray*> ArrayCreate(VM& vm, std::uint64_t length, JSObject* prototype) {
    if (length > 0xFFFFFFFFull) return vm.throw_range_error("Invalid array length");
    return JSArray::create(vm, static_cast<std::uint32_t>(length), prototype);
}

bool JSArray::length_is_writable(VM& vm) const {
    return (shape()->lookup(vm.names().length)->attributes & kWritable) != 0;
}

bool JSArray::is_dense_packed() const {
    IndexedProperties* elements = indexed();
    if (!elements) return length() == 0;
    return elements->is_dense() && elements->dense_values().size() == length();
}

bool JSArray::get_fast(std::uint32_t index, Value& out) const {
    IndexedProperties* elements = indexed();
    return elements && elements->get_dense(index, out);
}

bool JSArray::set_fast(VM& vm, std::uint32_t index, Value value) {
    IndexedProperties* elements = indexed();
    if (elements && elements->set_dense(index, value)) return true;
    if (index != length()) return false;
    return push_fast(vm, value);
}

bool JSArray::push_fast(VM& vm, Value value) {
    std::uint32_t index = length();
    if (index == 0xFFFFFFFFu || !is_dense_packed() || !extensible() || !length_is_writable(vm)) return false;
    // [[Set]] of a missing own element consults the prototype chain: it must hold no such element.
    for (JSObject* p = prototype(); p; p = p->prototype()) {
        if (!p->has_ordinary_lookup()) return false;
        if (p->indexed() && p->indexed()->has(index)) return false;
    }
    ensure_indexed(vm).append_dense(value);
    set_length_value(index + 1);
    return true;
}

bool JSArray::pop_fast(VM& vm, Value& out) {
    std::uint32_t len = length();
    if (len == 0 || !is_dense_packed() || !length_is_writable(vm)) return false;
    out = indexed()->dense_values().back();
    indexed()->remove(len - 1);
    set_length_value(len - 1);
    return true;
}

ThrowCompletionOr<bool> JSArray::internal_define_own_property(VM& vm, PropertyKey key,
                                                              const PropertyDescriptor& descriptor) {
    // 1. If P is "length", return ? ArraySetLength(A, Desc).
    if (key == vm.names().length) return set_length(vm, descriptor);
    // 2. Else if P is an array index, then
    if (key.is_index()) {
        std::uint32_t old_length = length();
        std::uint32_t index = key.as_index();
        if (index >= old_length && !length_is_writable(vm)) return false;
        bool succeeded = TRY(ordinary_define_own_property(vm, key, descriptor));
        if (!succeeded) return false;
        if (index >= old_length) set_length_value(index + 1);
        return true;
    }
    // 3. Return ? OrdinaryDefineOwnProperty(A, P, Desc).
    return ordinary_define_own_property(vm, key, descriptor);
}

ThrowCompletionOr<bool> JSArray::set_length(VM& vm, const PropertyDescriptor& descriptor) {
    PropertyKey length_key = vm.names().length;
    // 1. If Desc does not have a [[Value]] field, return ! OrdinaryDefineOwnProperty(A, "length", Desc).
    if (!descriptor.value) return ordinary_define_own_property(vm, length_key, descriptor);
    // 2-6. newLen = ToUint32(Desc.[[Value]]), numberLen = ToNumber(Desc.[[Value]]) (valueOf runs twice).
    PropertyDescriptor new_length_descriptor = descriptor;
    std::uint32_t new_length = TRY(ToUint32(vm, *descriptor.value));
    double number_length = TRY(ToNumber(vm, *descriptor.value));
    if (static_cast<double>(new_length) != number_length) return vm.throw_range_error("Invalid array length");
    new_length_descriptor.value = Value(static_cast<double>(new_length));
    // 7-12.
    std::uint32_t old_length = length();
    if (new_length >= old_length) return ordinary_define_own_property(vm, length_key, new_length_descriptor);
    if (!length_is_writable(vm)) return false;
    // 13-14. Setting [[Writable]] to false is deferred in case an element cannot be deleted.
    bool new_writable = !new_length_descriptor.writable.has_value() || *new_length_descriptor.writable;
    if (!new_writable) new_length_descriptor.writable = true;
    // 15-16.
    bool succeeded = TRY(ordinary_define_own_property(vm, length_key, new_length_descriptor));
    if (!succeeded) return false;
    // 17. Delete elements >= newLen in descending order; a non-configurable one stops the truncation.
    if (IndexedProperties* elements = indexed()) {
        if (elements->is_dense()) {
            elements->truncate(new_length);
        } else {
            std::vector<std::uint32_t> doomed;
            elements->collect_indices_descending_from(new_length, doomed);
            for (std::uint32_t index : doomed) {
                if (!(elements->get(index)->attributes & kConfigurable)) {
                    new_length_descriptor.value = Value(static_cast<double>(index) + 1);
                    if (!new_writable) new_length_descriptor.writable = false;
                    TRY(ordinary_define_own_property(vm, length_key, new_length_descriptor));
                    return false;
                }
                elements->remove(index);
            }
        }
    }
    // 18. If newWritable is false, set [[Writable]] of "length" to false.
    if (!new_writable) {
        PropertyDescriptor read_only;
        read_only.writable = false;
        TRY(ordinary_define_own_property(vm, length_key, read_only));
    }
    return true;
}

} // namespace yjs
