#include "vm/module.h"

#include "compiler/module_layout.h"
#include "runtime/abstract_ops.h"
#include "runtime/promise.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/js_function.h"
#include "vm/module_namespace.h"

#include <algorithm>
#include <atomic>

namespace yjs {

namespace {

constexpr std::uint64_t kAsyncDone = UINT64_MAX;

// IncrementModuleAsyncEvaluationCount().
std::uint64_t next_async_evaluation_order() {
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
}

std::string quoted(JSString* name) {
    return "'" + name->to_utf8() + "'";
}

} // namespace

SourceTextModule::SourceTextModule(Realm* realm, CodeBlock* code)
    : realm_(realm), code_(code), layout_(module_layout(*code)) {}

const std::string& SourceTextModule::url() const {
    return code_->source->url;
}

bool SourceTextModule::has_top_level_await() const {
    return code_->function_kind == FunctionKind::Async;
}

void SourceTextModule::visit_edges(Visitor& visitor) {
    visitor.visit(realm_);
    visitor.visit(code_);
    visitor.visit(layout_);
    for (const ModuleRequestRecord& request : requested_modules) {
        visitor.visit(request.specifier);
        for (const ImportAttributeRecord& attribute : request.attributes) {
            visitor.visit(attribute.key);
            visitor.visit(attribute.value);
        }
    }
    visitor.visit(synthetic_default_);
    for (const ImportEntry& entry : import_entries) {
        visitor.visit(entry.import_name);
        visitor.visit(entry.local_name);
    }
    for (const auto* entries : {&local_export_entries, &indirect_export_entries, &star_export_entries}) {
        for (const ExportEntry& entry : *entries) {
            visitor.visit(entry.export_name);
            visitor.visit(entry.import_name);
            visitor.visit(entry.local_name);
        }
    }
    for (SourceTextModule* module : loaded_modules)
        visitor.visit(module);
    visitor.visit(environment_);
    visitor.visit(namespace_);
    visitor.visit(deferred_namespace_);
    visitor.visit(import_meta_);
    visitor.visit(body_);
    visitor.visit(evaluation_error_);
    visitor.visit(cycle_root_);
    if (top_level_capability_) {
        visitor.visit(top_level_capability_->promise);
        visitor.visit(top_level_capability_->resolve);
        visitor.visit(top_level_capability_->reject);
    }
    for (SourceTextModule* module : async_parent_modules_)
        visitor.visit(module);
}

void SourceTextModule::make_default_export_synthetic(Value value) {
    synthetic_ = true;
    synthetic_default_ = value;
}

Value ReadModuleBinding(Value slot_value) {
    if (!slot_value.is_internal_cell()) return slot_value;
    auto* binding = dynamic_cast<ImportBinding*>(slot_value.as_cell());
    if (!binding) return slot_value;
    return binding->module->environment()->slot(binding->slot);
}

// The abstract operations, with access to the record's internal slots.
struct ModuleOperations {
    // A ResolvedBinding Record, or null / ambiguous.
    struct Resolution {
        enum class Kind : std::uint8_t { Null, Ambiguous, Binding } kind = Kind::Null;
        SourceTextModule* module = nullptr;
        JSString* binding_name = nullptr; // null: NAMESPACE
    };
    struct ResolveSetEntry {
        SourceTextModule* module;
        JSString* export_name;
    };

    static SourceTextModule* GetImportedModule(SourceTextModule* module, std::uint32_t request) {
        return module->loaded_modules[request];
    }

    // GetExportedNames([exportStarSet]) (16.2.1.6.2).
    static ThrowCompletionOr<void> GetExportedNames(VM& vm, SourceTextModule* module,
                                                    std::vector<SourceTextModule*>& export_star_set,
                                                    std::vector<JSString*>& exported_names) {
        TRY(vm.check_native_stack());
        // 2-3. A module seen before is part of a cycle of star exports.
        if (std::find(export_star_set.begin(), export_star_set.end(), module) != export_star_set.end())
            return {};
        export_star_set.push_back(module);
        for (const auto& entry : module->local_export_entries)
            exported_names.push_back(entry.export_name);
        for (const auto& entry : module->indirect_export_entries)
            exported_names.push_back(entry.export_name);
        for (const auto& entry : module->star_export_entries) {
            SourceTextModule* requested = GetImportedModule(module, entry.module_request);
            std::vector<JSString*> star_names;
            TRY(GetExportedNames(vm, requested, export_star_set, star_names));
            for (JSString* name : star_names) {
                if (name == vm.names().default_.as_atom()) continue;
                if (std::find(exported_names.begin(), exported_names.end(), name) == exported_names.end())
                    exported_names.push_back(name);
            }
        }
        return {};
    }

