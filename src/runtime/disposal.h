#pragma once
// Explicit resource management (ECMA-262 "Operations on Disposable Objects"): DisposeCapability records,
// AddDisposableResource, GetDisposeMethod and DisposeResources, shared by `using` / `await using`
// declarations (through the interpreter) and DisposableStack / AsyncDisposableStack.
#include "heap/cell.h"
#include "runtime/completion.h"
#include "runtime/value.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace yjs {

class JSObject;
class VM;
class PromiseObject;

enum class DisposeHint : std::uint8_t { SyncDispose, AsyncDispose };

// DisposableResource Record: [[ResourceValue]], [[Hint]], [[DisposeMethod]] (undefined for the null or
// undefined value of an `await using`, which only records that an Await is owed).
struct DisposableResource {
    Value value;
    Value method;
    DisposeHint hint = DisposeHint::SyncDispose;
};

// DisposeCapability Record: the [[DisposableResourceStack]].
struct DisposeCapability {
    std::vector<DisposableResource> stack;
    void visit(Visitor&) const;
};

// The DisposeCapability of a scope with `using` declarations, held in a register of its frame.
class DisposeCapabilityCell final : public Cell {
public:
    static DisposeCapabilityCell* create(VM&);
    const char* class_name() const override { return "DisposeCapability"; }
    void visit_edges(Visitor& visitor) override { capability.visit(visitor); }
    DisposeCapability capability;
};

// GetDisposeMethod(V, hint): ? GetMethod(V, @@dispose), or for async-dispose @@asyncDispose falling back to
// a function that calls the @@dispose method and returns a promise for its completion.
ThrowCompletionOr<Value> GetDisposeMethod(VM&, Value, DisposeHint);

// AddDisposableResource(disposeCapability, V, hint [, method]): `method` undefined means "not present".
ThrowCompletionOr<void> AddDisposableResource(VM&, DisposeCapability&, Value, DisposeHint,
                                              Value method = Value::undefined());

// A new SuppressedError (current realm) with "error" and "suppressed".
JSObject* CreateSuppressedError(VM&, Value error, Value suppressed);

// DisposeResources(disposeCapability, completion) for a stack with only sync-dispose resources:
// `pending_error` is the throw completion's value (or nullopt for a normal completion). Returns the
// resulting completion: normal, or a throw completion (pending in the VM) whose value is `pending_error`
// itself or an error (possibly a SuppressedError chain) raised while disposing. Empties the stack.
ThrowCompletionOr<void> DisposeResources(VM&, DisposeCapability&, std::optional<Value> pending_error);

// DisposeResources for a stack that may await (async-dispose resources). Runs as an async closure: the
// Awaits are promise reactions, and when it finishes `promise` (a pending %Promise%) is fulfilled with
// undefined if the completion is still `pending_error` (or normal), or rejected with the new error
// otherwise. Empties the stack. Returns false, without settling `promise`, when the stack was empty (nothing
// to dispose, nothing to await).
bool AsyncDisposeResources(VM&, DisposeCapability&, std::optional<Value> pending_error,
                           PromiseObject* promise);

} // namespace yjs
