#pragma once
// The VM: one JavaScript agent. Owns the heap, the atom table, the interpreter and the job queue; holds the
// pending exception while a throw completion propagates through C++.
#include "heap/heap.h"
#include "runtime/completion.h"
#include "runtime/property_key.h"
#include "runtime/realm.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace yjs {

struct AgentRecord;
class Interpreter;
class JSObject;
class ShapeCache;
class SourceTextModule;
struct ModuleRequestRecord;

// Frequently used property names, atomized once per VM: vm.names().length etc.
#define YJS_COMMON_NAMES(V)                                                                                  \
    V(length)                                                                                                \
    V(prototype)                                                                                             \
    V(constructor) V(name) V(message) V(stack) V(cause) V(errors) V(value) V(done) V(next)                   \
        V(return_, "return") V(throw_, "throw") V(get) V(set) V(writable) V(enumerable) V(configurable)      \
            V(toString) V(valueOf) V(toJSON) V(then) V(callee) V(caller) V(arguments) V(default_, "default") \
                V(proto, "__proto__") V(index) V(input) V(groups) V(indices) V(lastIndex) V(source) V(flags) \
                    V(raw) V(undefined) V(NaN) V(Infinity) V(globalThis) V(eval) V(add) V(size) V(has)       \
                        V(keys) V(values) V(entries) V(join) V(resolve) V(reject) V(all) V(race) V(any)      \
                            V(allSettled) V(status) V(reason) V(fulfilled, "fulfilled") V(rejected) V(async) \
                                V(anonymous) V(star_default, "*default*") V(empty_string, "")                \
                                    V(null_, "null") V(true_, "true") V(false_, "false") V(object)           \
                                        V(function) V(string) V(number) V(boolean) V(symbol) V(bigint)       \
                                            V(apply) V(construct) V(defineProperty) V(deleteProperty)        \
                                                V(getOwnPropertyDescriptor) V(getPrototypeOf)                \
                                                    V(isExtensible) V(ownKeys) V(preventExtensions)          \
                                                        V(setPrototypeOf) V(proxy) V(revoke)

#define YJS_WELL_KNOWN_SYMBOLS(V)                                                                            \
    V(asyncIterator)                                                                                         \
    V(hasInstance)                                                                                           \
    V(isConcatSpreadable) V(iterator) V(match) V(matchAll) V(replace) V(search) V(species) V(split)          \
        V(toPrimitive) V(toStringTag) V(unscopables) V(dispose) V(asyncDispose)

struct CommonNames {
#define YJS_NAME_FIELD(name, ...) PropertyKey name;
    YJS_COMMON_NAMES(YJS_NAME_FIELD)
#undef YJS_NAME_FIELD
};

struct WellKnownSymbols {
#define YJS_SYMBOL_FIELD(name) Symbol* name = nullptr;
    YJS_WELL_KNOWN_SYMBOLS(YJS_SYMBOL_FIELD)
#undef YJS_SYMBOL_FIELD
};