    // ResolveExport(exportName [, resolveSet]) (16.2.1.6.3).
    static ThrowCompletionOr<Resolution> ResolveExport(VM& vm, SourceTextModule* module,
                                                       JSString* export_name,
                                                       std::vector<ResolveSetEntry>& resolve_set) {
        TRY(vm.check_native_stack());
        // 2. A circular import request.
        for (const ResolveSetEntry& entry : resolve_set)
            if (entry.module == module && entry.export_name == export_name) return Resolution{};
        resolve_set.push_back({module, export_name});
        for (const auto& entry : module->local_export_entries)
            if (entry.export_name == export_name)
                return Resolution{Resolution::Kind::Binding, module, entry.local_name};
        for (const auto& entry : module->indirect_export_entries) {
            if (entry.export_name != export_name) continue;
            SourceTextModule* imported = GetImportedModule(module, entry.module_request);
            if (!entry.import_name) return Resolution{Resolution::Kind::Binding, imported, nullptr};
            return ResolveExport(vm, imported, entry.import_name, resolve_set);
        }
        // 6. A default export cannot be provided by export * from.
        if (export_name == vm.names().default_.as_atom()) return Resolution{};
        Resolution star_resolution;
        for (const auto& entry : module->star_export_entries) {
            SourceTextModule* imported = GetImportedModule(module, entry.module_request);
            Resolution resolution = TRY(ResolveExport(vm, imported, export_name, resolve_set));
            if (resolution.kind == Resolution::Kind::Ambiguous) return resolution;
            if (resolution.kind == Resolution::Kind::Null) continue;
            if (star_resolution.kind == Resolution::Kind::Null) {
                star_resolution = resolution;
                continue;
            }
            if (resolution.module != star_resolution.module ||
                resolution.binding_name != star_resolution.binding_name)
                return Resolution{Resolution::Kind::Ambiguous};
        }
        return star_resolution;
    }

    static ThrowCompletionOr<Resolution> ResolveExport(VM& vm, SourceTextModule* module,
                                                       JSString* export_name) {
        std::vector<ResolveSetEntry> resolve_set;
        return ResolveExport(vm, module, export_name, resolve_set);
    }

    static ThrowCompletion unresolvable(VM& vm, SourceTextModule* importer, std::uint32_t request,
                                        JSString* name, bool ambiguous) {
        std::string specifier = quoted(importer->requested_modules[request].specifier);
        if (ambiguous)
            return vm.throw_syntax_error("The requested module " + specifier +
                                         " contains conflicting star exports for name " + quoted(name));
        return vm.throw_syntax_error("The requested module " + specifier +
                                     " does not provide an export named " + quoted(name));
    }

    // The slot of local binding `name` in the module's environment.
    static std::uint32_t local_slot(SourceTextModule* module, JSString* name) {
        const ScopeInfo::Binding* binding = module->layout_->environment->find_binding(name);
        return binding->slot;
    }

    // InitializeEnvironment() (16.2.1.6.4), with the environment laid out as compiler/module_layout.h says.
    static ThrowCompletionOr<void> InitializeEnvironment(VM& vm, SourceTextModule* module) {
        // 1. Every indirect export must resolve.
        for (const auto& entry : module->indirect_export_entries) {
            Resolution resolution = TRY(ResolveExport(vm, module, entry.export_name));
            if (resolution.kind != Resolution::Kind::Binding)
                return unresolvable(vm, module, entry.module_request,
                                    entry.import_name ? entry.import_name : entry.export_name,
                                    resolution.kind == Resolution::Kind::Ambiguous);
        }
        Realm* saved_realm = &vm.current_realm();
        vm.set_current_realm(module->realm_);
        ThrowCompletionOr<void> result = initialize_bindings(vm, module);
        vm.set_current_realm(saved_realm);
        return result;
    }

