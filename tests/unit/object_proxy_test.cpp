// Proxy exotic objects: the fast-path flags, forwarding without traps, revocation and callability.
#include "object_test_util.h"

#include "runtime/proxy_object.h"

#include <string>

namespace yjs::object_test {
namespace {

using ProxyTest = ObjectTest;

ThrowCompletionOr<Value> return_seven(VM&, const NativeCallInfo&) {
    return Value(7.0);
}

TEST_F(ProxyTest, NeverTakesTheOrdinaryFastPaths) {
    JSObject* target = new_object();
    ProxyObject* proxy = must(ProxyObject::create(vm, Value(target), Value(new_object())));
    EXPECT_TRUE(proxy->is_proxy());
    EXPECT_FALSE(proxy->has_ordinary_lookup());
    EXPECT_FALSE(proxy->has_ordinary_update());
    // Its shape is a dictionary of its own, so no inline cache keyed on a shape can hold it.
    EXPECT_FALSE(proxy->shape()->is_cacheable());
    ProxyObject* other = must(ProxyObject::create(vm, Value(target), Value(new_object())));
    EXPECT_NE(proxy->shape(), other->shape());
}

TEST_F(ProxyTest, ForwardsToTheTargetWithoutTraps) {
    JSObject* target = new_object();
    must(target->create_data_property_or_throw(vm, key("x"), Value(1.0)));
    ProxyObject* proxy = must(ProxyObject::create(vm, Value(target), Value(new_object())));
    EXPECT_EQ(must(proxy->get(vm, key("x"))).as_number(), 1);
    must(proxy->set(vm, key("y"), Value(2.0), true));
    EXPECT_EQ(must(target->get(vm, key("y"))).as_number(), 2);
    EXPECT_TRUE(must(proxy->has_property(vm, key("x"))));
    EXPECT_EQ(own_keys(proxy), (std::vector<std::string>{"x", "y"}));
    EXPECT_EQ(must(proxy->internal_get_prototype_of(vm)), object_prototype());
}

TEST_F(ProxyTest, RevokedProxiesThrowTypeErrors) {
    ProxyObject* proxy = must(ProxyObject::create(vm, Value(new_object()), Value(new_object())));
    proxy->revoke();
    EXPECT_EQ(proxy->proxy_target(), nullptr);
    EXPECT_EQ(thrown_message(proxy->get(vm, key("x"))),
              "Cannot perform 'get' on a proxy that has been revoked");
    MarkedKeyVector keys(vm.heap());
    EXPECT_EQ(thrown_message(proxy->internal_own_property_keys(vm, keys)),
              "Cannot perform 'ownKeys' on a proxy that has been revoked");
    EXPECT_EQ(thrown_message(IsArray(vm, Value(proxy))),
              "Cannot perform 'IsArray' on a proxy that has been revoked");
}

TEST_F(ProxyTest, CallabilityIsDecidedAtCreation) {
    NativeFunction* function = NativeFunction::create(vm, realm, return_seven, 0, key("seven"));
    ProxyObject* callable = must(ProxyObject::create(vm, Value(function), Value(new_object())));
    EXPECT_TRUE(callable->is_callable());
    EXPECT_FALSE(callable->is_constructor());
    EXPECT_EQ(must(Call(vm, Value(callable), Value::undefined())).as_number(), 7);
    callable->revoke();
    EXPECT_TRUE(callable->is_callable());
    EXPECT_EQ(thrown_message(Call(vm, Value(callable), Value::undefined())),
              "Cannot perform 'apply' on a proxy that has been revoked");
    ProxyObject* plain = must(ProxyObject::create(vm, Value(new_object()), Value(new_object())));
    EXPECT_FALSE(plain->is_callable());
}

TEST_F(ProxyTest, CreateRequiresObjects) {
    EXPECT_EQ(thrown_message(ProxyObject::create(vm, Value(1.0), Value(new_object()))),
              "Cannot create proxy with a non-object as target or handler");
    EXPECT_EQ(thrown_message(ProxyObject::create(vm, Value(new_object()), Value::null())),
              "Cannot create proxy with a non-object as target or handler");
}

} // namespace
} // namespace yjs::object_test
