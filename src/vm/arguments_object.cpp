#include "vm/arguments_object.h"

#include "runtime/abstract_ops.h"
#include "runtime/indexed_properties.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/js_function.h"

#include <algorithm>

namespace yjs {

namespace {

ArgumentsObject* create_basic(VM& vm, std::span<const Value> arguments) {
    Realm& realm = vm.current_realm();
    auto* object = vm.heap().allocate<ArgumentsObject>(
        Shape::create_root(vm, realm.intrinsic(Intrinsic::ObjectPrototype)));
    const CommonNames& names = vm.names();
    object->define_direct_property(vm, names.length, Value(static_cast<double>(arguments.size())),
                                   kWritable | kConfigurable);
    for (std::size_t i = 0; i < arguments.size(); ++i)
        object->define_direct_property(vm, PropertyKey::from_index(static_cast<std::uint32_t>(i)), arguments[i],
                                       kDefaultDataAttributes);
    if (JSObject* values = realm.intrinsic(Intrinsic::ArrayPrototypeValues))
        object->define_direct_property(vm, PropertyKey::from_symbol(vm.well_known_symbols().iterator), Value(values),
                                       kWritable | kConfigurable);
    return object;
}

} // namespace

ArgumentsObject::ArgumentsObject(Shape* shape) : JSObject(shape) {}

ArgumentsObject* ArgumentsObject::create_unmapped(VM& vm, std::span<const Value> arguments) {
    ArgumentsObject* object = create_basic(vm, arguments);
    JSObject* thrower = vm.current_realm().intrinsic(Intrinsic::ThrowTypeError);
    object->define_direct_accessor(vm, vm.names().callee, thrower, thrower, 0);
    // Without a parameter map every internal method is the ordinary one.
    object->set_ordinary_methods(true, true);
    return object;
}

ArgumentsObject* ArgumentsObject::create_mapped(VM& vm, JSFunction* callee, std::span<const Value> arguments,
                                                Value* registers, Cell* frame_owner,
                                                DeclarativeEnvironment* context) {
    ArgumentsObject* object = create_basic(vm, arguments);
    const CodeBlock* code = callee->code_block();
    const auto& locations = code->parameter_locations;
    std::size_t mapped_count = std::min(arguments.size(), locations.size());
    object->map_.resize(mapped_count);
    // Of duplicate parameter names only the last occurrence maps (the compiler marks the others).
    for (std::size_t i = 0; i < mapped_count; ++i) {
        std::uint32_t location = locations[i];
        if (location == CodeBlock::kParameterUnmapped) continue;
        Mapping& mapping = object->map_[i];
        if (location & CodeBlock::kParameterInContext) {
            mapping.kind = Mapping::Kind::ContextSlot;
            mapping.index = location & ~CodeBlock::kParameterInContext;
        } else {
            mapping.kind = Mapping::Kind::Register;
            mapping.index = location;
        }
    }
    object->registers_ = registers;
    object->frame_owner_ = frame_owner;
    object->context_ = context;
    object->define_direct_property(vm, vm.names().callee, Value(static_cast<JSObject*>(callee)),
                                   kWritable | kConfigurable);
    return object;
}

bool ArgumentsObject::is_mapped_index(PropertyKey key, Mapping** mapping) {
    if (!key.is_index()) return false;
    std::uint32_t index = key.as_index();
    if (index >= map_.size() || map_[index].kind == Mapping::Kind::None) return false;
    *mapping = &map_[index];
    return true;
}

Value ArgumentsObject::read(const Mapping& mapping) const {
    if (mapping.kind == Mapping::Kind::Register) return registers_[mapping.index];
    return context_->slot(mapping.index);
}

void ArgumentsObject::write(const Mapping& mapping, Value value) {
    if (mapping.kind == Mapping::Kind::Register) registers_[mapping.index] = value;
    else context_->slot(mapping.index) = value;
}

ThrowCompletionOr<std::optional<PropertyDescriptor>> ArgumentsObject::internal_get_own_property(VM& vm,
                                                                                                 PropertyKey key) {
    auto descriptor = ordinary_get_own_property(vm, key);
    if (!descriptor) return descriptor;
    Mapping* mapping;
    if (is_mapped_index(key, &mapping)) descriptor->value = read(*mapping);
    return descriptor;
}

ThrowCompletionOr<bool> ArgumentsObject::internal_define_own_property(VM& vm, PropertyKey key,
                                                                      const PropertyDescriptor& descriptor) {
    Mapping* mapping = nullptr;
    bool is_mapped = is_mapped_index(key, &mapping);
    PropertyDescriptor new_descriptor = descriptor;
    if (is_mapped && descriptor.is_data_descriptor() && !descriptor.value && descriptor.writable == false)
        new_descriptor.value = read(*mapping);
    if (!TRY(ordinary_define_own_property(vm, key, new_descriptor))) return false;
    if (is_mapped) {
        if (descriptor.is_accessor_descriptor()) {
            mapping->kind = Mapping::Kind::None;
        } else {
            if (descriptor.value) write(*mapping, *descriptor.value);
            if (descriptor.writable == false) mapping->kind = Mapping::Kind::None;
        }
    }
    return true;
}

ThrowCompletionOr<Value> ArgumentsObject::internal_get(VM& vm, PropertyKey key, Value receiver) {
    Mapping* mapping;
    if (is_mapped_index(key, &mapping)) return read(*mapping);
    return ordinary_get(vm, key, receiver);
}

ThrowCompletionOr<bool> ArgumentsObject::internal_set(VM& vm, PropertyKey key, Value value, Value receiver) {
    Mapping* mapping;
    if (receiver.is_object() && receiver.as_object() == this && is_mapped_index(key, &mapping))
        write(*mapping, value);
    return ordinary_set(vm, key, value, receiver);
}

ThrowCompletionOr<bool> ArgumentsObject::internal_delete(VM& vm, PropertyKey key) {
    Mapping* mapping = nullptr;
    bool is_mapped = is_mapped_index(key, &mapping);
    bool result = TRY(ordinary_delete(vm, key));
    if (result && is_mapped) mapping->kind = Mapping::Kind::None;
    return result;
}

void ArgumentsObject::detach_registers(VM& vm) {
    if (!registers_) return;
    for (std::size_t i = 0; i < map_.size(); ++i) {
        Mapping& mapping = map_[i];
        if (mapping.kind != Mapping::Kind::Register) continue;
        PropertyDescriptor descriptor;
        descriptor.value = registers_[mapping.index];
        // A mapped index is always a writable, configurable data property, so this cannot fail.
        (void)ordinary_define_own_property(vm, PropertyKey::from_index(static_cast<std::uint32_t>(i)), descriptor);
        mapping.kind = Mapping::Kind::None;
    }
    registers_ = nullptr;
    frame_owner_ = nullptr;
}

void ArgumentsObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(frame_owner_);
    visitor.visit(context_);
}

} // namespace yjs