    static ThrowCompletionOr<void> initialize_bindings(VM& vm, SourceTextModule* module) {
        ModuleLayout& layout = *module->layout_;
        // 3-6. The module environment, its slots holes.
        DeclarativeEnvironment* environment =
            DeclarativeEnvironment::create(vm, layout.environment, module->realm_->global_environment());
        module->environment_ = environment;
        // 7. Import bindings.
        for (const ModuleLayout::Import& import : layout.imports) {
            const auto& entry = module->import_entries[import.import_entry];
            SourceTextModule* imported = GetImportedModule(module, entry.module_request);
            if (entry.is_source) return GetModuleSource(vm, imported);
            if (!entry.import_name) {
                ImportPhase phase = module->requested_modules[entry.module_request].phase;
                environment->slot(import.slot) = Value(TRY(GetModuleNamespace(vm, imported, phase)));
                continue;
            }
            Resolution resolution = TRY(ResolveExport(vm, imported, entry.import_name));
            if (resolution.kind != Resolution::Kind::Binding)
                return unresolvable(vm, module, entry.module_request, entry.import_name,
                                    resolution.kind == Resolution::Kind::Ambiguous);
            if (!resolution.binding_name) {
                environment->slot(import.slot) = Value(TRY(GetModuleNamespace(vm, resolution.module)));
                continue;
            }
            auto* binding = vm.heap().allocate<ImportBinding>(
                resolution.module, local_slot(resolution.module, resolution.binding_name));
            environment->slot(import.slot) = Value::internal_cell(binding);
        }
        // 21-24. var bindings start undefined, functions are instantiated, lexical bindings stay holes.
        for (std::uint32_t slot : layout.var_slots)
            environment->slot(slot) = Value::undefined();
        for (const ModuleLayout::Function& function : layout.functions)
            environment->slot(function.slot) = Value(JSFunction::create(vm, function.code, environment));
        module->body_ = JSFunction::create(vm, module->code_, environment);
        return {};
    }

    // GetModuleSource() (source-phase imports): a Source Text Module Record, like the JSON and text modules
    // of this host, has no source representation.
    static ThrowCompletion GetModuleSource(VM& vm, SourceTextModule* module) {
        return vm.throw_syntax_error("Source phase import object is not available for module '" +
                                     module->url() + "'");
    }

    // InnerModuleLinking(module, stack, index) (16.2.1.5.1.1).
    static ThrowCompletionOr<std::uint32_t> InnerModuleLinking(VM& vm, SourceTextModule* module,
                                                               std::vector<SourceTextModule*>& stack,
                                                               std::uint32_t index) {
        TRY(vm.check_native_stack());
        using Status = SourceTextModule::Status;
        if (module->status_ != Status::Unlinked) return index;
        module->status_ = Status::Linking;
        module->dfs_index_ = index;
        module->dfs_ancestor_index_ = index;
        ++index;
        stack.push_back(module);
        for (std::uint32_t request = 0; request < module->requested_modules.size(); ++request) {
            // A module imported only for its source is not linked.
            if (module->requested_modules[request].phase == ImportPhase::Source) continue;
            SourceTextModule* required = GetImportedModule(module, request);
            index = TRY(InnerModuleLinking(vm, required, stack, index));
            if (required->status_ == Status::Linking)
                module->dfs_ancestor_index_ =
                    std::min(module->dfs_ancestor_index_, required->dfs_ancestor_index_);
        }
        TRY(InitializeEnvironment(vm, module));
        if (module->dfs_ancestor_index_ == module->dfs_index_) {
            while (true) {
                SourceTextModule* required = stack.back();
                stack.pop_back();
                required->status_ = Status::Linked;
                if (required == module) break;
            }
        }
        return index;
    }

    // InnerModuleEvaluation(module, stack, index) (16.2.1.5.3.1).
    static ThrowCompletionOr<std::uint32_t> InnerModuleEvaluation(VM& vm, SourceTextModule* module,
                                                                  std::vector<SourceTextModule*>& stack,
                                                                  std::uint32_t index) {
        TRY(vm.check_native_stack());
        using Status = SourceTextModule::Status;
        if (module->status_ == Status::EvaluatingAsync || module->status_ == Status::Evaluated) {
            if (!module->has_evaluation_error_) return index;
            return vm.throw_value(module->evaluation_error_);
        }
        if (module->status_ == Status::Evaluating) return index;
        module->status_ = Status::Evaluating;
        module->dfs_index_ = index;
        module->dfs_ancestor_index_ = index;
        module->pending_async_dependencies_ = 0;
        ++index;
        stack.push_back(module);
        // The modules to evaluate: each request's module, except that a deferred request contributes only
        // its asynchronous transitive dependencies (import-defer).
        std::vector<SourceTextModule*> evaluation_list;
        auto append = [&](SourceTextModule* required) {
            if (std::find(evaluation_list.begin(), evaluation_list.end(), required) == evaluation_list.end())
                evaluation_list.push_back(required);
        };
        for (std::uint32_t request = 0; request < module->requested_modules.size(); ++request) {
            ImportPhase phase = module->requested_modules[request].phase;
            if (phase == ImportPhase::Source) continue;
            SourceTextModule* required = GetImportedModule(module, request);
            if (phase == ImportPhase::Defer) {
                std::vector<SourceTextModule*> seen;
                std::vector<SourceTextModule*> additional_modules;
                TRY(GatherAsynchronousTransitiveDependencies(vm, required, seen, additional_modules));
                for (SourceTextModule* additional : additional_modules)
                    append(additional);
            } else {
                append(required);
            }
        }
        for (SourceTextModule* required : evaluation_list) {
            index = TRY(InnerModuleEvaluation(vm, required, stack, index));
            if (required->status_ == Status::Evaluating) {
                module->dfs_ancestor_index_ =
                    std::min(module->dfs_ancestor_index_, required->dfs_ancestor_index_);
            } else {
                required = required->cycle_root_;
                if (required->has_evaluation_error_) return vm.throw_value(required->evaluation_error_);
            }
            if (is_async_evaluation(required)) {
                ++module->pending_async_dependencies_;
                required->async_parent_modules_.push_back(module);
            }
        }
        if (module->pending_async_dependencies_ > 0 || module->has_top_level_await()) {
            module->async_evaluation_order_ = next_async_evaluation_order();
            if (module->pending_async_dependencies_ == 0) TRY(ExecuteAsyncModule(vm, module));
        } else {
            TRY(ExecuteModule(vm, module));
        }
        if (module->dfs_ancestor_index_ == module->dfs_index_) {
            while (true) {
                SourceTextModule* required = stack.back();
                stack.pop_back();
                required->status_ =
                    is_async_evaluation(required) ? Status::EvaluatingAsync : Status::Evaluated;
                required->cycle_root_ = module;
                if (required == module) break;
            }
        }
        return index;
    }

