// The Promise constructor and its properties (ECMA-262 27.2.3, 27.2.4): Promise.all, allSettled, any,
// race, reject, resolve, try, withResolvers and get Promise[@@species].
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/iteration.h"
#include "runtime/promise.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <vector>

namespace yjs {

namespace {

// Promise ( executor ) (27.2.3.1).
ThrowCompletionOr<Value> promise_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!call.new_target) return vm.throw_type_error("Promise constructor cannot be invoked without 'new'");
    // 2. If IsCallable(executor) is false, throw a TypeError exception.
    Value executor = call.argument(0);
    if (!IsCallable(executor))
        return vm.throw_type_error("Promise resolver " + describe_value(executor) + " is not a function");
    // 3-8. Let promise be ? OrdinaryCreateFromConstructor(NewTarget, "%Promise.prototype%", ...).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::PromisePrototype));
    PromiseObject* promise = PromiseObject::create(vm, prototype);
    // 9. Let resolvingFunctions be CreateResolvingFunctions(promise).
    ResolvingFunctions functions = CreateResolvingFunctions(vm, promise);
    // 10-11. Call the executor; an abrupt completion rejects the promise.
    Value arguments[] = {Value(functions.resolve), Value(functions.reject)};
    if (Call(vm, executor, Value::undefined(), arguments).is_throw_completion()) {
        // A termination is no rejection: it goes on unwinding.
        if (vm.is_terminating()) return kThrowCompletion;
        Value reason[] = {vm.take_exception()};
        TRY(Call(vm, Value(functions.reject), Value::undefined(), reason));
    }
    return Value(static_cast<JSObject*>(promise));
}

// --- Promise.all / allSettled / any / race ---

enum class Combinator : std::uint8_t { All, AllSettled, Any, Race, AllKeyed, AllSettledKeyed };

const char* combinator_name(Combinator kind) {
    switch (kind) {
    case Combinator::All:
        return "Promise.all";
    case Combinator::AllSettled:
        return "Promise.allSettled";
    case Combinator::Any:
        return "Promise.any";
    case Combinator::Race:
        return "Promise.race";
    case Combinator::AllKeyed:
        return "Promise.allKeyed";
    case Combinator::AllSettledKeyed:
        return "Promise.allSettledKeyed";
    }
    return "";
}

// What the element functions of one Promise.all/allSettled/any call share: the values (errors for any),
// [[RemainingElements]], the result capability, and each index's [[AlreadyCalled]] (one flag per index:
// allSettled's two functions for an index share theirs, the others have one function per index). The
// keyed combinators also keep the keys the values belong to.
class CombinatorState final : public Cell {
public:
    explicit CombinatorState(const PromiseCapability& capability) : capability(capability) {}
    std::vector<Value> values;
    std::vector<PropertyKey> keys;
    std::vector<bool> already_called;
    double remaining_elements = 1;
    PromiseCapability capability;

    const char* class_name() const override { return "PromiseCombinatorState"; }
    void visit_edges(Visitor& visitor) override {
        for (Value value : values)
            visitor.visit(value);
        for (PropertyKey key : keys)
            key.visit(visitor);
        visitor.visit(capability.promise);
        visitor.visit(capability.resolve);
        visitor.visit(capability.reject);
    }
};

// A newly created AggregateError with "errors" set to CreateArrayFromList(errors).
JSObject* create_aggregate_error(VM& vm, const std::vector<Value>& errors) {
    JSObject* error =
        ErrorObject::create(vm, vm.current_realm().intrinsic(Intrinsic::AggregateErrorPrototype),
                            JSString::from_ascii(vm, "All promises were rejected"));
    error->define_direct_property(vm, vm.names().errors, Value(CreateArrayFromList(vm, errors)),
                                  kWritable | kConfigurable);
    return error;
}

