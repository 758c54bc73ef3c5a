#include "runtime/promise.h"

#include "runtime/abstract_ops.h"
#include "runtime/function.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "vm/generator_object.h"

#include <cassert>
#include <memory>
#include <typeinfo>

namespace yjs {

namespace {

// The [[AlreadyResolved]] record shared by the two functions of CreateResolvingFunctions, with the promise
// both of them hold in [[Promise]].
class AlreadyResolvedRecord final : public Cell {
public:
    explicit AlreadyResolvedRecord(PromiseObject* promise) : promise(promise) {}
    PromiseObject* promise;
    bool value = false;
    const char* class_name() const override { return "AlreadyResolvedRecord"; }
    void visit_edges(Visitor& visitor) override { visitor.visit(promise); }
};

void track_rejection(VM& vm, PromiseObject* promise, bool handled) {
    if (auto& tracker = vm.host_hooks().promise_rejection_tracker) tracker(vm, promise, handled);
}

// A job whose closure captures `captured` (kept alive by the job's roots until it has run).
Job make_job(VM& vm, Realm* realm, std::initializer_list<Value> captured,
             std::function<ThrowCompletionOr<void>(VM&)> run) {
    Job job;
    job.run = std::move(run);
    job.roots = std::make_shared<MarkedValueVector>(vm.heap());
    for (Value value : captured)
        job.roots->push_back(value);
    job.realm = realm;
    return job;
}

// The realm a job for `function` runs in: GetFunctionRealm(function), or the current realm when that
// throws (a revoked proxy).
Realm* job_realm_for(VM& vm, JSObject* function) {
    auto realm = GetFunctionRealm(vm, function);
    if (realm.is_throw_completion()) {
        vm.clear_exception();
        return vm.current_realm_or_null();
    }
    return realm.value();
}

// The handler's completion in a reaction job (27.2.2.1 steps 1.a-g): the handler's result or what it threw,
// or when the handler is ~empty~ the argument, passed on as a fulfilment or a rejection.
struct HandlerCompletion {
    Value value;
    bool abrupt;
};

HandlerCompletion apply_handler(VM& vm, JSObject* handler, Value argument, bool rejected) {
    if (!handler) return {argument, rejected};
    Value arguments[] = {argument};
    auto result = Call(vm, Value(handler), Value::undefined(), arguments);
    if (result.is_throw_completion()) return {vm.take_exception(), true};
    return {result.value(), false};
}

// Steps 1.i-j for a capability without resolving functions (DerivedPromiseCapability): its promise is
// settled directly, as those functions would be the only way to settle it.
void settle_derived_promise(VM& vm, PromiseObject* derived, HandlerCompletion completion) {
    if (completion.abrupt)
        derived->reject(vm, completion.value);
    else
        ResolvePromise(vm, derived, completion.value);
}

// Both reactions of a PerformPromiseThen whose handlers are one C++ continuation.
class ContinuationReaction final : public PromiseReaction {
public:
    ContinuationReaction(PromiseContinuation continuation, Cell* context)
        : context_(context), continuation_(continuation) {}
    void visit_edges(Visitor& visitor) override {
        PromiseReaction::visit_edges(visitor);
        visitor.visit(context_);
    }
    JSObject* handler(bool) const override { return nullptr; }
    ThrowCompletionOr<void> run(VM& vm, Value argument, bool rejected) override {
        return continuation_(vm, context_, argument, rejected);
    }

private:
    Cell* context_;
    PromiseContinuation continuation_;
};

// A then() reaction whose result capability came from DerivedPromiseCapability and which has a handler for
// at most one outcome (then(f), catch(g)): the other outcome passes through to the derived promise.
template <bool kHandlesRejection> class DerivedPromiseReaction final : public PromiseReaction {
public:
    DerivedPromiseReaction(PromiseObject* derived, JSObject* handler)
        : derived_(derived), handler_(handler) {}
    void visit_edges(Visitor& visitor) override {
        PromiseReaction::visit_edges(visitor);
        visitor.visit(derived_);
        visitor.visit(handler_);
    }
    JSObject* handler(bool rejected) const override {
        return rejected == kHandlesRejection ? handler_ : nullptr;
    }
    ThrowCompletionOr<void> run(VM& vm, Value argument, bool rejected) override {
        settle_derived_promise(vm, derived_, apply_handler(vm, handler(rejected), argument, rejected));
        return {};
    }

private:
    PromiseObject* derived_;
    JSObject* handler_;
};

// Any other PerformPromiseThen: a capability (or *undefined*) and both handlers.
class GeneralPromiseReaction final : public PromiseReaction {
public:
    // Handlers are callable objects or null (~empty~). `capability` nullopt is *undefined*.
    GeneralPromiseReaction(std::optional<PromiseCapability> capability, JSObject* on_fulfilled,
                           JSObject* on_rejected)
        : capability_(capability.value_or(PromiseCapability{})), on_fulfilled_(on_fulfilled),
          on_rejected_(on_rejected) {}
    void visit_edges(Visitor& visitor) override {
        PromiseReaction::visit_edges(visitor);
        visitor.visit(capability_.promise);
        visitor.visit(capability_.resolve);
        visitor.visit(capability_.reject);
        visitor.visit(on_fulfilled_);
        visitor.visit(on_rejected_);
    }
    JSObject* handler(bool rejected) const override { return rejected ? on_rejected_ : on_fulfilled_; }
    ThrowCompletionOr<void> run(VM& vm, Value argument, bool rejected) override {
        HandlerCompletion completion = apply_handler(vm, handler(rejected), argument, rejected);
        // h. If promiseCapability is undefined (a capability always has a promise), return; an abrupt
        // handler result is reported like a job's.
        if (!capability_.promise) {
            if (completion.abrupt) return vm.throw_value(completion.value);
            return {};
        }
        if (!capability_.resolve) {
            settle_derived_promise(vm, static_cast<PromiseObject*>(capability_.promise), completion);
            return {};
        }
        // i-j. Call the capability's resolving function.
        Value arguments[] = {completion.value};
        TRY(Call(vm, Value(completion.abrupt ? capability_.reject : capability_.resolve), Value::undefined(),
                 arguments));
        return {};
    }

private:
    PromiseCapability capability_;
    JSObject* on_fulfilled_;
    JSObject* on_rejected_;
};

// NewPromiseReactionJob(reaction, argument) + HostEnqueuePromiseJob (27.2.2.1).
void enqueue_reaction_job(VM& vm, PromiseReaction* reaction, Value argument, bool rejected) {
    JSObject* handler = reaction->handler(rejected);
    Job job;
    job.realm = handler ? job_realm_for(vm, handler) : nullptr;
    job.function = [](VM& vm, Cell* cell, Value argument, bool rejected) {
        return static_cast<PromiseReaction*>(cell)->run(vm, argument, rejected);
    };
    job.cell = reaction;
    job.argument = argument;
    job.flag = rejected;
    vm.enqueue_promise_job(std::move(job));
}

ResolvingFunctions create_resolving_functions(VM&, PromiseObject*, Realm&);

// NewPromiseResolveThenableJob(promiseToResolve, thenable, then) + HostEnqueuePromiseJob (27.2.2.2).
void enqueue_resolve_thenable_job(VM& vm, PromiseObject* promise, JSObject* thenable, JSObject* then) {
    Realm* realm = job_realm_for(vm, then);
    vm.enqueue_promise_job(make_job(
        vm, realm, {Value(promise), Value(thenable), Value(then)},
        [promise, thenable, then](VM& vm) -> ThrowCompletionOr<void> {
            // a. Let resolvingFunctions be CreateResolvingFunctions(promiseToResolve).
            ResolvingFunctions functions = create_resolving_functions(vm, promise, vm.current_realm());
            // b. Let thenCallResult be Completion(HostCallJobCallback(then, thenable, « resolve, reject »)).
            Value arguments[] = {Value(functions.resolve), Value(functions.reject)};
            auto result = Call(vm, Value(then), Value(thenable), arguments);
            // c. If thenCallResult is an abrupt completion, return ? Call(reject, undefined, « reason »).
            if (result.is_throw_completion()) {
                Value reason[] = {vm.take_exception()};
                TRY(Call(vm, Value(functions.reject), Value::undefined(), reason));
            }
            return {};
        }));
}

AlreadyResolvedRecord* resolving_record(const NativeCallInfo& call) {
    return static_cast<AlreadyResolvedRecord*>(
        static_cast<NativeFunction*>(call.callee)->capture(0).as_cell());
}

// Promise Resolve Functions (27.2.1.3.2).
ThrowCompletionOr<Value> promise_resolve_function(VM& vm, const NativeCallInfo& call) {
    AlreadyResolvedRecord* already_resolved = resolving_record(call);
    // 5-6. If alreadyResolved.[[Value]] is true, return undefined; set it to true.
    if (already_resolved->value) return Value::undefined();
    already_resolved->value = true;
    ResolvePromise(vm, already_resolved->promise, call.argument(0));
    return Value::undefined();
}

// Promise Reject Functions (27.2.1.3.1).
ThrowCompletionOr<Value> promise_reject_function(VM& vm, const NativeCallInfo& call) {
    AlreadyResolvedRecord* already_resolved = resolving_record(call);
    if (already_resolved->value) return Value::undefined();
    already_resolved->value = true;
    already_resolved->promise->reject(vm, call.argument(0));
    return Value::undefined();
}

ResolvingFunctions create_resolving_functions(VM& vm, PromiseObject* promise, Realm& realm) {
    auto* already_resolved = vm.heap().allocate<AlreadyResolvedRecord>(promise);
    PropertyKey name = vm.names().empty_string;
    NativeFunction* resolve = NativeFunction::create(vm, realm, promise_resolve_function, 1, name);
    resolve->captures().push_back(Value::internal_cell(already_resolved));
    NativeFunction* reject = NativeFunction::create(vm, realm, promise_reject_function, 1, name);
    reject->captures().push_back(Value::internal_cell(already_resolved));
    return {resolve, reject};
}

// The executor function of NewPromiseCapability (27.2.1.5 step 4); captures [[Resolve]] and [[Reject]].
ThrowCompletionOr<Value> get_capabilities_executor(VM& vm, const NativeCallInfo& call) {
    auto* executor = static_cast<NativeFunction*>(call.callee);
    std::vector<Value>& resolving_functions = executor->captures();
    // a-b. Throw if either function was already set.
    if (!resolving_functions[0].is_undefined() || !resolving_functions[1].is_undefined())
        return vm.throw_type_error("Promise executor has already been invoked with non-undefined arguments");
    // c-d. Set the resolving functions.
    resolving_functions[0] = call.argument(0);
    resolving_functions[1] = call.argument(1);
    return Value::undefined();
}

// The realm of `constructor` when it is some realm's intrinsic %Promise%: constructing it has no
// observable step besides creating the promise, so callers may skip the executor protocol.
Realm* intrinsic_promise_realm(Value constructor) {
    auto* native = as_if<NativeFunction>(constructor);
    if (!native) return nullptr;
    Realm* realm = native->realm();
    return realm->intrinsic(Intrinsic::PromiseConstructor) == native ? realm : nullptr;
}

} // namespace

// --- PromiseObject ---

PromiseObject* PromiseObject::create(VM& vm, JSObject* prototype) {
    return vm.heap().allocate<PromiseObject>(Shape::create_root(vm, prototype));
}

PromiseObject::PromiseObject(Shape* shape) : JSObject(shape) {
    set_ordinary_methods(true, true);
}

void PromiseObject::set_is_handled() {
    assert(!is_pending());
    handler_or_settled_bits_ |= kHandledBit;
}

bool PromiseObject::is_inline_reaction(const Cell* reactions) {
    return typeid(*reactions) == typeid(PromiseObject);
}

void PromiseObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(result_or_reactions_);
    if (is_pending()) visitor.visit(inline_handler());
}