    // IsModuleSCCEvaluated(module) (import-defer): the module's strongly connected component is evaluated
    // (a module evaluated before the top-level await of its cycle root completed is not).
    static bool IsModuleSCCEvaluated(SourceTextModule* module) {
        if (module->cycle_root_) return module->cycle_root_->status_ == SourceTextModule::Status::Evaluated;
        return module->status_ == SourceTextModule::Status::Evaluated;
    }

    // GatherAsynchronousTransitiveDependencies(module, seen) (import-defer): appends to `result` (once each)
    // the modules with top-level await that evaluating `module` would start, in request order.
    static ThrowCompletionOr<void>
    GatherAsynchronousTransitiveDependencies(VM& vm, SourceTextModule* module,
                                             std::vector<SourceTextModule*>& seen,
                                             std::vector<SourceTextModule*>& result) {
        using Status = SourceTextModule::Status;
        TRY(vm.check_native_stack());
        if (std::find(seen.begin(), seen.end(), module) != seen.end()) return {};
        seen.push_back(module);
        if (module->status_ == Status::Evaluating || IsModuleSCCEvaluated(module)) return {};
        if (module->has_top_level_await()) {
            if (std::find(result.begin(), result.end(), module) == result.end()) result.push_back(module);
            return {};
        }
        for (std::uint32_t request = 0; request < module->requested_modules.size(); ++request) {
            if (module->requested_modules[request].phase == ImportPhase::Source) continue;
            TRY(GatherAsynchronousTransitiveDependencies(vm, GetImportedModule(module, request), seen,
                                                         result));
        }
        return {};
    }

    // ReadyForSyncExecution(module, seen) (import-defer).
    static ThrowCompletionOr<bool> ReadyForSyncExecution(VM& vm, SourceTextModule* module,
                                                         std::vector<SourceTextModule*>& seen) {
        using Status = SourceTextModule::Status;
        TRY(vm.check_native_stack());
        if (std::find(seen.begin(), seen.end(), module) != seen.end()) return true;
        seen.push_back(module);
        if (IsModuleSCCEvaluated(module)) return true;
        if (module->status_ == Status::Evaluating || module->status_ == Status::EvaluatingAsync) return false;
        if (module->has_top_level_await()) return false;
        for (std::uint32_t request = 0; request < module->requested_modules.size(); ++request) {
            if (module->requested_modules[request].phase == ImportPhase::Source) continue;
            if (!TRY(ReadyForSyncExecution(vm, GetImportedModule(module, request), seen))) return false;
        }
        return true;
    }

    static ThrowCompletionOr<void> ignore_settlement(VM&, Cell*, Value, bool) { return {}; }

    static ThrowCompletionOr<void> EnsureDeferredNamespaceEvaluation(VM& vm, SourceTextModule* module) {
        std::vector<SourceTextModule*> seen;
        if (module->status_ != SourceTextModule::Status::Evaluated &&
            !TRY(ReadyForSyncExecution(vm, module, seen)))
            return vm.throw_type_error("Cannot evaluate the deferred module '" + module->url() +
                                       "' synchronously now");
        // EvaluateSync(module): its promise is settled once Evaluate() returns.
        auto* promise = static_cast<PromiseObject*>(TRY(Evaluate(vm, module)));
        if (promise->state() != PromiseState::Rejected) return {};
        PerformPromiseThen(vm, promise, ignore_settlement, nullptr);
        return vm.throw_value(promise->result());
    }

