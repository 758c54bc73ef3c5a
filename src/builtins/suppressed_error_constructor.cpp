// The SuppressedError constructor (20.5.8.1, 20.5.8.2); %SuppressedError.prototype% is in
// error_prototypes.cpp.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/error.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// SuppressedError ( error, suppressed, message )
ThrowCompletionOr<Value> suppressed_error_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, let newTarget be the active function object; else let newTarget be
    // NewTarget.
    JSObject* new_target = call.new_target ? call.new_target : call.callee;
    // 2. Let O be ? OrdinaryCreateFromConstructor(newTarget, "%SuppressedError.prototype%", « [[ErrorData]]
    // »).
    JSObject* prototype =
        TRY(GetPrototypeFromConstructor(vm, new_target, Intrinsic::SuppressedErrorPrototype));
    // 3. If message is not undefined, then define "message" as ? ToString(message).
    Value message = call.argument(2);
    JSString* message_string = message.is_undefined() ? nullptr : TRY(ToString(vm, message));
    ErrorObject* object = ErrorObject::create(vm, prototype, message_string);
    // 4-5. Perform CreateNonEnumerableDataPropertyOrThrow(O, "error", error) and (O, "suppressed",
    // suppressed).
    TRY(object->create_non_enumerable_data_property_or_throw(vm, PropertyKey::from_ascii(vm, "error"),
                                                             call.argument(0)));
    TRY(object->create_non_enumerable_data_property_or_throw(vm, PropertyKey::from_ascii(vm, "suppressed"),
                                                             call.argument(1)));
    return Value(object);
}

} // namespace

void initialize_suppressed_error_constructor(VM& vm, Realm& realm) {
    // Its [[Prototype]] is %Error% (20.5.8.2).
    NativeFunction* constructor =
        make_constructor(vm, realm, "SuppressedError", suppressed_error_constructor, 3,
                         realm.intrinsic(Intrinsic::SuppressedErrorPrototype),
                         Intrinsic::SuppressedErrorConstructor, realm.intrinsic(Intrinsic::ErrorConstructor));
    define_global_property(vm, realm, "SuppressedError", constructor);
}

} // namespace yjs