void PromiseObject::fulfill(VM& vm, Value value) {
    settle(vm, false, value);
}

void PromiseObject::reject(VM& vm, Value reason) {
    settle(vm, true, reason);
}

void PromiseObject::settle(VM& vm, bool rejected, Value result) {
    Cell* reactions = pending_reactions();
    bool handled = is_handled();
    result_or_reactions_ = result;
    handler_or_settled_bits_ = (rejected ? kRejectedBit : 0) | (handled ? kHandledBit : 0);
    // RejectPromise 7. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise,
    // "reject").
    if (rejected && !handled) track_rejection(vm, this, false);
    // TriggerPromiseReactions (27.2.1.8).
    if (!reactions) return;
    if (is_inline_reaction(reactions)) {
        auto* derived = static_cast<PromiseObject*>(reactions);
        JSObject* handler = rejected ? nullptr : derived->inline_handler();
        Job job;
        job.realm = handler ? job_realm_for(vm, handler) : nullptr;
        job.function = run_inline_reaction;
        job.cell = derived;
        job.argument = result;
        job.flag = rejected;
        vm.enqueue_promise_job(std::move(job));
        return;
    }
    // The list is newest first: reverse it so the jobs are queued in the order the reactions were added.
    PromiseReaction* remaining = static_cast<PromiseReaction*>(reactions);
    PromiseReaction* reaction = nullptr;
    while (remaining) {
        PromiseReaction* next = remaining->next();
        remaining->set_next(reaction);
        reaction = remaining;
        remaining = next;
    }
    while (reaction) {
        PromiseReaction* next = reaction->next();
        reaction->set_next(nullptr);
        enqueue_reaction_job(vm, reaction, result, rejected);
        reaction = next;
    }
}

