// $262.agent (test262's INTERPRETING.md): concurrent agents for the Atomics tests. Each agent started by
// the main agent is a Runtime of its own on its own std::thread; they share memory only through the
// SharedDataBlocks of the SharedArrayBuffers the main agent broadcasts.
//
// An agent evaluates its source, then runs its event loop; when the loop is idle it sleeps until another
// thread hands it work (a broadcast, an Atomics.notify of its waitAsync) and ends once it has called
// leaving() and gone idle, or when the main agent ends. The main agent's end waits a little for the agents
// to finish and leaves the others (blocked in Atomics.wait, say) detached: the process ends with them.
#include "host/runtime_state.h"
#include "host/test262_host.h"
#include "runtime/abstract_ops.h"
#include "runtime/agent.h"
#include "runtime/array_buffer.h"
#include "runtime/bigint.h"
#include "runtime/function.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace yjs {

namespace {

// A broadcast on its way to an agent: the buffer's block (retained), its maximum length, and the id.
struct Broadcast {
    SharedDataBlock* block = nullptr;
    std::optional<std::uint64_t> max_byte_length;
    double number = 0;
    std::optional<std::string> bigint; // the id's decimal digits when it is a BigInt
};

struct AgentThread {
    std::string source;
    std::thread thread;
    std::shared_ptr<AgentHandle> handle; // set before the agent counts as running
    VM* vm = nullptr;                    // the agent's VM (used on its thread only)
    yieldjs::Runtime* runtime = nullptr; // while it exists (guarded by the cluster's mutex): to terminate it
    std::optional<Broadcast> pending;    // a broadcast the agent has not taken yet
    std::unique_ptr<Root<Value>> receiver; // the receiveBroadcast callback (the agent's thread only)
    bool running = false;
    bool posted = false; // work was posted while the agent may be idle
    bool left = false;
    bool stopping = false; // the main agent ended
    bool finished = false;
};

// Everything agents share, guarded by one mutex. Never destroyed: detached agents may still use it while
// the process exits.
struct Cluster {
    std::mutex mutex;
    std::condition_variable changed; // an agent started, took a broadcast, finished, or got work
    std::vector<std::shared_ptr<AgentThread>> agents;
    std::deque<std::string> reports;
    std::size_t untaken = 0; // agents that have not taken the current broadcast
};

Cluster& cluster() {
    static Cluster* instance = new Cluster;
    return *instance;
}

// How many agents may run at once (each is a thread with a runtime of its own).
constexpr std::size_t kMaxAgents = 64;

// The agent running on this thread; null on the main agent's thread.
thread_local AgentThread* t_agent = nullptr;

double monotonic_now_ms() {
    auto since_epoch = std::chrono::steady_clock::now().time_since_epoch();
    return std::chrono::duration<double, std::milli>(since_epoch).count();
}

void write_error(const std::string& text) {
    std::string line = text + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
}

// Hands a pending broadcast to the agent's receiveBroadcast callback (on the agent's thread).
void deliver_broadcast(VM& vm, AgentThread& agent) {
    Cluster& shared = cluster();
    Broadcast broadcast;
    {
        std::lock_guard lock(shared.mutex);
        if (!agent.pending || !agent.receiver) return;
        broadcast = *agent.pending;
        agent.pending.reset();
        --shared.untaken;
        shared.changed.notify_all();
    }
    Realm& realm = vm.current_realm();
    ArrayBufferObject* buffer =
        ArrayBufferObject::create_for_shared_block(vm, realm.intrinsic(Intrinsic::SharedArrayBufferPrototype),
                                                   broadcast.block, broadcast.max_byte_length);
    broadcast.block->release();
    Value id(broadcast.number);
    if (broadcast.bigint) {
        ThrowCompletionOr<BigInt*> parsed = StringToBigInt(vm, JSString::from_ascii(vm, *broadcast.bigint));
        if (!parsed.is_throw_completion() && parsed.value()) id = Value(parsed.value());
    }
    Value arguments[] = {Value(buffer), id};
    if (Call(vm, agent.receiver->get(), Value::undefined(), arguments).is_throw_completion()) {
        // A termination is no exception: it stays raised and ends the agent's turn.
        if (vm.is_terminating()) return;
        Value exception = vm.take_exception();
        ThrowCompletionOr<JSString*> text = ToString(vm, exception);
        if (text.is_throw_completion()) vm.clear_exception();
        write_error("agent: Uncaught " +
                    (text.is_throw_completion() ? describe_value(exception) : text.value()->to_utf8()));
    }
}

// --- The agent's side ---

// $262.agent.receiveBroadcast(callback)
ThrowCompletionOr<Value> agent_receive_broadcast(VM& vm, const NativeCallInfo& call) {
    AgentThread& agent = *t_agent;
    if (!agent.receiver) agent.receiver = std::make_unique<Root<Value>>(vm.heap());
    agent.receiver->set(call.argument(0));
    bool pending;
    {
        std::lock_guard lock(cluster().mutex);
        pending = agent.pending.has_value();
    }
    if (pending) agent.handle->post([&vm, &agent] { deliver_broadcast(vm, agent); });
    return Value::undefined();
}

// $262.agent.report(message)
ThrowCompletionOr<Value> agent_report(VM& vm, const NativeCallInfo& call) {
    JSString* text = TRY(ToString(vm, call.argument(0)));
    Cluster& shared = cluster();
    std::lock_guard lock(shared.mutex);
    shared.reports.push_back(text->to_utf8());
    return Value::undefined();
}

// $262.agent.leaving()
ThrowCompletionOr<Value> agent_leaving(VM&, const NativeCallInfo&) {
    std::lock_guard lock(cluster().mutex);
    t_agent->left = true;
    return Value::undefined();
}

// --- Both sides ---

// $262.agent.sleep(ms)
ThrowCompletionOr<Value> agent_sleep(VM& vm, const NativeCallInfo& call) {
    double milliseconds = TRY(ToNumber(vm, call.argument(0)));
    // (At most about 30 years: the clock counts nanoseconds in 64 bits.)
    if (milliseconds > 0)
        std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(std::min(milliseconds, 1e12)));
    return Value::undefined();
}

