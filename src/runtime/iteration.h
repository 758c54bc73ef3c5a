#pragma once
// The iterator abstract operations (ECMA-262 7.4) for built-ins written in C++: Iterator Records and
// GetIterator, IteratorStep, IteratorClose, ... (CreateIterResultObject is in abstract_ops.h).
//
// A throw completion is the VM's pending exception, so IteratorClose comes in two forms: IteratorClose
// for a normal completion and IteratorCloseOnThrow for a throw completion (the pending exception wins over
// anything `return` does). IF_ABRUPT_CLOSE_ITERATOR is the spec's IfAbruptCloseIterator:
//
//     Value key = IF_ABRUPT_CLOSE_ITERATOR(vm, record, ToPropertyKey(vm, k));
#include "heap/heap.h"
#include "runtime/completion.h"
#include "runtime/object.h"
#include "runtime/value.h"

#include <optional>
#include <span>
#include <string>

namespace yjs {

class VM;

// The Iterator Record (7.4.1). Built-ins keep records in locals (the stack is scanned conservatively).
struct IteratorRecord {
    JSObject* iterator = nullptr;
    Value next_method;
    bool done = false;
};

enum class IteratorKind { Sync, Async };

// GetIteratorFromMethod(obj, method).
ThrowCompletionOr<IteratorRecord> GetIteratorFromMethod(VM&, Value object, Value method);
// GetIterator(obj, kind). The async kind falls back to CreateAsyncFromSyncIterator through the promise
// hooks of the interpreter.
ThrowCompletionOr<IteratorRecord> GetIterator(VM&, Value object, IteratorKind = IteratorKind::Sync);
// V8's message for a value without an iterator method when no source expression names it:
// "number 1 is not iterable (cannot read property Symbol(Symbol.iterator))".
std::string NotIterableMessage(VM&, Value object);
// GetIteratorDirect(obj): the record of an object that is itself an iterator (Iterator helpers).
ThrowCompletionOr<IteratorRecord> GetIteratorDirect(VM&, JSObject* object);
// IteratorNext(iteratorRecord [, value]).
ThrowCompletionOr<JSObject*> IteratorNext(VM&, IteratorRecord&, std::optional<Value> value = std::nullopt);
// IteratorComplete(iterResult) and IteratorValue(iterResult).
ThrowCompletionOr<bool> IteratorComplete(VM&, JSObject* iter_result);
ThrowCompletionOr<Value> IteratorValue(VM&, JSObject* iter_result);
// IteratorStep(iteratorRecord): the result object, or null for ~done~.
ThrowCompletionOr<JSObject*> IteratorStep(VM&, IteratorRecord&);
// IteratorStepValue(iteratorRecord): the next value, or nullopt for ~done~.
ThrowCompletionOr<std::optional<Value>> IteratorStepValue(VM&, IteratorRecord&);
// IteratorClose(iteratorRecord, completion) for a normal completion: calls `return` and checks its result.
ThrowCompletionOr<void> IteratorClose(VM&, const IteratorRecord&);
// IteratorClose(iteratorRecord, completion) for the throw completion pending in the VM: calls `return`,
// ignores whatever it does and rethrows the original exception.
ThrowCompletion IteratorCloseOnThrow(VM&, const IteratorRecord&);
// IteratorCloseAll(iters, completion) for a normal completion: closes the records in reverse order; once
// one close throws, the rest are closed as for a throw completion.
ThrowCompletionOr<void> IteratorCloseAll(VM&, std::span<const IteratorRecord>);
// IteratorCloseAll(iters, completion) for the throw completion pending in the VM.
ThrowCompletion IteratorCloseAllOnThrow(VM&, std::span<const IteratorRecord>);
enum class PrimitiveHandling { IterateStringPrimitives, RejectPrimitives };
// GetIteratorFlattenable(obj, primitiveHandling) (Iterator.from, flatMap, concat, zip).
ThrowCompletionOr<IteratorRecord> GetIteratorFlattenable(VM&, Value, PrimitiveHandling);
// IteratorToList(iteratorRecord).
ThrowCompletionOr<MarkedValueVector> IteratorToList(VM&, IteratorRecord&);
// IterableToList(items [, method]): GetIterator / GetIteratorFromMethod then IteratorToList.
ThrowCompletionOr<MarkedValueVector> IterableToList(VM&, Value items,
                                                    std::optional<Value> method = std::nullopt);

} // namespace yjs

// IfAbruptCloseIterator(value, iteratorRecord): evaluates `expression` (a ThrowCompletionOr); on a throw
// completion closes the iterator and returns the throw completion from the enclosing function.
#define IF_ABRUPT_CLOSE_ITERATOR(vm, record, expression)                                                     \
    ({                                                                                                       \
        auto _yjs_close_result = (expression);                                                               \
        if (_yjs_close_result.is_throw_completion()) [[unlikely]]                                            \
            return ::yjs::IteratorCloseOnThrow((vm), (record));                                              \
        _yjs_close_result.release_value();                                                                   \
    })