ThrowCompletionOr<void> PromiseObject::run_inline_reaction(VM& vm, Cell* cell, Value argument,
                                                           bool rejected) {
    auto* derived = static_cast<PromiseObject*>(cell);
    JSObject* handler = rejected ? nullptr : derived->inline_handler();
    // The reaction has run: the derived promise no longer keeps its handler alive.
    derived->set_inline_handler(nullptr);
    settle_derived_promise(vm, derived, apply_handler(vm, handler, argument, rejected));
    return {};
}

void PromiseObject::materialize_inline_reaction(VM& vm) {
    auto* derived = static_cast<PromiseObject*>(pending_reactions());
    PromiseReaction* reaction =
        vm.heap().allocate<DerivedPromiseReaction<false>>(derived, derived->inline_handler());
    derived->set_inline_handler(nullptr);
    result_or_reactions_ = Value::internal_cell(reaction);
}

void PromiseObject::add_reaction(VM& vm, PromiseReaction* reaction) {
    switch (state()) {
    case PromiseState::Pending: {
        Cell* reactions = pending_reactions();
        if (reactions && is_inline_reaction(reactions)) materialize_inline_reaction(vm);
        reaction->set_next(static_cast<PromiseReaction*>(pending_reactions()));
        // 12. Set promise.[[PromiseIsHandled]] to true (implied by having a reaction).
        result_or_reactions_ = Value::internal_cell(reaction);
        break;
    }
    case PromiseState::Fulfilled:
        enqueue_reaction_job(vm, reaction, result_or_reactions_, false);
        set_is_handled();
        break;
    case PromiseState::Rejected:
        // 11.c. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise,
        // "handle").
        if (!is_handled()) track_rejection(vm, this, true);
        enqueue_reaction_job(vm, reaction, result_or_reactions_, true);
        set_is_handled();
        break;
    }
}