// Steps 1-7 of the element functions: the [[AlreadyCalled]] check. Returns the shared state, or null when
// this index was already settled.
CombinatorState* claim_element(const NativeCallInfo& call, std::size_t& index) {
    auto* function = static_cast<NativeFunction*>(call.callee);
    auto* state = static_cast<CombinatorState*>(function->capture(0).as_cell());
    index = static_cast<std::size_t>(function->capture(1).as_number());
    if (state->already_called[index]) return nullptr;
    state->already_called[index] = true;
    return state;
}

// The remaining steps: store the element and count down [[RemainingElements]]; true when it reached 0.
bool store_element(CombinatorState* state, std::size_t index, Value element) {
    state->values[index] = element;
    state->remaining_elements -= 1;
    return state->remaining_elements == 0;
}

// CreateKeyedPromiseCombinatorResultObject(keys, values): a null-prototype object with one data property
// per key, in key order.
JSObject* create_keyed_result_object(VM& vm, const CombinatorState* state) {
    JSObject* object = JSObject::create(vm, nullptr);
    for (std::size_t i = 0; i < state->keys.size(); ++i)
        (void)object->create_data_property(vm, state->keys[i], state->values[i]);
    return object;
}

// Resolves the result capability with the values: an array, or for the keyed combinators an object.
ThrowCompletionOr<Value> resolve_with_values(VM& vm, CombinatorState* state, bool keyed = false) {
    Value result =
        keyed ? Value(create_keyed_result_object(vm, state)) : Value(CreateArrayFromList(vm, state->values));
    Value arguments[] = {result};
    return Call(vm, Value(state->capability.resolve), Value::undefined(), arguments);
}

// Promise.all Resolve Element Functions (27.2.4.1.3).
ThrowCompletionOr<Value> promise_all_resolve_element(VM& vm, const NativeCallInfo& call) {
    std::size_t index = 0;
    CombinatorState* state = claim_element(call, index);
    if (state && store_element(state, index, call.argument(0))) return resolve_with_values(vm, state, false);
    return Value::undefined();
}

// The onFulfilled closures of PerformPromiseAllKeyed for variant all.
ThrowCompletionOr<Value> promise_all_keyed_resolve_element(VM& vm, const NativeCallInfo& call) {
    std::size_t index = 0;
    CombinatorState* state = claim_element(call, index);
    if (state && store_element(state, index, call.argument(0))) return resolve_with_values(vm, state, true);
    return Value::undefined();
}

// { status, value|reason } for Promise.allSettled.
JSObject* settled_record(VM& vm, bool fulfilled, Value value) {
    JSObject* object = JSObject::create(vm, vm.current_realm().intrinsic(Intrinsic::ObjectPrototype));
    const CommonNames& names = vm.names();
    object->define_direct_property(vm, names.status,
                                   Value(fulfilled ? names.fulfilled.as_atom() : names.rejected.as_atom()),
                                   kDefaultDataAttributes);
    object->define_direct_property(vm, fulfilled ? names.value : names.reason, value, kDefaultDataAttributes);
    return object;
}

ThrowCompletionOr<Value> all_settled_element(VM& vm, const NativeCallInfo& call, bool fulfilled, bool keyed) {
    std::size_t index = 0;
    CombinatorState* state = claim_element(call, index);
    if (state && store_element(state, index, Value(settled_record(vm, fulfilled, call.argument(0)))))
        return resolve_with_values(vm, state, keyed);
    return Value::undefined();
}

// Promise.allSettled Resolve Element Functions (27.2.4.2.2).
ThrowCompletionOr<Value> promise_all_settled_resolve_element(VM& vm, const NativeCallInfo& call) {
    return all_settled_element(vm, call, true, false);
}

// Promise.allSettled Reject Element Functions (27.2.4.2.3).
ThrowCompletionOr<Value> promise_all_settled_reject_element(VM& vm, const NativeCallInfo& call) {
    return all_settled_element(vm, call, false, false);
}

