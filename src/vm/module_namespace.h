#pragma once
// Module namespace exotic objects (ECMA-262 10.4.6): the object `import * as ns` and import() produce. Its
// string-keyed properties are the module's exports, sorted by code units, each read through the exporting
// module's binding on every access; it has a null prototype, is not extensible, and has @@toStringTag
// "Module".
//
// A deferred namespace (import-defer: `import defer * as ns`, `import.defer()`) is a second namespace
// object of the module, with @@toStringTag "Deferred Module": the string-keyed internal methods other than
// [[Set]] first evaluate the module synchronously (GetModuleExportsList), except for "then", which, like a
// symbol, is an ordinary property key of it.
#include "runtime/object.h"

#include <vector>

namespace yjs {

class SourceTextModule;
class JSString;

class ModuleNamespaceObject final : public JSObject {
public:
    // One name of [[Exports]] with its resolution (ResolveExport is stable once the graph is loaded).
    struct Export {
        JSString* name;           // atom
        SourceTextModule* module; // the module that owns the binding
        std::uint32_t slot;       // the binding's slot in that module's environment
        bool is_namespace;        // the binding is that module's namespace (export * as ns)
    };

    // ModuleNamespaceCreate(module, exports, phase) (10.4.6.12); `exports` in any order.
    static ModuleNamespaceObject* create(VM&, SourceTextModule* module, std::vector<Export> exports,
                                         bool deferred);
    ModuleNamespaceObject(Shape*, SourceTextModule* module, std::vector<Export> exports, bool deferred);

    const char* class_name() const override { return "Module"; }
    void visit_edges(Visitor&) override;

    ThrowCompletionOr<JSObject*> internal_get_prototype_of(VM&) override;
    ThrowCompletionOr<bool> internal_set_prototype_of(VM&, JSObject* prototype) override;
    ThrowCompletionOr<bool> internal_is_extensible(VM&) override;
    ThrowCompletionOr<bool> internal_prevent_extensions(VM&) override;
    ThrowCompletionOr<std::optional<PropertyDescriptor>> internal_get_own_property(VM&, PropertyKey) override;
    ThrowCompletionOr<bool> internal_define_own_property(VM&, PropertyKey,
                                                         const PropertyDescriptor&) override;
    ThrowCompletionOr<bool> internal_has_property(VM&, PropertyKey) override;
    ThrowCompletionOr<Value> internal_get(VM&, PropertyKey, Value receiver) override;
    ThrowCompletionOr<bool> internal_set(VM&, PropertyKey, Value value, Value receiver) override;
    ThrowCompletionOr<bool> internal_delete(VM&, PropertyKey) override;
    ThrowCompletionOr<void> internal_own_property_keys(VM&, MarkedKeyVector& keys) override;

private:
    const Export* find_export(VM&, PropertyKey) const;
    // IsSymbolLikeNamespaceKey(P, O).
    bool is_symbol_like_key(VM&, PropertyKey) const;
    // GetModuleExportsList(O) step 1: a deferred namespace's module is evaluated first.
    ThrowCompletionOr<void> ensure_evaluated(VM&);

    SourceTextModule* module_;
    std::vector<Export> exports_;
    bool deferred_;
};

} // namespace yjs