void PromiseObject::add_derived_reaction(VM& vm, PromiseObject* derived, JSObject* handler,
                                         bool handles_rejection) {
    // The first reaction of a pending promise is kept inline when it has no rejection handler: no cell.
    if (!handles_rejection && state() == PromiseState::Pending && !pending_reactions()) {
        derived->set_inline_handler(handler);
        result_or_reactions_ = Value::internal_cell(derived);
        return;
    }
    PromiseReaction* reaction;
    if (handles_rejection)
        reaction = vm.heap().allocate<DerivedPromiseReaction<true>>(derived, handler);
    else
        reaction = vm.heap().allocate<DerivedPromiseReaction<false>>(derived, handler);
    add_reaction(vm, reaction);
}

// --- Abstract operations ---

PromiseObject* IsPromise(Value value) {
    return as_if<PromiseObject>(value);
}

ResolvingFunctions CreateResolvingFunctions(VM& vm, PromiseObject* promise) {
    return create_resolving_functions(vm, promise, vm.current_realm());
}

void ResolvePromise(VM& vm, PromiseObject* promise, Value resolution) {
    // 7. If SameValue(resolution, promise) is true, reject with a new TypeError.
    if (resolution.is_object() && resolution.as_object() == promise) {
        promise->reject(
            vm, vm.create_error(ErrorType::TypeError, "Chaining cycle detected for promise #<Promise>"));
        return;
    }
    // 8. If resolution is not an Object, fulfil.
    if (!resolution.is_object()) {
        promise->fulfill(vm, resolution);
        return;
    }
    // 9-10. Let then be Completion(Get(resolution, "then")); reject with its exception.
    auto then = resolution.as_object()->get(vm, vm.names().then);
    if (then.is_throw_completion()) {
        promise->reject(vm, vm.take_exception());
        return;
    }
    // 12. If IsCallable(thenAction) is false, fulfil.
    if (!IsCallable(then.value())) {
        promise->fulfill(vm, resolution);
        return;
    }
    // 13-15. Enqueue NewPromiseResolveThenableJob(promise, resolution, thenJobCallback).
    enqueue_resolve_thenable_job(vm, promise, resolution.as_object(), then.value().as_object());
}

