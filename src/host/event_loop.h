#pragma once
// The host's event loop, on libuv, with Node's ordering.
//
// Work comes in two sizes. A *macrotask* is a timer callback (setTimeout/setInterval), an immediate
// (setImmediate) or a task posted by the embedder (Runtime::post_task, from any thread). After every
// macrotask, and after the main script, comes a *microtask checkpoint*: the process.nextTick queue runs,
// then the VM's job queue (promise jobs and queueMicrotask callbacks) drains, repeating while either has
// work; then promises rejected without a handler by that point are reported.
//
// One iteration of the loop goes through libuv's phases as Node uses them: the timers that are due (by
// expiry, equal delays in creation order), then the poll phase (posted tasks; the loop blocks here on
// libuv until the next timer is due or another thread posts a task, unless immediates are waiting), then
// the check phase (the immediates queued before it started). FinalizationRegistry cleanups run as a
// poll-phase task. The loop stays alive while a referenced timer or immediate, or a posted task, is pending.
#include "heap/heap.h"
#include "runtime/object.h"
#include "runtime/value.h"

#include <uv.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace yjs {

class PromiseObject;
class Realm;
class VM;

// A timer of setTimeout / setInterval: Node's Timeout object.
class TimerObject final : public JSObject {
public:
    static TimerObject* create(VM&, JSObject* prototype, Value callback, std::span<const Value> arguments,
                               double delay, bool repeat);
    TimerObject(Shape*, Value callback, std::vector<Value> arguments, double delay, bool repeat);

    const char* class_name() const override { return "Timeout"; }
    void visit_edges(Visitor&) override;

    Value callback() const { return callback_; }
    const std::vector<Value>& arguments() const { return arguments_; }
    double delay() const { return delay_; }
    bool repeat() const { return repeat_; }
    std::uint64_t id() const { return id_; }
    bool is_refed() const { return refed_; }
    bool is_cleared() const { return cleared_; }
    bool is_scheduled() const { return scheduled_; }

private:
    friend class EventLoop;
    // A host timeout (EventLoop::add_host_timeout) runs this instead of a callback.
    std::function<void()> host_job_;
    Value callback_;
    std::vector<Value> arguments_;
    double delay_;
    double start_ = 0;  // loop time (ms) the current wait started at
    std::uint64_t id_ = 0;
    TimerObject* previous_ = nullptr; // neighbours in the list of timers with the same delay
    TimerObject* next_ = nullptr;
    bool repeat_;
    bool refed_ = true;
    bool cleared_ = false;   // clearTimeout ran: never fires again
    bool scheduled_ = false; // waiting in a timer list
};

// An immediate of setImmediate: Node's Immediate object.
class ImmediateObject final : public JSObject {
public:
    static ImmediateObject* create(VM&, JSObject* prototype, Value callback, std::span<const Value> arguments);
    ImmediateObject(Shape*, Value callback, std::vector<Value> arguments);

    const char* class_name() const override { return "Immediate"; }
    void visit_edges(Visitor&) override;

    Value callback() const { return callback_; }
    const std::vector<Value>& arguments() const { return arguments_; }
    bool is_refed() const { return refed_; }

private:
    friend class EventLoop;
    Value callback_;
    std::vector<Value> arguments_;
    bool refed_ = true;
    bool pending_ = false; // queued and neither run nor cleared
};

class EventLoop {
public:
    struct Options {
        // Report a promise still rejected without a handler at the end of a checkpoint (Node's default);
        // off for the test262 host.
        bool report_unhandled_rejections = true;
    };
    // What stopped the loop: an exception no JavaScript code caught (thrown by a callback or a job), or the
    // reason of a promise rejected without a handler.
    struct Failure {
        Value value;
        bool unhandled_rejection = false;
    };
    struct Turn {
        std::optional<Failure> failure;
        bool more_work = false;
    };

    EventLoop(VM&, Options);
    ~EventLoop();
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    // --- Timers (setTimeout, setInterval, clearTimeout, Timeout.prototype.refresh/ref/unref) ---
    // (Re)starts `timer`: it fires `delay` ms from now, after the earlier timers with the same delay.
    void start_timer(TimerObject*);
    // clearTimeout: the timer never fires again.
    void clear_timer(TimerObject*);
    // The timer with `id` (Timeout[Symbol.toPrimitive]()) that has not been cleared, or null.
    TimerObject* find_timer(double id) const;
    void set_timer_ref(TimerObject*, bool refed);

    // --- Immediates (setImmediate, clearImmediate) ---
    void add_immediate(ImmediateObject*);
    void clear_immediate(ImmediateObject*);
    void set_immediate_ref(ImmediateObject*, bool refed);

    // HostEnqueueTimeoutJob: runs `job` as a timer task once `delay` ms (any non-negative amount) have
    // passed; like a referenced timer, it keeps the loop alive until then. The id cancels it.
    std::uint64_t add_host_timeout(double delay, std::function<void()> job);
    void cancel_host_timeout(std::uint64_t id);

