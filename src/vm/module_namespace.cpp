#include "vm/module_namespace.h"

#include "runtime/abstract_ops.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "vm/environment.h"
#include "vm/module.h"

#include <algorithm>

namespace yjs {

ModuleNamespaceObject* ModuleNamespaceObject::create(VM& vm, SourceTextModule* module,
                                                     std::vector<Export> exports, bool deferred) {
    // [[Exports]] is sorted as Array.prototype.sort would sort the names: by code units.
    std::sort(exports.begin(), exports.end(),
              [](const Export& a, const Export& b) { return a.name->compare(b.name) < 0; });
    auto* object = vm.heap().allocate<ModuleNamespaceObject>(Shape::create_root(vm, nullptr), module,
                                                             std::move(exports), deferred);
    object->define_direct_property(vm, PropertyKey::from_symbol(vm.well_known_symbols().toStringTag),
                                   Value(JSString::from_ascii(vm, deferred ? "Deferred Module" : "Module")),
                                   0);
    object->ordinary_prevent_extensions(vm);
    return object;
}

ModuleNamespaceObject::ModuleNamespaceObject(Shape* shape, SourceTextModule* module,
                                             std::vector<Export> exports, bool deferred)
    : JSObject(shape), module_(module), exports_(std::move(exports)), deferred_(deferred) {}

void ModuleNamespaceObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(module_);
    for (const Export& entry : exports_) {
        visitor.visit(entry.name);
        visitor.visit(entry.module);
    }
}

const ModuleNamespaceObject::Export* ModuleNamespaceObject::find_export(VM& vm, PropertyKey key) const {
    if (key.is_symbol()) return nullptr;
    JSString* name = key.is_atom() ? key.as_atom() : vm.atoms().atomize(key.to_string(vm));
    for (const Export& entry : exports_)
        if (entry.name == name) return &entry;
    return nullptr;
}

bool ModuleNamespaceObject::is_symbol_like_key(VM& vm, PropertyKey key) const {
    if (key.is_symbol()) return true;
    return deferred_ && key.is_atom() && key.as_atom() == vm.names().then.as_atom();
}

ThrowCompletionOr<void> ModuleNamespaceObject::ensure_evaluated(VM& vm) {
    if (!deferred_) return {};
    return EnsureDeferredNamespaceEvaluation(vm, module_);
}

ThrowCompletionOr<JSObject*> ModuleNamespaceObject::internal_get_prototype_of(VM&) {
    return nullptr;
}

// SetImmutablePrototype: only the current prototype, null, is accepted.
ThrowCompletionOr<bool> ModuleNamespaceObject::internal_set_prototype_of(VM&, JSObject* prototype) {
    return prototype == nullptr;
}

ThrowCompletionOr<bool> ModuleNamespaceObject::internal_is_extensible(VM&) {
    return false;
}

ThrowCompletionOr<bool> ModuleNamespaceObject::internal_prevent_extensions(VM&) {
    return true;
}

ThrowCompletionOr<std::optional<PropertyDescriptor>>
ModuleNamespaceObject::internal_get_own_property(VM& vm, PropertyKey key) {
    if (is_symbol_like_key(vm, key)) return ordinary_get_own_property(vm, key);
    TRY(ensure_evaluated(vm));
    if (!find_export(vm, key)) return std::optional<PropertyDescriptor>{};
    Value value = TRY(internal_get(vm, key, Value(this)));
    return std::optional<PropertyDescriptor>{PropertyDescriptor::data(value, kWritable | kEnumerable)};
}

ThrowCompletionOr<bool>
ModuleNamespaceObject::internal_define_own_property(VM& vm, PropertyKey key,
                                                    const PropertyDescriptor& descriptor) {
    if (is_symbol_like_key(vm, key)) return ordinary_define_own_property(vm, key, descriptor);
    std::optional<PropertyDescriptor> current = TRY(internal_get_own_property(vm, key));
    if (!current) return false;
    if (descriptor.configurable.value_or(false)) return false;
    if (descriptor.enumerable && !*descriptor.enumerable) return false;
    if (descriptor.is_accessor_descriptor()) return false;
    if (descriptor.writable && !*descriptor.writable) return false;
    if (descriptor.value) return SameValue(*descriptor.value, *current->value);
    return true;
}

ThrowCompletionOr<bool> ModuleNamespaceObject::internal_has_property(VM& vm, PropertyKey key) {
    if (is_symbol_like_key(vm, key)) return ordinary_has_property(vm, key);
    TRY(ensure_evaluated(vm));
    return find_export(vm, key) != nullptr;
}

ThrowCompletionOr<Value> ModuleNamespaceObject::internal_get(VM& vm, PropertyKey key, Value receiver) {
    if (is_symbol_like_key(vm, key)) return ordinary_get(vm, key, receiver);
    TRY(ensure_evaluated(vm));
    const Export* entry = find_export(vm, key);
    if (!entry) return Value::undefined();
    if (entry->is_namespace) return Value(TRY(GetModuleNamespace(vm, entry->module)));
    DeclarativeEnvironment* environment = entry->module->environment();
    Value value = environment ? ReadModuleBinding(environment->slot(entry->slot)) : Value::empty();
    if (value.is_empty())
        return vm.throw_reference_error("Cannot access '" + entry->name->to_utf8() +
                                        "' before initialization");
    return value;
}

ThrowCompletionOr<bool> ModuleNamespaceObject::internal_set(VM&, PropertyKey, Value, Value) {
    return false;
}

ThrowCompletionOr<bool> ModuleNamespaceObject::internal_delete(VM& vm, PropertyKey key) {
    if (is_symbol_like_key(vm, key)) return ordinary_delete(vm, key);
    TRY(ensure_evaluated(vm));
    return find_export(vm, key) == nullptr;
}

ThrowCompletionOr<void> ModuleNamespaceObject::internal_own_property_keys(VM& vm, MarkedKeyVector& keys) {
    TRY(ensure_evaluated(vm));
    for (const Export& entry : exports_)
        keys.push_back(PropertyKey::from_string(vm, entry.name));
    ordinary_own_property_keys(vm, keys);
    return {};
}

} // namespace yjs
