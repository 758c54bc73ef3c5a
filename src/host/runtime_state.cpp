#include "host/runtime_state.h"

#include "host/console.h"
#include "host/inspect.h"
#include "host/script.h"
#include "host/test262_host.h"
#include "runtime/abstract_ops.h"
#include "runtime/agent.h"
#include "runtime/function.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"

#include <chrono>
#include <cstdio>
#include <string>

namespace yieldjs::detail {

namespace {

// What the host keeps in every realm's host-defined slot.
class HostRealm final : public yjs::Cell {
public:
    explicit HostRealm(RuntimeState* state) : state(state) {}
    RuntimeState* state;
    const char* class_name() const override { return "HostRealm"; }
};

// Console output is written through at once, like Node's synchronous stdout/stderr: nothing is lost if
// the process dies, and the two streams interleave in order.
void write_to(std::FILE* stream, std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stream);
    std::fflush(stream);
}

} // namespace

std::uint32_t HandleTable::add(yjs::Value value) {
    if (free_.empty()) {
        values_.push_back(value);
        counts_.push_back(1);
        return static_cast<std::uint32_t>(values_.size() - 1);
    }
    std::uint32_t slot = free_.back();
    free_.pop_back();
    values_[slot] = value;
    counts_[slot] = 1;
    return slot;
}

void HandleTable::release(std::uint32_t slot) {
    if (--counts_[slot] != 0) return;
    values_[slot] = yjs::Value::undefined();
    free_.push_back(slot);
}

void HandleTable::visit_roots(yjs::Visitor& visitor) {
    for (yjs::Value value : values_)
        visitor.visit(value);
}

RuntimeState::RuntimeState(Runtime& runtime, RuntimeOptions options)
    : runtime(runtime), options(std::move(options)) {
    yjs::VM::Options vm_options;
    vm_options.heap_limit_bytes = this->options.max_heap_bytes;
    vm_options.stack_size_bytes = this->options.stack_size_bytes;
    vm = std::make_unique<yjs::VM>(vm_options);
    handles = std::make_unique<HandleTable>(vm->heap());
    yjs::EventLoop::Options loop_options;
    loop_options.report_unhandled_rejections = !this->options.test262_host;
    event_loop = std::make_unique<yjs::EventLoop>(*vm, loop_options);
    // The agent's host hooks: tasks from other threads and waitAsync timeouts go to the event loop.
    yjs::AgentRecord& agent = vm->agent();
    yjs::EventLoop* loop = event_loop.get();
    agent.handle->set_poster([loop](std::function<void()> task) { loop->post_task(std::move(task)); });
    agent.enqueue_timeout_job = [loop](double delay, std::function<void()> job) {
        return loop->add_host_timeout(delay, std::move(job));
    };
    agent.cancel_timeout_job = [loop](std::uint64_t id) { loop->cancel_host_timeout(id); };
    realm = vm->create_realm();
    vm->set_current_realm(realm);
    prepare_realm(*realm);
    module_loader = std::make_unique<yjs::ModuleLoader>(*vm);
    if (this->options.execution_budget_ms > 0) {
        watchdog = std::make_unique<yjs::Watchdog>([this] {
            vm->heap().interrupts().raise(yjs::Interrupts::kDeadline);
            event_loop->wake();
        });
    }
}

RuntimeState::~RuntimeState() {
    std::fflush(stdout);
    if (options.test262_host) yjs::shutdown_test262_agents();
    // Other threads can no longer reach the event loop.
    yjs::AgentRecord& agent = vm->agent();
    agent.handle->set_poster({});
    agent.enqueue_timeout_job = nullptr;
    agent.cancel_timeout_job = nullptr;
    watchdog.reset();
    // The handle table is a root registered with the heap: it goes first.
    handles.reset();
    module_loader.reset();
    event_loop.reset();
    vm.reset();
}

void RuntimeState::prepare_realm(yjs::Realm& new_realm) {
    new_realm.set_host_defined(vm->heap().allocate<HostRealm>(this));
    yjs::install_console(*vm, new_realm);
    yjs::install_timers(*vm, new_realm);
    yjs::install_process(*vm, new_realm);
    if (options.test262_host) yjs::install_test262_host(*vm, new_realm);
}

RuntimeState& state_of(yjs::Realm& realm) {
    return *static_cast<HostRealm*>(realm.host_defined())->state;
}

RuntimeState& state_of(yjs::JSObject* native_function) {
    return state_of(*static_cast<yjs::NativeFunction*>(native_function)->realm());
}