// The onFulfilled / onRejected closures of PerformPromiseAllKeyed for variant all-settled.
ThrowCompletionOr<Value> promise_all_settled_keyed_resolve_element(VM& vm, const NativeCallInfo& call) {
    return all_settled_element(vm, call, true, true);
}

ThrowCompletionOr<Value> promise_all_settled_keyed_reject_element(VM& vm, const NativeCallInfo& call) {
    return all_settled_element(vm, call, false, true);
}

// Promise.any Reject Element Functions (27.2.4.3.2).
ThrowCompletionOr<Value> promise_any_reject_element(VM& vm, const NativeCallInfo& call) {
    std::size_t index = 0;
    CombinatorState* state = claim_element(call, index);
    if (!state || !store_element(state, index, call.argument(0))) return Value::undefined();
    Value arguments[] = {Value(create_aggregate_error(vm, state->values))};
    return Call(vm, Value(state->capability.reject), Value::undefined(), arguments);
}

JSObject* element_function(VM& vm, NativeFunctionPointer steps, CombinatorState* state, std::size_t index) {
    NativeFunction* function =
        NativeFunction::create(vm, vm.current_realm(), steps, 1, vm.names().empty_string);
    function->captures().push_back(Value::internal_cell(state));
    function->captures().push_back(Value(static_cast<double>(index)));
    return function;
}

// PerformPromiseAll / PerformPromiseAllSettled / PerformPromiseAny / PerformPromiseRace (27.2.4.1.2,
// 27.2.4.2.1, 27.2.4.3.1, 27.2.4.5.1).
ThrowCompletionOr<Value> perform_combinator(VM& vm, Combinator kind, IteratorRecord& iterator_record,
                                            Value constructor, const PromiseCapability& result_capability,
                                            Value promise_resolve) {
    CombinatorState* state = vm.heap().allocate<CombinatorState>(result_capability);
    for (std::size_t index = 0;; ++index) {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        std::optional<Value> next = TRY(IteratorStepValue(vm, iterator_record));
        // b. If next is done: settle once the last element function has run.
        if (!next) {
            if (kind == Combinator::Race) return Value(result_capability.promise);
            state->remaining_elements -= 1;
            if (state->remaining_elements == 0) {
                if (kind == Combinator::Any)
                    return vm.throw_value(Value(create_aggregate_error(vm, state->values)));
                TRY(resolve_with_values(vm, state));
            }
            return Value(result_capability.promise);
        }
        // c. Append undefined to values (errors).
        if (kind != Combinator::Race) {
            state->values.push_back(Value::undefined());
            state->already_called.push_back(false);
        }
        // d. Let nextPromise be ? Call(promiseResolve, constructor, « next »).
        Value next_argument[] = {*next};
        Value next_promise = TRY(Call(vm, promise_resolve, constructor, next_argument));
        // e-... The handlers for this element.
        Value on_fulfilled = Value(result_capability.resolve);
        Value on_rejected = Value(result_capability.reject);
        switch (kind) {
        case Combinator::All:
            on_fulfilled = Value(element_function(vm, promise_all_resolve_element, state, index));
            break;
        case Combinator::AllSettled:
            on_fulfilled = Value(element_function(vm, promise_all_settled_resolve_element, state, index));
            on_rejected = Value(element_function(vm, promise_all_settled_reject_element, state, index));
            break;
        case Combinator::Any:
            on_rejected = Value(element_function(vm, promise_any_reject_element, state, index));
            break;
        case Combinator::Race:
        case Combinator::AllKeyed:
        case Combinator::AllSettledKeyed:
            break;
        }
        // Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
        if (kind != Combinator::Race) state->remaining_elements += 1;
        // Perform ? Invoke(nextPromise, "then", « onFulfilled, onRejected »).
        Value then_arguments[] = {on_fulfilled, on_rejected};
        TRY(Invoke(vm, next_promise, vm.names().then, then_arguments));
    }
}

