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
    // Direct eval: the code runs inside an existing function/global scope. Free identifiers resolve
    // dynamically through the runtime context chain (every binding visible to a direct eval lives in a
    // context with a ScopeInfo, because the compiler puts all bindings of functions containing direct eval
    // into contexts). `eval_in_function`: var declarations of sloppy eval code go to the nearest function
    // variable environment rather than the global object.
    bool is_direct_eval = false;
    bool eval_in_function = false;
};

// Compiles a parsed script/module/eval program to its top-level code block. Nested functions become code
// blocks in the constant pool. Errors the parser cannot see are not possible here: the parser reports
// every early error.
CodeBlock* compile_program(VM&, const Program&, std::shared_ptr<SourceCode>, const CompileOptions& = {});

} // namespace yjs
