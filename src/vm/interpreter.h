#pragma once
// The bytecode interpreter: one dispatch loop that runs JS→JS calls and returns without native recursion.
// Frames for ordinary calls are carved from a bounded register stack; generator and async-function frames
// live inside their heap objects, so suspending and resuming them copies nothing.
#include "runtime/completion.h"
#include "runtime/value.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace yjs {

class VM;
class Realm;
class CodeBlock;
class JSObject;
class JSFunction;
class Visitor;

struct StackTraceEntry {
    std::string function_name; // "" for anonymous / top-level
    std::string url;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    bool is_constructor = false;
    bool is_native = false;
};

class Interpreter {
public:
    explicit Interpreter(VM&);
    ~Interpreter();

    // Runs global code (ScriptEvaluation) in `realm`.
    ThrowCompletionOr<Value> run_script(CodeBlock* script, Realm& realm);
    // [[Call]] / [[Construct]] of a bytecode function from C++ (native code calling into JS).
    ThrowCompletionOr<Value> call(JSFunction* function, Value this_value, std::span<const Value> arguments);
    ThrowCompletionOr<JSObject*> construct(JSFunction* function, std::span<const Value> arguments,
                                           JSObject* new_target);

    // The stack as the user sees it, innermost first (Error.prototype.stack, uncaught exception reports).
    std::vector<StackTraceEntry> capture_stack_trace(std::size_t max_frames = 10) const;

    // Roots: every live frame's registers, accumulators, contexts and callees.
    void visit_roots(Visitor&);

    // Register-stack size (the `--stack-size` option) in bytes.
    void set_stack_size(std::size_t bytes);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace yjs
