#pragma once
// PerformEval (19.2.1.1): direct eval (CallDirectEval) and indirect eval (the %eval% built-in).
#include "runtime/completion.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace yjs {

class CodeBlock;
class JSString;
class VM;
struct Frame;

// Parses and compiles `source` as direct eval code for the calling frame: the parse flags (new.target,
// super, class-field initializer, private names, strictness) come from the caller's function and context.
// The interpreter runs the result in the caller's context with its this/new.target/function. Parse errors
// are thrown as SyntaxErrors.
ThrowCompletionOr<CodeBlock*> prepare_direct_eval(VM&, JSString* source, bool strict_caller, const Frame& caller);

// PerformEval(x, strictCaller = false, direct = false): runs `x` as eval code in the current realm's global
// scope. Non-strings are returned unchanged.
ThrowCompletionOr<Value> PerformIndirectEval(VM&, Value x);

// The %eval% built-in function (19.2.1): the object model registers it as the realm's Intrinsic::Eval and
// the global "eval" property. Calls through CallDirectEval never reach it.
ThrowCompletionOr<Value> eval_builtin(VM&, const NativeCallInfo&);

} // namespace yjs