    static bool is_async_evaluation(SourceTextModule* module) {
        return module->async_evaluation_order_ != 0 && module->async_evaluation_order_ != kAsyncDone;
    }

    // ExecuteModule() of a module without top-level await (16.2.1.6.5).
    static ThrowCompletionOr<void> ExecuteModule(VM& vm, SourceTextModule* module) {
        if (module->synthetic_) {
            // SetSyntheticModuleExport(module, "default", value).
            const auto& entry = module->local_export_entries.front();
            module->environment_->slot(local_slot(module, entry.local_name)) = module->synthetic_default_;
            return {};
        }
        TRY(vm.interpreter().call(module->body_, Value::undefined(), {}));
        return {};
    }

    // ExecuteAsyncModule(module) (16.2.1.5.3.4): runs the body as an async function whose promise settles
    // when the body completes.
    static ThrowCompletionOr<void> ExecuteAsyncModule(VM& vm, SourceTextModule* module) {
        Value promise = TRY(vm.interpreter().call(module->body_, Value::undefined(), {}));
        PerformPromiseThen(vm, static_cast<PromiseObject*>(promise.as_object()), async_module_settled,
                           module);
        return {};
    }

    static ThrowCompletionOr<void> async_module_settled(VM& vm, Cell* context, Value value, bool rejected) {
        auto* module = static_cast<SourceTextModule*>(context);
        if (rejected) return AsyncModuleExecutionRejected(vm, module, value);
        return AsyncModuleExecutionFulfilled(vm, module);
    }

    // GatherAvailableAncestors(module, execList) (16.2.1.5.3.5).
    static void GatherAvailableAncestors(SourceTextModule* module,
                                         std::vector<SourceTextModule*>& exec_list) {
        for (SourceTextModule* parent : module->async_parent_modules_) {
            if (std::find(exec_list.begin(), exec_list.end(), parent) != exec_list.end()) continue;
            if (parent->cycle_root_->has_evaluation_error_) continue;
            if (--parent->pending_async_dependencies_ == 0) {
                exec_list.push_back(parent);
                if (!parent->has_top_level_await()) GatherAvailableAncestors(parent, exec_list);
            }
        }
    }

    static ThrowCompletionOr<void> resolve_top_level(VM& vm, SourceTextModule* module) {
        if (!module->top_level_capability_) return {};
        TRY(Call(vm, Value(module->top_level_capability_->resolve), Value::undefined(),
                 std::span<const Value>{}));
        return {};
    }

    // AsyncModuleExecutionFulfilled(module) (16.2.1.5.3.6).
    static ThrowCompletionOr<void> AsyncModuleExecutionFulfilled(VM& vm, SourceTextModule* module) {
        using Status = SourceTextModule::Status;
        if (module->status_ == Status::Evaluated) return {};
        module->async_evaluation_order_ = kAsyncDone;
        module->status_ = Status::Evaluated;
        TRY(resolve_top_level(vm, module));
        std::vector<SourceTextModule*> exec_list;
        GatherAvailableAncestors(module, exec_list);
        std::sort(exec_list.begin(), exec_list.end(), [](SourceTextModule* a, SourceTextModule* b) {
            return a->async_evaluation_order_ < b->async_evaluation_order_;
        });
        for (SourceTextModule* ancestor : exec_list) {
            if (ancestor->status_ == Status::Evaluated) continue;
            if (ancestor->has_top_level_await()) {
                TRY(ExecuteAsyncModule(vm, ancestor));
                continue;
            }
            if (ExecuteModule(vm, ancestor).is_error()) {
                TRY(AsyncModuleExecutionRejected(vm, ancestor, vm.take_exception()));
                continue;
            }
            ancestor->async_evaluation_order_ = kAsyncDone;
            ancestor->status_ = Status::Evaluated;
            TRY(resolve_top_level(vm, ancestor));
        }
        return {};
    }

    // AsyncModuleExecutionRejected(module, error) (16.2.1.5.3.7).
    static ThrowCompletionOr<void> AsyncModuleExecutionRejected(VM& vm, SourceTextModule* module,
                                                                Value error) {
        using Status = SourceTextModule::Status;
        TRY(vm.check_native_stack());
        if (module->status_ == Status::Evaluated) return {};
        module->has_evaluation_error_ = true;
        module->evaluation_error_ = error;
        module->status_ = Status::Evaluated;
        module->async_evaluation_order_ = kAsyncDone;
        // The module's own promise is rejected before its importers' (the order test262 checks, in
        // rejection-order.js; earlier editions rejected the importers first).
        if (module->top_level_capability_) {
            Value argument[] = {error};
            TRY(Call(vm, Value(module->top_level_capability_->reject), Value::undefined(), argument));
        }
        for (SourceTextModule* parent : module->async_parent_modules_)
            TRY(AsyncModuleExecutionRejected(vm, parent, error));
        return {};
    }

