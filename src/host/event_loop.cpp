#include "host/event_loop.h"

#include "runtime/abstract_ops.h"
#include "runtime/promise.h"
#include "runtime/shape.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cmath>

namespace yjs {

// --- TimerObject / ImmediateObject ---

TimerObject* TimerObject::create(VM& vm, JSObject* prototype, Value callback, std::span<const Value> arguments,
                                 double delay, bool repeat) {
    return vm.heap().allocate<TimerObject>(Shape::create_root(vm, prototype), callback,
                                           std::vector<Value>(arguments.begin(), arguments.end()), delay, repeat);
}

TimerObject::TimerObject(Shape* shape, Value callback, std::vector<Value> arguments, double delay, bool repeat)
    : JSObject(shape), callback_(callback), arguments_(std::move(arguments)), delay_(delay), repeat_(repeat) {
    set_ordinary_methods(true, true);
}

void TimerObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(callback_);
    for (Value argument : arguments_)
        visitor.visit(argument);
}

ImmediateObject* ImmediateObject::create(VM& vm, JSObject* prototype, Value callback,
                                         std::span<const Value> arguments) {
    return vm.heap().allocate<ImmediateObject>(Shape::create_root(vm, prototype), callback,
                                               std::vector<Value>(arguments.begin(), arguments.end()));
}

ImmediateObject::ImmediateObject(Shape* shape, Value callback, std::vector<Value> arguments)
    : JSObject(shape), callback_(callback), arguments_(std::move(arguments)) {
    set_ordinary_methods(true, true);
}

void ImmediateObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(callback_);
    for (Value argument : arguments_)
        visitor.visit(argument);
}

// --- EventLoop ---

EventLoop::EventLoop(VM& vm, Options options) : vm_(vm), options_(options) {
    uv_loop_init(&loop_);
    uv_timer_init(&loop_, &wait_timer_);
    // The async handle only wakes a blocked poll; posted tasks are read from posted_tasks_.
    uv_async_init(&loop_, &wakeup_, [](uv_async_t*) {});
    uv_unref(reinterpret_cast<uv_handle_t*>(&wakeup_));
    roots_callback_ = vm.heap().add_root_callback([this](Visitor& visitor) { visit_roots(visitor); });
    vm.host_hooks().schedule_finalization_cleanup = [this](VM&) { finalization_cleanup_requested_ = true; };
    if (options_.report_unhandled_rejections) {
        vm.host_hooks().promise_rejection_tracker = [this](VM&, JSObject* promise, bool handled) {
            if (!handled) pending_rejections_.push_back(static_cast<PromiseObject*>(promise));
        };
    }
}

EventLoop::~EventLoop() {
    vm_.host_hooks().schedule_finalization_cleanup = nullptr;
    if (options_.report_unhandled_rejections) vm_.host_hooks().promise_rejection_tracker = nullptr;
    vm_.heap().remove_root_callback(roots_callback_);
    uv_close(reinterpret_cast<uv_handle_t*>(&wait_timer_), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&wakeup_), nullptr);
    uv_run(&loop_, UV_RUN_DEFAULT);
    uv_loop_close(&loop_);
}

void EventLoop::visit_roots(Visitor& visitor) {
    for (auto& [delay, list] : timer_lists_) {
        for (TimerObject* timer = list.first; timer; timer = timer->next_)
            visitor.visit(timer);
    }
    for (ImmediateObject* immediate : immediates_)
        visitor.visit(immediate);
    for (ImmediateObject* immediate : running_immediates_)
        visitor.visit(immediate);
    for (const Tick& tick : ticks_) {
        visitor.visit(tick.callback);
        for (Value argument : tick.arguments)
            visitor.visit(argument);
    }
    for (PromiseObject* promise : pending_rejections_)
        visitor.visit(promise);
}

double EventLoop::update_now() {
    uv_update_time(&loop_);
    return static_cast<double>(uv_now(&loop_));
}

// --- Timers ---

void EventLoop::link_timer(TimerObject* timer, double start) {
    timer->start_ = start;
    auto [it, created] = timer_lists_.try_emplace(timer->delay_);
    TimerList& list = it->second;
    if (created) {
        list.delay = timer->delay_;
        list.expiry = start + timer->delay_;
        list.id = next_list_id_++;
    }
    timer->previous_ = list.last;
    timer->next_ = nullptr;
    if (list.last) list.last->next_ = timer;
    else list.first = timer;
    list.last = timer;
    timer->scheduled_ = true;
    if (timer->refed_) ++refed_timers_;
}