yjs::Value RuntimeState::unwrap(const Value& value) {
    return value.state_ ? value.state_->handles->get(value.slot_) : yjs::Value::undefined();
}

void RuntimeState::write_stdout(std::string_view text) {
    if (options.write_stdout)
        options.write_stdout(text);
    else
        write_to(stdout, text);
}

void RuntimeState::write_stderr(std::string_view text) {
    if (options.write_stderr)
        options.write_stderr(text);
    else
        write_to(stderr, text);
}

Error RuntimeState::take_exception_error() {
    if (vm->is_terminating()) return termination_error();
    return exception_error(vm->take_exception());
}

Error RuntimeState::termination_error() {
    vm->clear_exception();
    Error error;
    error.kind = ErrorKind::Terminated;
    error.name = "Error";
    if (vm->heap().interrupts().has(yjs::Interrupts::kDeadline))
        error.message =
            "Script execution timed out after " + std::to_string(options.execution_budget_ms) + "ms";
    else
        error.message = "Script execution was terminated";
    error.report = "Error: " + error.message;
    return error;
}

ExecutionScope::ExecutionScope(RuntimeState& state) : state_(state) {
    if (state.execution_depth++ == 0 && state.watchdog)
        state.watchdog->arm(std::chrono::milliseconds(state.options.execution_budget_ms));
}

ExecutionScope::~ExecutionScope() {
    if (--state_.execution_depth != 0) return;
    yjs::VM& vm = *state_.vm;
    if (state_.watchdog) {
        state_.watchdog->disarm();
        // A budget that ran out too late for the call to notice does not carry over to the next call.
        vm.heap().interrupts().clear(yjs::Interrupts::kDeadline);
    }
    if (!vm.is_terminating()) return;
    vm.finish_termination();
    state_.event_loop->discard_microtasks();
}

bool ExecutionScope::terminated() const {
    return state_.vm->is_terminating();
}

namespace {

// A property of a thrown object as UTF-8, or "" when reading or converting it throws.
std::string property_text(yjs::VM& vm, yjs::JSObject* object, yjs::PropertyKey key) {
    auto value = object->get(vm, key);
    if (value.is_error()) {
        vm.clear_exception();
        return "";
    }
    if (value.value().is_undefined()) return "";
    auto text = yjs::ToString(vm, value.value());
    if (text.is_error()) {
        vm.clear_exception();
        return "";
    }
    return text.value()->to_utf8();
}

// ToString for the report of a thrown primitive (symbols use their descriptive string).
std::string primitive_text(yjs::VM& vm, yjs::Value value) {
    if (value.is_symbol()) return value.as_symbol()->descriptive_string(vm)->to_utf8();
    auto text = yjs::ToString(vm, value);
    if (text.is_error()) {
        vm.clear_exception();
        return yjs::describe_value(value);
    }
    return text.value()->to_utf8();
}

} // namespace

Error RuntimeState::exception_error(yjs::Value exception) {
    Error error;
    error.kind = ErrorKind::Exception;
    error.exception = wrap(exception);
    yjs::VM& vm = *this->vm;
    if (!exception.is_object()) {
        error.message = primitive_text(vm, exception);
        error.report = "Uncaught " + error.message;
        return error;
    }
    yjs::JSObject* object = exception.as_object();
    error.name = property_text(vm, object, vm.names().name);
    error.message = property_text(vm, object, vm.names().message);
    if (options.test262_host) {
        // ToString of the thrown object: "Name: message" for errors and for harness/sta.js's Test262Error.
        auto text = yjs::ToString(vm, exception);
        if (text.is_error()) {
            vm.clear_exception();
            error.report = "Uncaught " + yjs::describe_value(exception);
        } else {
            error.report = "Uncaught " + text.value()->to_utf8();
        }
        return error;
    }
    if (object->builtin_tag() == yjs::BuiltinTag::Error) {
        auto stack = object->get(vm, vm.names().stack);
        if (stack.is_error())
            vm.clear_exception();
        else if (stack.value().is_string()) {
            error.report = "Uncaught " + stack.value().as_string()->to_utf8();
            return error;
        }
    }
    auto inspected = yjs::inspect(vm, exception);
    if (inspected.is_error()) {
        vm.clear_exception();
        error.report = "Uncaught " + yjs::describe_value(exception);
    } else {
        error.report = "Uncaught " + yjs::utf16_to_utf8(inspected.value());
    }
    return error;
}

} // namespace yieldjs::detail
