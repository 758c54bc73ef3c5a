#pragma once
// Requests that the running JavaScript stop at its next safe point: the interpreter's loop back-edges and
// calls, entries into the interpreter from C++, the gaps between jobs and between event-loop tasks, the
// regexp matcher's backtracking loop and long-running built-ins (runtime/safe_point.h). They share one
// word so that the hot safe points test all of them with a single load and branch (pending()); the VM
// turns a pending request into a throw completion (VM::handle_interrupt).
#include <atomic>
#include <cstdint>

namespace yjs {

class Interrupts {
public:
    enum Bit : std::uint32_t {
        // The heap went past its limit (Heap's out-of-memory protocol): a catchable RangeError.
        kOutOfMemory = 1,
        // The embedder asked to terminate the script (Runtime::terminate): any thread may raise it.
        kTerminate = 2,
        // The execution budget of the current evaluation ran out (raised by the runtime's watchdog thread).
        kDeadline = 4,
    };
    static constexpr std::uint32_t kTermination = kTerminate | kDeadline;

    bool pending() const { return bits_.load(std::memory_order_relaxed) != 0; }
    std::uint32_t bits() const { return bits_.load(std::memory_order_relaxed); }
    bool has(std::uint32_t bits) const { return (this->bits() & bits) != 0; }
    void raise(std::uint32_t bits) { bits_.fetch_or(bits, std::memory_order_relaxed); }
    void clear(std::uint32_t bits) { bits_.fetch_and(~bits, std::memory_order_relaxed); }

private:
    std::atomic<std::uint32_t> bits_{0};
};

} // namespace yjs
