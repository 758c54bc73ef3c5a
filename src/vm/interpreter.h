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
struct SourceCode;
class JSObject;
class JSFunction;
class GeneratorObject;
class AsyncFunctionObject;
class AsyncGeneratorObject;
class Visitor;

// How a suspended frame is resumed: the value the resume-mode register of Yield/YieldDelegate/Await receives.
// The last three are internal to yield* chains: the generator a suspended yield* delegated to has returned
// the value (the yield* completes with it, or returns it when the delegate was resumed by return()) or
// thrown it.
enum class ResumeMode : std::uint8_t {
    Next = 0,
    Throw = 1,
    Return = 2,
    DelegateReturned = 3,
    DelegateThrew = 4,
    DelegateReturnedFromReturn = 5
};

// A promise capability record (27.2.1.1).
struct PromiseCapability {
    JSObject* promise = nullptr;
    JSObject* resolve = nullptr;
    JSObject* reject = nullptr;
};

// The promise glue of async functions, installed by the Promise built-ins (set_promise_hooks). Until it is
// installed, calling an async function throws a TypeError.
//  - new_promise_capability: NewPromiseCapability(%Promise%) of the current realm.
//  - await: the steps of Await(value) after the suspension point: promise = ? PromiseResolve(%Promise%,
//    value), then PerformPromiseThen(promise, onFulfilled, onRejected) where the reactions, run as jobs, call
//    vm.interpreter().resume_async_function(suspended, v, ResumeMode::Next) (fulfilled with v) or
//    (..., reason, ResumeMode::Throw) (rejected). The hooks must keep `suspended` alive (e.g. in the
//    reaction functions' captures) until one of them runs.
//  - create_async_from_sync_iterator: CreateAsyncFromSyncIterator(iteratorRecord) for GetAsyncIterator;
//    returns the async iterator object.
struct PromiseHooks {
    ThrowCompletionOr<PromiseCapability> (*new_promise_capability)(VM&) = nullptr;
    ThrowCompletionOr<void> (*await)(VM&, AsyncFunctionObject* suspended, Value value) = nullptr;
    ThrowCompletionOr<Value> (*create_async_from_sync_iterator)(VM&, Value iterator, Value next_method) = nullptr;
};

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

    // GeneratorResume / GeneratorResumeAbrupt (27.5.3.3-4) once the generator is known to be suspended
    // (start or yield) and not running: runs it until it yields, returns or throws.
    ThrowCompletionOr<Value> resume_generator(GeneratorObject*, Value, ResumeMode);
    // Continues an async function suspended at Await: Next with the fulfilment value, Throw with the
    // rejection reason. Completion of the function settles its promise. A throw completion here means the
    // engine itself failed (e.g. stack exhaustion), never an exception of the async function's body.
    ThrowCompletionOr<void> resume_async_function(AsyncFunctionObject*, Value, ResumeMode);
    // AsyncGeneratorResume (27.6.3.6) for a generator in state suspended-start or suspended-yield, and the
    // continuation of an Await inside an async generator (state executing). Runs until the generator
    // awaits, yields with an empty queue, or completes.
    ThrowCompletionOr<void> resume_async_generator(AsyncGeneratorObject*, Value, ResumeMode);
    void set_promise_hooks(const PromiseHooks&);
    const PromiseHooks& promise_hooks() const;

    // The source of the innermost running bytecode frame, or null when none runs (GetActiveScriptOrModule
    // for code that native functions compile, such as indirect eval and the Function constructor).
    std::shared_ptr<SourceCode> running_source() const;
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
