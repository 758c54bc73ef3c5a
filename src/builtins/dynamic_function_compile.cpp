// The parts of CreateDynamicFunction that depend on the parser (kept apart from dynamic_function.cpp because
// parser/ast.h and runtime/abstract_ops.h both declare a yjs::PropertyKind).
#include "builtins/dynamic_function.h"
#include "builtins/regexp_validator.h"
#include "compiler/compiler.h"
#include "parser/parser.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/interpreter.h"

#include <memory>

namespace yjs {

namespace {

// The code block of the single function expression a compiled dynamic-function program contains.
CodeBlock* function_code(CodeBlock* program) {
    for (Value constant : program->constants) {
        if (!constant.is_internal_cell()) continue;
        if (auto* code = dynamic_cast<CodeBlock*>(constant.as_cell())) return code;
    }
    return nullptr;
}

} // namespace

Intrinsic dynamic_function_fallback_prototype(DynamicFunctionKind kind) {
    switch (kind) {
    case DynamicFunctionKind::Normal:
        return Intrinsic::FunctionPrototype;
    case DynamicFunctionKind::Generator:
        return Intrinsic::GeneratorFunctionPrototype;
    case DynamicFunctionKind::Async:
        return Intrinsic::AsyncFunctionPrototype;
    case DynamicFunctionKind::AsyncGenerator:
        return Intrinsic::AsyncGeneratorFunctionPrototype;
    }
    return Intrinsic::FunctionPrototype;
}

ThrowCompletionOr<CodeBlock*> compile_dynamic_function(VM& vm, std::u16string_view parameters,
                                                       std::u16string_view body, DynamicFunctionKind kind) {
    ParseOptions options;
    options.validate_regexp = regexp_literal_validator();
    TRY(vm.check_native_stack_for_compile());
    ParseResult parsed = parse_dynamic_function(parameters, body, kind, options);
    if (!parsed.ok())
        return vm.throw_syntax_error(parsed.error ? parsed.error->message : "Invalid function source text");
    auto source = std::make_shared<SourceCode>();
    source->url = "<anonymous>";
    source->text = parsed.ast->source;
    source->caller = vm.interpreter().running_source();
    CodeBlock* code = function_code(compile_program(vm, *parsed.program(), source));
    if (!code) return vm.throw_syntax_error("Invalid function source text");
    return code;
}

} // namespace yjs
