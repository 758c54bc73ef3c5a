#pragma once
// yieldjs::Runtime: one JavaScript engine instance (a VM and its main realm) plus the host around it —
// console, timers and the event loop, `process`, and, in test262 mode, `print` and `$262`. Part of the
// embedding API (see yieldjs/yieldjs.h).
#include "yieldjs/value.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace yieldjs {

struct RuntimeOptions {
    // Cap of the garbage-collected heap. Running out throws a RangeError; if even that is impossible the
    // process exits with status 3.
    std::size_t max_heap_bytes = std::size_t(2048) << 20;
    // Size of the interpreter's register stack (bounds JavaScript recursion depth).
    std::size_t stack_size_bytes = std::size_t(8) << 20;
    // Execution budget: the wall-clock time, in milliseconds, that one call running JavaScript may take
    // (evaluate_script, run_file, run_module, run_jobs, run_one_turn, run_until_idle, and the Value
    // methods that run code); 0 means no limit. The time run_one_turn and run_until_idle spend waiting for
    // timers counts; a call made from inside another (by a native function) shares the outer call's
    // budget. When it runs out, the script is terminated as by Runtime::terminate and the call returns a
    // Terminated error ("Script execution timed out after <N>ms").
    std::uint32_t execution_budget_ms = 0;
    // The program's arguments as process.argv shows them (the executable, the script, its arguments).
    std::vector<std::string> argv;
    // Installs `print` and `$262` on the global object as test262's INTERPRETING.md describes, and reports
    // uncaught exceptions as "Uncaught " + ToString(thrown value).
    bool test262_host = false;
    // Where console.log/info/debug (stdout) and console.warn/error/trace (stderr) write; by default file
    // descriptors 1 and 2.
    std::function<void(std::string_view)> write_stdout;
    std::function<void(std::string_view)> write_stderr;
};

// The built-in error constructors, for Runtime::new_error.
enum class ErrorType { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

// A function implemented in C++: receives `this` and the arguments; returns the result, or
// Error::thrown(value) to throw `value` (any other Error is thrown as an Error object with its message).
using NativeFunction =
    std::function<Result<Value>(Runtime&, const Value& this_value, std::span<const Value> arguments)>;

// A unit of work for the runtime's thread (see post_task).
using Task = std::function<void(Runtime&)>;

// A pending promise of the runtime's main realm with the functions that settle it: Promise.withResolvers()
// for C++ (Runtime::new_promise). Settling queues the promise's reactions as jobs, which run at the next
// run_jobs or loop turn; once resolved, further calls do nothing, as with the JavaScript functions. Like
// every Value it belongs to the runtime's thread: from another thread, settle it inside a posted task.
struct PendingPromise {
    Value promise;
    Value resolve_function;
    Value reject_function;

    // Calls resolve(value) / reject(reason).
    Result<void> resolve(const Value& value) const;
    Result<void> reject(const Value& reason) const;
};

class Runtime {
public:
    explicit Runtime(RuntimeOptions options = {});
    ~Runtime();
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;

    // --- Running code ---

    // ScriptEvaluation of `source` (UTF-8) as a classic script in the main realm; the result is the
    // script's completion value. `filename` names the script in stack traces and error reports. Pending
    // jobs are not run (see run_until_idle).
    Result<Value> evaluate_script(std::string_view source, std::string_view filename);
    // Reads `path` and evaluates it with evaluate_script. Io error when it cannot be read.
    Result<Value> run_file(const std::string& path);
    // Runs the module file at `path`: loads it and the modules it imports (specifiers are resolved against
    // the importing file's directory), links and evaluates them. Errors: Io when `path` cannot be read,
    // Syntax for a parse or early error in any module of the graph, Link when a module cannot be found or
    // an import cannot be resolved, Exception when the evaluation throws. A module that awaits at the top
    // level finishes in the event loop, which reports its rejection like an uncaught exception. Pending
    // jobs are not run.
    Result<void> run_module(const std::string& path);
    // Whether a module run by run_module is still waiting at a top-level await. Once the event loop is
    // idle, such an await can never finish (Node reports an "unsettled top-level await").
    bool module_pending();

    // --- The event loop ---
    // Work is either a *task* (a timer or immediate callback, or a task from post_task) or a *job* (promise
    // reactions, queueMicrotask callbacks). After every task, and when run_jobs is called, the
    // process.nextTick callbacks and the jobs run to completion (Node's order: nextTick queue first); a
    // promise still rejected without a handler at that point is an error ("Uncaught (in promise) ...", except
    // with test262_host).

    // Runs the nextTick callbacks and every pending job, then checks for unhandled rejections. An uncaught
    // exception stops the draining and is returned; the remaining jobs stay queued.
    Result<void> run_jobs();
    // One turn: pending jobs, then the next task (waiting for it when timers are pending but none is due
    // yet), then the jobs it queued. The value tells whether the loop has more work (a referenced timer or
    // immediate, or a posted task). An uncaught exception or unhandled rejection is returned as an error.
    Result<bool> run_one_turn();
    // Runs turns until no work is left. Stops at, and returns, the first error.
    Result<void> run_until_idle();

    // --- Termination ---
    // Stops the running script at its next safe point: a loop iteration, a call, the gap between two jobs
    // or tasks, a regular-expression match, a long-running built-in, or a loop waiting for a timer. May be
    // called from any thread. A termination cannot be caught: no catch or finally block runs, nor do the
    // finally blocks of the generators and async functions it unwinds, and the queued jobs (promise
    // reactions, queueMicrotask and nextTick callbacks) are dropped; timers, immediates and posted tasks
    // stay. The outermost running call returns an ErrorKind::Terminated error, after which the runtime
    // runs new work normally. A request made while no JavaScript runs (or too late for the running call to
    // see it) terminates the next call at its first safe point.
    void terminate();
    // Queues `task` to run on the runtime's thread during a later turn. May be called from any thread, and
    // wakes a loop waiting for a timer; a task posted while run_until_idle is not running runs at the next
    // turn.
    void post_task(Task task);
    // The exit status the script asked for with `process.exitCode` (0 when unset or not a number);
    // process.exit() ends the process itself.
    int exit_code();

    // --- Values ---
    Value undefined();
    Value null();
    Value boolean(bool);
    Value number(double);
    Value string(std::string_view utf8);
    Value new_object();
    Value new_array(std::span<const Value> elements = {});
    // A new error object of `type` in the main realm (with a captured `stack`).
    Value new_error(ErrorType type, std::string_view message);
    Value global_object();
    // A new pending promise and its resolving functions.
    PendingPromise new_promise();
    // Defines `name` on the global object as a writable, configurable, non-enumerable native function
    // with the given "length".
    Result<void> define_function(std::string_view name, NativeFunction function, unsigned length = 0);

    // --- Tools ---

    // Parses and compiles `source` without running it and returns the disassembly of its bytecode
    // (the CLI's --print-bytecode).
    Result<std::string> disassemble(std::string_view source, std::string_view filename, bool is_module);
    // Formats `value` as console.log would print it as its only argument (strings raw, everything else
    // like Value::inspect).
    Result<std::string> format_for_console(const Value& value);
    // Writes an error report (Error::report) to the runtime's stderr, followed by a newline.
    void report_error(const Error& error);
    // Runs a full garbage collection.
    void collect_garbage();

    const RuntimeOptions& options() const;

private:
    friend class Value;
    friend struct detail::RuntimeState;
    std::unique_ptr<detail::RuntimeState> state_;
};

} // namespace yieldjs
