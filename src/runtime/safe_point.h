#pragma once
// Safe points of long-running native code (loops over elements, JSON, string building): a pending
// interrupt (heap/interrupts.h) becomes a throw completion there, as at the interpreter's back-edges and
// calls: the out-of-memory condition a catchable RangeError, so that native code never runs the heap
// past its emergency allowance; a termination request an uncatchable termination.
#include "runtime/completion.h"
#include "runtime/vm.h"

namespace yjs {

inline ThrowCompletionOr<void> poll_safe_point(VM& vm) {
    if (vm.heap().interrupts().pending() && vm.handle_interrupt()) [[unlikely]]
        return kThrowCompletion;
    return {};
}

// Entries into the interpreter from C++ (native code calling a function, jobs, resumptions) stop only for a
// termination: the out-of-memory RangeError waits for the next back-edge or call, where the script that
// allocates runs, rather than being thrown into a callback whose native caller may swallow it (a promise
// executor's exception becomes a rejection) while the allocating loop goes on.
inline ThrowCompletionOr<void> poll_termination(VM& vm) {
    if (vm.heap().interrupts().has(Interrupts::kTermination)) [[unlikely]]
        return vm.throw_termination();
    return {};
}

} // namespace yjs
