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

} // namespace yjs
