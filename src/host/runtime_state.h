#pragma once
// The state behind yieldjs::Runtime: the VM, its main realm, the host objects, the API's value handles and
// the event loop. Host built-ins (console, $262, ...) reach it from their realm's HostRealm.
#include "heap/heap.h"
#include "host/console.h"
#include "host/event_loop.h"
#include "host/module_loader.h"
#include "host/watchdog.h"
#include "runtime/completion.h"
#include "runtime/value.h"
#include "yieldjs/runtime.h"

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace yjs {
class JSObject;
class Realm;
class SourceTextModule;
class VM;
} // namespace yjs

namespace yieldjs::detail {

// The Values handed out through the API: a GC root table with a reference count per slot.
class HandleTable final : public yjs::RootedContainer {
public:
    explicit HandleTable(yjs::Heap& heap) : RootedContainer(heap) {}
    std::uint32_t add(yjs::Value value);
    void retain(std::uint32_t slot) { ++counts_[slot]; }
    void release(std::uint32_t slot);
    yjs::Value get(std::uint32_t slot) const { return values_[slot]; }
    void visit_roots(yjs::Visitor&) override;

private:
    std::vector<yjs::Value> values_;
    std::vector<std::uint32_t> counts_; // 0: free
    std::vector<std::uint32_t> free_;
};

struct RuntimeState {
    RuntimeState(Runtime& runtime, RuntimeOptions options);
    ~RuntimeState();

    Runtime& runtime;
    RuntimeOptions options;
    std::unique_ptr<yjs::VM> vm;
    yjs::Realm* realm = nullptr; // the main realm
    std::unique_ptr<HandleTable> handles;
    std::vector<NativeFunction> native_functions; // indexed by the capture of their NativeFunction object
    yjs::ConsoleState console;
    // Timers, immediates, nextTick, posted tasks and the microtask checkpoints (created after the realm).
    std::unique_ptr<yjs::EventLoop> event_loop;
    // The module map and HostLoadImportedModule.
    std::unique_ptr<yjs::ModuleLoader> module_loader;
    // The modules run_module started whose evaluation has not finished (rooted by the module map).
    std::vector<yjs::SourceTextModule*> pending_modules;
    // How many API calls running JavaScript are in progress (ExecutionScope).
    int execution_depth = 0;
    // Raises Interrupts::kDeadline when the outermost of them outlives options.execution_budget_ms
    // (only when a budget is set).
    std::unique_ptr<yjs::Watchdog> watchdog;

    // Makes a realm usable by the host: records this state in its host-defined slot and installs the
    // console, the timer functions and `process` (and, in test262 mode, print and $262).
    void prepare_realm(yjs::Realm&);

    Value wrap(yjs::Value value) { return Value(this, handles->add(value)); }
    static yjs::Value unwrap(const Value& value);

    // The error for the exception pending in the VM (which is cleared): termination_error() while the VM
    // is terminating.
    Error take_exception_error();
    // The Terminated error for the termination under way.
    Error termination_error();
    Error exception_error(yjs::Value exception);

    void write_stdout(std::string_view text);
    void write_stderr(std::string_view text);
};

// Brackets every API call that runs JavaScript. The outermost one arms the execution budget and, when it
// ends, ends the termination that happened in it (VM::finish_termination, dropping the queued jobs).
class ExecutionScope {
public:
    explicit ExecutionScope(RuntimeState&);
    ~ExecutionScope();
    ExecutionScope(const ExecutionScope&) = delete;
    ExecutionScope& operator=(const ExecutionScope&) = delete;

    // Whether the script was terminated: the call returns state.termination_error() whatever its
    // completion (native code may have swallowed the termination's throw completion).
    bool terminated() const;

private:
    RuntimeState& state_;
};

// The RuntimeState of the host that created `realm` (every realm the host creates has one).
RuntimeState& state_of(yjs::Realm& realm);
// The RuntimeState of the host that created the realm of a native function.
RuntimeState& state_of(yjs::JSObject* native_function);

} // namespace yieldjs::detail
