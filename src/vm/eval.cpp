#include "vm/eval.h"

#include "builtins/regexp_validator.h"
#include "compiler/compiler.h"
#include "parser/parser.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/js_function.h"

#include <algorithm>
#include <memory>

namespace yjs {

namespace {

ThrowCompletionOr<CodeBlock*> compile_eval(VM& vm, JSString* source, const ParseOptions& options,
                                          const CompileOptions& compile_options,
                                          std::shared_ptr<SourceCode> caller = nullptr) {
    TRY(vm.check_native_stack_for_compile());
    std::u16string text = source->to_u16string();
    ParseResult parsed = parse_program(text, options);
    if (!parsed.ok()) return vm.throw_syntax_error(parsed.error ? parsed.error->message : "Invalid eval code");
    auto source_code = std::make_shared<SourceCode>();
    source_code->url = "<eval>";
    source_code->text = std::move(text);
    source_code->caller = std::move(caller);
    return compile_program(vm, *parsed.program(), source_code, compile_options);
}

// The private names (#x) visible to eval code: bindings named "#..." of the enclosing class scopes.
void collect_private_names(Environment* context, std::vector<std::u16string>& names) {
    for (Environment* env = context; env; env = env->parent()) {
        if (!env->is_declarative()) continue;
        ScopeInfo* info = static_cast<DeclarativeEnvironment*>(env)->scope_info();
        if (!info) continue;
        for (const ScopeInfo::Binding& binding : info->bindings) {
            if (binding.name->length() == 0 || binding.name->at(0) != u'#') continue;
            std::u16string name = binding.name->to_u16string();
            if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
        }
    }
}

} // namespace

ThrowCompletionOr<CodeBlock*> prepare_direct_eval(VM& vm, JSString* source, bool strict_caller, const Frame& caller) {
    ParseOptions options;
    options.is_eval = true;
    options.validate_regexp = regexp_literal_validator();
    options.strict = strict_caller;
    JSFunction* function = caller.callee ? caller.callee->active_function() : nullptr;
    // Module code runs as a function too, but eval code in it is not in a function.
    if (function && !function->is_arrow() && function->code_block()->code_kind != CodeKind::Module) {
        const CodeBlock* code = function->code_block();
        options.in_function = true;
        options.allow_super_property = function->home_object() != nullptr;
        options.allow_super_call = code->code_kind == CodeKind::DerivedConstructor;
        options.in_class_field_initializer = code->code_kind == CodeKind::ClassFieldInitializer;
    }
    collect_private_names(caller.context, options.private_names);
    CompileOptions compile_options;
    compile_options.is_eval = true;
    compile_options.is_direct_eval = true;
    Environment* var_env = variable_environment_of(caller.context);
    compile_options.eval_in_function = var_env && !var_env->is_global();
    return compile_eval(vm, source, options, compile_options, caller.code_block->source);
}

ThrowCompletionOr<Value> PerformIndirectEval(VM& vm, Value x) {
    if (!x.is_string()) return x;
    ParseOptions options;
    options.is_eval = true;
    options.validate_regexp = regexp_literal_validator();
    CompileOptions compile_options;
    compile_options.is_eval = true;
    CodeBlock* code =
        TRY(compile_eval(vm, x.as_string(), options, compile_options, vm.interpreter().running_source()));
    return vm.interpreter().run_script(code, vm.current_realm());
}

ThrowCompletionOr<Value> eval_builtin(VM& vm, const NativeCallInfo& call) {
    return PerformIndirectEval(vm, call.argument(0));
}

} // namespace yjs
