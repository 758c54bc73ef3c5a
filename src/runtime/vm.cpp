#include "runtime/vm.h"

#include "builtins/finalization_registry.h"
#include "runtime/agent.h"
#include "runtime/error.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "vm/interpreter.h"

#include <pthread.h>
#include <sys/resource.h>

#include <unordered_map>

namespace yjs {

namespace {

// Native stack kept free below the limit for the work done after it is hit (creating the RangeError,
// unwinding, host reporting).
constexpr std::uintptr_t kNativeStackSafetyMargin = 256 * 1024;
constexpr std::uintptr_t kDefaultNativeStackSize = 8 * 1024 * 1024;
// Native stack a parse and compile of the most deeply nested program the parser accepts may use (measured
// below 800 KB in a release build), with room to spare.
constexpr std::uintptr_t kCompileStackReserve = 1536 * 1024;

// The spelling of a common name: the identifier, or the explicit second macro argument.
const char* spelling(const char* identifier, const char* spelled = nullptr) {
    return spelled ? spelled : identifier;
}

// Lowest usable address of the current thread's stack.
std::uintptr_t native_stack_limit() {
    auto here = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
    std::uintptr_t low = 0;
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) == 0) {
        void* address = nullptr;
        std::size_t size = 0;
        if (pthread_attr_getstack(&attributes, &address, &size) == 0)
            low = reinterpret_cast<std::uintptr_t>(address);
        pthread_attr_destroy(&attributes);
    }
    if (low == 0 || low >= here) {
        std::uintptr_t size = kDefaultNativeStackSize;
        rlimit limit;
        if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) size = limit.rlim_cur;
        low = here > size ? here - size : 0;
    }
    return low + kNativeStackSafetyMargin;
}

} // namespace

// Symbol.for: registered symbols by key (an atom) and back.
struct VM::SymbolRegistry {
    std::unordered_map<JSString*, Symbol*> by_key;
    std::unordered_map<Symbol*, JSString*> by_symbol;
};

