// Operations on disposable objects: AddDisposableResource, GetDisposeMethod, DisposeResources.
#include "runtime/disposal.h"

#include "runtime/abstract_ops.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/promise.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace yjs {

void DisposeCapability::visit(Visitor& visitor) const {
    for (const DisposableResource& resource : stack) {
        visitor.visit(resource.value);
        visitor.visit(resource.method);
    }
}

DisposeCapabilityCell* DisposeCapabilityCell::create(VM& vm) {
    return vm.heap().allocate<DisposeCapabilityCell>();
}

namespace {

// The closure GetDisposeMethod makes for an `await using` of an object with only @@dispose: calls the
// method (captures[0]) on the value (captures[1]) and returns a promise for the completion.
ThrowCompletionOr<Value> async_from_sync_dispose(VM& vm, const NativeCallInfo& call) {
    auto* function = static_cast<NativeFunction*>(call.callee);
    Realm& realm = vm.current_realm();
    // b. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    PromiseObject* promise = PromiseObject::create(vm, realm.intrinsic(Intrinsic::PromisePrototype));
    // c-d. Let result be Completion(Call(method, O)); IfAbruptRejectPromise(result, promiseCapability).
    if (Call(vm, function->capture(0), function->capture(1)).is_throw_completion()) {
        if (vm.is_terminating()) return kThrowCompletion;
        promise->reject(vm, vm.take_exception());
        return Value(promise);
    }
    // e. Perform ! Call(promiseCapability.[[Resolve]], undefined, « undefined »).
    promise->fulfill(vm, Value::undefined());
    return Value(promise);
}

} // namespace

ThrowCompletionOr<Value> GetDisposeMethod(VM& vm, Value value, DisposeHint hint) {
    const WellKnownSymbols& symbols = vm.well_known_symbols();
    if (hint == DisposeHint::AsyncDispose) {
        // a. Let method be ? GetMethod(V, @@asyncDispose).
        Value method = TRY(GetMethod(vm, value, PropertyKey::from_symbol(symbols.asyncDispose)));
        if (!method.is_undefined()) return method;
        // b. If method is undefined: let method be ? GetMethod(V, @@dispose); wrap it when present.
        Value sync_method = TRY(GetMethod(vm, value, PropertyKey::from_symbol(symbols.dispose)));
        if (sync_method.is_undefined()) return sync_method;
        Realm& realm = vm.current_realm();
        NativeFunction* closure =
            NativeFunction::create(vm, realm, async_from_sync_dispose, 0, vm.names().empty_string);
        closure->captures() = {sync_method, value};
        return Value(closure);
    }
    // 2. Let method be ? GetMethod(V, @@dispose).
    return GetMethod(vm, value, PropertyKey::from_symbol(symbols.dispose));
}

ThrowCompletionOr<void> AddDisposableResource(VM& vm, DisposeCapability& capability, Value value,
                                              DisposeHint hint, Value method) {
    DisposableResource resource{value, method, hint};
    if (method.is_undefined()) {
        if (value.is_nullish()) {
            // a. A null or undefined sync resource is not recorded; an async one still owes an Await.
            if (hint == DisposeHint::SyncDispose) return {};
            resource.value = Value::undefined();
        } else {
            // CreateDisposableResource(V, hint): V must be an object with a dispose method.
            if (!value.is_object())
                return vm.throw_type_error(
                    hint == DisposeHint::SyncDispose
                        ? "using declarations can only be used with objects, null, or undefined"
                        : "await using declarations can only be used with objects, null, or undefined");
            resource.method = TRY(GetDisposeMethod(vm, value, hint));
            if (resource.method.is_undefined())
                return vm.throw_type_error(hint == DisposeHint::SyncDispose
                                               ? "Symbol(Symbol.dispose) is not a function"
                                               : "Symbol(Symbol.asyncDispose) is not a function");
        }
    } else if (!IsCallable(method)) {
        return vm.throw_type_error(describe_value(method) + " is not a function");
    }
    capability.stack.push_back(resource);
    return {};
}

JSObject* CreateSuppressedError(VM& vm, Value error, Value suppressed) {
    Realm& realm = vm.current_realm();
    ErrorObject* object =
        ErrorObject::create(vm, realm.intrinsic(Intrinsic::SuppressedErrorPrototype),
                            JSString::from_ascii(vm, "An error was suppressed during disposal"));
    // A new ordinary error object: defining these cannot fail.
    (void)object->create_non_enumerable_data_property_or_throw(vm, PropertyKey::from_ascii(vm, "error"),
                                                               error);
    (void)object->create_non_enumerable_data_property_or_throw(vm, PropertyKey::from_ascii(vm, "suppressed"),
                                                               suppressed);
    return object;
}

namespace {

// Step 3.c.iii of DisposeResources: folds the throw completion pending in the VM into `completion`.
void record_disposal_error(VM& vm, std::optional<Value>& completion) {
    Value error = vm.take_exception();
    // 1. If completion is a throw completion, wrap both in a SuppressedError.
    if (completion)
        completion = Value(CreateSuppressedError(vm, error, *completion));
    else
        completion = error;
}

} // namespace

