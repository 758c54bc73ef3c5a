// Ordinary object internal methods and the abstract operations on objects.
#include "object_test_util.h"

#include "runtime/indexed_properties.h"

#include <string>
#include <vector>

namespace yjs::object_test {
namespace {

using PropertiesTest = ObjectTest;

using Strings = std::vector<std::string>;

// A native getter returning its this value's "secret" property plus one, and a setter storing into "log".
ThrowCompletionOr<Value> getter_plus_one(VM& vm, const NativeCallInfo& info) {
    JSObject* self = info.this_value.as_object();
    Value secret = TRY(self->get(vm, PropertyKey::from_ascii(vm, "secret")));
    return Value(secret.as_number() + 1);
}
ThrowCompletionOr<Value> setter_log(VM& vm, const NativeCallInfo& info) {
    JSObject* self = info.this_value.as_object();
    TRY(self->set(vm, PropertyKey::from_ascii(vm, "log"), info.argument(0), true));
    return Value::undefined();
}

TEST_F(PropertiesTest, DataPropertiesGetSetDelete) {
    JSObject* o = new_object();
    EXPECT_TRUE(must(o->create_data_property(vm, key("a"), Value(1.0))));
    EXPECT_EQ(must(o->get(vm, key("a"))).as_number(), 1);
    must(o->set(vm, key("a"), Value(2.0), true));
    EXPECT_EQ(must(o->get(vm, key("a"))).as_number(), 2);
    must(o->set(vm, key("b"), Value(3.0), true));
    auto desc = must(o->internal_get_own_property(vm, key("b")));
    ASSERT_TRUE(desc);
    EXPECT_TRUE(*desc->writable && *desc->enumerable && *desc->configurable);
    EXPECT_TRUE(must(o->has_own_property(vm, key("b"))));
    EXPECT_TRUE(must(o->internal_delete(vm, key("b"))));
    EXPECT_FALSE(must(o->has_own_property(vm, key("b"))));
    EXPECT_TRUE(must(o->internal_delete(vm, key("missing"))));
    EXPECT_TRUE(must(o->get(vm, key("missing"))).is_undefined());
}

TEST_F(PropertiesTest, NonWritableAndNonConfigurable) {
    JSObject* o = new_object();
    o->define_direct_property(vm, key("fixed"), Value(1.0), 0);
    EXPECT_FALSE(must(o->internal_set(vm, key("fixed"), Value(2.0), o)));
    EXPECT_EQ(thrown_message(o->set(vm, key("fixed"), Value(2.0), true)),
              "Cannot assign to read only property 'fixed' of object");
    EXPECT_FALSE(must(o->internal_delete(vm, key("fixed"))));
    EXPECT_EQ(thrown_message(o->delete_property_or_throw(vm, key("fixed"))),
              "Cannot delete property 'fixed' of object");
    EXPECT_EQ(must(o->get(vm, key("fixed"))).as_number(), 1);
}

TEST_F(PropertiesTest, OwnPropertyKeysOrder) {
    JSObject* o = new_object();
    Symbol* s1 = vm.heap().allocate<Symbol>(string("s1"));
    Symbol* s2 = vm.heap().allocate<Symbol>(string("s2"));
    Symbol* hidden = vm.heap().allocate<Symbol>(string("#hidden"), true);
    must(o->create_data_property(vm, key("b"), Value(1.0)));
    must(o->create_data_property(vm, PropertyKey::from_symbol(s2), Value(1.0)));
    must(o->create_data_property(vm, key("10"), Value(1.0)));
    must(o->create_data_property(vm, key("a"), Value(1.0)));
    must(o->private_field_add(vm, hidden, Value(1.0)));
    must(o->create_data_property(vm, key("2"), Value(1.0)));
    must(o->create_data_property(vm, PropertyKey::from_symbol(s1), Value(1.0)));
    must(o->create_data_property(vm, key("4294967295"), Value(1.0))); // not an array index
    must(o->create_data_property(vm, key("-1"), Value(1.0)));
    must(o->create_data_property(vm, key("0"), Value(1.0)));
    EXPECT_EQ(own_keys(o), (Strings{"0", "2", "10", "b", "a", "4294967295", "-1", "@s2", "@s1"}));
}

TEST_F(PropertiesTest, IndexedStorageDenseAndSparse) {
    JSObject* o = new_object();
    must(o->create_data_property(vm, PropertyKey::from_index(0), Value(0.0)));
    must(o->create_data_property(vm, PropertyKey::from_index(2), Value(2.0)));
    ASSERT_TRUE(o->indexed());
    EXPECT_TRUE(o->indexed()->is_dense());
    Value out;
    EXPECT_TRUE(o->indexed()->get_dense(2, out));
    EXPECT_EQ(out.as_number(), 2);
    EXPECT_FALSE(o->indexed()->get_dense(1, out));
    // Far away: sparse.
    must(o->create_data_property(vm, PropertyKey::from_index(1000000), Value(7.0)));
    EXPECT_FALSE(o->indexed()->is_dense());
    EXPECT_EQ(must(o->get(vm, PropertyKey::from_index(1000000))).as_number(), 7);
    EXPECT_EQ(must(o->get(vm, PropertyKey::from_index(2))).as_number(), 2);
    EXPECT_EQ(own_keys(o), (Strings{"0", "2", "1000000"}));
    // Removing the far element lets storage become dense again.
    EXPECT_TRUE(must(o->internal_delete(vm, PropertyKey::from_index(1000000))));
    must(o->create_data_property(vm, PropertyKey::from_index(3), Value(3.0)));
    EXPECT_TRUE(o->indexed()->is_dense());
    EXPECT_EQ(own_keys(o), (Strings{"0", "2", "3"}));
    // Non-default attributes force sparse storage and are kept.
    PropertyDescriptor frozen;
    frozen.writable = false;
    frozen.configurable = false;
    EXPECT_TRUE(must(o->internal_define_own_property(vm, PropertyKey::from_index(0), frozen)));
    EXPECT_FALSE(o->indexed()->is_dense());
    auto desc = must(o->internal_get_own_property(vm, PropertyKey::from_index(0)));
    ASSERT_TRUE(desc);
    EXPECT_FALSE(*desc->writable);
    EXPECT_FALSE(*desc->configurable);
    EXPECT_TRUE(*desc->enumerable);
    EXPECT_FALSE(must(o->internal_set(vm, PropertyKey::from_index(0), Value(9.0), o)));
}

TEST_F(PropertiesTest, PrototypeChainLookups) {
    JSObject* proto = new_object();
    JSObject* o = JSObject::create(vm, proto);
    must(proto->create_data_property(vm, key("inherited"), Value(1.0)));
    must(proto->create_data_property(vm, PropertyKey::from_index(3), Value(3.0)));
    EXPECT_EQ(must(o->get(vm, key("inherited"))).as_number(), 1);
    EXPECT_EQ(must(o->get(vm, PropertyKey::from_index(3))).as_number(), 3);
    EXPECT_TRUE(must(o->has_property(vm, key("inherited"))));
    EXPECT_FALSE(must(o->has_own_property(vm, key("inherited"))));
    // Assignment creates an own property, shadowing the prototype's.
    must(o->set(vm, key("inherited"), Value(2.0), true));
    EXPECT_EQ(must(o->get(vm, key("inherited"))).as_number(), 2);
    EXPECT_EQ(must(proto->get(vm, key("inherited"))).as_number(), 1);
    // A non-writable inherited property blocks assignment.
    proto->define_direct_property(vm, key("ro"), Value(1.0), 0);
    EXPECT_FALSE(must(o->internal_set(vm, key("ro"), Value(2.0), o)));
    EXPECT_FALSE(must(o->has_own_property(vm, key("ro"))));
    // But defining it directly works.
    EXPECT_TRUE(must(o->create_data_property(vm, key("ro"), Value(5.0))));
    EXPECT_EQ(must(o->get(vm, key("ro"))).as_number(), 5);
}

TEST_F(PropertiesTest, AccessorsReceiveTheReceiver) {
    JSObject* proto = new_object();
    proto->define_native_accessor(vm, realm, key("value"), getter_plus_one, setter_log);
    JSObject* o = JSObject::create(vm, proto);
    must(o->create_data_property(vm, key("secret"), Value(41.0)));
    EXPECT_EQ(must(o->get(vm, key("value"))).as_number(), 42);
    must(o->set(vm, key("value"), str("hello"), true));
    EXPECT_EQ(utf8(must(o->get(vm, key("log")))), "hello");
    EXPECT_FALSE(must(o->has_own_property(vm, key("value"))));
    // The accessor functions are named "get value" / "set value".
    auto desc = must(proto->internal_get_own_property(vm, key("value")));
    ASSERT_TRUE(desc && desc->is_accessor_descriptor());
    EXPECT_EQ(utf8(must((*desc->get)->get(vm, vm.names().name))), "get value");
    EXPECT_EQ(utf8(must((*desc->set)->get(vm, vm.names().name))), "set value");
    EXPECT_EQ(must((*desc->set)->get(vm, vm.names().length)).as_number(), 1);
    EXPECT_FALSE(*desc->enumerable);
    EXPECT_TRUE(*desc->configurable);
    // A getter-only accessor makes assignment fail.
    proto->define_native_accessor(vm, realm, key("readonly"), getter_plus_one, nullptr);
    EXPECT_FALSE(must(o->internal_set(vm, key("readonly"), Value(1.0), o)));
}

TEST_F(PropertiesTest, SetWithADifferentReceiver) {
    JSObject* target = new_object();
    JSObject* receiver = new_object();
    must(target->create_data_property(vm, key("x"), Value(1.0)));
    EXPECT_TRUE(must(target->internal_set(vm, key("x"), Value(2.0), receiver)));
    EXPECT_EQ(must(target->get(vm, key("x"))).as_number(), 1);
    EXPECT_EQ(must(receiver->get(vm, key("x"))).as_number(), 2);
    // An accessor on the receiver blocks it; so does a non-object receiver.
    receiver->define_native_accessor(vm, realm, key("y"), getter_plus_one, nullptr);
    must(target->create_data_property(vm, key("y"), Value(1.0)));
    EXPECT_FALSE(must(target->internal_set(vm, key("y"), Value(2.0), receiver)));
    EXPECT_FALSE(must(target->internal_set(vm, key("x"), Value(2.0), Value(1.0))));
}

TEST_F(PropertiesTest, SetPrototypeOfRejectsCycles) {
    JSObject* a = new_object();
    JSObject* b = JSObject::create(vm, a);
    EXPECT_FALSE(must(a->internal_set_prototype_of(vm, b)));
    EXPECT_FALSE(must(a->internal_set_prototype_of(vm, a)));
    EXPECT_TRUE(must(a->internal_set_prototype_of(vm, nullptr)));
    EXPECT_EQ(a->prototype(), nullptr);
}

TEST_F(PropertiesTest, ObjectPrototypeHasAnImmutablePrototype) {
    JSObject* proto = object_prototype();
    EXPECT_TRUE(must(proto->internal_set_prototype_of(vm, nullptr)));
    EXPECT_FALSE(must(proto->internal_set_prototype_of(vm, new_object())));
    EXPECT_EQ(proto->prototype(), nullptr);
}

TEST_F(PropertiesTest, IntegrityLevels) {
    JSObject* o = new_object();
    must(o->create_data_property(vm, key("a"), Value(1.0)));
    o->define_native_accessor(vm, realm, key("acc"), getter_plus_one, setter_log, kConfigurable);
    must(o->create_data_property(vm, PropertyKey::from_index(0), Value(0.0)));
    EXPECT_FALSE(must(o->test_integrity_level(vm, false)));
    EXPECT_TRUE(must(o->set_integrity_level(vm, false)));
    EXPECT_TRUE(must(o->test_integrity_level(vm, false)));
    EXPECT_FALSE(must(o->test_integrity_level(vm, true)));
    must(o->set(vm, key("a"), Value(2.0), true));
    EXPECT_EQ(must(o->get(vm, key("a"))).as_number(), 2);
    EXPECT_TRUE(must(o->set_integrity_level(vm, true)));
    EXPECT_TRUE(must(o->test_integrity_level(vm, true)));
    EXPECT_FALSE(must(o->internal_set(vm, key("a"), Value(3.0), o)));
    EXPECT_FALSE(must(o->internal_set(vm, PropertyKey::from_index(0), Value(3.0), o)));
    auto acc = must(o->internal_get_own_property(vm, key("acc")));
    ASSERT_TRUE(acc && acc->is_accessor_descriptor());
    EXPECT_FALSE(*acc->configurable);
    // An empty non-extensible object is frozen.
    JSObject* empty = new_object();
    must(empty->internal_prevent_extensions(vm));
    EXPECT_TRUE(must(empty->test_integrity_level(vm, true)));
}

TEST_F(PropertiesTest, PrivateElements) {
    JSObject* o = new_object();
    Symbol* field = vm.heap().allocate<Symbol>(string("#field"), true);
    Symbol* method = vm.heap().allocate<Symbol>(string("#method"), true);
    Symbol* accessor = vm.heap().allocate<Symbol>(string("#acc"), true);
    Symbol* getter_only = vm.heap().allocate<Symbol>(string("#ro"), true);

    EXPECT_EQ(thrown_message(o->private_get(vm, field)),
              "Cannot read private member #field from an object whose class did not declare it");
    EXPECT_EQ(thrown_message(o->private_set(vm, field, Value(1.0))),
              "Cannot write private member #field to an object whose class did not declare it");
    must(o->private_field_add(vm, field, Value(1.0)));
    EXPECT_EQ(thrown_message(o->private_field_add(vm, field, Value(2.0))),
              "Cannot initialize #field twice on the same object");
    EXPECT_EQ(must(o->private_get(vm, field)).as_number(), 1);
    must(o->private_set(vm, field, Value(5.0)));
    EXPECT_EQ(must(o->private_get(vm, field)).as_number(), 5);
    EXPECT_TRUE(o->has_private_element(field));
    EXPECT_FALSE(o->has_private_element(method));

    JSObject* function = NativeFunction::create(vm, realm, getter_plus_one, 0, key("m"));
    must(o->private_method_add(vm, method, function));
    EXPECT_EQ(must(o->private_get(vm, method)).as_object(), function);
    EXPECT_TRUE(o->private_set(vm, method, Value(1.0)).is_throw_completion());
    vm.clear_exception();
    EXPECT_TRUE(o->private_method_add(vm, method, function).is_throw_completion());
    vm.clear_exception();

    JSObject* getter = NativeFunction::create(vm, realm, getter_plus_one, 0, key("g"));
    JSObject* setter = NativeFunction::create(vm, realm, setter_log, 1, key("s"));
    must(o->create_data_property(vm, key("secret"), Value(9.0)));
    must(o->private_accessor_add(vm, accessor, getter, setter));
    EXPECT_EQ(must(o->private_get(vm, accessor)).as_number(), 10);
    must(o->private_set(vm, accessor, str("via setter")));
    EXPECT_EQ(utf8(must(o->get(vm, key("log")))), "via setter");
    must(o->private_accessor_add(vm, getter_only, getter, nullptr));
    EXPECT_EQ(thrown_message(o->private_set(vm, getter_only, Value(1.0))),
              "'#ro' was defined without a setter");

    // Private elements are invisible to reflection, and non-extensibility does not block them.
    EXPECT_EQ(own_keys(o), (Strings{"secret", "log"}));
    JSObject* sealed = new_object();
    must(sealed->internal_prevent_extensions(vm));
    must(sealed->private_field_add(vm, field, Value(3.0)));
    EXPECT_EQ(must(sealed->private_get(vm, field)).as_number(), 3);
}

TEST_F(PropertiesTest, DirectDefinitionHelpers) {
    JSObject* o = new_object();
    o->define_direct_property(vm, key("m"), Value(1.0));
    auto desc = must(o->internal_get_own_property(vm, key("m")));
    ASSERT_TRUE(desc);
    EXPECT_TRUE(*desc->writable);
    EXPECT_FALSE(*desc->enumerable);
    EXPECT_TRUE(*desc->configurable);
    JSObject* f = o->define_native_function(vm, realm, key("fn"), getter_plus_one, 2);
    EXPECT_TRUE(f->is_callable());
    EXPECT_FALSE(f->is_constructor());
    EXPECT_EQ(must(f->get(vm, vm.names().length)).as_number(), 2);
    EXPECT_EQ(utf8(must(f->get(vm, vm.names().name))), "fn");
    EXPECT_EQ(f->prototype(), realm.intrinsic(Intrinsic::FunctionPrototype));
    o->delete_direct_property(vm, key("m"));
    EXPECT_FALSE(o->lookup_own_storage(key("m")));
}

TEST_F(PropertiesTest, ValuesSurviveCollections) {
    JSObject* o = new_object();
    for (int i = 0; i < 30; ++i) {
        must(o->create_data_property(vm, key("s" + std::to_string(i)), str("value " + std::to_string(i))));
        must(
            o->create_data_property(vm, PropertyKey::from_index(i * 3), str("element " + std::to_string(i))));
    }
    must(o->internal_delete(vm, key("s3")));
    vm.heap().collect_garbage();
    for (int i = 0; i < 30; ++i) {
        if (i != 3) {
            EXPECT_EQ(utf8(must(o->get(vm, key("s" + std::to_string(i))))), "value " + std::to_string(i));
        }
        EXPECT_EQ(utf8(must(o->get(vm, PropertyKey::from_index(i * 3)))), "element " + std::to_string(i));
    }
}

} // namespace
} // namespace yjs::object_test
