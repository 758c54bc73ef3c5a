#pragma once
// Safe points of long-running native code (loops over elements, JSON, string building): the pending
// out-of-memory condition becomes a catchable RangeError there, as at the interpreter's back-edges and
// calls, so that native code never runs the heap past its emergency allowance.
#include "runtime/completion.h"
#include "runtime/vm.h"

namespace yjs {

inline ThrowCompletionOr<void> poll_safe_point(VM& vm) {
    if (vm.heap().out_of_memory() && vm.check_out_of_memory()) [[unlikely]]
        return kThrowCompletion;
    return {};
}

} // namespace yjs