    static ThrowCompletionOr<void> Link(VM& vm, SourceTextModule* module) {
        std::vector<SourceTextModule*> stack;
        auto result = InnerModuleLinking(vm, module, stack, 0);
        if (result.is_error()) {
            for (SourceTextModule* linking : stack) {
                linking->status_ = SourceTextModule::Status::Unlinked;
                linking->environment_ = nullptr;
                linking->body_ = nullptr;
            }
            return kThrowCompletion;
        }
        return {};
    }

    static ThrowCompletionOr<JSObject*> Evaluate(VM& vm, SourceTextModule* module) {
        using Status = SourceTextModule::Status;
        // 2. A module evaluated before is represented by the root of its cycle.
        if ((module->status_ == Status::EvaluatingAsync || module->status_ == Status::Evaluated) &&
            module->cycle_root_)
            module = module->cycle_root_;
        if (module->top_level_capability_) return module->top_level_capability_->promise;
        std::vector<SourceTextModule*> stack;
        JSObject* promise_constructor = vm.current_realm().intrinsic(Intrinsic::PromiseConstructor);
        PromiseCapability capability = TRY(NewPromiseCapability(vm, Value(promise_constructor)));
        module->top_level_capability_ = capability;
        auto result = InnerModuleEvaluation(vm, module, stack, 0);
        if (result.is_error()) {
            Value error = vm.take_exception();
            for (SourceTextModule* evaluating : stack) {
                evaluating->status_ = Status::Evaluated;
                evaluating->has_evaluation_error_ = true;
                evaluating->evaluation_error_ = error;
            }
            Value argument[] = {error};
            TRY(Call(vm, Value(capability.reject), Value::undefined(), argument));
        } else if (!is_async_evaluation(module)) {
            TRY(Call(vm, Value(capability.resolve), Value::undefined(), std::span<const Value>{}));
        }
        return capability.promise;
    }

    static ThrowCompletionOr<JSObject*> GetModuleNamespace(VM& vm, SourceTextModule* module,
                                                           ImportPhase phase = ImportPhase::Evaluation) {
        bool deferred = phase == ImportPhase::Defer;
        JSObject*& cached = deferred ? module->deferred_namespace_ : module->namespace_;
        if (cached) return cached;
        std::vector<SourceTextModule*> export_star_set;
        std::vector<JSString*> exported_names;
        TRY(GetExportedNames(vm, module, export_star_set, exported_names));
        std::vector<ModuleNamespaceObject::Export> exports;
        for (JSString* name : exported_names) {
            Resolution resolution = TRY(ResolveExport(vm, module, name));
            if (resolution.kind != Resolution::Kind::Binding) continue;
            ModuleNamespaceObject::Export entry{name, resolution.module, 0,
                                                resolution.binding_name == nullptr};
            if (resolution.binding_name) entry.slot = local_slot(resolution.module, resolution.binding_name);
            exports.push_back(entry);
        }
        cached = ModuleNamespaceObject::create(vm, module, std::move(exports), deferred);
        return cached;
    }