// GetPromiseResolve(promiseConstructor) (27.2.4.1.1).
ThrowCompletionOr<Value> GetPromiseResolve(VM& vm, JSObject* constructor) {
    Value promise_resolve = TRY(constructor->get(vm, vm.names().resolve));
    if (!IsCallable(promise_resolve)) return vm.throw_type_error("resolve is not a function");
    return promise_resolve;
}

// The common body of Promise.all, allSettled, any and race.
ThrowCompletionOr<Value> promise_combinator(VM& vm, const NativeCallInfo& call, Combinator kind) {
    // 1. Let C be the this value.
    Value constructor = call.this_value;
    if (!constructor.is_object())
        return vm.throw_type_error(std::string(combinator_name(kind)) + " called on non-object");
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    PromiseCapability capability = TRY(NewPromiseCapability(vm, constructor));
    // 3-4. Let promiseResolve be Completion(GetPromiseResolve(C)); IfAbruptRejectPromise.
    Value promise_resolve =
        IF_ABRUPT_REJECT_PROMISE(vm, capability, GetPromiseResolve(vm, constructor.as_object()));
    // 5-6. Let iteratorRecord be Completion(GetIterator(iterable, sync)); IfAbruptRejectPromise.
    IteratorRecord iterator_record =
        IF_ABRUPT_REJECT_PROMISE(vm, capability, GetIterator(vm, call.argument(0)));
    // 7. Let result be Completion(PerformPromiseAll(iteratorRecord, C, promiseCapability, promiseResolve)).
    auto result = perform_combinator(vm, kind, iterator_record, constructor, capability, promise_resolve);
    // 8. If result is an abrupt completion: close the iterator unless done, then IfAbruptRejectPromise.
    if (result.is_throw_completion()) {
        if (!iterator_record.done) (void)IteratorCloseOnThrow(vm, iterator_record);
        return RejectWithPendingException(vm, capability);
    }
    return result.value();
}

// PerformPromiseAllKeyed(variant, promises, constructor, resultCapability, promiseResolve).
ThrowCompletionOr<Value> perform_promise_all_keyed(VM& vm, Combinator variant, JSObject* promises,
                                                   Value constructor,
                                                   const PromiseCapability& result_capability,
                                                   Value promise_resolve) {
    // 1. Let allKeys be ? promises.[[OwnPropertyKeys]]().
    MarkedKeyVector all_keys(vm.heap());
    TRY(promises->internal_own_property_keys(vm, all_keys));
    // 2-5. keys, values, remainingElementsCount { [[Value]]: 1 } and index live in the shared state.
    CombinatorState* state = vm.heap().allocate<CombinatorState>(result_capability);
    // 6. For each element key of allKeys, do
    for (PropertyKey key : all_keys) {
        // a. Let desc be ? promises.[[GetOwnProperty]](key).
        std::optional<PropertyDescriptor> desc = TRY(promises->internal_get_own_property(vm, key));
        // b. If desc is not undefined and desc.[[Enumerable]] is true, then
        if (!desc || !desc->enumerable.value_or(false)) continue;
        // i. Let value be ? Get(promises, key).
        Value value = TRY(promises->get(vm, key));
        // ii-iii. Append key to keys and undefined to values.
        std::size_t index = state->keys.size();
        state->keys.push_back(key);
        state->values.push_back(Value::undefined());
        state->already_called.push_back(false);
        // iv. Let nextPromise be ? Call(promiseResolve, constructor, « value »).
        Value value_argument[] = {value};
        Value next_promise = TRY(Call(vm, promise_resolve, constructor, value_argument));
        // v-x. The element functions (variant all rejects through resultCapability.[[Reject]]).
        Value on_fulfilled;
        Value on_rejected;
        if (variant == Combinator::AllKeyed) {
            on_fulfilled = Value(element_function(vm, promise_all_keyed_resolve_element, state, index));
            on_rejected = Value(result_capability.reject);
        } else {
            on_fulfilled =
                Value(element_function(vm, promise_all_settled_keyed_resolve_element, state, index));
            on_rejected = Value(element_function(vm, promise_all_settled_keyed_reject_element, state, index));
        }
        // xi. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
        state->remaining_elements += 1;
        // xii. Perform ? Invoke(nextPromise, "then", « onFulfilled, onRejected »).
        Value then_arguments[] = {on_fulfilled, on_rejected};
        TRY(Invoke(vm, next_promise, vm.names().then, then_arguments));
    }
    // 7-8. Count down the initial 1; resolve when every element function already ran.
    state->remaining_elements -= 1;
    if (state->remaining_elements == 0) TRY(resolve_with_values(vm, state, true));
    // 9. Return resultCapability.[[Promise]].
    return Value(result_capability.promise);
}

