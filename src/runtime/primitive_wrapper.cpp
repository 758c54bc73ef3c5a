#include "runtime/primitive_wrapper.h"

#include "runtime/abstract_ops.h"
#include "runtime/indexed_properties.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cassert>
#include <vector>

namespace yjs {

PrimitiveWrapper* PrimitiveWrapper::create(VM& vm, Value primitive, JSObject* prototype) {
    assert(!primitive.is_string());
    return vm.heap().allocate<PrimitiveWrapper>(Shape::create_root(vm, prototype), primitive);
}

PrimitiveWrapper::PrimitiveWrapper(Shape* shape, Value primitive) : JSObject(shape), primitive_(primitive) {
    set_ordinary_methods(true, true);
}

BuiltinTag PrimitiveWrapper::builtin_tag() const {
    if (primitive_.is_boolean()) return BuiltinTag::Boolean;
    if (primitive_.is_number()) return BuiltinTag::Number;
    if (primitive_.is_string()) return BuiltinTag::String;
    return BuiltinTag::Object;
}

void PrimitiveWrapper::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(primitive_);
}

StringObject* StringObject::create(VM& vm, JSString* value, JSObject* prototype) {
    auto* object = vm.heap().allocate<StringObject>(Shape::create_root(vm, prototype), value);
    // StringCreate: DefinePropertyOrThrow(S, "length", { length, W: false, E: false, C: false }).
    object->define_direct_property(vm, vm.names().length, Value(static_cast<double>(value->length())), 0);
    return object;
}

StringObject::StringObject(Shape* shape, JSString* value) : PrimitiveWrapper(shape, Value(value)) {
    set_ordinary_methods(false, false);
}

std::optional<PropertyDescriptor> StringObject::string_get_own_property(VM& vm, PropertyKey key) {
    // Only canonical numeric strings that are integers in [0, length) qualify, and those are array indices.
    if (!key.is_index()) return std::nullopt;
    JSString* str = string();
    std::uint32_t index = key.as_index();
    if (index >= str->length()) return std::nullopt;
    JSString* character = JSString::substring(vm, str, index, index + 1);
    return PropertyDescriptor::data(character, kEnumerable);
}

ThrowCompletionOr<std::optional<PropertyDescriptor>>
StringObject::internal_get_own_property(VM& vm, PropertyKey key) {
    auto desc = ordinary_get_own_property(vm, key);
    if (desc) return desc;
    return string_get_own_property(vm, key);
}

ThrowCompletionOr<bool> StringObject::internal_define_own_property(VM& vm, PropertyKey key,
                                                                   const PropertyDescriptor& desc) {
    auto string_desc = string_get_own_property(vm, key);
    if (string_desc) return IsCompatiblePropertyDescriptor(extensible(), desc, string_desc);
    return ordinary_define_own_property(vm, key, desc);
}

ThrowCompletionOr<void> StringObject::internal_own_property_keys(VM& vm, MarkedKeyVector& keys) {
    std::uint32_t length = string()->length();
    keys.reserve(keys.size() + length);
    for (std::uint32_t i = 0; i < length; ++i)
        keys.push_back(PropertyKey::from_index(i));
    // Own index properties beyond the string (the ones below it cannot exist), then strings and symbols.
    MarkedKeyVector own(vm.heap());
    ordinary_own_property_keys(vm, own);
    for (PropertyKey key : own) {
        if (key.is_index() && key.as_index() < length) continue;
        keys.push_back(key);
    }
    return {};
}

} // namespace yjs
