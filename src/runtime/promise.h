#pragma once
// Promise objects and the promise abstract operations (ECMA-262 27.2.1, 27.2.2, 27.2.5.4.1).
//
// A PromiseObject holds [[PromiseState]], [[PromiseResult]], [[PromiseIsHandled]] and one list of
// reactions. The spec keeps two lists ([[PromiseFulfillReactions]] and [[PromiseRejectReactions]]) that
// PerformPromiseThen always appends to together, so one PromiseReaction cell stands for the pair of
// records created by one PerformPromiseThen; settlement picks the fulfil or reject half. The first reaction
// of a pending promise that only settles a promise derived by then() needs no cell at all: the derived
// promise holds its handler and the parent points to it.
//
// A reaction's handler is either a JavaScript-visible function (then's onFulfilled/onRejected) or a C++
// continuation (PromiseContinuation) for the spec's internal Abstract Closures whose function objects can
// never be observed, such as the onFulfilled/onRejected closures of Await: those need no function object.
#include "heap/cell.h"
#include "runtime/object.h"
#include "vm/interpreter.h"

#include <cstdint>
#include <optional>

namespace yjs {

class Realm;
class VM;

enum class PromiseState : std::uint8_t { Pending, Fulfilled, Rejected };

// A reaction implemented in C++: called from the reaction job with the settled value and whether the
// promise was rejected. `context` is the cell the continuation was registered with (kept alive by the
// reaction). A throw completion propagates out of the job like an exception thrown by a handler of a
// reaction without capability would (it is reported by the host).
using PromiseContinuation = ThrowCompletionOr<void> (*)(VM&, Cell* context, Value argument, bool rejected);

// The fulfil and reject PromiseReaction Records of one PerformPromiseThen (27.2.1.2). The subclasses (in
// promise.cpp) store only what their kind of reaction needs: a C++ continuation, a then() reaction settling
// a derived intrinsic promise with at most one handler (the common case), or the general form.
class PromiseReaction : public Cell {
public:
    const char* class_name() const override { return "PromiseReaction"; }
    void visit_edges(Visitor& visitor) override { visitor.visit(next_); }

    // The handler the job for a fulfilment (`rejected` false) or rejection calls: a callable object, or null
    // for ~empty~ and for continuations.
    virtual JSObject* handler(bool rejected) const = 0;
    // The Job Abstract Closure of NewPromiseReactionJob (27.2.2.1 step 1).
    virtual ThrowCompletionOr<void> run(VM&, Value argument, bool rejected) = 0;

    // The next reaction of the same pending promise (the promise keeps its reactions as a list).
    PromiseReaction* next() const { return next_; }
    void set_next(PromiseReaction* next) { next_ = next; }

private:
    PromiseReaction* next_ = nullptr;
};

class PromiseObject final : public JSObject {
public:
    // A pending promise with [[Prototype]] `prototype` (the Promise constructor's steps 3-8).
    static PromiseObject* create(VM&, JSObject* prototype);
    explicit PromiseObject(Shape*);

    const char* class_name() const override { return "Promise"; }
    void visit_edges(Visitor&) override;

    PromiseState state() const {
        if (is_pending()) return PromiseState::Pending;
        return (handler_or_settled_bits_ & kRejectedBit) ? PromiseState::Rejected : PromiseState::Fulfilled;
    }
    // [[PromiseResult]]: the value or reason once settled, undefined while pending.
    Value result() const { return is_pending() ? Value::undefined() : result_or_reactions_; }
    // [[PromiseIsHandled]]. A pending promise is handled exactly when it has reactions: they are only
    // removed by settling it.
    bool is_handled() const {
        return is_pending() ? result_or_reactions_.is_internal_cell()
                            : (handler_or_settled_bits_ & kHandledBit);
    }
    // For settled promises only (pending ones are handled once they have a reaction).
    void set_is_handled();

    // FulfillPromise / RejectPromise (27.2.1.4, 27.2.1.7): the promise must be pending.
    void fulfill(VM&, Value value);
    void reject(VM&, Value reason);
    // Appends a reaction (PerformPromiseThen step 9) or, if settled, enqueues its job (steps 10-11) and
    // marks the promise handled (step 12).
    void add_reaction(VM&, PromiseReaction*);
    // add_reaction() for a then() whose result capability is a DerivedPromiseCapability's (`derived`) and
    // whose only handler is `handler` (null for none), for rejections if `handles_rejection`.
    void add_derived_reaction(VM&, PromiseObject* derived, JSObject* handler, bool handles_rejection);

private:
    static constexpr std::uintptr_t kRejectedBit = 1;
    static constexpr std::uintptr_t kHandledBit = 2;