ThrowCompletionOr<PromiseCapability> NewPromiseCapability(VM& vm, Value constructor) {
    // 1. If IsConstructor(C) is false, throw a TypeError exception.
    if (!IsConstructor(constructor))
        return vm.throw_type_error(describe_value(constructor) + " is not a constructor");
    if (Realm* realm = intrinsic_promise_realm(constructor)) {
        auto* promise = PromiseObject::create(vm, realm->intrinsic(Intrinsic::PromisePrototype));
        ResolvingFunctions functions = create_resolving_functions(vm, promise, *realm);
        return PromiseCapability{promise, functions.resolve, functions.reject};
    }
    // 3-5. The executor records what C passes it.
    NativeFunction* executor =
        NativeFunction::create(vm, vm.current_realm(), get_capabilities_executor, 2, vm.names().empty_string);
    executor->captures().assign(2, Value::undefined());
    // 6. Let promise be ? Construct(C, « executor »).
    Value arguments[] = {Value(static_cast<JSObject*>(executor))};
    JSObject* promise = TRY(Construct(vm, constructor.as_object(), arguments));
    // 7-8. Both resolving functions must be callable.
    Value resolve = executor->capture(0);
    Value reject = executor->capture(1);
    if (!IsCallable(resolve) || !IsCallable(reject))
        return vm.throw_type_error("Promise resolve or reject function is not callable");
    return PromiseCapability{promise, resolve.as_object(), reject.as_object()};
}

std::optional<PromiseCapability> DerivedPromiseCapability(VM& vm, Value constructor) {
    Realm* realm = intrinsic_promise_realm(constructor);
    if (!realm) return std::nullopt;
    return PromiseCapability{PromiseObject::create(vm, realm->intrinsic(Intrinsic::PromisePrototype)),
                             nullptr, nullptr};
}