void EventLoop::unlink_timer(TimerObject* timer) {
    if (!timer->scheduled_) return;
    auto it = timer_lists_.find(timer->delay_);
    TimerList& list = it->second;
    if (timer->previous_) timer->previous_->next_ = timer->next_;
    else list.first = timer->next_;
    if (timer->next_) timer->next_->previous_ = timer->previous_;
    else list.last = timer->previous_;
    timer->previous_ = timer->next_ = nullptr;
    timer->scheduled_ = false;
    if (timer->refed_) --refed_timers_;
    if (!list.first) timer_lists_.erase(it);
}

void EventLoop::start_timer(TimerObject* timer) {
    if (timer->cleared_) return;
    unlink_timer(timer);
    if (!timer->id_) timer->id_ = next_timer_id_++;
    timers_by_id_[timer->id_] = timer;
    link_timer(timer, update_now());
}

void EventLoop::clear_timer(TimerObject* timer) {
    if (timer->cleared_) return;
    timer->cleared_ = true;
    unlink_timer(timer);
    timers_by_id_.erase(timer->id_);
}

namespace {
// The longest wait of one timer (Node's TIMEOUT_MAX); longer host timeouts re-arm until their time comes.
constexpr double kMaxTimerDelay = 2147483647;
} // namespace

std::uint64_t EventLoop::add_host_timeout(double delay, std::function<void()> job) {
    std::uint64_t id = next_host_timeout_id_++;
    // The loop's clock counts whole milliseconds, so a wait started late in one could end up to a
    // millisecond early: one more keeps the job from running before `delay` has passed.
    delay += 1;
    auto arm = [this, id](double delay, std::function<void()> job, auto& arm_again) -> void {
        if (delay > kMaxTimerDelay) {
            double remaining = delay - kMaxTimerDelay;
            job = [this, id, remaining, job = std::move(job), arm_again] {
                arm_again(remaining, job, arm_again);
            };
            delay = kMaxTimerDelay;
        }
        JSObject* prototype = vm_.current_realm().intrinsic(Intrinsic::ObjectPrototype);
        TimerObject* timer = TimerObject::create(vm_, prototype, Value::undefined(), {}, delay, false);
        timer->host_job_ = std::move(job);
        host_timeouts_[id] = timer;
        // Not in timers_by_id_: clearTimeout(number) cannot reach it.
        link_timer(timer, update_now());
    };
    arm(delay, std::move(job), arm);
    return id;
}

void EventLoop::cancel_host_timeout(std::uint64_t id) {
    auto it = host_timeouts_.find(id);
    if (it == host_timeouts_.end()) return;
    it->second->cleared_ = true;
    unlink_timer(it->second);
    host_timeouts_.erase(it);
}

TimerObject* EventLoop::find_timer(double id) const {
    if (!(id >= 1) || id != std::floor(id)) return nullptr;
    auto it = timers_by_id_.find(static_cast<std::uint64_t>(id));
    return it == timers_by_id_.end() ? nullptr : it->second;
}

void EventLoop::set_timer_ref(TimerObject* timer, bool refed) {
    if (timer->refed_ == refed) return;
    if (timer->scheduled_) refed ? ++refed_timers_ : --refed_timers_;
    timer->refed_ = refed;
}

EventLoop::TimerList* EventLoop::earliest_list() {
    TimerList* earliest = nullptr;
    for (auto& [delay, list] : timer_lists_) {
        if (!earliest || list.expiry < earliest->expiry || (list.expiry == earliest->expiry && list.id < earliest->id))
            earliest = &list;
    }
    return earliest;
}

TimerObject* EventLoop::take_due_timer(double now) {
    for (;;) {
        TimerList* list = earliest_list();
        if (!list || list->expiry > now) return nullptr;
        TimerObject* timer = list->first;
        if (now - timer->start_ < list->delay) {
            // Not due yet (it was added after the list's first timer): the list waits for it, behind the
            // lists that were already due.
            list->expiry = std::max(timer->start_ + list->delay, now + 1);
            list->id = next_list_id_++;
            continue;
        }
        unlink_timer(timer);
        return timer;
    }
}

