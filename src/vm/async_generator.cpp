// AsyncGenerator abstract operations (27.6.3): the request queue and its settlement. Resumption itself
// (AsyncGeneratorResume, the yield and await suspension points) is in the interpreter.
#include "runtime/abstract_ops.h"
#include "runtime/promise.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "vm/generator_object.h"

namespace yjs {

namespace {

// `! Call(...)` of a capability's resolving function: built-in resolving functions never throw.
void call_resolving_function(VM& vm, JSObject* function, Value argument) {
    Value arguments[] = {argument};
    if (Call(vm, Value(function), Value::undefined(), arguments).is_error()) vm.clear_exception();
}

// The fulfilled / rejected closures of AsyncGeneratorAwaitReturn.
ThrowCompletionOr<void> await_return_settled(VM& vm, Cell* context, Value value, bool rejected) {
    auto* generator = static_cast<AsyncGeneratorObject*>(context);
    AsyncGeneratorCompleteStep(vm, generator, rejected, value, true);
    AsyncGeneratorDrainQueue(vm, generator);
    return {};
}

} // namespace

void AsyncGeneratorEnqueue(AsyncGeneratorObject* generator, ResumeMode mode, Value value,
                           const PromiseCapability& capability) {
    generator->queue().push_back({mode, value, capability});
}

void AsyncGeneratorCompleteStep(VM& vm, AsyncGeneratorObject* generator, bool is_throw, Value value, bool done,
                                Realm* realm) {
    AsyncGeneratorObject::Request next = generator->queue().front();
    generator->queue().pop_front();
    if (is_throw) {
        call_resolving_function(vm, next.capability.reject, value);
        return;
    }
    Realm* old_realm = &vm.current_realm();
    if (realm) vm.set_current_realm(realm);
    JSObject* iterator_result = CreateIterResultObject(vm, value, done);
    vm.set_current_realm(old_realm);
    call_resolving_function(vm, next.capability.resolve, Value(iterator_result));
}

void AsyncGeneratorAwaitReturn(VM& vm, AsyncGeneratorObject* generator) {
    Value value = generator->queue().front().value;
    auto promise = PromiseResolve(vm, vm.current_realm().intrinsic(Intrinsic::PromiseConstructor), value);
    if (promise.is_error()) {
        AsyncGeneratorCompleteStep(vm, generator, true, vm.take_exception(), true);
        AsyncGeneratorDrainQueue(vm, generator);
        return;
    }
    PerformPromiseThen(vm, static_cast<PromiseObject*>(promise.value()), await_return_settled, generator);
}

void AsyncGeneratorDrainQueue(VM& vm, AsyncGeneratorObject* generator) {
    auto& queue = generator->queue();
    while (!queue.empty()) {
        const AsyncGeneratorObject::Request& next = queue.front();
        if (next.mode == ResumeMode::Return) {
            AsyncGeneratorAwaitReturn(vm, generator);
            return;
        }
        bool is_throw = next.mode == ResumeMode::Throw;
        AsyncGeneratorCompleteStep(vm, generator, is_throw, is_throw ? next.value : Value::undefined(), true);
    }
    generator->set_state(AsyncGeneratorObject::State::Completed);
}

} // namespace yjs
