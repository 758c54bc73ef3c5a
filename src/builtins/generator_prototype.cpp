// %GeneratorFunction.prototype% (27.3.3) and %GeneratorPrototype% (27.5.1): next, return, throw.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/vm.h"
#include "vm/generator_object.h"
#include "vm/interpreter.h"

namespace yjs {

namespace {

// GeneratorValidate (27.5.3.2) for an empty brand.
ThrowCompletionOr<GeneratorObject*> validate(VM& vm, Value this_value, const char* method) {
    auto* generator = as_if<GeneratorObject>(this_value);
    if (!generator)
        return vm.throw_type_error(std::string(method) + " method called on incompatible receiver");
    if (generator->state() == GeneratorObject::State::Executing)
        return vm.throw_type_error("Generator is already running");
    return generator;
}

// GeneratorResumeAbrupt (27.5.3.4).
ThrowCompletionOr<Value> resume_abrupt(VM& vm, GeneratorObject* generator, Value value, ResumeMode mode) {
    if (generator->state() == GeneratorObject::State::SuspendedStart) {
        generator->set_state(GeneratorObject::State::Completed);
        generator->release_frame();
    }
    if (generator->state() == GeneratorObject::State::Completed) {
        if (mode == ResumeMode::Return) return Value(CreateIterResultObject(vm, value, true));
        return vm.throw_value(value);
    }
    return vm.interpreter().resume_generator(generator, value, mode);
}

} // namespace

ThrowCompletionOr<Value> GeneratorPrototypeReturn(VM& vm, const NativeCallInfo& call) {
    GeneratorObject* generator = TRY(validate(vm, call.this_value, "Generator.prototype.return"));
    return resume_abrupt(vm, generator, call.argument(0), ResumeMode::Return);
}

ThrowCompletionOr<Value> GeneratorPrototypeThrow(VM& vm, const NativeCallInfo& call) {
    GeneratorObject* generator = TRY(validate(vm, call.this_value, "Generator.prototype.throw"));
    return resume_abrupt(vm, generator, call.argument(0), ResumeMode::Throw);
}

// GeneratorResume (27.5.3.3).
ThrowCompletionOr<Value> GeneratorPrototypeNext(VM& vm, const NativeCallInfo& call) {
    GeneratorObject* generator = TRY(validate(vm, call.this_value, "Generator.prototype.next"));
    if (generator->state() == GeneratorObject::State::Completed)
        return Value(CreateIterResultObject(vm, Value::undefined(), true));
    return vm.interpreter().resume_generator(generator, call.argument(0), ResumeMode::Next);
}

void initialize_generator_prototype(VM& vm, Realm& realm) {
    JSObject* function_prototype = realm.intrinsic(Intrinsic::GeneratorFunctionPrototype);
    if (!function_prototype)
        function_prototype = make_intrinsic_object(vm, realm, Intrinsic::GeneratorFunctionPrototype,
                                                   realm.intrinsic(Intrinsic::FunctionPrototype));
    JSObject* iterator_prototype = realm.intrinsic(Intrinsic::IteratorPrototype);
    JSObject* generator_prototype = realm.intrinsic(Intrinsic::GeneratorPrototype);
    if (!generator_prototype)
        generator_prototype = make_intrinsic_object(vm, realm, Intrinsic::GeneratorPrototype, iterator_prototype);

    // %GeneratorFunction.prototype%.prototype and %GeneratorPrototype%.constructor link the two objects.
    function_prototype->define_direct_property(vm, vm.names().prototype, Value(generator_prototype), kConfigurable);
    define_to_string_tag(vm, function_prototype, "GeneratorFunction");
    generator_prototype->define_direct_property(vm, vm.names().constructor, Value(function_prototype), kConfigurable);

    generator_prototype->define_native_function(vm, realm, vm.names().next, GeneratorPrototypeNext, 1);
    generator_prototype->define_native_function(vm, realm, vm.names().return_, GeneratorPrototypeReturn, 1);
    generator_prototype->define_native_function(vm, realm, vm.names().throw_, GeneratorPrototypeThrow, 1);
    define_to_string_tag(vm, generator_prototype, "Generator");
}

} // namespace yjs
