#include "runtime/agent.h"

#include "runtime/array_buffer.h"
#include "runtime/promise.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <list>
#include <map>
#include <utility>

namespace yjs {

// --- AgentHandle ---

void AgentHandle::post(std::function<void()> task) {
    std::lock_guard lock(mutex_);
    if (poster_) poster_(std::move(task));
}

void AgentHandle::set_poster(Poster poster) {
    std::lock_guard lock(mutex_);
    poster_ = std::move(poster);
}

// --- The WaiterList store ---

namespace {

// A Waiter Record. A blocking waiter lives on its agent's stack while it sleeps; an asynchronous one is
// owned by its list (and retains the block, so the block's address cannot be reused while it waits).
struct Waiter {
    AgentRecord* agent;                      // [[AgentSignifier]]
    std::condition_variable* wake = nullptr; // blocking waiters
    std::uint64_t async_waiter = 0;          // asynchronous waiters: the agent's id of the promise
    bool notified = false;
};

using WaiterListKey = std::pair<SharedDataBlock*, std::uint64_t>;

struct WaiterStore {
    std::mutex critical_section; // of every WaiterList
    std::map<WaiterListKey, std::list<Waiter*>> lists;

    // RemoveWaiter; drops the list once empty.
    void unlink(const WaiterListKey& key, std::list<Waiter*>::iterator position) {
        auto list = lists.find(key);
        list->second.erase(position);
        if (list->second.empty()) lists.erase(list);
    }
    // RemoveWaiter for a waiter that may be asynchronous: that one is deleted and releases its block.
    void remove(const WaiterListKey& key, std::list<Waiter*>::iterator position) {
        Waiter* waiter = *position;
        unlink(key, position);
        if (waiter->async_waiter) {
            key.first->release();
            delete waiter;
        }
    }
};

WaiterStore& store() {
    static WaiterStore* instance = new WaiterStore; // never destroyed: agents may outlive static destruction
    return *instance;
}

// NotifyWaiter for an asynchronous waiter, after the critical section: the agent's own waiters are settled
// at once, other agents' through a task on their thread.
void notify_async_waiter(AgentRecord& current, AgentRecord* owner, std::shared_ptr<AgentHandle> handle,
                         std::uint64_t waiter, bool timed_out) {
    if (owner == &current) {
        current.settle_async_waiter(waiter, timed_out);
        return;
    }
    handle->post([owner, waiter, timed_out] { owner->settle_async_waiter(waiter, timed_out); });
}

} // namespace

WaitResult WaitSync(AgentRecord& agent, SharedDataBlock* block, std::uint64_t byte_index,
                    const std::function<bool()>& still_expected, double timeout_ms) {
    WaiterStore& waiters = store();
    std::unique_lock lock(waiters.critical_section);
    if (!still_expected()) return WaitResult::NotEqual;
    std::condition_variable wake;
    Waiter waiter{&agent, &wake};
    WaiterListKey key{block, byte_index};
    std::list<Waiter*>& list = waiters.lists[key];
    list.push_back(&waiter);
    // SuspendThisAgent: the condition variable releases the critical section while sleeping, so a
    // notification between leaving it and sleeping is not lost.
    // Timeouts beyond about 30 years are waits without an end (the clock counts nanoseconds in 64 bits).
    constexpr double kLongestTimeout = 1e12;
    if (timeout_ms > kLongestTimeout) {
        wake.wait(lock, [&] { return waiter.notified; });
    } else {
        auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double, std::milli>(timeout_ms));
        wake.wait_until(lock, deadline, [&] { return waiter.notified; });
    }
    if (waiter.notified) return WaitResult::Ok;
    std::list<Waiter*>& current = waiters.lists[key];
    for (auto it = current.begin(); it != current.end(); ++it) {
        if (*it == &waiter) {
            waiters.unlink(key, it);
            break;
        }
    }
    return WaitResult::TimedOut;
}

