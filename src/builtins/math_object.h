#pragma once
// Shared between the Math object's files.
#include "runtime/completion.h"
#include "runtime/object.h"

namespace yjs {

// Math.sumPrecise ( items ) (math_sum_precise.cpp).
ThrowCompletionOr<Value> MathSumPrecise(VM&, const NativeCallInfo&);

} // namespace yjs