enum class ErrorType { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

// A job for the job queue (HostEnqueuePromiseJob etc.). The callback runs with the VM; its Values must be
// rooted by the job itself (capture them in a MarkedValueVector or in cells reachable from `roots`).
struct Job {
    std::function<ThrowCompletionOr<void>(VM&)> run;
    std::shared_ptr<MarkedValueVector> roots;
    Realm* realm = nullptr;
    // A job can instead be a plain function of a cell, a value and a flag (promise reaction jobs, the
    // most frequent kind): no allocation, and the VM marks `cell` and `argument` while it is queued.
    ThrowCompletionOr<void> (*function)(VM&, Cell*, Value, bool) = nullptr;
    Cell* cell = nullptr;
    Value argument;
    bool flag = false;
};

// What the embedder (CLI, tests) provides to the engine.
struct HostHooks {
    // HostEnqueuePromiseJob; default: the VM's own microtask queue.
    std::function<void(VM&, Job)> enqueue_promise_job;
    // HostPromiseRejectionTracker(promise, "reject" | "handle").
    std::function<void(VM&, JSObject* promise, bool handled)> promise_rejection_tracker;
    // HostLoadImportedModule (16.2.1.10) for a synchronous host: the module record `request` (its specifier
    // and import attributes) names when imported by the script or module at `referrer_url`, loaded and
    // parsed (not linked), the same record every time for the same module and attributes; or a throw
    // completion (missing file, parse error, unsupported attributes). `is_static` tells an import
    // declaration's request (unsupported attributes are a SyntaxError) from an import() call's (TypeError).
    std::function<ThrowCompletionOr<SourceTextModule*>(VM&, const std::string& referrer_url,
                                                       const ModuleRequestRecord& request, bool is_static)>
        load_imported_module;
    // HostGetImportMetaProperties + HostFinalizeImportMeta: adds the host's properties to `import_meta`.
    std::function<ThrowCompletionOr<void>(VM&, SourceTextModule&, JSObject* import_meta)>
        initialize_import_meta;
    // HostEnqueueFinalizationRegistryCleanupJob: asks the host to call run_finalization_cleanups() later, as
    // a task of its own (never during a collection). Default: a job on the VM's own queue.
    std::function<void(VM&)> schedule_finalization_cleanup;
};

class VM {
public:
    struct Options {
        std::size_t heap_limit_bytes = std::size_t(2048) << 20;
        std::size_t stack_size_bytes = std::size_t(8) << 20; // the interpreter's JS register stack
    };
    explicit VM(Options options);
    VM() : VM(Options{}) {}
    ~VM();
    VM(const VM&) = delete;
    VM& operator=(const VM&) = delete;

    Heap& heap() { return heap_; }
    AtomTable& atoms() { return *atoms_; }
    const CommonNames& names() const { return names_; }
    const WellKnownSymbols& well_known_symbols() const { return symbols_; }
    Interpreter& interpreter() { return *interpreter_; }
    HostHooks& host_hooks() { return host_hooks_; }
    // The surrounding agent's Agent Record: [[CanBlock]], its signifier for other agents and its pending
    // Atomics.waitAsync waiters (runtime/agent.h).
    AgentRecord& agent() { return *agent_; }
    ShapeCache& shape_cache() { return *shape_cache_; }

    // The realm of the running execution context (the realm of the function being executed).
    Realm& current_realm() { return *current_realm_; }
    Realm* current_realm_or_null() const { return current_realm_; }
    void set_current_realm(Realm* realm) { current_realm_ = realm; }
    // Realms created by create_realm() stay alive as roots (the CLI's $262.createRealm relies on it).
    Realm* create_realm();

    // --- Exceptions ---
    ThrowCompletion throw_value(Value exception);
    // Creates an error of `type` in the current realm with a formatted message and throws it.
    ThrowCompletion throw_error(ErrorType type, std::string_view message);
    ThrowCompletion throw_type_error(std::string_view message) {
        return throw_error(ErrorType::TypeError, message);
    }
    ThrowCompletion throw_range_error(std::string_view message) {
        return throw_error(ErrorType::RangeError, message);
    }
    ThrowCompletion throw_reference_error(std::string_view message) {
        return throw_error(ErrorType::ReferenceError, message);
    }
    ThrowCompletion throw_syntax_error(std::string_view message) {
        return throw_error(ErrorType::SyntaxError, message);
    }
    JSObject* create_error(ErrorType type, std::string_view message);
    bool has_exception() const { return has_exception_; }
    Value exception() const { return exception_; }
    // Takes the pending exception (leaving none).
    Value take_exception();
    void clear_exception() {
        has_exception_ = false;
        exception_ = Value::undefined();
    }

