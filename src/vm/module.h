#pragma once
// Source Text Module Records (ECMA-262 16.2.1.6) and the Cyclic Module Record algorithms (16.2.1.5):
// loading the graph, GetExportedNames, ResolveExport, Link (InnerModuleLinking, InitializeEnvironment),
// Evaluate (InnerModuleEvaluation with the asynchronous-module machinery for top-level await), module
// namespaces, import.meta and dynamic import().
//
// The host supplies HostLoadImportedModule as HostHooks::load_imported_module (a synchronous host: the
// module is available, or the load fails, by the time the hook returns) and the import.meta properties as
// HostHooks::initialize_import_meta.
//
// A module's environment is laid out by the compiler (compiler/module_layout.h). An import binding's slot
// holds either a namespace object or an ImportBinding cell naming the exporting module and the slot of the
// exported binding in that module's environment; LdaModuleVariable reads through it (ReadModuleBinding), so
// an import always sees the exporter's current value, holes (TDZ) included.
#include "heap/cell.h"
#include "parser/import_phase.h"
#include "runtime/completion.h"
#include "runtime/value.h"
#include "vm/interpreter.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace yjs {

class CodeBlock;
class DeclarativeEnvironment;
class JSFunction;
class JSObject;
class JSString;
class ModuleLayout;
class Realm;
class VM;
struct Program;

// An ImportAttribute Record: a key and its value (atoms).
struct ImportAttributeRecord {
    JSString* key;
    JSString* value;
};

// A ModuleRequest Record (16.2.1.3): a specifier with its import attributes (atoms) and its phase.
// Static requests keep the attributes in source order, dynamic ones sorted by key; the host treats them
// as a set and ignores the phase.
struct ModuleRequestRecord {
    JSString* specifier = nullptr;
    std::vector<ImportAttributeRecord> attributes;
    ImportPhase phase = ImportPhase::Evaluation;
};

class SourceTextModule final : public Cell {
public:
    enum class Status : std::uint8_t {
        New,
        Unlinked,
        Linking,
        Linked,
        Evaluating,
        EvaluatingAsync,
        Evaluated
    };

    // An ImportEntry Record (Table 59); import_name null means namespace-object (a deferred namespace when
    // the request's phase is defer), or source when is_source is set.
    struct ImportEntry {
        std::uint32_t module_request;
        JSString* import_name; // atom, or null for `import * as` and `import source`
        JSString* local_name;  // atom
        bool is_source = false;
    };
    // An ExportEntry Record (Table 61). module_request is kNoRequest for local exports; import_name is null
    // for `export * as ns from` (all) and `export * from` (all-but-default).
    struct ExportEntry {
        JSString* export_name; // atom, or null for `export * from`
        std::uint32_t module_request;
        JSString* import_name;
        JSString* local_name; // local exports only
    };
    static constexpr std::uint32_t kNoRequest = UINT32_MAX;

    // ParseModule's record for compiled module code (the entries come from the parser's ParseModule).
    SourceTextModule(Realm* realm, CodeBlock* code);

    const char* class_name() const override { return "SourceTextModule"; }
    void visit_edges(Visitor&) override;

    Realm* realm() const { return realm_; }
    CodeBlock* code() const { return code_; }
    ModuleLayout* layout() const { return layout_; }
    // The module's location as the host names it (its source's url).
    const std::string& url() const;
    Status status() const { return status_; }
    DeclarativeEnvironment* environment() const { return environment_; }
    bool has_top_level_await() const;
    // InnerModuleLoading step 2.d: every module of the graph is loaded (new -> unlinked).
    void mark_loaded() { status_ = Status::Unlinked; }

    // CreateDefaultExportSyntheticModule(defaultExport) for a module record compiled from a body that only
    // declares and exports its `default` binding (`var value; export { value as default };`): evaluating
    // the module sets that binding to `value` (SetSyntheticModuleExport). JSON and text modules use it.
    void make_default_export_synthetic(Value value);
    bool is_synthetic() const { return synthetic_; }

    std::vector<ModuleRequestRecord> requested_modules; // in source order
    std::vector<ImportEntry> import_entries;
    std::vector<ExportEntry> local_export_entries;
    std::vector<ExportEntry> indirect_export_entries;
    std::vector<ExportEntry> star_export_entries;

