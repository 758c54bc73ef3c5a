// The Proxy constructor (28.2): Proxy ( target, handler ) and Proxy.revocable.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/proxy_object.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// Proxy ( target, handler )
ThrowCompletionOr<Value> proxy_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!call.new_target) return vm.throw_type_error("Constructor Proxy requires 'new'");
    // 2. Return ? ProxyCreate(target, handler).
    return Value(TRY(ProxyObject::create(vm, call.argument(0), call.argument(1))));
}

// A revocation function: captures[0] is [[RevocableProxy]], null once it has run.
ThrowCompletionOr<Value> proxy_revoke(VM&, const NativeCallInfo& call) {
    auto* function = static_cast<NativeFunction*>(call.callee);
    Value proxy = function->capture(0);
    // 2. If p is null, return undefined.
    if (proxy.is_null()) return Value::undefined();
    // 3-5. Set F.[[RevocableProxy]] to null and revoke p.
    function->captures()[0] = Value::null();
    static_cast<ProxyObject*>(proxy.as_object())->revoke();
    return Value::undefined();
}

// Proxy.revocable ( target, handler )
ThrowCompletionOr<Value> proxy_revocable(VM& vm, const NativeCallInfo& call) {
    // 1. Let proxy be ? ProxyCreate(target, handler).
    ProxyObject* proxy = TRY(ProxyObject::create(vm, call.argument(0), call.argument(1)));
    // 2-4. Let revoker be CreateBuiltinFunction(revokerClosure, 0, "", « [[RevocableProxy]] »).
    NativeFunction* revoker =
        NativeFunction::create(vm, vm.current_realm(), proxy_revoke, 0, vm.names().empty_string);
    revoker->captures().push_back(Value(proxy));
    // 5-7. Return { proxy, revoke }.
    JSObject* result = JSObject::create(vm, vm.current_realm().intrinsic(Intrinsic::ObjectPrototype));
    TRY(result->create_data_property_or_throw(vm, vm.names().proxy, Value(proxy)));
    TRY(result->create_data_property_or_throw(vm, vm.names().revoke, Value(revoker)));
    return Value(result);
}

} // namespace

void initialize_proxy_constructor(VM& vm, Realm& realm) {
    // The Proxy constructor has no "prototype" property.
    NativeFunction* constructor =
        make_constructor(vm, realm, "Proxy", proxy_constructor, 2, nullptr, Intrinsic::ProxyConstructor);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "revocable"), proxy_revocable,
                                        2);
    define_global_property(vm, realm, "Proxy", Value(constructor));
}

} // namespace yjs