// $262.agent.monotonicNow()
ThrowCompletionOr<Value> agent_monotonic_now(VM&, const NativeCallInfo&) {
    return Value(monotonic_now_ms());
}

// --- The main agent's side ---

// The body of an agent's thread.
void run_agent(std::shared_ptr<AgentThread> agent) {
    t_agent = agent.get();
    Cluster& shared = cluster();
    {
        yieldjs::RuntimeOptions options;
        options.test262_host = true;
        yieldjs::Runtime runtime(std::move(options)); // install_test262_host hooks the agent up
        {
            std::lock_guard lock(shared.mutex);
            agent->running = true;
            agent->runtime = &runtime;
            shared.changed.notify_all();
        }
        yieldjs::Result<yieldjs::Value> evaluated = runtime.evaluate_script(agent->source, "[agent]");
        if (!evaluated.ok()) {
            // An agent whose script fails ends once idle, so that broadcasts do not wait for it. A
            // termination is the main agent ending the program (shutdown_test262_agents): nothing to report.
            if (evaluated.error().kind != yieldjs::ErrorKind::Terminated)
                runtime.report_error(evaluated.error());
            std::lock_guard lock(shared.mutex);
            agent->left = true;
        }
        for (;;) {
            yieldjs::Result<void> idle = runtime.run_until_idle();
            if (!idle.ok() && idle.error().kind != yieldjs::ErrorKind::Terminated)
                runtime.report_error(idle.error());
            std::unique_lock lock(shared.mutex);
            if (!agent->posted) {
                if (agent->left || agent->stopping) break;
                shared.changed.wait(lock, [&] { return agent->posted || agent->left || agent->stopping; });
                if (!agent->posted) break;
            }
            agent->posted = false;
        }
        agent->receiver.reset();
        std::lock_guard lock(shared.mutex);
        agent->runtime = nullptr;
    }
    std::lock_guard lock(shared.mutex);
    if (agent->pending) {
        agent->pending->block->release();
        agent->pending.reset();
        --shared.untaken;
    }
    agent->finished = true;
    shared.changed.notify_all();
}

// $262.agent.start(source): runs `source` in a new agent; returns once the agent is running.
ThrowCompletionOr<Value> agent_start(VM& vm, const NativeCallInfo& call) {
    JSString* source = TRY(ToString(vm, call.argument(0)));
    auto agent = std::make_shared<AgentThread>();
    agent->source = source->to_utf8();
    Cluster& shared = cluster();
    std::unique_lock lock(shared.mutex);
    std::size_t active = 0;
    for (const std::shared_ptr<AgentThread>& other : shared.agents)
        active += !other->finished;
    if (active >= kMaxAgents) return vm.throw_range_error("$262.agent.start: too many agents");
    try {
        agent->thread = std::thread(run_agent, agent);
    } catch (const std::system_error&) {
        return vm.throw_error(ErrorType::Error, "$262.agent.start: cannot start a thread");
    }
    shared.agents.push_back(agent);
    shared.changed.wait(lock, [&] { return agent->running; });
    return Value::undefined();
}