    // [[LoadedModules]], parallel to requested_modules (null until loaded).
    std::vector<SourceTextModule*> loaded_modules;

private:
    friend struct ModuleOperations;

    Realm* realm_;
    CodeBlock* code_;
    ModuleLayout* layout_;
    Status status_ = Status::New;
    DeclarativeEnvironment* environment_ = nullptr;
    JSObject* namespace_ = nullptr;
    JSObject* deferred_namespace_ = nullptr;
    JSObject* import_meta_ = nullptr;
    JSFunction* body_ = nullptr; // the module body as a function closing over the environment
    bool synthetic_ = false;
    Value synthetic_default_;
    bool has_evaluation_error_ = false;
    Value evaluation_error_;
    std::uint32_t dfs_index_ = 0;
    std::uint32_t dfs_ancestor_index_ = 0;
    SourceTextModule* cycle_root_ = nullptr;
    // [[AsyncEvaluationOrder]]: 0 unset, kAsyncDone done, otherwise the order it became async.
    std::uint64_t async_evaluation_order_ = 0;
    std::uint32_t pending_async_dependencies_ = 0;
    std::optional<PromiseCapability> top_level_capability_;
    std::vector<SourceTextModule*> async_parent_modules_;
};

// What an import binding slot holds when it is bound to another module's binding (CreateImportBinding).
class ImportBinding final : public Cell {
public:
    ImportBinding(SourceTextModule* module, std::uint32_t slot) : module(module), slot(slot) {}
    const char* class_name() const override { return "ImportBinding"; }
    void visit_edges(Visitor& visitor) override { visitor.visit(module); }

    SourceTextModule* module;
    std::uint32_t slot;
};

// The value an import binding slot stands for: the exporter's binding (possibly the hole) for an
// ImportBinding, otherwise the slot's own value (a namespace object).
Value ReadModuleBinding(Value slot_value);

// ParseModule's last step: the module record for `code`, the compiled form of the module `program`, with
// the program's module requests and import/export entries. Records the module in its SourceCode.
SourceTextModule* CreateSourceTextModule(VM&, Realm&, CodeBlock* code, const Program& program);

// LoadRequestedModules() for a synchronous host: loads every module the graph of `module` requests
// (HostLoadImportedModule through the host hook). Throws the first load error.
ThrowCompletionOr<void> LoadRequestedModules(VM&, SourceTextModule*);
// Link() (16.2.1.5.1): throws a SyntaxError for an unresolvable or ambiguous import.
ThrowCompletionOr<void> Link(VM&, SourceTextModule*);
// Evaluate() (16.2.1.5.3): the promise for the evaluation of the module and its dependencies.
ThrowCompletionOr<JSObject*> Evaluate(VM&, SourceTextModule*);
// GetModuleNamespace(module, phase) (16.2.1.12): the module namespace, or with phase defer its deferred
// namespace (import-defer), a distinct object whose first string-keyed access evaluates the module.
ThrowCompletionOr<JSObject*> GetModuleNamespace(VM&, SourceTextModule*,
                                                ImportPhase phase = ImportPhase::Evaluation);
// The import-defer proposal's evaluation of a deferred namespace's module (GetModuleExportsList step 1):
// a TypeError when the module cannot be evaluated synchronously now (ReadyForSyncExecution is false),
// otherwise EvaluateSync(module), which throws its evaluation error.
ThrowCompletionOr<void> EnsureDeferredNamespaceEvaluation(VM&, SourceTextModule*);

// import(specifier, options), import.defer(...) and import.source(...) once both operands are evaluated
// (EvaluateImportCall, 13.3.10.1, from step 5): the promise. `referrer_url` locates the script or module
// whose code made the call.
ThrowCompletionOr<Value> EvaluateImportCall(VM&, const std::string& referrer_url, Value specifier,
                                            Value options, ImportPhase phase);
// import.meta (13.3.12.1) for code of `module`.
ThrowCompletionOr<JSObject*> GetImportMeta(VM&, SourceTextModule*);

} // namespace yjs
