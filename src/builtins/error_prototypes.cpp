// %Error.prototype% (20.5.3), the NativeError prototypes (20.5.6.3), %AggregateError.prototype% (20.5.7.3)
// and %SuppressedError.prototype% (20.5.8.3). They are ordinary objects (not Error instances); the
// constructors are in error_constructors.cpp.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/error.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// Error.prototype.toString ( )
ThrowCompletionOr<Value> error_prototype_to_string(VM& vm, const NativeCallInfo& call) {
    // 1-2. If O is not an Object, throw a TypeError exception.
    if (!call.this_value.is_object())
        return vm.throw_type_error("Error.prototype.toString requires that 'this' be an Object");
    JSObject* object = call.this_value.as_object();
    // 3-4. Let name be ? Get(O, "name"); undefined becomes "Error", anything else ? ToString(name).
    Value name = TRY(object->get(vm, vm.names().name));
    JSString* name_string = name.is_undefined() ? JSString::from_ascii(vm, "Error") : TRY(ToString(vm, name));
    // 5-6. Let msg be ? Get(O, "message"); undefined becomes "", anything else ? ToString(msg).
    Value message = TRY(object->get(vm, vm.names().message));
    JSString* message_string =
        message.is_undefined() ? vm.names().empty_string.as_atom() : TRY(ToString(vm, message));
    // 7-9.
    if (name_string->is_empty()) return Value(message_string);
    if (message_string->is_empty()) return Value(name_string);
    if (std::uint64_t(name_string->length()) + 2 + message_string->length() > JSString::kMaxLength)
        return vm.throw_range_error("Invalid string length");
    JSString* result = JSString::concat(vm, name_string, JSString::from_ascii(vm, ": "));
    return Value(JSString::concat(vm, result, message_string));
}

// get Error.prototype.stack (proposal-error-stack-accessor)
ThrowCompletionOr<Value> error_prototype_get_stack(VM& vm, const NativeCallInfo& call) {
    // 1-2. Let E be the this value; if E is not an Object, throw a TypeError exception.
    if (!call.this_value.is_object())
        return vm.throw_type_error("get Error.prototype.stack requires that 'this' be an Object");
    // 3. If E does not have an [[ErrorData]] internal slot, return undefined.
    auto* error = as_if<ErrorObject>(call.this_value);
    if (!error) return Value::undefined();
    // 4. Return an implementation-defined string that represents the stack trace of E.
    return Value(error->stack_trace());
}

// set Error.prototype.stack (proposal-error-stack-accessor)
ThrowCompletionOr<Value> error_prototype_set_stack(VM& vm, const NativeCallInfo& call) {
    // 1-2. Let E be the this value; if E is not an Object, throw a TypeError exception.
    if (!call.this_value.is_object())
        return vm.throw_type_error("set Error.prototype.stack requires that 'this' be an Object");
    // 3. If v is not a String, throw a TypeError exception.
    Value value = call.argument(0);
    if (!value.is_string()) return vm.throw_type_error("Error.prototype.stack must be set to a string");
    // 4. Perform ? SetterThatIgnoresPrototypeProperties(this value, %Error.prototype%, "stack", v).
    TRY(SetterThatIgnoresPrototypeProperties(vm, call.this_value,
                                             vm.current_realm().intrinsic(Intrinsic::ErrorPrototype),
                                             "Error.prototype", vm.names().stack, value));
    return Value::undefined();
}

// "message" (the empty String) and "name" of an error prototype.
void define_name_and_message(VM& vm, JSObject* prototype, const char* name) {
    prototype->define_direct_property(vm, vm.names().message, vm.names().empty_string.as_atom(),
                                      kBuiltinAttributes);
    prototype->define_direct_property(vm, vm.names().name, JSString::from_ascii(vm, name),
                                      kBuiltinAttributes);
}

} // namespace

void initialize_error_prototypes(VM& vm, Realm& realm) {
    JSObject* error_prototype = make_intrinsic_object(vm, realm, Intrinsic::ErrorPrototype);
    define_name_and_message(vm, error_prototype, "Error");
    error_prototype->define_native_function(vm, realm, vm.names().toString, error_prototype_to_string, 0);
    error_prototype->define_native_accessor(vm, realm, vm.names().stack, error_prototype_get_stack,
                                            error_prototype_set_stack);

    struct NativeErrorPrototype {
        Intrinsic slot;
        const char* name;
    };
    static constexpr NativeErrorPrototype kPrototypes[] = {
        {Intrinsic::EvalErrorPrototype, "EvalError"},
        {Intrinsic::RangeErrorPrototype, "RangeError"},
        {Intrinsic::ReferenceErrorPrototype, "ReferenceError"},
        {Intrinsic::SyntaxErrorPrototype, "SyntaxError"},
        {Intrinsic::TypeErrorPrototype, "TypeError"},
        {Intrinsic::URIErrorPrototype, "URIError"},
        {Intrinsic::AggregateErrorPrototype, "AggregateError"},
        {Intrinsic::SuppressedErrorPrototype, "SuppressedError"},
    };
    for (const NativeErrorPrototype& entry : kPrototypes) {
        JSObject* prototype = make_intrinsic_object(vm, realm, entry.slot, error_prototype);
        define_name_and_message(vm, prototype, entry.name);
    }
}

} // namespace yjs
