#pragma once
// AST → bytecode. Scope analysis decides where each binding lives (a register, a context slot, a global,
// or a dynamic lookup), then the emitter walks the AST once per function.
//
// Contracts with the interpreter (details at each opcode in vm/bytecodes.h):
//  - Frames: r0..r(parameter_count-1) are the formal parameters (those before a rest element), then the
//    registers of non-captured locals, then temporaries. A function pushes its own contexts in its
//    prologue (named-function-expression scope, parameter scope, body scope; each only when it has
//    captured or eval-visible bindings); the interpreter enters with the closure's context.
//  - A context holds the captured bindings of one scope, laid out by the ScopeInfo constant of its
//    PushContext; slots start as holes (TDZ) and the prologue stores undefined into var slots. Depths
//    count every environment between the current context and the target (with-contexts included).
//  - this / new.target / super in arrow functions and direct eval code come from the frame (see the
//    comment at the top of bytecodes.h); `arguments` is an ordinary binding of the non-arrow function.
//  - Derived constructors: `this` starts as the hole; super() emits SuperCall, ThrowSuperAlreadyCalled,
//    StaThis, InitializeInstanceElements; `this` reads emit ThrowSuperNotCalled.
//  - Generators: the prologue (parameters, declarations) ends with InitialSuspend; yield is
//    CreateIterResult + Yield + ResumeModeDispatch (return resumption unwinds through finally blocks);
//    yield* loops on YieldDelegate + Yield; await is Await + ResumeModeDispatch.
//  - Exception handlers restore the context saved (SaveContext) in their context register at the start of
//    the protected range; finally blocks are entered with a completion kind (0 normal, 1 throw, 2.. a
//    pending break/continue/return) and dispatch on it at their end.
//  - Scripts start with DeclareGlobals; eval code uses DeclareGlobals for EvalDeclarationInstantiation
//    (sloppy) or local bindings (strict); modules are described by compiler/module_layout.h.
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