    static ThrowCompletionOr<JSObject*> GetImportMeta(VM& vm, SourceTextModule* module) {
        if (!module) return vm.throw_syntax_error("import.meta is only valid in module code");
        if (module->import_meta_) return module->import_meta_;
        JSObject* meta = JSObject::create(vm, nullptr);
        if (vm.host_hooks().initialize_import_meta)
            TRY(vm.host_hooks().initialize_import_meta(vm, *module, meta));
        module->import_meta_ = meta;
        return meta;
    }
};

ThrowCompletionOr<void> LoadRequestedModules(VM& vm, SourceTextModule* root) {
    // InnerModuleLoading over the graph, depth first, each module visited once.
    std::vector<SourceTextModule*> visited{root};
    std::vector<SourceTextModule*> worklist{root};
    while (!worklist.empty()) {
        SourceTextModule* module = worklist.back();
        worklist.pop_back();
        if (module->status() != SourceTextModule::Status::New && module != root) continue;
        module->loaded_modules.resize(module->requested_modules.size(), nullptr);
        for (std::uint32_t request = 0; request < module->requested_modules.size(); ++request) {
            if (!module->loaded_modules[request]) {
                if (!vm.host_hooks().load_imported_module)
                    return vm.throw_type_error("this host cannot load modules");
                module->loaded_modules[request] = TRY(vm.host_hooks().load_imported_module(
                    vm, module->url(), module->requested_modules[request], true));
            }
            SourceTextModule* required = module->loaded_modules[request];
            if (std::find(visited.begin(), visited.end(), required) != visited.end()) continue;
            visited.push_back(required);
            worklist.push_back(required);
        }
    }
    // Every module of the graph is now loaded: New becomes Unlinked (InnerModuleLoading step 2.d).
    for (SourceTextModule* module : visited)
        if (module->status() == SourceTextModule::Status::New) module->mark_loaded();
    return {};
}

ThrowCompletionOr<void> Link(VM& vm, SourceTextModule* module) {
    return ModuleOperations::Link(vm, module);
}

ThrowCompletionOr<JSObject*> Evaluate(VM& vm, SourceTextModule* module) {
    return ModuleOperations::Evaluate(vm, module);
}

ThrowCompletionOr<JSObject*> GetModuleNamespace(VM& vm, SourceTextModule* module, ImportPhase phase) {
    return ModuleOperations::GetModuleNamespace(vm, module, phase);
}

ThrowCompletionOr<void> EnsureDeferredNamespaceEvaluation(VM& vm, SourceTextModule* module) {
    return ModuleOperations::EnsureDeferredNamespaceEvaluation(vm, module);
}

ThrowCompletionOr<JSObject*> GetImportMeta(VM& vm, SourceTextModule* module) {
    return ModuleOperations::GetImportMeta(vm, module);
}

namespace {

// The state ContinueDynamicImport's closures share.
class DynamicImport final : public Cell {
public:
    DynamicImport(const PromiseCapability& capability, SourceTextModule* module, ImportPhase phase)
        : capability(capability), module(module), phase(phase) {}
    const char* class_name() const override { return "DynamicImport"; }
    void visit_edges(Visitor& visitor) override {
        visitor.visit(capability.promise);
        visitor.visit(capability.resolve);
        visitor.visit(capability.reject);
        visitor.visit(module);
    }

