#pragma once
// Proxy exotic objects (ECMA-262 10.5).
//
// Every internal method is overridden: it looks the trap up on the handler, forwards to the target when the
// trap is undefined, and otherwise calls the trap and checks the result against the target's invariants.
// A proxy never opts into the ordinary fast paths (has_ordinary_lookup/update stay false) and has a private
// dictionary shape of its own, so no inline cache ever hits on it. [[Call]] and [[Construct]] exist when
// the target had them at creation. Every method checks the native stack first: a chain of proxies whose
// targets are proxies recurses once per level.
#include "runtime/object.h"

namespace yjs {

class ProxyObject final : public JSObject {
public:
    // ProxyCreate(target, handler).
    static ThrowCompletionOr<ProxyObject*> create(VM&, Value target, Value handler);
    ProxyObject(Shape*, JSObject* target, JSObject* handler);

    const char* class_name() const override { return "Object"; }
    bool is_proxy() const override { return true; }
    bool is_callable() const override { return callable_; }
    bool is_constructor() const override { return constructor_; }
    JSObject* proxy_target() const override { return target_; }
    JSObject* handler() const { return handler_; }
    // Sets [[ProxyTarget]] and [[ProxyHandler]] to null (the revoke function of Proxy.revocable).
    void revoke() {
        target_ = nullptr;
        handler_ = nullptr;
    }

    ThrowCompletionOr<JSObject*> internal_get_prototype_of(VM&) override;
    ThrowCompletionOr<bool> internal_set_prototype_of(VM&, JSObject* prototype) override;
    ThrowCompletionOr<bool> internal_is_extensible(VM&) override;
    ThrowCompletionOr<bool> internal_prevent_extensions(VM&) override;
    ThrowCompletionOr<std::optional<PropertyDescriptor>> internal_get_own_property(VM&, PropertyKey) override;
    ThrowCompletionOr<bool> internal_define_own_property(VM&, PropertyKey,
                                                         const PropertyDescriptor&) override;
    ThrowCompletionOr<bool> internal_has_property(VM&, PropertyKey) override;
    ThrowCompletionOr<Value> internal_get(VM&, PropertyKey, Value receiver) override;
    ThrowCompletionOr<bool> internal_set(VM&, PropertyKey, Value value, Value receiver) override;
    ThrowCompletionOr<bool> internal_delete(VM&, PropertyKey) override;
    ThrowCompletionOr<void> internal_own_property_keys(VM&, MarkedKeyVector& keys) override;
    ThrowCompletionOr<Value> internal_call(VM&, Value this_value, std::span<const Value> arguments) override;
    ThrowCompletionOr<JSObject*> internal_construct(VM&, std::span<const Value> arguments,
                                                    JSObject* new_target) override;

    void visit_edges(Visitor&) override;

private:
    JSObject* target_;
    JSObject* handler_;
    bool callable_;
    bool constructor_;
};

// V8's TypeError for an operation that had to succeed on a proxy whose trap returned false: "'set' on
// proxy: trap returned falsish for property 'x'" (without the property when `key` is invalid).
ThrowCompletion throw_proxy_trap_falsish(VM&, const char* trap, PropertyKey key = {});

} // namespace yjs
