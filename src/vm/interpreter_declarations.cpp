// DeclareGlobals: GlobalDeclarationInstantiation (16.1.7) for scripts and EvalDeclarationInstantiation
// (19.2.1.3) for sloppy direct and indirect eval code.
#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/interpreter_internal.h"
#include "vm/js_function.h"

#include <algorithm>
#include <vector>

namespace yjs::interp {

namespace {

ThrowCompletion throw_redeclaration(VM& vm, JSString* name) {
    return vm.throw_syntax_error("Identifier '" + name->to_utf8() + "' has already been declared");
}

bool contains(const std::vector<JSString*>& names, JSString* name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

CodeBlock* function_code(CodeBlock* code, const GlobalDeclarations& declarations, std::size_t index) {
    return static_cast<CodeBlock*>(code->constants[declarations.function_code[index]].as_cell());
}

// The function declarations to instantiate: for duplicate names the last one wins, in source order.
std::vector<std::size_t> functions_to_initialize(const GlobalDeclarations& declarations) {
    std::vector<std::size_t> result;
    std::vector<JSString*> seen;
    for (std::size_t i = declarations.function_names.size(); i-- > 0;) {
        JSString* name = declarations.function_names[i];
        if (contains(seen, name)) continue;
        seen.push_back(name);
        result.insert(result.begin(), i);
    }
    return result;
}

ThrowCompletionOr<void> global_declaration_instantiation(VM& vm, const GlobalDeclarations& declarations,
                                                         CodeBlock* code, GlobalEnvironment* env) {
    for (JSString* name : declarations.lexical_names) {
        if (env->has_lexical_declaration(name)) return throw_redeclaration(vm, name);
        if (TRY(env->has_restricted_global_property(vm, name))) return throw_redeclaration(vm, name);
    }
    for (JSString* name : declarations.var_names)
        if (env->has_lexical_declaration(name)) return throw_redeclaration(vm, name);
    for (JSString* name : declarations.function_names)
        if (env->has_lexical_declaration(name)) return throw_redeclaration(vm, name);

    std::vector<std::size_t> functions = functions_to_initialize(declarations);
    for (std::size_t index : functions) {
        JSString* name = declarations.function_names[index];
        if (!TRY(env->can_declare_global_function(vm, name)))
            return vm.throw_type_error("Cannot declare global function '" + name->to_utf8() + "'");
    }
    std::vector<JSString*> declared_var_names;
    for (JSString* name : declarations.var_names) {
        if (contains(declarations.function_names, name)) continue;
        if (!TRY(env->can_declare_global_var(vm, name)))
            return vm.throw_type_error("Cannot declare global variable '" + name->to_utf8() + "'");
        if (!contains(declared_var_names, name)) declared_var_names.push_back(name);
    }

    for (std::size_t i = 0; i < declarations.lexical_names.size(); ++i) {
        bool is_const = i < declarations.lexical_is_const.size() && declarations.lexical_is_const[i];
        env->create_lexical(declarations.lexical_names[i], is_const);
    }
    for (std::size_t index : functions) {
        JSFunction* function = JSFunction::create(vm, function_code(code, declarations, index), env);
        TRY(env->create_global_function_binding(vm, declarations.function_names[index],
                                                Value(static_cast<JSObject*>(function)), false));
    }
    for (JSString* name : declared_var_names) TRY(env->create_global_var_binding(vm, name, false));
    return {};
}

bool declarative_has_binding(DeclarativeEnvironment* env, JSString* name) {
    if (ScopeInfo* info = env->scope_info())
        if (info->find_binding(name)) return true;
    return env->find_eval_binding(name) != nullptr;
}

ThrowCompletionOr<void> eval_declaration_instantiation(VM& vm, const GlobalDeclarations& declarations,
                                                       CodeBlock* code, Environment* lexical_environment) {
    Environment* var_env = code->strict ? lexical_environment : variable_environment_of(lexical_environment);
    if (!var_env) var_env = vm.current_realm().global_environment();
    auto* global = var_env->is_global() ? static_cast<GlobalEnvironment*>(var_env) : nullptr;

    // 3-4. A var may not hoist over a lexical declaration of the same name.
    if (!code->strict) {
        auto check = [&](JSString* name) -> ThrowCompletionOr<void> {
            if (global && global->has_lexical_declaration(name)) return throw_redeclaration(vm, name);
            for (Environment* env = lexical_environment; env && env != var_env; env = env->parent()) {
                if (!env->is_declarative()) continue;
                auto* declarative = static_cast<DeclarativeEnvironment*>(env);
                // B.3.4: a catch clause's parameters do not conflict.
                if (declarative->scope_info() && declarative->scope_info()->is_catch_scope) continue;
                if (declarative_has_binding(declarative, name)) return throw_redeclaration(vm, name);
            }
            // The var scope holds the function's top-level lexical declarations too (see ScopeInfo).
            if (var_env->is_declarative()) {
                if (ScopeInfo* info = static_cast<DeclarativeEnvironment*>(var_env)->scope_info()) {
                    const ScopeInfo::Binding* binding = info->find_binding(name);
                    if (binding && binding->is_lexical) return throw_redeclaration(vm, name);
                }
            }
            return {};
        };
        for (JSString* name : declarations.var_names) TRY(check(name));
        for (JSString* name : declarations.function_names) TRY(check(name));
    }

    std::vector<std::size_t> functions = functions_to_initialize(declarations);
    if (global) {
        for (std::size_t index : functions) {
            JSString* name = declarations.function_names[index];
            if (!TRY(global->can_declare_global_function(vm, name)))
                return vm.throw_type_error("Cannot declare global function '" + name->to_utf8() + "'");
        }
    }
    std::vector<JSString*> declared_var_names;
    for (JSString* name : declarations.var_names) {
        if (contains(declarations.function_names, name)) continue;
        if (global && !TRY(global->can_declare_global_var(vm, name)))
            return vm.throw_type_error("Cannot declare global variable '" + name->to_utf8() + "'");
        if (!contains(declared_var_names, name)) declared_var_names.push_back(name);
    }

    auto bind = [&](JSString* name, Value value, bool is_function) -> ThrowCompletionOr<void> {
        if (global) {
            if (is_function) return global->create_global_function_binding(vm, name, value, true);
            return global->create_global_var_binding(vm, name, true);
        }
        if (!var_env->is_declarative()) return {};
        auto* env = static_cast<DeclarativeEnvironment*>(var_env);
        if (ScopeInfo* info = env->scope_info()) {
            if (const ScopeInfo::Binding* binding = info->find_binding(name)) {
                if (is_function) env->slot(binding->slot) = value;
                else if (env->slot(binding->slot).is_empty()) env->slot(binding->slot) = Value::undefined();
                return {};
            }
        }
        if (EvalBinding* existing = env->find_eval_binding(name)) {
            if (is_function) existing->value = value;
            return {};
        }
        env->add_eval_binding(name, value);
        return {};
    };
    for (std::size_t index : functions) {
        JSFunction* function = JSFunction::create(vm, function_code(code, declarations, index), lexical_environment);
        TRY(bind(declarations.function_names[index], Value(static_cast<JSObject*>(function)), true));
    }
    for (JSString* name : declared_var_names) TRY(bind(name, Value::undefined(), false));
    return {};
}

} // namespace

ThrowCompletionOr<void> declare_globals(VM& vm, GlobalDeclarations* declarations, CodeBlock* code,
                                        Environment* context) {
    if (code->code_kind == CodeKind::Eval) return eval_declaration_instantiation(vm, *declarations, code, context);
    return global_declaration_instantiation(vm, *declarations, code, static_cast<GlobalEnvironment*>(context));
}

} // namespace yjs::interp
