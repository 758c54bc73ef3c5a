#include "vm/environment.h"

#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/property_key.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/module.h"

#include <algorithm>
#include <string>

namespace yjs {

namespace {

PropertyKey key_for(JSString* name) { return PropertyKey::from_atom(name); }

ThrowCompletion throw_not_defined(VM& vm, JSString* name) {
    return vm.throw_reference_error(name->to_utf8() + " is not defined");
}

ThrowCompletion throw_uninitialized(VM& vm, JSString* name) {
    return vm.throw_reference_error("Cannot access '" + name->to_utf8() + "' before initialization");
}

} // namespace

void Environment::visit_edges(Visitor& visitor) { visitor.visit(parent_); }

// --- DeclarativeEnvironment ---

DeclarativeEnvironment* DeclarativeEnvironment::create(VM& vm, ScopeInfo* scope_info, Environment* parent) {
    std::uint32_t count = scope_info ? scope_info->slot_count : 0;
    return vm.heap().allocate_with_extra<DeclarativeEnvironment>(count * sizeof(Value), scope_info, parent, count);
}

DeclarativeEnvironment::DeclarativeEnvironment(ScopeInfo* scope_info, Environment* parent, std::uint32_t slot_count)
    : Environment(Kind::Declarative, parent), scope_info_(scope_info), slot_count_(slot_count) {
    Value* values = slots();
    for (std::uint32_t i = 0; i < slot_count; ++i) new (&values[i]) Value(Value::empty());
}

DeclarativeEnvironment* DeclarativeEnvironment::copy(VM& vm) {
    DeclarativeEnvironment* result = create(vm, scope_info_, parent());
    Value* source = slots();
    Value* target = result->slots();
    for (std::uint32_t i = 0; i < slot_count_; ++i) target[i] = source[i];
    return result;
}

EvalBinding* DeclarativeEnvironment::find_eval_binding(JSString* name) {
    if (!eval_bindings_) return nullptr;
    for (auto& binding : *eval_bindings_)
        if (binding.name == name) return &binding;
    return nullptr;
}

void DeclarativeEnvironment::add_eval_binding(JSString* name, Value value) {
    if (!eval_bindings_) eval_bindings_ = std::make_unique<std::vector<EvalBinding>>();
    eval_bindings_->push_back({name, value});
}

bool DeclarativeEnvironment::remove_eval_binding(JSString* name) {
    if (!eval_bindings_) return false;
    auto it = std::find_if(eval_bindings_->begin(), eval_bindings_->end(),
                           [name](const EvalBinding& binding) { return binding.name == name; });
    if (it == eval_bindings_->end()) return false;
    eval_bindings_->erase(it);
    return true;
}

void DeclarativeEnvironment::visit_edges(Visitor& visitor) {
    Environment::visit_edges(visitor);
    visitor.visit(scope_info_);
    Value* values = slots();
    for (std::uint32_t i = 0; i < slot_count_; ++i) visitor.visit(values[i]);
    if (eval_bindings_) {
        for (auto& binding : *eval_bindings_) {
            visitor.visit(binding.name);
            visitor.visit(binding.value);
        }
    }
}

// --- ObjectEnvironment ---

ObjectEnvironment* ObjectEnvironment::create(VM& vm, JSObject* binding_object, bool is_with_environment,
                                             Environment* parent) {
    return vm.heap().allocate<ObjectEnvironment>(binding_object, is_with_environment, parent);
}

ThrowCompletionOr<bool> ObjectEnvironment::has_binding(VM& vm, JSString* name) {
    PropertyKey key = key_for(name);
    // 1-3. If ? HasProperty(bindingObject, N) is false, return false.
    if (!TRY(binding_object_->has_property(vm, key))) return false;
    if (!is_with_environment_) return true;
    // 4-6. The @@unscopables check.
    Value unscopables = TRY(binding_object_->get(vm, PropertyKey::from_symbol(vm.well_known_symbols().unscopables)));
    if (unscopables.is_object()) {
        Value blocked = TRY(unscopables.as_object()->get(vm, key));
        if (ToBoolean(blocked)) return false;
    }
    return true;
}

void ObjectEnvironment::visit_edges(Visitor& visitor) {
    Environment::visit_edges(visitor);
    visitor.visit(binding_object_);
}

// --- GlobalEnvironment ---

GlobalEnvironment* GlobalEnvironment::create(VM& vm, JSObject* global_object, JSObject* this_value) {
    return vm.heap().allocate<GlobalEnvironment>(global_object, this_value);
}

GlobalEnvironment::GlobalEnvironment(JSObject* global_object, JSObject* this_value)
    : Environment(Kind::Global, nullptr), global_object_(global_object), global_this_(this_value) {}

std::optional<std::uint32_t> GlobalEnvironment::find_lexical(JSString* name) const {
    auto it = lexical_index_.find(name);
    if (it == lexical_index_.end()) return std::nullopt;
    return it->second;
}

std::uint32_t GlobalEnvironment::create_lexical(JSString* name, bool is_const) {
    auto index = static_cast<std::uint32_t>(lexicals_.size());
    lexicals_.push_back({name, Value::empty(), is_const});
    lexical_index_.emplace(name, index);
    ++lexical_epoch_;
    return index;
}

ThrowCompletionOr<bool> GlobalEnvironment::has_restricted_global_property(VM& vm, JSString* name) {
    auto existing = TRY(global_object_->internal_get_own_property(vm, key_for(name)));
    if (!existing) return false;
    return !existing->configurable.value_or(false);
}

ThrowCompletionOr<bool> GlobalEnvironment::can_declare_global_var(VM& vm, JSString* name) {
    if (TRY(global_object_->has_own_property(vm, key_for(name)))) return true;
    return TRY(global_object_->internal_is_extensible(vm));
}

ThrowCompletionOr<bool> GlobalEnvironment::can_declare_global_function(VM& vm, JSString* name) {
    auto existing = TRY(global_object_->internal_get_own_property(vm, key_for(name)));
    if (!existing) return TRY(global_object_->internal_is_extensible(vm));
    if (existing->configurable.value_or(false)) return true;
    if (existing->is_data_descriptor() && existing->writable.value_or(false) && existing->enumerable.value_or(false))
        return true;
    return false;
}

ThrowCompletionOr<void> GlobalEnvironment::create_global_var_binding(VM& vm, JSString* name, bool deletable) {
    PropertyKey key = key_for(name);
    bool has_property = TRY(global_object_->has_own_property(vm, key));
    bool extensible = TRY(global_object_->internal_is_extensible(vm));
    if (!has_property && extensible) {
        // ObjRec.CreateMutableBinding(N, D), then ObjRec.InitializeBinding(N, undefined).
        PropertyDescriptor descriptor;
        descriptor.value = Value::undefined();
        descriptor.writable = true;
        descriptor.enumerable = true;
        descriptor.configurable = deletable;
        TRY(global_object_->define_property_or_throw(vm, key, descriptor));
        TRY(global_object_->set(vm, key, Value::undefined(), false));
    }
    return {};
}

ThrowCompletionOr<void> GlobalEnvironment::create_global_function_binding(VM& vm, JSString* name, Value value,
                                                                          bool deletable) {
    PropertyKey key = key_for(name);
    auto existing = TRY(global_object_->internal_get_own_property(vm, key));
    PropertyDescriptor descriptor;
    if (!existing || existing->configurable.value_or(false)) {
        descriptor = PropertyDescriptor::data(value, kWritable | kEnumerable | (deletable ? kConfigurable : 0));
    } else {
        descriptor.value = value;
    }
    TRY(global_object_->define_property_or_throw(vm, key, descriptor));
    TRY(global_object_->set(vm, key, value, false));
    return {};
}

ThrowCompletionOr<bool> GlobalEnvironment::has_binding(VM& vm, JSString* name) {
    if (find_lexical(name)) return true;
    return TRY(global_object_->has_property(vm, key_for(name)));
}

void GlobalEnvironment::visit_edges(Visitor& visitor) {
    Environment::visit_edges(visitor);
    visitor.visit(global_object_);
    visitor.visit(global_this_);
    for (auto& binding : lexicals_) {
        visitor.visit(binding.name);
        visitor.visit(binding.value);
    }
}

// --- Dynamic name resolution ---

ThrowCompletionOr<ResolvedBinding> ResolveBinding(VM& vm, Environment* environment, JSString* name) {
    for (Environment* env = environment; env; env = env->parent()) {
        ResolvedBinding result;
        result.environment = env;
        switch (env->kind()) {
        case Environment::Kind::Declarative: {
            auto* declarative = static_cast<DeclarativeEnvironment*>(env);
            if (ScopeInfo* info = declarative->scope_info()) {
                if (const ScopeInfo::Binding* binding = info->find_binding(name)) {
                    result.kind = ResolvedBinding::Kind::Slot;
                    result.index = binding->slot;
                    result.is_const = binding->is_const;
                    result.is_lexical = binding->is_lexical;
                    return result;
                }
            }
            if (declarative->find_eval_binding(name)) {
                result.kind = ResolvedBinding::Kind::EvalVariable;
                return result;
            }
            break;
        }
        case Environment::Kind::Object:
            if (TRY(static_cast<ObjectEnvironment*>(env)->has_binding(vm, name))) {
                result.kind = ResolvedBinding::Kind::Object;
                return result;
            }
            break;
        case Environment::Kind::Global: {
            auto* global = static_cast<GlobalEnvironment*>(env);
            if (auto index = global->find_lexical(name)) {
                result.kind = ResolvedBinding::Kind::GlobalLexical;
                result.index = *index;
                result.is_const = global->lexical(*index).is_const;
                result.is_lexical = true;
                return result;
            }
            if (TRY(global->global_object()->has_property(vm, key_for(name)))) {
                result.kind = ResolvedBinding::Kind::GlobalObject;
                return result;
            }
            break;
        }
        }
    }
    return ResolvedBinding{};
}

ResolvedBinding BindingIn(Environment* environment, JSString* name) {
    ResolvedBinding result;
    if (!environment) return result;
    result.environment = environment;
    switch (environment->kind()) {
    case Environment::Kind::Declarative: {
        auto* declarative = static_cast<DeclarativeEnvironment*>(environment);
        if (ScopeInfo* info = declarative->scope_info()) {
            if (const ScopeInfo::Binding* binding = info->find_binding(name)) {
                result.kind = ResolvedBinding::Kind::Slot;
                result.index = binding->slot;
                result.is_const = binding->is_const;
                result.is_lexical = binding->is_lexical;
                return result;
            }
        }
        result.kind = ResolvedBinding::Kind::EvalVariable;
        return result;
    }
    case Environment::Kind::Object:
        result.kind = ResolvedBinding::Kind::Object;
        return result;
    case Environment::Kind::Global: {
        auto* global = static_cast<GlobalEnvironment*>(environment);
        if (auto index = global->find_lexical(name)) {
            result.kind = ResolvedBinding::Kind::GlobalLexical;
            result.index = *index;
            result.is_const = global->lexical(*index).is_const;
            result.is_lexical = true;
            return result;
        }
        result.kind = ResolvedBinding::Kind::GlobalObject;
        return result;
    }
    }
    return result;
}

namespace {

// GetBindingValue / SetMutableBinding of an object environment record (also the global object record).
ThrowCompletionOr<Value> object_binding_value(VM& vm, JSObject* object, JSString* name, bool strict) {
    PropertyKey key = key_for(name);
    if (!TRY(object->has_property(vm, key))) {
        if (strict) return throw_not_defined(vm, name);
        return Value::undefined();
    }
    return TRY(object->get(vm, key));
}

ThrowCompletionOr<void> set_object_binding(VM& vm, JSObject* object, JSString* name, Value value, bool strict) {
    PropertyKey key = key_for(name);
    bool still_exists = TRY(object->has_property(vm, key));
    if (!still_exists && strict) return throw_not_defined(vm, name);
    TRY(object->set(vm, key, value, strict));
    return {};
}

JSObject* binding_object_of(const ResolvedBinding& binding) {
    if (binding.kind == ResolvedBinding::Kind::Object)
        return static_cast<ObjectEnvironment*>(binding.environment)->binding_object();
    return static_cast<GlobalEnvironment*>(binding.environment)->global_object();
}

} // namespace

ThrowCompletionOr<Value> GetBindingValue(VM& vm, const ResolvedBinding& binding, JSString* name, bool strict) {
    switch (binding.kind) {
    case ResolvedBinding::Kind::Unresolvable:
        return throw_not_defined(vm, name);
    case ResolvedBinding::Kind::Slot: {
        // Import bindings of a module environment read through to the exporter's binding.
        Value value =
            ReadModuleBinding(static_cast<DeclarativeEnvironment*>(binding.environment)->slot(binding.index));
        if (value.is_empty()) return throw_uninitialized(vm, name);
        return value;
    }
    case ResolvedBinding::Kind::EvalVariable: {
        auto* eval_binding = static_cast<DeclarativeEnvironment*>(binding.environment)->find_eval_binding(name);
        if (!eval_binding) {
            if (strict) return throw_not_defined(vm, name);
            return Value::undefined();
        }
        return eval_binding->value;
    }
    case ResolvedBinding::Kind::GlobalLexical: {
        Value value = static_cast<GlobalEnvironment*>(binding.environment)->lexical(binding.index).value;
        if (value.is_empty()) return throw_uninitialized(vm, name);
        return value;
    }
    case ResolvedBinding::Kind::Object:
    case ResolvedBinding::Kind::GlobalObject:
        return object_binding_value(vm, binding_object_of(binding), name, strict);
    }
    return Value::undefined();
}

ThrowCompletionOr<void> PutBindingValue(VM& vm, const ResolvedBinding& binding, JSString* name, Value value,
                                        bool strict) {
    switch (binding.kind) {
    case ResolvedBinding::Kind::Unresolvable: {
        if (strict) return throw_not_defined(vm, name);
        TRY(vm.current_realm().global_object()->set(vm, key_for(name), value, false));
        return {};
    }
    case ResolvedBinding::Kind::Slot: {
        Value& slot = static_cast<DeclarativeEnvironment*>(binding.environment)->slot(binding.index);
        if (slot.is_empty()) return throw_uninitialized(vm, name);
        if (binding.is_const) {
            // Lexical const bindings are strict bindings; a named function expression's own name is not.
            if (binding.is_lexical || strict) return vm.throw_type_error("Assignment to constant variable.");
            return {};
        }
        slot = value;
        return {};
    }
    case ResolvedBinding::Kind::EvalVariable: {
        auto* env = static_cast<DeclarativeEnvironment*>(binding.environment);
        if (auto* eval_binding = env->find_eval_binding(name)) {
            eval_binding->value = value;
            return {};
        }
        // Deleted since it was resolved: SetMutableBinding of a missing binding.
        if (strict) return throw_not_defined(vm, name);
        env->add_eval_binding(name, value);
        return {};
    }
    case ResolvedBinding::Kind::GlobalLexical: {
        auto& lexical = static_cast<GlobalEnvironment*>(binding.environment)->lexical(binding.index);
        if (lexical.value.is_empty()) return throw_uninitialized(vm, name);
        if (lexical.is_const) return vm.throw_type_error("Assignment to constant variable.");
        lexical.value = value;
        return {};
    }
    case ResolvedBinding::Kind::Object:
    case ResolvedBinding::Kind::GlobalObject:
        return set_object_binding(vm, binding_object_of(binding), name, value, strict);
    }
    return {};
}

ThrowCompletionOr<void> SetVarBinding(VM& vm, Environment* environment, JSString* name, Value value) {
    Environment* var_env = variable_environment_of(environment);
    if (!var_env || var_env->is_global()) {
        auto* global = var_env ? static_cast<GlobalEnvironment*>(var_env) : vm.current_realm().global_environment();
        if (auto index = global->find_lexical(name)) {
            auto& lexical = global->lexical(*index);
            if (lexical.value.is_empty()) return throw_uninitialized(vm, name);
            if (lexical.is_const) return vm.throw_type_error("Assignment to constant variable.");
            lexical.value = value;
            return {};
        }
        TRY(global->global_object()->set(vm, key_for(name), value, false));
        return {};
    }
    auto* env = static_cast<DeclarativeEnvironment*>(var_env);
    if (ScopeInfo* info = env->scope_info()) {
        if (const ScopeInfo::Binding* binding = info->find_binding(name)) {
            Value& slot = env->slot(binding->slot);
            if (slot.is_empty()) return throw_uninitialized(vm, name);
            if (binding->is_const) {
                if (binding->is_lexical) return vm.throw_type_error("Assignment to constant variable.");
                return {};
            }
            slot = value;
            return {};
        }
    }
    if (EvalBinding* binding = env->find_eval_binding(name)) binding->value = value;
    else env->add_eval_binding(name, value);
    return {};
}

ThrowCompletionOr<bool> DeleteBinding(VM& vm, const ResolvedBinding& binding, JSString* name) {
    switch (binding.kind) {
    case ResolvedBinding::Kind::Unresolvable:
        return true;
    case ResolvedBinding::Kind::Slot:
    case ResolvedBinding::Kind::GlobalLexical:
        return false;
    case ResolvedBinding::Kind::EvalVariable:
        return static_cast<DeclarativeEnvironment*>(binding.environment)->remove_eval_binding(name);
    case ResolvedBinding::Kind::Object:
    case ResolvedBinding::Kind::GlobalObject:
        return TRY(binding_object_of(binding)->internal_delete(vm, key_for(name)));
    }
    return false;
}

Value WithBaseObject(const ResolvedBinding& binding) {
    if (binding.kind == ResolvedBinding::Kind::Object) {
        auto* env = static_cast<ObjectEnvironment*>(binding.environment);
        if (env->is_with_environment()) return Value(env->binding_object());
    }
    return Value::undefined();
}

Environment* variable_environment_of(Environment* environment) {
    for (Environment* env = environment; env; env = env->parent()) {
        if (env->is_global()) return env;
        if (env->is_declarative()) {
            ScopeInfo* info = static_cast<DeclarativeEnvironment*>(env)->scope_info();
            if (info && info->is_function_scope) return env;
        }
    }
    return nullptr;
}

} // namespace yjs
