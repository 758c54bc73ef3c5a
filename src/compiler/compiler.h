#pragma once
// AST → bytecode. Scope analysis decides where each binding lives (a register, a context slot, a global,
// or a dynamic lookup), then the emitter walks the AST once per function.
#include "runtime/completion.h"

#include <memory>
#include <string>
#include <vector>

namespace yjs {

class VM;
class CodeBlock;
struct SourceCode;

struct Program;

struct CompileOptions {
    // Eval code (PerformEval), direct or indirect: top-level let/const/class live in a new declarative
    // environment of the eval (compiler-managed), var/function declarations go through DeclareGlobals
    // (EvalDeclarationInstantiation) unless the eval code is strict. Indirect eval must set this.
    bool is_eval = false;
    // Direct eval (implies is_eval): the code runs inside an existing scope. Free identifiers resolve
    // dynamically through the run-time context chain (every binding visible to a direct eval lives in a
    // context with a ScopeInfo, because the compiler puts all bindings of scopes enclosing a direct eval
    // into contexts), and DeclareGlobals declares vars in variable_environment_of(current context).
    bool is_direct_eval = false;
    // Set by the caller for information only: the compiler does not need it, since DeclareGlobals finds
    // the variable environment at run time.
    bool eval_in_function = false;
};

// Compiles a parsed script/module/eval program to its top-level code block. Nested functions become code
// blocks in the constant pool. Errors the parser cannot see are not possible here: the parser reports
// every early error.
CodeBlock* compile_program(VM&, const Program&, std::shared_ptr<SourceCode>, const CompileOptions& = {});

} // namespace yjs