// Promise.allKeyed ( promises ) and Promise.allSettledKeyed ( promises ).
ThrowCompletionOr<Value> promise_keyed_combinator(VM& vm, const NativeCallInfo& call, Combinator variant) {
    // 1. Let C be the this value.
    Value constructor = call.this_value;
    if (!constructor.is_object())
        return vm.throw_type_error(std::string(combinator_name(variant)) + " called on non-object");
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    PromiseCapability capability = TRY(NewPromiseCapability(vm, constructor));
    // 3-4. Let promiseResolve be Completion(GetPromiseResolve(C)); IfAbruptRejectPromise.
    Value promise_resolve =
        IF_ABRUPT_REJECT_PROMISE(vm, capability, GetPromiseResolve(vm, constructor.as_object()));
    // 5. If promises is not an Object, reject with a TypeError.
    Value promises = call.argument(0);
    if (!promises.is_object()) {
        Value error[] = {Value(vm.create_error(ErrorType::TypeError, std::string(combinator_name(variant)) +
                                                                         " requires an object argument"))};
        TRY(Call(vm, Value(capability.reject), Value::undefined(), error));
        return Value(capability.promise);
    }
    // 6-8. Let result be Completion(PerformPromiseAllKeyed(...)); IfAbruptRejectPromise; return it.
    return IF_ABRUPT_REJECT_PROMISE(vm, capability,
                                    perform_promise_all_keyed(vm, variant, promises.as_object(), constructor,
                                                              capability, promise_resolve));
}

ThrowCompletionOr<Value> promise_all_keyed(VM& vm, const NativeCallInfo& call) {
    return promise_keyed_combinator(vm, call, Combinator::AllKeyed);
}

ThrowCompletionOr<Value> promise_all_settled_keyed(VM& vm, const NativeCallInfo& call) {
    return promise_keyed_combinator(vm, call, Combinator::AllSettledKeyed);
}

ThrowCompletionOr<Value> promise_all(VM& vm, const NativeCallInfo& call) {
    return promise_combinator(vm, call, Combinator::All);
}

ThrowCompletionOr<Value> promise_all_settled(VM& vm, const NativeCallInfo& call) {
    return promise_combinator(vm, call, Combinator::AllSettled);
}

ThrowCompletionOr<Value> promise_any(VM& vm, const NativeCallInfo& call) {
    return promise_combinator(vm, call, Combinator::Any);
}

ThrowCompletionOr<Value> promise_race(VM& vm, const NativeCallInfo& call) {
    return promise_combinator(vm, call, Combinator::Race);
}

// Promise.reject ( r ) (27.2.4.6).
ThrowCompletionOr<Value> promise_reject(VM& vm, const NativeCallInfo& call) {
    Value constructor = call.this_value;
    if (!constructor.is_object()) return vm.throw_type_error("PromiseReject called on non-object");
    PromiseCapability capability = TRY(NewPromiseCapability(vm, constructor));
    Value arguments[] = {call.argument(0)};
    TRY(Call(vm, Value(capability.reject), Value::undefined(), arguments));
    return Value(capability.promise);
}