    // A settled promise's result is never the hole or an internal cell.
    bool is_pending() const {
        return result_or_reactions_.is_empty() || result_or_reactions_.is_internal_cell();
    }
    // The reactions of a pending promise: null, a PromiseReaction list (most recently added first, linked
    // through PromiseReaction::next), or the derived promise of a single add_derived_reaction().
    Cell* pending_reactions() const {
        return result_or_reactions_.is_internal_cell() ? result_or_reactions_.as_cell() : nullptr;
    }
    // Whether pending_reactions() is a derived promise rather than a PromiseReaction list.
    static bool is_inline_reaction(const Cell* reactions);
    // The fulfil handler of this pending promise's reaction when the reaction is inline in its parent.
    JSObject* inline_handler() const { return reinterpret_cast<JSObject*>(handler_or_settled_bits_); }
    void set_inline_handler(JSObject* handler) {
        handler_or_settled_bits_ = reinterpret_cast<std::uintptr_t>(handler);
    }
    void settle(VM&, bool rejected, Value result);
    // Turns an inline derived reaction into a reaction cell, before another reaction is added.
    void materialize_inline_reaction(VM&);
    // The reaction job of a derived promise whose reaction was inline in its parent.
    static ThrowCompletionOr<void> run_inline_reaction(VM&, Cell* derived, Value argument, bool rejected);

    // Pending: the hole without reactions, else pending_reactions() as an internal cell. Settled:
    // [[PromiseResult]].
    Value result_or_reactions_ = Value::empty();
    // Pending: inline_handler(). Settled: kRejectedBit and kHandledBit. Sharing the word keeps the promise
    // at two words past the JSObject.
    std::uintptr_t handler_or_settled_bits_ = 0;
};

// IsPromise(x) (27.2.1.6): the PromiseObject, or null.
PromiseObject* IsPromise(Value);

// CreateResolvingFunctions(promise) (27.2.1.3): resolve and reject sharing one [[AlreadyResolved]] record.
struct ResolvingFunctions {
    JSObject* resolve = nullptr;
    JSObject* reject = nullptr;
};
ResolvingFunctions CreateResolvingFunctions(VM&, PromiseObject*);

// The steps of a promise resolve function after the [[AlreadyResolved]] check (27.2.1.3.2 steps 7-16):
// self-resolution rejects, non-objects and non-thenables fulfil, thenables enqueue a
// NewPromiseResolveThenableJob.
void ResolvePromise(VM&, PromiseObject*, Value resolution);

// NewPromiseCapability(C) (27.2.1.5).
ThrowCompletionOr<PromiseCapability> NewPromiseCapability(VM&, Value constructor);

// NewPromiseCapability(C) for a capability that is only ever handed to PerformPromiseThen (then's
// resultCapability) when C is some realm's intrinsic %Promise%: the resolving functions could never be
// observed, so none are created and the reaction job settles the promise directly (resolve and reject
// are null). nullopt for any other constructor, whose capability must be made by NewPromiseCapability.
std::optional<PromiseCapability> DerivedPromiseCapability(VM&, Value constructor);

// PromiseResolve(C, x) (27.2.4.7.1).
ThrowCompletionOr<JSObject*> PromiseResolve(VM&, JSObject* constructor, Value x);

// PerformPromiseThen(promise, onFulfilled, onRejected [, resultCapability]) (27.2.5.4.1): the result
// capability's promise, or undefined without one.
Value PerformPromiseThen(VM&, PromiseObject*, Value on_fulfilled, Value on_rejected,
                         std::optional<PromiseCapability> result_capability = std::nullopt);
// PerformPromiseThen(promise, onFulfilled, onRejected) where both handlers are the C++ continuation
// `continuation` (called with `context`) instead of built-in function objects.
void PerformPromiseThen(VM&, PromiseObject*, PromiseContinuation continuation, Cell* context);

// IfAbruptRejectPromise(value, capability) for the throw completion pending in the VM: calls
// capability.[[Reject]] with the exception and returns capability.[[Promise]] (or the throw completion of
// that call).
ThrowCompletionOr<Value> RejectWithPendingException(VM&, const PromiseCapability&);

// The promise glue of async functions (see PromiseHooks in vm/interpreter.h): NewPromiseCapability(%Promise%)
// for the function's result and Await(value) (27.7.5.3), whose continuations resume the suspended frame.
PromiseHooks async_function_promise_hooks();

} // namespace yjs

// IfAbruptRejectPromise(value, capability) (27.2.1.1.1): evaluates `expression` (a ThrowCompletionOr); on a
// throw completion rejects the capability's promise with the exception and returns the promise from the
// enclosing built-in function (returning ThrowCompletionOr<Value>).
#define IF_ABRUPT_REJECT_PROMISE(vm, capability, expression)                                                 \
    ({                                                                                                       \
        auto _yjs_reject_result = (expression);                                                              \
        if (_yjs_reject_result.is_throw_completion()) [[unlikely]]                                           \
            return ::yjs::RejectWithPendingException((vm), (capability));                                    \
        _yjs_reject_result.release_value();                                                                  \
    })