// $262.agent.broadcast(sab, id): hands the buffer and id to every running agent; returns once all took it.
ThrowCompletionOr<Value> agent_broadcast(VM& vm, const NativeCallInfo& call) {
    auto* buffer = as_if<ArrayBufferObject>(call.argument(0));
    if (!buffer || !buffer->is_shared())
        return vm.throw_type_error("$262.agent.broadcast: the first argument must be a SharedArrayBuffer");
    Broadcast broadcast;
    broadcast.block = buffer->shared_block();
    if (!buffer->is_fixed_length()) broadcast.max_byte_length = buffer->max_byte_length();
    Value id = call.argument(1);
    if (id.is_bigint())
        broadcast.bigint = id.as_bigint()->to_std_string();
    else
        broadcast.number = TRY(ToNumber(vm, id));
    Cluster& shared = cluster();
    std::vector<std::shared_ptr<AgentThread>> receivers;
    {
        std::lock_guard lock(shared.mutex);
        for (const std::shared_ptr<AgentThread>& agent : shared.agents) {
            if (agent->finished) continue;
            if (agent->pending) {
                agent->pending->block->release();
                --shared.untaken;
            }
            broadcast.block->retain();
            agent->pending = broadcast;
            ++shared.untaken;
            receivers.push_back(agent);
        }
    }
    for (const std::shared_ptr<AgentThread>& agent : receivers) {
        AgentThread* target = agent.get();
        target->handle->post([target] {
            // On the agent's thread: its VM is the one running this task.
            deliver_broadcast(*target->vm, *target);
        });
    }
    std::unique_lock lock(shared.mutex);
    shared.changed.wait(lock, [&] { return shared.untaken == 0; });
    return Value::undefined();
}

// $262.agent.getReport(): the oldest report not yet retrieved, or null.
ThrowCompletionOr<Value> agent_get_report(VM& vm, const NativeCallInfo&) {
    Cluster& shared = cluster();
    std::string report;
    {
        std::lock_guard lock(shared.mutex);
        if (shared.reports.empty()) return Value::null();
        report = std::move(shared.reports.front());
        shared.reports.pop_front();
    }
    return Value(JSString::from_utf8(vm, report));
}

} // namespace

void install_test262_agent(VM& vm, Realm& realm, JSObject* host) {
    JSObject* agent = JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype));
    auto method = [&](const char* name, NativeFunctionPointer function, std::uint32_t length) {
        agent->define_native_function(vm, realm, PropertyKey::from_ascii(vm, name), function, length);
    };
    if (AgentThread* current = t_agent) {
        // Work posted to this agent (by broadcast or another agent's Atomics.notify) goes to its event
        // loop, and wakes the agent if it is idle.
        EventLoop* loop = yieldjs::detail::state_of(realm).event_loop.get();
        vm.agent().handle->set_poster([current, loop](std::function<void()> task) {
            loop->post_task(std::move(task));
            Cluster& shared = cluster();
            std::lock_guard lock(shared.mutex);
            current->posted = true;
            shared.changed.notify_all();
        });
        current->handle = vm.agent().handle;
        current->vm = &vm;
        method("receiveBroadcast", agent_receive_broadcast, 1);
        method("report", agent_report, 1);
        method("leaving", agent_leaving, 0);
    } else {
        method("start", agent_start, 1);
        method("broadcast", agent_broadcast, 2);
        method("getReport", agent_get_report, 0);
    }
    method("sleep", agent_sleep, 1);
    method("monotonicNow", agent_monotonic_now, 0);
    host->define_direct_property(vm, PropertyKey::from_ascii(vm, "agent"), agent, kBuiltinAttributes);
}

void shutdown_test262_agents() {
    if (t_agent) return;
    Cluster& shared = cluster();
    std::unique_lock lock(shared.mutex);
    if (shared.agents.empty()) return;
    for (const std::shared_ptr<AgentThread>& agent : shared.agents)
        agent->stopping = true;
    shared.changed.notify_all();
    auto all_finished = [&] {
        for (const std::shared_ptr<AgentThread>& agent : shared.agents) {
            if (!agent->finished) return false;
        }
        return true;
    };
    // Agents still busy (a pending timeout, a blocking Atomics.wait) get a moment to finish; then those
    // still running JavaScript are terminated, so that no agent runs scripts while the process exits.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    if (!shared.changed.wait_until(lock, deadline, all_finished)) {
        for (const std::shared_ptr<AgentThread>& agent : shared.agents) {
            if (agent->runtime) agent->runtime->terminate();
        }
        shared.changed.wait_until(lock, deadline + std::chrono::milliseconds(500), all_finished);
    }
    std::vector<std::shared_ptr<AgentThread>> agents = std::move(shared.agents);
    shared.agents.clear();
    shared.reports.clear();
    std::vector<bool> finished;
    for (const std::shared_ptr<AgentThread>& agent : agents)
        finished.push_back(agent->finished);
    lock.unlock();
    for (std::size_t i = 0; i < agents.size(); ++i) {
        // A finished agent's thread has only its return left; the others (blocked in Atomics.wait, which
        // termination does not wake) end with the process.
        if (finished[i])
            agents[i]->thread.join();
        else
            agents[i]->thread.detach();
    }
}

} // namespace yjs