// --- Immediates, ticks, tasks ---

void EventLoop::add_immediate(ImmediateObject* immediate) {
    immediate->pending_ = true;
    if (immediate->refed_) ++refed_immediates_;
    immediates_.push_back(immediate);
}

void EventLoop::clear_immediate(ImmediateObject* immediate) {
    if (!immediate->pending_) return;
    finish_immediate(immediate);
    for (auto* queue : {&immediates_, &running_immediates_}) {
        auto it = std::find(queue->begin(), queue->end(), immediate);
        if (it != queue->end()) queue->erase(it);
    }
}

void EventLoop::set_immediate_ref(ImmediateObject* immediate, bool refed) {
    // Like Node, an immediate that ran or was cleared stays unreferenced.
    if (!immediate->pending_ || immediate->refed_ == refed) return;
    refed ? ++refed_immediates_ : --refed_immediates_;
    immediate->refed_ = refed;
}

void EventLoop::finish_immediate(ImmediateObject* immediate) {
    immediate->pending_ = false;
    if (immediate->refed_) --refed_immediates_;
    immediate->refed_ = false;
}

void EventLoop::queue_tick(Value callback, std::span<const Value> arguments) {
    ticks_.push_back(Tick{callback, std::vector<Value>(arguments.begin(), arguments.end())});
}

void EventLoop::post_task(std::function<void()> task) {
    {
        std::lock_guard lock(posted_mutex_);
        posted_tasks_.push_back(std::move(task));
    }
    uv_async_send(&wakeup_);
}

void EventLoop::wake() {
    uv_async_send(&wakeup_);
}

void EventLoop::discard_microtasks() {
    ticks_.clear();
    pending_rejections_.clear();
}

bool EventLoop::alive() {
    if (refed_timers_ || refed_immediates_ || !ready_tasks_.empty()) return true;
    std::lock_guard lock(posted_mutex_);
    return !posted_tasks_.empty();
}

// --- Running ---

std::optional<EventLoop::Failure> EventLoop::failure_from_exception() {
    return Failure{vm_.take_exception(), false};
}

std::optional<EventLoop::Failure> EventLoop::checkpoint() {
    // The script or macrotask that ran before this checkpoint has finished: ClearKeptObjects().
    vm_.clear_kept_objects();
    for (;;) {
        // process.nextTick callbacks first, including those they queue.
        while (!ticks_.empty()) {
            Value callback = ticks_.front().callback;
            MarkedValueVector arguments(vm_.heap());
            arguments.items() = std::move(ticks_.front().arguments);
            ticks_.pop_front();
            if (Call(vm_, callback, Value::undefined(), arguments.span()).is_throw_completion())
                return failure_from_exception();
        }
        // Then the promise jobs and microtasks.
        if (vm_.run_jobs().is_throw_completion()) return failure_from_exception();
        if (ticks_.empty()) break;
    }
    // Promises still rejected without a handler: the first one ends the program.
    std::vector<PromiseObject*> rejected = std::move(pending_rejections_);
    pending_rejections_.clear();
    for (PromiseObject* promise : rejected) {
        if (!promise->is_handled()) return Failure{promise->result(), true};
    }
    return std::nullopt;
}

void EventLoop::wait_for_work() {
    double timeout = 0;
    bool tasks_waiting = !immediates_.empty() || !ready_tasks_.empty() || finalization_cleanup_requested_;
    if (!tasks_waiting) {
        std::lock_guard lock(posted_mutex_);
        tasks_waiting = !posted_tasks_.empty();
    }
    if (!tasks_waiting) {
        if (TimerList* list = earliest_list()) timeout = std::max(0.0, list->expiry - update_now());
    }
    if (timeout > 0) {
        uv_timer_start(&wait_timer_, [](uv_timer_t*) {}, static_cast<std::uint64_t>(std::ceil(timeout)), 0);
        uv_run(&loop_, UV_RUN_ONCE);
        uv_timer_stop(&wait_timer_);
    } else {
        uv_run(&loop_, UV_RUN_NOWAIT);
    }
    std::lock_guard lock(posted_mutex_);
    while (!posted_tasks_.empty()) {
        ready_tasks_.push_back(std::move(posted_tasks_.front()));
        posted_tasks_.pop_front();
    }
}

