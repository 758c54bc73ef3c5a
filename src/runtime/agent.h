#pragma once
// Agents (9.7) and the agent cluster's store of WaiterList Records (25.4.1).
//
// An agent is a VM with its own thread; agents share memory only through SharedArrayBuffer blocks
// (SharedDataBlock). The AgentRecord holds what the engine needs of an agent beyond its VM: [[CanBlock]],
// the thread-safe handle other agents use to hand it work (its agent signifier, as far as they are
// concerned), the host's HostEnqueueTimeoutJob, and the promises of its pending Atomics.waitAsync calls.
//
// The WaiterLists live in one process-wide store keyed by (block, byte index); a single mutex is the
// critical section of every list. Blocking waiters (Atomics.wait) sleep on a condition variable of their
// own; asynchronous ones (Atomics.waitAsync) are settled on their agent's thread: directly when notified by
// their own agent or when their timeout job runs, through a task posted with the AgentHandle otherwise.
#include "heap/heap.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace yjs {

class PromiseObject;
class SharedDataBlock;
class VM;

// How other threads reach an agent: post() hands a task to the host, which runs it on the agent's thread as
// a task of its event loop (HostEnqueueGenericJob). Once the host closes the handle (the agent ends),
// posted tasks are dropped. Thread-safe.
class AgentHandle {
public:
    using Poster = std::function<void(std::function<void()>)>;
    void post(std::function<void()> task);
    // Installs the host's poster; an empty one closes the handle.
    void set_poster(Poster);

private:
    std::mutex mutex_;
    Poster poster_;
};

struct AgentRecord {
    explicit AgentRecord(VM&);
    ~AgentRecord(); // leaves every waiter list
    AgentRecord(const AgentRecord&) = delete;
    AgentRecord& operator=(const AgentRecord&) = delete;

    VM& vm;
    // [[CanBlock]]: whether Atomics.wait may suspend this agent (AgentCanSuspend).
    bool can_block = true;
    std::shared_ptr<AgentHandle> handle = std::make_shared<AgentHandle>();
    // HostEnqueueTimeoutJob: runs `job` on this agent's thread once `milliseconds` have passed, as a host
    // task that keeps the event loop alive until then; the result identifies it for cancel_timeout_job.
    // Without a host (a bare VM), waitAsync timeouts never fire.
    std::function<std::uint64_t(double milliseconds, std::function<void()> job)> enqueue_timeout_job;
    std::function<void(std::uint64_t)> cancel_timeout_job;

    // --- Atomics.waitAsync ---
    // Registers the promise of an asynchronous waiter (a %Promise%, whose capability's resolve function
    // nothing could observe; rooted until settled); the id names it.
    std::uint64_t add_async_waiter(PromiseObject*);
    // Forgets a waiter that never joined a waiter list ("not-equal", or an immediate "timed-out").
    void discard_async_waiter(std::uint64_t waiter) { async_waiters_.erase(waiter); }
    void set_async_timeout(std::uint64_t waiter, std::uint64_t timeout_job);
    // Resolves the waiter's promise with "ok" / "timed-out" (on this agent's thread) and forgets it.
    void settle_async_waiter(std::uint64_t waiter, bool timed_out);

private:
    struct AsyncWaiter {
        PromiseObject* promise;
        std::optional<std::uint64_t> timeout_job;
    };
    std::unordered_map<std::uint64_t, AsyncWaiter> async_waiters_;
    std::uint64_t next_async_waiter_ = 1;
    Heap::CallbackId roots_ = 0;
};

// --- The WaiterList store ---

enum class WaitResult { Ok, NotEqual, TimedOut };

// The spec's DoWait from EnterCriticalSection on, for mode sync: if `still_expected()` (the seq-cst read of
// the element compared with the value, done inside the critical section) is false, "not-equal"; otherwise
// AddWaiter and SuspendThisAgent until notified ("ok") or `timeout_ms` (+inf: never) passed ("timed-out").
WaitResult WaitSync(AgentRecord&, SharedDataBlock*, std::uint64_t byte_index,
                    const std::function<bool()>& still_expected, double timeout_ms);
// The same for mode async: NotEqual, TimedOut (for a zero timeout), or Ok after adding a waiter for the
// agent's async waiter `waiter` (see AgentRecord::add_async_waiter) and, for a finite timeout,
// EnqueueAtomicsWaitAsyncTimeoutJob.
WaitResult WaitAsync(AgentRecord&, SharedDataBlock*, std::uint64_t byte_index,
                     const std::function<bool()>& still_expected, double timeout_ms, std::uint64_t waiter);
// Atomics.notify's critical section: RemoveWaiters(WL, count) and NotifyWaiter for each; returns how many.
std::uint64_t NotifyWaiters(AgentRecord&, SharedDataBlock*, std::uint64_t byte_index, double count);

} // namespace yjs
