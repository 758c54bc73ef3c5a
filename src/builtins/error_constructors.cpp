// The Error constructor (20.5.1, 20.5.2), the NativeError constructors (20.5.6) and AggregateError
// (20.5.7), plus V8's Error.captureStackTrace. Their prototypes are in error_prototypes.cpp.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/error.h"
#include "runtime/iteration.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <string>

namespace yjs {

namespace {

// InstallErrorCause ( O, options )
ThrowCompletionOr<void> InstallErrorCause(VM& vm, JSObject* object, Value options) {
    if (!options.is_object()) return {};
    JSObject* options_object = options.as_object();
    if (!TRY(options_object->has_property(vm, vm.names().cause))) return {};
    Value cause = TRY(options_object->get(vm, vm.names().cause));
    return object->create_non_enumerable_data_property_or_throw(vm, vm.names().cause, cause);
}

// The common steps of Error ( message, options ) and NativeError ( message, options ): create the object
// from NewTarget (or the active function), then "message" and "cause".
ThrowCompletionOr<ErrorObject*> construct_error(VM& vm, const NativeCallInfo& call, Intrinsic fallback,
                                                Value message, Value options) {
    // 1. If NewTarget is undefined, let newTarget be the active function object; else let newTarget be
    // NewTarget.
    JSObject* new_target = call.new_target ? call.new_target : call.callee;
    // 2. Let O be ? OrdinaryCreateFromConstructor(newTarget, fallback, « [[ErrorData]] »).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, new_target, fallback));
    // 3. If message is not undefined, then let msg be ? ToString(message) and define "message".
    JSString* message_string = message.is_undefined() ? nullptr : TRY(ToString(vm, message));
    ErrorObject* error = ErrorObject::create(vm, prototype, message_string);
    // 4. Perform ? InstallErrorCause(O, options).
    TRY(InstallErrorCause(vm, error, options));
    return error;
}

ThrowCompletionOr<Value> error_constructor(VM& vm, const NativeCallInfo& call) {
    return Value(
        TRY(construct_error(vm, call, Intrinsic::ErrorPrototype, call.argument(0), call.argument(1))));
}

template <Intrinsic prototype>
ThrowCompletionOr<Value> native_error_constructor(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(construct_error(vm, call, prototype, call.argument(0), call.argument(1))));
}

// AggregateError ( errors, message [ , options ] )
ThrowCompletionOr<Value> aggregate_error_constructor(VM& vm, const NativeCallInfo& call) {
    // 1-4. Create the object, then "message" and "cause".
    ErrorObject* error = TRY(
        construct_error(vm, call, Intrinsic::AggregateErrorPrototype, call.argument(1), call.argument(2)));
    // 5. Let errorsList be ? IteratorToList(? GetIterator(errors, sync)).
    MarkedValueVector errors = TRY(IterableToList(vm, call.argument(0)));
    // 6. Perform ! DefinePropertyOrThrow(O, "errors", { [[Configurable]]: true, [[Enumerable]]: false,
    //    [[Writable]]: true, [[Value]]: CreateArrayFromList(errorsList) }).
    TRY(error->define_property_or_throw(
        vm, vm.names().errors,
        PropertyDescriptor::data(CreateArrayFromList(vm, errors.span()), kBuiltinAttributes)));
    return Value(error);
}

// Error.isError ( arg ) (ES2026): whether arg has an [[ErrorData]] internal slot.
ThrowCompletionOr<Value> error_is_error(VM&, const NativeCallInfo& call) {
    return Value::boolean(as_if<ErrorObject>(call.argument(0)) != nullptr);
}

// Error.captureStackTrace ( targetObject [ , constructorOpt ] ) (V8): defines "stack" on targetObject.
ThrowCompletionOr<Value> error_capture_stack_trace(VM& vm, const NativeCallInfo& call) {
    Value target = call.argument(0);
    if (!target.is_object())
        return vm.throw_type_error("Invalid argument: Error.captureStackTrace expects an object");
    JSObject* object = target.as_object();
    if (auto* error = as_if<ErrorObject>(target)) {
        error->capture_stack_trace(vm);
        TRY(object->define_property_or_throw(
            vm, vm.names().stack, PropertyDescriptor::data(error->stack_trace(), kBuiltinAttributes)));
        return Value::undefined();
    }
    // Other objects get a stack whose header is what Error.prototype.toString returns for them.
    Value name = TRY(object->get(vm, vm.names().name));
    JSString* name_string = name.is_undefined() ? JSString::from_ascii(vm, "Error") : TRY(ToString(vm, name));
    Value message = TRY(object->get(vm, vm.names().message));
    JSString* message_string =
        message.is_undefined() ? vm.names().empty_string.as_atom() : TRY(ToString(vm, message));
    std::string name_text = name_string->to_utf8();
    std::string message_text = message_string->to_utf8();
    std::string header = name_text.empty()      ? message_text
                         : message_text.empty() ? name_text
                                                : name_text + ": " + message_text;
    JSString* stack = format_stack_trace(vm, header);
    TRY(object->define_property_or_throw(vm, vm.names().stack,
                                         PropertyDescriptor::data(stack, kBuiltinAttributes)));
    return Value::undefined();
}

struct NativeErrorInfo {
    const char* name;
    NativeFunctionPointer constructor;
    Intrinsic prototype;
    Intrinsic constructor_slot;
};

constexpr NativeErrorInfo kNativeErrors[] = {
    {"EvalError", native_error_constructor<Intrinsic::EvalErrorPrototype>, Intrinsic::EvalErrorPrototype,
     Intrinsic::EvalErrorConstructor},
    {"RangeError", native_error_constructor<Intrinsic::RangeErrorPrototype>, Intrinsic::RangeErrorPrototype,
     Intrinsic::RangeErrorConstructor},
    {"ReferenceError", native_error_constructor<Intrinsic::ReferenceErrorPrototype>,
     Intrinsic::ReferenceErrorPrototype, Intrinsic::ReferenceErrorConstructor},
    {"SyntaxError", native_error_constructor<Intrinsic::SyntaxErrorPrototype>,
     Intrinsic::SyntaxErrorPrototype, Intrinsic::SyntaxErrorConstructor},
    {"TypeError", native_error_constructor<Intrinsic::TypeErrorPrototype>, Intrinsic::TypeErrorPrototype,
     Intrinsic::TypeErrorConstructor},
    {"URIError", native_error_constructor<Intrinsic::URIErrorPrototype>, Intrinsic::URIErrorPrototype,
     Intrinsic::URIErrorConstructor},
};

} // namespace

void initialize_error_constructors(VM& vm, Realm& realm) {
    NativeFunction* error =
        make_constructor(vm, realm, "Error", error_constructor, 1, realm.intrinsic(Intrinsic::ErrorPrototype),
                         Intrinsic::ErrorConstructor);
    error->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "isError"), error_is_error, 1);
    error->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "captureStackTrace"),
                                  error_capture_stack_trace, 2);
    define_global_property(vm, realm, "Error", error);

    // Each NativeError constructor's [[Prototype]] is %Error% (20.5.6.2).
    for (const NativeErrorInfo& info : kNativeErrors) {
        NativeFunction* constructor =
            make_constructor(vm, realm, info.name, info.constructor, 1, realm.intrinsic(info.prototype),
                             info.constructor_slot, error);
        define_global_property(vm, realm, info.name, constructor);
    }

    NativeFunction* aggregate = make_constructor(vm, realm, "AggregateError", aggregate_error_constructor, 2,
                                                 realm.intrinsic(Intrinsic::AggregateErrorPrototype),
                                                 Intrinsic::AggregateErrorConstructor, error);
    define_global_property(vm, realm, "AggregateError", aggregate);
}

} // namespace yjs
