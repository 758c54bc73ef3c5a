// %AsyncGeneratorFunction.prototype% (27.4.3) and %AsyncGeneratorPrototype% (27.6.1): next, return, throw.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/promise.h"
#include "runtime/vm.h"
#include "vm/generator_object.h"
#include "vm/interpreter.h"

namespace yjs {

namespace {

using State = AsyncGeneratorObject::State;

// NewPromiseCapability(%Promise%) cannot fail for the intrinsic constructor.
ThrowCompletionOr<PromiseCapability> new_capability(VM& vm) {
    return NewPromiseCapability(vm, Value(vm.current_realm().intrinsic(Intrinsic::PromiseConstructor)));
}

// AsyncGeneratorValidate (27.6.3.3) for an empty brand, rejecting the capability's promise on failure.
AsyncGeneratorObject* validate(VM& vm, Value this_value, const PromiseCapability& capability,
                               const char* method) {
    if (auto* generator = as_if<AsyncGeneratorObject>(this_value)) return generator;
    Value error = Value(vm.create_error(ErrorType::TypeError,
                                        std::string(method) + " method called on incompatible receiver"));
    Value arguments[] = {error};
    if (Call(vm, Value(capability.reject), Value::undefined(), arguments).is_error()) vm.clear_exception();
    return nullptr;
}

void settle(VM& vm, JSObject* function, Value value) {
    Value arguments[] = {value};
    if (Call(vm, Value(function), Value::undefined(), arguments).is_error()) vm.clear_exception();
}

ThrowCompletionOr<Value> async_generator_next(VM& vm, const NativeCallInfo& call) {
    PromiseCapability capability = TRY(new_capability(vm));
    AsyncGeneratorObject* generator =
        validate(vm, call.this_value, capability, "AsyncGenerator.prototype.next");
    if (!generator) return Value(capability.promise);
    State state = generator->state();
    if (state == State::Completed) {
        settle(vm, capability.resolve, Value(CreateIterResultObject(vm, Value::undefined(), true)));
        return Value(capability.promise);
    }
    AsyncGeneratorEnqueue(generator, ResumeMode::Next, call.argument(0), capability);
    if (state == State::SuspendedStart || state == State::SuspendedYield)
        TRY(vm.interpreter().resume_async_generator(generator, call.argument(0), ResumeMode::Next));
    return Value(capability.promise);
}

ThrowCompletionOr<Value> async_generator_return(VM& vm, const NativeCallInfo& call) {
    PromiseCapability capability = TRY(new_capability(vm));
    AsyncGeneratorObject* generator =
        validate(vm, call.this_value, capability, "AsyncGenerator.prototype.return");
    if (!generator) return Value(capability.promise);
    AsyncGeneratorEnqueue(generator, ResumeMode::Return, call.argument(0), capability);
    State state = generator->state();
    if (state == State::SuspendedStart || state == State::Completed) {
        if (state == State::SuspendedStart) generator->release_frame();
        generator->set_state(State::DrainingQueue);
        AsyncGeneratorAwaitReturn(vm, generator);
    } else if (state == State::SuspendedYield) {
        TRY(vm.interpreter().resume_async_generator(generator, call.argument(0), ResumeMode::Return));
    }
    return Value(capability.promise);
}

ThrowCompletionOr<Value> async_generator_throw(VM& vm, const NativeCallInfo& call) {
    PromiseCapability capability = TRY(new_capability(vm));
    AsyncGeneratorObject* generator =
        validate(vm, call.this_value, capability, "AsyncGenerator.prototype.throw");
    if (!generator) return Value(capability.promise);
    State state = generator->state();
    if (state == State::SuspendedStart) {
        generator->set_state(State::Completed);
        generator->release_frame();
        state = State::Completed;
    }
    if (state == State::Completed) {
        settle(vm, capability.reject, call.argument(0));
        return Value(capability.promise);
    }
    AsyncGeneratorEnqueue(generator, ResumeMode::Throw, call.argument(0), capability);
    if (state == State::SuspendedYield)
        TRY(vm.interpreter().resume_async_generator(generator, call.argument(0), ResumeMode::Throw));
    return Value(capability.promise);
}

} // namespace

void initialize_async_generator_prototype(VM& vm, Realm& realm) {
    JSObject* function_prototype = realm.intrinsic(Intrinsic::AsyncGeneratorFunctionPrototype);
    if (!function_prototype)
        function_prototype = make_intrinsic_object(vm, realm, Intrinsic::AsyncGeneratorFunctionPrototype,
                                                   realm.intrinsic(Intrinsic::FunctionPrototype));
    JSObject* generator_prototype = realm.intrinsic(Intrinsic::AsyncGeneratorPrototype);
    if (!generator_prototype)
        generator_prototype = make_intrinsic_object(vm, realm, Intrinsic::AsyncGeneratorPrototype,
                                                    realm.intrinsic(Intrinsic::AsyncIteratorPrototype));

    function_prototype->define_direct_property(vm, vm.names().prototype, Value(generator_prototype),
                                               kConfigurable);
    define_to_string_tag(vm, function_prototype, "AsyncGeneratorFunction");
    generator_prototype->define_direct_property(vm, vm.names().constructor, Value(function_prototype),
                                                kConfigurable);

    generator_prototype->define_native_function(vm, realm, vm.names().next, async_generator_next, 1);
    generator_prototype->define_native_function(vm, realm, vm.names().return_, async_generator_return, 1);
    generator_prototype->define_native_function(vm, realm, vm.names().throw_, async_generator_throw, 1);
    define_to_string_tag(vm, generator_prototype, "AsyncGenerator");
}

} // namespace yjs