ThrowCompletionOr<void> DisposeResources(VM& vm, DisposeCapability& capability,
                                         std::optional<Value> pending_error) {
    std::optional<Value> completion = pending_error;
    std::vector<DisposableResource> stack = std::move(capability.stack);
    capability.stack.clear();
    // The resources stay reachable through a rooted copy while their methods run.
    MarkedValueVector roots(vm.heap());
    for (const DisposableResource& resource : stack) {
        roots.push_back(resource.value);
        roots.push_back(resource.method);
    }
    // 3. For each resource of the stack, in reverse list order:
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
        if (it->method.is_undefined()) continue;
        if (Call(vm, it->method, it->value).is_throw_completion()) record_disposal_error(vm, completion);
    }
    // 7. Return ? completion.
    if (completion) return vm.throw_value(*completion);
    return {};
}

namespace {

// The locals of an async DisposeResources between its Awaits.
class AsyncDisposeState final : public Cell {
public:
    const char* class_name() const override { return "AsyncDisposeState"; }
    void visit_edges(Visitor& visitor) override {
        visitor.visit(realm);
        visitor.visit(promise);
        for (const DisposableResource& resource : stack) {
            visitor.visit(resource.value);
            visitor.visit(resource.method);
        }
        visitor.visit(original_error);
        if (completion) visitor.visit(*completion);
    }

    Realm* realm = nullptr;
    PromiseObject* promise = nullptr;
    std::vector<DisposableResource> stack; // consumed from the back
    bool had_error = false;
    Value original_error;
    std::optional<Value> completion;
    bool needs_await = false;
    bool has_awaited = false;
};

void continue_disposal(VM&, AsyncDisposeState*);

// Resumes after an Await: a rejection is the result of the dispose call (step 3.c.iii).
ThrowCompletionOr<void> after_await(VM& vm, Cell* context, Value argument, bool rejected) {
    auto* state = static_cast<AsyncDisposeState*>(context);
    Realm* saved = vm.current_realm_or_null();
    vm.set_current_realm(state->realm);
    if (rejected) {
        vm.throw_value(argument);
        record_disposal_error(vm, state->completion);
    }
    continue_disposal(vm, state);
    vm.set_current_realm(saved);
    return {};
}

// Await(value): continues with after_await once the promise for `value` settles.
void await_value(VM& vm, AsyncDisposeState* state, Value value) {
    auto promise = PromiseResolve(vm, state->realm->intrinsic(Intrinsic::PromiseConstructor), value);
    if (promise.is_throw_completion()) {
        // Only a poisoned `constructor` of a promise returned by a dispose method gets here.
        record_disposal_error(vm, state->completion);
        continue_disposal(vm, state);
        return;
    }
    PerformPromiseThen(vm, static_cast<PromiseObject*>(promise.value()), after_await, state);
}

void continue_disposal(VM& vm, AsyncDisposeState* state) {
    while (!state->stack.empty()) {
        DisposableResource resource = state->stack.back();
        state->stack.pop_back();
        // b. A sync resource after a skipped Await of null or undefined: Await(undefined) first.
        if (resource.hint == DisposeHint::SyncDispose && state->needs_await && !state->has_awaited) {
            state->needs_await = false;
            state->stack.push_back(resource);
            await_value(vm, state, Value::undefined());
            return;
        }
        if (resource.method.is_undefined()) {
            // d. The null or undefined value of an `await using`: an Await is owed.
            state->needs_await = true;
            continue;
        }
        // c.i. Let result be Completion(Call(method, value)).
        auto result = Call(vm, resource.method, resource.value);
        if (result.is_throw_completion()) {
            record_disposal_error(vm, state->completion);
            continue;
        }
        // c.ii. For an async-dispose resource: Await(result).
        if (resource.hint == DisposeHint::AsyncDispose) {
            state->has_awaited = true;
            await_value(vm, state, result.value());
            return;
        }
    }
    // 4. If needsAwait is true and hasAwaited is false, Await(undefined).
    if (state->needs_await && !state->has_awaited) {
        state->needs_await = false;
        await_value(vm, state, Value::undefined());
        return;
    }
    // 7. Return ? completion: the caller's promise is rejected only for an error raised here.
    bool same = state->completion.has_value() == state->had_error &&
                (!state->had_error || SameValue(*state->completion, state->original_error));
    if (same)
        state->promise->fulfill(vm, Value::undefined());
    else
        state->promise->reject(vm, *state->completion);
}

} // namespace

bool AsyncDisposeResources(VM& vm, DisposeCapability& capability, std::optional<Value> pending_error,
                           PromiseObject* promise) {
    if (capability.stack.empty()) return false;
    auto* state = vm.heap().allocate<AsyncDisposeState>();
    state->realm = &vm.current_realm();
    state->promise = promise;
    state->stack = std::move(capability.stack);
    capability.stack.clear();
    state->had_error = pending_error.has_value();
    if (pending_error) state->original_error = *pending_error;
    state->completion = pending_error;
    continue_disposal(vm, state);
    return true;
}

} // namespace yjs