    // Native stack guard for C++ recursion (native calls into JS, ToString on nested arrays, JSON, ...).
    // Returns a RangeError throw completion when the native stack is nearly exhausted.
    bool native_stack_exhausted() const;
    ThrowCompletionOr<void> check_native_stack();
    // Parsing and compiling recurse on the native stack as deep as the parser's nesting budget allows;
    // eval and the Function constructors, reachable from deep native recursion, first check that this
    // much stack is left (RangeError otherwise).
    ThrowCompletionOr<void> check_native_stack_for_compile();

    // --- Jobs (microtasks) ---
    void enqueue_job(Job job); // appends to the VM's own queue (HostEnqueueGenericJob)
    // HostEnqueuePromiseJob: host_hooks().enqueue_promise_job when set, otherwise enqueue_job().
    void enqueue_promise_job(Job job);
    bool has_pending_jobs() const { return !jobs_.empty(); }
    // Runs jobs until the queue is empty. A job that throws is reported through the returned completion
    // (the queue keeps running the remaining jobs on the next call).
    ThrowCompletionOr<void> run_jobs();

    // --- Weak references ---
    // AddToKeptObjects(value): keeps `cell` alive until clear_kept_objects().
    void add_to_kept_objects(Cell* cell) { kept_objects_.push_back(cell); }
    // ClearKeptObjects(): called when a job (or the script) finishes.
    void clear_kept_objects() { kept_objects_.clear(); }
    // Called by a FinalizationRegistry (from a weak callback, during a collection) whose cells died: queues
    // it for a cleanup job and asks the host to schedule one.
    void enqueue_finalization_cleanup(JSObject* registry);
    // Runs CleanupFinalizationRegistry for each queued registry; stops at the first abrupt completion (the
    // remaining registries stay queued for the next call).
    ThrowCompletionOr<void> run_finalization_cleanups();

    // Symbol.for registry.
    Symbol* symbol_for(JSString* key);
    Value symbol_key_for(Symbol*);

    // --- Interrupts (heap/interrupts.h) ---
    // Safe points test heap().interrupts().pending() and then call handle_interrupt(), which turns the
    // request into a throw completion and returns true: the out-of-memory RangeError, or a termination.
    bool handle_interrupt();
    // Asks the running script to terminate at its next safe point. Callable from any thread.
    void request_termination() { heap_.interrupts().raise(Interrupts::kTerminate); }
    // Whether the pending throw completion is a termination. It cannot be caught: the interpreter unwinds
    // every frame without running catch or finally blocks (generators and async functions included), and
    // the request stays raised, so that native code which swallows the completion (a promise executor, an
    // iterator close) stops again at its next safe point.
    bool is_terminating() const { return terminating_; }
    // Makes the pending exception a termination (as handle_interrupt does for a termination request).
    ThrowCompletion throw_termination();
    // Once a termination has reached the embedder: clears it, the pending exception and the termination
    // requests, and drops the queued jobs. The VM is then ready for new work.
    void finish_termination();

private:
    void visit_roots(Visitor&);

    Options options_;
    Heap heap_;
    Heap::CallbackId root_callback_ = 0;
    std::unique_ptr<AtomTable> atoms_;
    CommonNames names_;
    WellKnownSymbols symbols_;
    std::unique_ptr<Interpreter> interpreter_;
    HostHooks host_hooks_;
    Realm* current_realm_ = nullptr;
    std::vector<Realm*> realms_;
    Value exception_;
    bool terminating_ = false;
    bool has_exception_ = false;
    std::deque<Job> jobs_;
    std::vector<Cell*> kept_objects_;
    std::vector<JSObject*> finalization_cleanups_;
    bool finalization_cleanup_scheduled_ = false;
    struct SymbolRegistry;
    std::unique_ptr<SymbolRegistry> symbol_registry_;
    std::unique_ptr<ShapeCache> shape_cache_;
    std::uintptr_t native_stack_limit_ = 0;
    std::unique_ptr<AgentRecord> agent_; // last: it leaves the waiter lists before anything else goes
};

} // namespace yjs