ThrowCompletionOr<JSObject*> PromiseResolve(VM& vm, JSObject* constructor, Value x) {
    // 1. If IsPromise(x) is true and x.constructor is C, return x.
    if (PromiseObject* promise = IsPromise(x)) {
        Value x_constructor = TRY(promise->get(vm, vm.names().constructor));
        if (SameValue(x_constructor, Value(constructor))) return promise;
    }
    // 2-4. A new promise of C resolved with x. For an intrinsic %Promise% the resolve function's steps run
    // directly on a fresh promise (its [[AlreadyResolved]] would be false).
    if (Realm* realm = intrinsic_promise_realm(Value(constructor))) {
        auto* promise = PromiseObject::create(vm, realm->intrinsic(Intrinsic::PromisePrototype));
        ResolvePromise(vm, promise, x);
        return promise;
    }
    PromiseCapability capability = TRY(NewPromiseCapability(vm, Value(constructor)));
    Value arguments[] = {x};
    TRY(Call(vm, Value(capability.resolve), Value::undefined(), arguments));
    return capability.promise;
}

Value PerformPromiseThen(VM& vm, PromiseObject* promise, Value on_fulfilled, Value on_rejected,
                         std::optional<PromiseCapability> result_capability) {
    // 3-6. Non-callable handlers are ~empty~.
    JSObject* fulfill_handler = IsCallable(on_fulfilled) ? on_fulfilled.as_object() : nullptr;
    JSObject* reject_handler = IsCallable(on_rejected) ? on_rejected.as_object() : nullptr;
    // 7-12. The reaction records, appended or enqueued by the promise's state.
    if (result_capability && !result_capability->resolve && !(fulfill_handler && reject_handler)) {
        auto* derived = static_cast<PromiseObject*>(result_capability->promise);
        if (reject_handler)
            promise->add_derived_reaction(vm, derived, reject_handler, true);
        else
            promise->add_derived_reaction(vm, derived, fulfill_handler, false);
    } else {
        promise->add_reaction(vm, vm.heap().allocate<GeneralPromiseReaction>(
                                      result_capability, fulfill_handler, reject_handler));
    }
    // 13-14. The result capability's promise, or undefined.
    return result_capability ? Value(result_capability->promise) : Value::undefined();
}

void PerformPromiseThen(VM& vm, PromiseObject* promise, PromiseContinuation continuation, Cell* context) {
    promise->add_reaction(vm, vm.heap().allocate<ContinuationReaction>(continuation, context));
}

ThrowCompletionOr<Value> RejectWithPendingException(VM& vm, const PromiseCapability& capability) {
    // A termination is no rejection: it goes on unwinding.
    if (vm.is_terminating()) return kThrowCompletion;
    Value arguments[] = {vm.take_exception()};
    TRY(Call(vm, Value(capability.reject), Value::undefined(), arguments));
    return Value(capability.promise);
}

namespace {

ThrowCompletionOr<PromiseCapability> new_intrinsic_promise_capability(VM& vm) {
    return NewPromiseCapability(vm, Value(vm.current_realm().intrinsic(Intrinsic::PromiseConstructor)));
}

// The onFulfilled / onRejected closures of Await (27.7.5.3 steps 3 and 5): resume the async function with
// a normal or a throw completion.
ThrowCompletionOr<void> resume_after_await(VM& vm, Cell* context, Value argument, bool rejected) {
    return vm.interpreter().resume_async_function(static_cast<AsyncFunctionObject*>(context), argument,
                                                  rejected ? ResumeMode::Throw : ResumeMode::Next);
}

// Await(value) (27.7.5.3) up to the suspension, which the interpreter performs.
ThrowCompletionOr<void> await(VM& vm, AsyncFunctionObject* suspended, Value value) {
    // 2. Let promise be ? PromiseResolve(%Promise%, value).
    JSObject* promise =
        TRY(PromiseResolve(vm, vm.current_realm().intrinsic(Intrinsic::PromiseConstructor), value));
    // 3-7. PerformPromiseThen(promise, onFulfilled, onRejected).
    PerformPromiseThen(vm, static_cast<PromiseObject*>(promise), resume_after_await, suspended);
    return {};
}

} // namespace

PromiseHooks async_function_promise_hooks() {
    PromiseHooks hooks;
    hooks.new_promise_capability = new_intrinsic_promise_capability;
    hooks.await = await;
    return hooks;
}

} // namespace yjs