WaitResult WaitAsync(AgentRecord& agent, SharedDataBlock* block, std::uint64_t byte_index,
                     const std::function<bool()>& still_expected, double timeout_ms,
                     std::uint64_t async_waiter) {
    WaiterStore& waiters = store();
    {
        std::lock_guard lock(waiters.critical_section);
        if (!still_expected()) return WaitResult::NotEqual;
        if (timeout_ms == 0) return WaitResult::TimedOut;
        block->retain();
        waiters.lists[{block, byte_index}].push_back(new Waiter{&agent, nullptr, async_waiter});
    }
    if (std::isinf(timeout_ms) || !agent.enqueue_timeout_job) return WaitResult::Ok;
    // EnqueueAtomicsWaitAsyncTimeoutJob: if the waiter is still listed when the job runs, it times out.
    std::uint64_t job = agent.enqueue_timeout_job(timeout_ms, [&agent, block, byte_index, async_waiter] {
        WaiterStore& waiters = store();
        bool timed_out = false;
        {
            std::lock_guard lock(waiters.critical_section);
            WaiterListKey key{block, byte_index};
            auto list = waiters.lists.find(key);
            if (list != waiters.lists.end()) {
                for (auto it = list->second.begin(); it != list->second.end(); ++it) {
                    if ((*it)->agent == &agent && (*it)->async_waiter == async_waiter) {
                        waiters.remove(key, it);
                        timed_out = true;
                        break;
                    }
                }
            }
        }
        if (timed_out) agent.settle_async_waiter(async_waiter, true);
    });
    agent.set_async_timeout(async_waiter, job);
    return WaitResult::Ok;
}

std::uint64_t NotifyWaiters(AgentRecord& agent, SharedDataBlock* block, std::uint64_t byte_index,
                            double count) {
    struct Notified {
        AgentRecord* owner;
        std::shared_ptr<AgentHandle> handle;
        std::uint64_t waiter;
    };
    std::vector<Notified> async_notified;
    std::uint64_t n = 0;
    WaiterStore& waiters = store();
    {
        std::lock_guard lock(waiters.critical_section);
        WaiterListKey key{block, byte_index};
        auto list = waiters.lists.find(key);
        // RemoveWaiters(WL, c), then NotifyWaiter for each.
        while (list != waiters.lists.end() && static_cast<double>(n) < count) {
            Waiter* waiter = list->second.front();
            ++n;
            if (waiter->async_waiter) {
                async_notified.push_back({waiter->agent, waiter->agent->handle, waiter->async_waiter});
            } else {
                waiter->notified = true;
                waiter->wake->notify_one();
            }
            bool last = list->second.size() == 1;
            waiters.remove(key, list->second.begin());
            if (last) break;
        }
    }
    for (const Notified& notified : async_notified)
        notify_async_waiter(agent, notified.owner, notified.handle, notified.waiter, false);
    return n;
}

// --- AgentRecord ---

AgentRecord::AgentRecord(VM& vm) : vm(vm) {
    roots_ = vm.heap().add_root_callback([this](Visitor& visitor) {
        for (auto& [id, waiter] : async_waiters_)
            visitor.visit(waiter.promise);
    });
}

AgentRecord::~AgentRecord() {
    handle->set_poster({});
    WaiterStore& waiters = store();
    {
        std::lock_guard lock(waiters.critical_section);
        for (auto list = waiters.lists.begin(); list != waiters.lists.end();) {
            WaiterListKey key = list->first;
            auto next = std::next(list);
            for (auto it = list->second.begin(); it != list->second.end();) {
                auto following = std::next(it);
                if ((*it)->agent == this) {
                    bool last = list->second.size() == 1;
                    waiters.remove(key, it);
                    if (last) break;
                }
                it = following;
            }
            list = next;
        }
    }
    vm.heap().remove_root_callback(roots_);
}

std::uint64_t AgentRecord::add_async_waiter(PromiseObject* promise) {
    std::uint64_t id = next_async_waiter_++;
    async_waiters_.emplace(id, AsyncWaiter{promise, std::nullopt});
    return id;
}

void AgentRecord::set_async_timeout(std::uint64_t waiter, std::uint64_t timeout_job) {
    auto it = async_waiters_.find(waiter);
    if (it != async_waiters_.end()) it->second.timeout_job = timeout_job;
}

void AgentRecord::settle_async_waiter(std::uint64_t waiter, bool timed_out) {
    auto it = async_waiters_.find(waiter);
    if (it == async_waiters_.end()) return;
    AsyncWaiter record = it->second;
    async_waiters_.erase(it);
    if (record.timeout_job && !timed_out && cancel_timeout_job) cancel_timeout_job(*record.timeout_job);
    ResolvePromise(vm, record.promise, JSString::from_ascii(vm, timed_out ? "timed-out" : "ok"));
}

} // namespace yjs