    PromiseCapability capability;
    SourceTextModule* module;
    ImportPhase phase;
    // import.defer(): the asynchronous dependencies still being evaluated, and whether one failed.
    std::size_t pending_dependencies = 0;
    bool dependency_failed = false;
};

ThrowCompletionOr<void> reject_dynamic_import(VM& vm, DynamicImport* state, Value reason) {
    Value argument[] = {reason};
    TRY(Call(vm, Value(state->capability.reject), Value::undefined(), argument));
    return {};
}

// ContinueDynamicImport's fulfilledClosure and onRejected.
ThrowCompletionOr<void> dynamic_import_evaluated(VM& vm, Cell* context, Value value, bool rejected) {
    auto* state = static_cast<DynamicImport*>(context);
    if (rejected) return reject_dynamic_import(vm, state, value);
    auto namespace_object = GetModuleNamespace(vm, state->module, state->phase);
    if (namespace_object.is_error()) return reject_dynamic_import(vm, state, vm.take_exception());
    Value argument[] = {Value(namespace_object.value())};
    TRY(Call(vm, Value(state->capability.resolve), Value::undefined(), argument));
    return {};
}

// The reactions to the evaluation promises of import.defer()'s asynchronous dependencies.
ThrowCompletionOr<void> dynamic_import_dependency_evaluated(VM& vm, Cell* context, Value value,
                                                            bool rejected) {
    auto* state = static_cast<DynamicImport*>(context);
    if (state->dependency_failed) return {};
    if (rejected) {
        state->dependency_failed = true;
        return reject_dynamic_import(vm, state, value);
    }
    if (--state->pending_dependencies > 0) return {};
    return dynamic_import_evaluated(vm, state, Value::undefined(), false);
}

// ContinueDynamicImport's linkAndEvaluateClosure and onRejected.
ThrowCompletionOr<void> dynamic_import_loaded(VM& vm, Cell* context, Value value, bool rejected) {
    auto* state = static_cast<DynamicImport*>(context);
    if (rejected) return reject_dynamic_import(vm, state, value);
    if (Link(vm, state->module).is_error()) return reject_dynamic_import(vm, state, vm.take_exception());
    if (state->phase == ImportPhase::Defer) {
        // import.defer(): only the module's asynchronous dependencies are evaluated now (import-defer's
        // ContinueDynamicImport, the PerformPromiseAll of their evaluation promises).
        std::vector<SourceTextModule*> seen;
        std::vector<SourceTextModule*> evaluation_list;
        if (ModuleOperations::GatherAsynchronousTransitiveDependencies(vm, state->module, seen,
                                                                       evaluation_list)
                .is_error())
            return reject_dynamic_import(vm, state, vm.take_exception());
        if (evaluation_list.empty()) return dynamic_import_evaluated(vm, state, Value::undefined(), false);
        state->pending_dependencies = evaluation_list.size();
        for (SourceTextModule* dependency : evaluation_list) {
            auto dependency_promise = Evaluate(vm, dependency);
            if (dependency_promise.is_error()) return reject_dynamic_import(vm, state, vm.take_exception());
            PerformPromiseThen(vm, static_cast<PromiseObject*>(dependency_promise.value()),
                               dynamic_import_dependency_evaluated, state);
        }
        return {};
    }
    auto evaluate_promise = Evaluate(vm, state->module);
    if (evaluate_promise.is_error()) return reject_dynamic_import(vm, state, vm.take_exception());
    PerformPromiseThen(vm, static_cast<PromiseObject*>(evaluate_promise.value()), dynamic_import_evaluated,
                       state);
    return {};
}

// EvaluateImportCall steps 10-11: the import attributes of `options`, sorted by key. Whether the host
// supports them (AllImportAttributesSupported) is for HostLoadImportedModule to say.
// `roots` keeps the attribute atoms alive.
ThrowCompletionOr<void> import_attributes_from_options(VM& vm, Value options,
                                                       std::vector<ImportAttributeRecord>& attributes,
                                                       MarkedValueVector& roots) {
    if (options.is_undefined()) return {};
    if (!options.is_object()) return vm.throw_type_error("The second argument to import() must be an object");
    Value attributes_object = TRY(options.as_object()->get(vm, PropertyKey::from_ascii(vm, "with")));
    if (attributes_object.is_undefined()) return {};
    if (!attributes_object.is_object())
        return vm.throw_type_error("The 'with' option of import() must be an object");
    MarkedValueVector entries =
        TRY(EnumerableOwnProperties(vm, attributes_object.as_object(), PropertyKind::KeyAndValue));
    for (Value entry : entries) {
        Value key = TRY(entry.as_object()->get(vm, PropertyKey::from_index(0)));
        Value value = TRY(entry.as_object()->get(vm, PropertyKey::from_index(1)));
        if (!value.is_string()) return vm.throw_type_error("Import attribute values must be strings");
        attributes.push_back({vm.atoms().atomize(key.as_string()), vm.atoms().atomize(value.as_string())});
        roots.push_back(Value(attributes.back().key));
        roots.push_back(Value(attributes.back().value));
    }
    std::sort(attributes.begin(), attributes.end(),
              [](const ImportAttributeRecord& a, const ImportAttributeRecord& b) {
                  return a.key->compare(b.key) < 0;
              });
    return {};
}

} // namespace

ThrowCompletionOr<Value> EvaluateImportCall(VM& vm, const std::string& referrer_url, Value specifier,
                                            Value options, ImportPhase phase) {
    JSObject* promise_constructor = vm.current_realm().intrinsic(Intrinsic::PromiseConstructor);
    PromiseCapability capability = TRY(NewPromiseCapability(vm, Value(promise_constructor)));
    // 9. specifierString = Completion(ToString(specifier)); IfAbruptRejectPromise.
    auto specifier_string = ToString(vm, specifier);
    if (specifier_string.is_error()) return RejectWithPendingException(vm, capability);
    ModuleRequestRecord request{vm.atoms().atomize(specifier_string.value()), {}, phase};
    MarkedValueVector roots(vm.heap());
    roots.push_back(Value(request.specifier));
    if (import_attributes_from_options(vm, options, request.attributes, roots).is_error())
        return RejectWithPendingException(vm, capability);
    // HostLoadImportedModule, then ContinueDynamicImport.
    if (!vm.host_hooks().load_imported_module) {
        vm.throw_type_error("this host cannot load modules");
        return RejectWithPendingException(vm, capability);
    }
    auto loaded = vm.host_hooks().load_imported_module(vm, referrer_url, request, false);
    if (loaded.is_error()) return RejectWithPendingException(vm, capability);
    // import.source(): the module's source object (ContinueDynamicImport with phase source).
    if (phase == ImportPhase::Source) {
        (void)ModuleOperations::GetModuleSource(vm, loaded.value());
        return RejectWithPendingException(vm, capability);
    }
    auto* state = vm.heap().allocate<DynamicImport>(capability, loaded.value(), phase);
    // 3. loadPromise = module.LoadRequestedModules().
    auto* load_promise = PromiseObject::create(vm, vm.current_realm().intrinsic(Intrinsic::PromisePrototype));
    if (LoadRequestedModules(vm, state->module).is_error())
        load_promise->reject(vm, vm.take_exception());
    else
        load_promise->fulfill(vm, Value::undefined());
    PerformPromiseThen(vm, load_promise, dynamic_import_loaded, state);
    return Value(capability.promise);
}

} // namespace yjs