// Promise.resolve ( x ) (27.2.4.7).
ThrowCompletionOr<Value> promise_resolve(VM& vm, const NativeCallInfo& call) {
    // 2. If C is not an Object, throw a TypeError exception.
    Value constructor = call.this_value;
    if (!constructor.is_object()) return vm.throw_type_error("PromiseResolve called on non-object");
    // 3. Return ? PromiseResolve(C, x).
    return Value(TRY(PromiseResolve(vm, constructor.as_object(), call.argument(0))));
}

// Promise.try ( callback, ...args ) (27.2.4.8).
ThrowCompletionOr<Value> promise_try(VM& vm, const NativeCallInfo& call) {
    Value constructor = call.this_value;
    if (!constructor.is_object()) return vm.throw_type_error("Promise.try called on non-object");
    PromiseCapability capability = TRY(NewPromiseCapability(vm, constructor));
    // 4. Let status be Completion(Call(callback, undefined, args)).
    std::span<const Value> arguments = call.arguments.empty() ? call.arguments : call.arguments.subspan(1);
    auto status = Call(vm, call.argument(0), Value::undefined(), arguments);
    // 5-6. Reject with the exception or resolve with the result.
    bool abrupt = status.is_throw_completion();
    if (abrupt && vm.is_terminating()) return kThrowCompletion;
    Value settle_arguments[] = {abrupt ? vm.take_exception() : status.value()};
    TRY(Call(vm, Value(abrupt ? capability.reject : capability.resolve), Value::undefined(),
             settle_arguments));
    return Value(capability.promise);
}

// Promise.withResolvers ( ) (27.2.4.9).
ThrowCompletionOr<Value> promise_with_resolvers(VM& vm, const NativeCallInfo& call) {
    PromiseCapability capability = TRY(NewPromiseCapability(vm, call.this_value));
    JSObject* object = JSObject::create(vm, vm.current_realm().intrinsic(Intrinsic::ObjectPrototype));
    object->define_direct_property(vm, PropertyKey::from_ascii(vm, "promise"), Value(capability.promise),
                                   kDefaultDataAttributes);
    object->define_direct_property(vm, vm.names().resolve, Value(capability.resolve), kDefaultDataAttributes);
    object->define_direct_property(vm, vm.names().reject, Value(capability.reject), kDefaultDataAttributes);
    return Value(object);
}

// get Promise [ %Symbol.species% ] (27.2.4.10).
ThrowCompletionOr<Value> promise_species(VM&, const NativeCallInfo& call) {
    return call.this_value;
}

} // namespace

void initialize_promise_constructor(VM& vm, Realm& realm) {
    JSObject* prototype = realm.intrinsic(Intrinsic::PromisePrototype);
    NativeFunction* constructor = make_constructor(vm, realm, "Promise", promise_constructor, 1, prototype,
                                                   Intrinsic::PromiseConstructor);
    constructor->define_native_function(vm, realm, vm.names().all, promise_all, 1);
    constructor->define_native_function(vm, realm, vm.names().allSettled, promise_all_settled, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "allKeyed"), promise_all_keyed,
                                        1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "allSettledKeyed"),
                                        promise_all_settled_keyed, 1);
    constructor->define_native_function(vm, realm, vm.names().any, promise_any, 1);
    constructor->define_native_function(vm, realm, vm.names().race, promise_race, 1);
    constructor->define_native_function(vm, realm, vm.names().reject, promise_reject, 1);
    constructor->define_native_function(vm, realm, vm.names().resolve, promise_resolve, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "try"), promise_try, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "withResolvers"),
                                        promise_with_resolvers, 0);
    constructor->define_native_accessor(vm, realm, PropertyKey::from_symbol(vm.well_known_symbols().species),
                                        promise_species, nullptr);
    define_global_property(vm, realm, "Promise", Value(static_cast<JSObject*>(constructor)));
}

} // namespace yjs