VM::VM(Options options) : options_(options), heap_(options.heap_limit_bytes) {
    root_callback_ = heap_.add_root_callback([this](Visitor& visitor) { visit_roots(visitor); });
    atoms_ = std::make_unique<AtomTable>(*this);
    shape_cache_ = std::make_unique<ShapeCache>(heap_);
    symbol_registry_ = std::make_unique<SymbolRegistry>();

#define YJS_INIT_NAME(name, ...)                                                                             \
    names_.name = PropertyKey::from_atom(atoms_->atomize_ascii(spelling(#name __VA_OPT__(, ) __VA_ARGS__)));
    YJS_COMMON_NAMES(YJS_INIT_NAME)
#undef YJS_INIT_NAME

#define YJS_INIT_SYMBOL(name)                                                                                \
    symbols_.name = heap_.allocate<Symbol>(JSString::from_ascii(*this, "Symbol." #name));
    YJS_WELL_KNOWN_SYMBOLS(YJS_INIT_SYMBOL)
#undef YJS_INIT_SYMBOL

    interpreter_ = std::make_unique<Interpreter>(*this);
    interpreter_->set_stack_size(options_.stack_size_bytes);
    native_stack_limit_ = native_stack_limit();
    agent_ = std::make_unique<AgentRecord>(*this);
}

VM::~VM() {
    heap_.remove_root_callback(root_callback_);
}

void VM::visit_roots(Visitor& visitor) {
    for (Realm* realm : realms_)
        visitor.visit(realm);
    visitor.visit(current_realm_);
    visitor.visit(exception_);
    for (const Job& job : jobs_) {
        visitor.visit(job.realm);
        visitor.visit(job.cell);
        visitor.visit(job.argument);
    }
    for (Cell* cell : kept_objects_)
        visitor.visit(cell);
    for (JSObject* registry : finalization_cleanups_)
        visitor.visit(registry);
    if (interpreter_) interpreter_->visit_roots(visitor);
    if (symbol_registry_) {
        for (auto& [key, symbol] : symbol_registry_->by_key) {
            visitor.visit(key);
            visitor.visit(symbol);
        }
    }
#define YJS_VISIT_NAME(name, ...) names_.name.visit(visitor);
    YJS_COMMON_NAMES(YJS_VISIT_NAME)
#undef YJS_VISIT_NAME
#define YJS_VISIT_SYMBOL(name) visitor.visit(symbols_.name);
    YJS_WELL_KNOWN_SYMBOLS(YJS_VISIT_SYMBOL)
#undef YJS_VISIT_SYMBOL
}

Realm* VM::create_realm() {
    Realm* realm = Realm::create(*this);
    realms_.push_back(realm);
    if (!current_realm_) current_realm_ = realm;
    return realm;
}

// --- Exceptions ---

ThrowCompletion VM::throw_value(Value exception) {
    exception_ = exception;
    has_exception_ = true;
    return kThrowCompletion;
}

ThrowCompletion VM::throw_error(ErrorType type, std::string_view message) {
    return throw_value(create_error(type, message));
}

JSObject* VM::create_error(ErrorType type, std::string_view message) {
    return ErrorObject::create(*this, current_realm(), type, JSString::from_utf8(*this, message));
}

Value VM::take_exception() {
    Value exception = exception_;
    clear_exception();
    return exception;
}

bool VM::native_stack_exhausted() const {
    return reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0)) < native_stack_limit_;
}

ThrowCompletionOr<void> VM::check_native_stack() {
    if (native_stack_exhausted()) [[unlikely]]
        return throw_range_error("Maximum call stack size exceeded");
    return {};
}

ThrowCompletionOr<void> VM::check_native_stack_for_compile() {
    if (reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0)) <
        native_stack_limit_ + kCompileStackReserve)
        return throw_range_error("Maximum call stack size exceeded");
    return {};
}

bool VM::handle_interrupt() {
    Interrupts& interrupts = heap_.interrupts();
    if (interrupts.has(Interrupts::kTermination)) {
        throw_termination();
        return true;
    }
    if (!interrupts.has(Interrupts::kOutOfMemory)) return false;
    heap_.clear_out_of_memory();
    throw_range_error("Out of memory: JavaScript heap limit exceeded");
    return true;
}

ThrowCompletion VM::throw_termination() {
    terminating_ = true;
    // The value is never seen by JavaScript: no handler runs while terminating.
    return throw_value(Value::undefined());
}

void VM::finish_termination() {
    terminating_ = false;
    clear_exception();
    heap_.interrupts().clear(Interrupts::kTermination);
    jobs_.clear();
    clear_kept_objects();
}

// --- Jobs ---

void VM::enqueue_job(Job job) {
    jobs_.push_back(std::move(job));
}

void VM::enqueue_promise_job(Job job) {
    if (host_hooks_.enqueue_promise_job)
        host_hooks_.enqueue_promise_job(*this, std::move(job));
    else
        enqueue_job(std::move(job));
}

ThrowCompletionOr<void> VM::run_jobs() {
    while (!jobs_.empty()) {
        // Between jobs is a safe point: a chain of jobs that allocates reaches no back-edge or call in between.
        if (heap_.interrupts().pending() && handle_interrupt()) return kThrowCompletion;
        Job job = std::move(jobs_.front());
        jobs_.pop_front();
        Realm* caller_realm = current_realm_;
        if (job.realm) current_realm_ = job.realm;
        ThrowCompletionOr<void> result =
            job.function ? job.function(*this, job.cell, job.argument, job.flag) : job.run(*this);
        current_realm_ = caller_realm;
        clear_kept_objects();
        if (result.is_throw_completion()) return kThrowCompletion;
    }
    return {};
}

// --- Weak references ---

void VM::enqueue_finalization_cleanup(JSObject* registry) {
    finalization_cleanups_.push_back(registry);
    if (finalization_cleanup_scheduled_) return;
    finalization_cleanup_scheduled_ = true;
    if (host_hooks_.schedule_finalization_cleanup) {
        host_hooks_.schedule_finalization_cleanup(*this);
        return;
    }
    Job job;
    job.run = [](VM& vm) { return vm.run_finalization_cleanups(); };
    jobs_.push_back(std::move(job));
}

ThrowCompletionOr<void> VM::run_finalization_cleanups() {
    finalization_cleanup_scheduled_ = false;
    while (!finalization_cleanups_.empty()) {
        JSObject* registry = finalization_cleanups_.front();
        finalization_cleanups_.erase(finalization_cleanups_.begin());
        ThrowCompletionOr<void> result = CleanupFinalizationRegistry(*this, registry);
        clear_kept_objects();
        if (result.is_throw_completion()) {
            // The registries still queued get a cleanup job of their own.
            std::vector<JSObject*> remaining = std::move(finalization_cleanups_);
            finalization_cleanups_.clear();
            for (JSObject* rest : remaining)
                enqueue_finalization_cleanup(rest);
            return kThrowCompletion;
        }
    }
    return {};
}

// --- Symbol registry ---

Symbol* VM::symbol_for(JSString* key) {
    JSString* atom = atoms_->atomize(key);
    auto it = symbol_registry_->by_key.find(atom);
    if (it != symbol_registry_->by_key.end()) return it->second;
    auto* symbol = heap_.allocate<Symbol>(atom);
    symbol->set_registered();
    symbol_registry_->by_key.emplace(atom, symbol);
    symbol_registry_->by_symbol.emplace(symbol, atom);
    return symbol;
}

Value VM::symbol_key_for(Symbol* symbol) {
    auto it = symbol_registry_->by_symbol.find(symbol);
    if (it == symbol_registry_->by_symbol.end()) return Value::undefined();
    return it->second;
}

} // namespace yjs
