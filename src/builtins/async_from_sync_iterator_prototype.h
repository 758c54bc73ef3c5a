#pragma once
// Async-from-Sync Iterator objects (27.1.6): the async iterator GetIterator(obj, async) makes for an object
// that only has %Symbol.iterator%.
#include "runtime/completion.h"
#include "runtime/value.h"

namespace yjs {

class VM;

// CreateAsyncFromSyncIterator(syncIteratorRecord) (27.1.6.1) for the record {iterator, next_method}: the
// new async iterator object (its [[NextMethod]] is read by the caller).
ThrowCompletionOr<Value> CreateAsyncFromSyncIterator(VM&, Value sync_iterator, Value sync_next_method);

} // namespace yjs