bool EventLoop::next_macrotask(Macrotask& out) {
    for (;;) {
        switch (phase_) {
        case Phase::Timers:
            if (!phase_started_) {
                if (!alive()) return false;
                phase_now_ = update_now();
                phase_started_ = true;
            }
            if (TimerObject* timer = take_due_timer(phase_now_)) {
                out.timer = timer;
                return true;
            }
            phase_ = Phase::Poll;
            phase_started_ = false;
            break;
        case Phase::Poll:
            if (!phase_started_) {
                wait_for_work();
                phase_started_ = true;
                // Woken by a termination request: the loop stops (run_one_turn reports it).
                if (vm_.heap().interrupts().has(Interrupts::kTermination)) return false;
            }
            if (!ready_tasks_.empty()) {
                out.task = std::move(ready_tasks_.front());
                ready_tasks_.pop_front();
                return true;
            }
            if (finalization_cleanup_requested_) {
                finalization_cleanup_requested_ = false;
                out.finalization_cleanup = true;
                return true;
            }
            phase_ = Phase::Check;
            phase_started_ = false;
            break;
        case Phase::Check:
            if (!phase_started_) {
                // Immediates queued from now on wait for the next iteration.
                running_immediates_.insert(running_immediates_.end(), immediates_.begin(), immediates_.end());
                immediates_.clear();
                phase_started_ = true;
            }
            if (!running_immediates_.empty()) {
                out.immediate = running_immediates_.front();
                running_immediates_.pop_front();
                return true;
            }
            phase_ = Phase::Timers;
            phase_started_ = false;
            break;
        }
    }
}

std::optional<EventLoop::Failure> EventLoop::run_macrotask(Macrotask& macrotask) {
    if (TimerObject* timer = macrotask.timer) {
        if (timer->host_job_) {
            std::function<void()> job = std::move(timer->host_job_);
            for (auto it = host_timeouts_.begin(); it != host_timeouts_.end(); ++it) {
                if (it->second == timer) {
                    host_timeouts_.erase(it);
                    break;
                }
            }
            job(); // may re-arm a long timeout under the same id
            return std::nullopt;
        }
        // An interval's next wait starts when its callback starts.
        double start = timer->repeat_ ? update_now() : 0;
        if (Call(vm_, timer->callback_, Value(static_cast<JSObject*>(timer)), timer->arguments_).is_throw_completion())
            return failure_from_exception();
        if (timer->repeat_ && !timer->cleared_ && !timer->scheduled_) link_timer(timer, start);
        else if (!timer->repeat_ && !timer->scheduled_) timers_by_id_.erase(timer->id_);
        return std::nullopt;
    }
    if (ImmediateObject* immediate = macrotask.immediate) {
        finish_immediate(immediate);
        if (Call(vm_, immediate->callback_, Value(static_cast<JSObject*>(immediate)), immediate->arguments_)
                .is_throw_completion())
            return failure_from_exception();
        return std::nullopt;
    }
    if (macrotask.finalization_cleanup) {
        if (vm_.run_finalization_cleanups().is_throw_completion()) return failure_from_exception();
        return std::nullopt;
    }
    macrotask.task();
    return std::nullopt;
}

EventLoop::Turn EventLoop::run_one_turn() {
    Turn turn;
    turn.failure = checkpoint();
    if (turn.failure) return turn;
    Macrotask macrotask;
    if (!next_macrotask(macrotask)) {
        // A termination requested while the loop waited.
        if (vm_.heap().interrupts().has(Interrupts::kTermination) && vm_.handle_interrupt())
            turn.failure = failure_from_exception();
        return turn;
    }
    turn.failure = run_macrotask(macrotask);
    if (!turn.failure) turn.failure = checkpoint();
    turn.more_work = !turn.failure && alive();
    return turn;
}

std::optional<EventLoop::Failure> EventLoop::run_until_idle() {
    for (;;) {
        Turn turn = run_one_turn();
        if (turn.failure) return turn.failure;
        if (!turn.more_work) return std::nullopt;
    }
}

} // namespace yjs