    // process.nextTick(callback, ...arguments).
    void queue_tick(Value callback, std::span<const Value> arguments);
    // Queues a macrotask for the poll phase. Thread-safe; wakes a blocked loop.
    void post_task(std::function<void()> task);
    // Wakes a loop blocked in its poll phase (thread-safe): a termination request stops the loop there.
    void wake();
    // After a termination: forgets the nextTick callbacks and the promises awaiting the unhandled-rejection
    // check (the VM drops its jobs). Timers, immediates and posted tasks stay.
    void discard_microtasks();

    // --- Running ---
    // The microtask checkpoint described above.
    std::optional<Failure> checkpoint();
    // A checkpoint, then the next macrotask (blocking until one is due when the loop is alive but nothing
    // is due yet, or a termination is requested) followed by its checkpoint. more_work: whether the loop
    // is still alive.
    Turn run_one_turn();
    // Checkpoints and turns until the loop has no more work, or the first failure.
    std::optional<Failure> run_until_idle();
    // Whether a referenced timer or immediate, or a posted task, is pending.
    bool alive();

private:
    enum class Phase : std::uint8_t { Timers, Poll, Check };
    struct TimerList {
        double delay = 0;
        double expiry = 0;
        std::uint64_t id = 0; // orders lists with equal expiries
        TimerObject* first = nullptr;
        TimerObject* last = nullptr;
    };
    struct Tick {
        Value callback;
        std::vector<Value> arguments;
    };
    struct Macrotask {
        TimerObject* timer = nullptr;
        ImmediateObject* immediate = nullptr;
        std::function<void()> task;
        bool finalization_cleanup = false;
    };

    double update_now();
    void link_timer(TimerObject*, double start);
    void unlink_timer(TimerObject*);
    // An immediate leaves the queue (it runs, or is cleared): no longer pending nor referenced.
    void finish_immediate(ImmediateObject*);
    TimerList* earliest_list();
    // The next timer due at `now` (unlinked from its list), updating the expiry of lists whose first timer
    // is not due yet; null when none is due.
    TimerObject* take_due_timer(double now);
    // The poll phase's wait: until the earliest timer list expires or a task is posted; no wait when an
    // immediate or a task is already waiting.
    void wait_for_work();
    bool next_macrotask(Macrotask&);
    std::optional<Failure> run_macrotask(Macrotask&);
    std::optional<Failure> failure_from_exception();
    void visit_roots(Visitor&);

    VM& vm_;
    Options options_;
    uv_loop_t loop_{};
    uv_timer_t wait_timer_{};
    uv_async_t wakeup_{};
    Heap::CallbackId roots_callback_ = 0;

    std::map<double, TimerList> timer_lists_; // by delay
    std::unordered_map<std::uint64_t, TimerObject*> timers_by_id_;
    // Host timeouts by their id (which stays the same when a long one is re-armed).
    std::unordered_map<std::uint64_t, TimerObject*> host_timeouts_;
    std::uint64_t next_host_timeout_id_ = 1;
    std::uint64_t next_timer_id_ = 1;
    std::uint64_t next_list_id_ = 0;
    std::size_t refed_timers_ = 0;

    std::deque<ImmediateObject*> immediates_;         // queued for the next check phase
    std::deque<ImmediateObject*> running_immediates_; // the current check phase's
    std::size_t refed_immediates_ = 0;

    std::deque<Tick> ticks_;
    std::vector<PromiseObject*> pending_rejections_;

    std::mutex posted_mutex_;
    std::deque<std::function<void()>> posted_tasks_; // guarded by posted_mutex_
    std::deque<std::function<void()>> ready_tasks_;  // taken by the current poll phase
    // HostEnqueueFinalizationRegistryCleanupJob was called: a poll-phase task runs the cleanups. Like Node,
    // a pending cleanup does not keep the loop alive.
    bool finalization_cleanup_requested_ = false;

    Phase phase_ = Phase::Timers;
    bool phase_started_ = false;
    double phase_now_ = 0;
};

// Defines setTimeout, setInterval, clearTimeout, clearInterval, setImmediate, clearImmediate and
// queueMicrotask on the realm's global object (src/host/timers.cpp).
void install_timers(VM&, Realm&);
// Defines the `process` object (src/host/process.cpp): argv, env, exit, exitCode, platform, nextTick,
// cwd, stdout.write and stderr.write; and `global`, the global object itself, as in Node.
void install_process(VM&, Realm&);

// Node's ERR_INVALID_ARG_TYPE TypeError for a `name` argument that must be a function:
// 'The "callback" argument must be of type function. Received undefined'.
ThrowCompletion throw_invalid_function_argument(VM&, std::string_view name, Value received);

} // namespace yjs
