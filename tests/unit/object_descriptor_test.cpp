// ValidateAndApplyPropertyDescriptor and the Property Descriptor operations.
#include "object_test_util.h"

#include <cmath>
#include <limits>

namespace yjs::object_test {
namespace {

using DescriptorTest = ObjectTest;

ThrowCompletionOr<Value> return_one(VM&, const NativeCallInfo&) {
    return Value(1.0);
}

PropertyDescriptor data(Value v, bool w, bool e, bool c) {
    PropertyDescriptor d;
    d.value = v;
    d.writable = w;
    d.enumerable = e;
    d.configurable = c;
    return d;
}

class ValidateTest : public DescriptorTest {
protected:
    JSObject* f1 = NativeFunction::create(vm, realm, return_one, 0, key("f1"));
    JSObject* f2 = NativeFunction::create(vm, realm, return_one, 0, key("f2"));

    PropertyDescriptor accessor(JSObject* get, JSObject* set, bool e, bool c) {
        PropertyDescriptor d;
        d.get = get;
        d.set = set;
        d.enumerable = e;
        d.configurable = c;
        return d;
    }
    bool validate(bool extensible, const PropertyDescriptor& desc,
                  const std::optional<PropertyDescriptor>& current) {
        return IsCompatiblePropertyDescriptor(extensible, desc, current);
    }
};

TEST_F(ValidateTest, NewPropertiesNeedExtensibility) {
    PropertyDescriptor d = data(Value(1.0), true, true, true);
    EXPECT_TRUE(validate(true, d, std::nullopt));
    EXPECT_FALSE(validate(false, d, std::nullopt));
}

TEST_F(ValidateTest, CreationUsesDefaultsForMissingFields) {
    JSObject* o = new_object();
    PropertyDescriptor only_value;
    only_value.value = Value(1.0);
    must(o->define_property_or_throw(vm, key("a"), only_value));
    auto a = must(o->internal_get_own_property(vm, key("a")));
    ASSERT_TRUE(a);
    EXPECT_FALSE(*a->writable || *a->enumerable || *a->configurable);

    PropertyDescriptor generic;
    generic.enumerable = true;
    must(o->define_property_or_throw(vm, key("b"), generic));
    auto b = must(o->internal_get_own_property(vm, key("b")));
    ASSERT_TRUE(b && b->is_data_descriptor());
    EXPECT_TRUE(b->value->is_undefined());
    EXPECT_TRUE(*b->enumerable);

    PropertyDescriptor only_get;
    only_get.get = f1;
    must(o->define_property_or_throw(vm, key("c"), only_get));
    auto c = must(o->internal_get_own_property(vm, key("c")));
    ASSERT_TRUE(c && c->is_accessor_descriptor());
    EXPECT_EQ(*c->get, f1);
    EXPECT_EQ(*c->set, nullptr);
    EXPECT_FALSE(*c->configurable);
}

TEST_F(ValidateTest, EmptyDescriptorAlwaysSucceeds) {
    PropertyDescriptor empty;
    EXPECT_TRUE(validate(false, empty, data(Value(1.0), false, false, false)));
}

TEST_F(ValidateTest, NonConfigurableRules) {
    auto current = data(Value(1.0), false, false, false);
    PropertyDescriptor make_configurable;
    make_configurable.configurable = true;
    EXPECT_FALSE(validate(true, make_configurable, current));
    PropertyDescriptor same_configurable;
    same_configurable.configurable = false;
    EXPECT_TRUE(validate(true, same_configurable, current));
    PropertyDescriptor flip_enumerable;
    flip_enumerable.enumerable = true;
    EXPECT_FALSE(validate(true, flip_enumerable, current));
    // Kind change.
    EXPECT_FALSE(validate(true, accessor(f1, nullptr, false, false), current));
    // Non-writable: writable true fails, same value succeeds, different value fails (SameValue).
    PropertyDescriptor make_writable;
    make_writable.writable = true;
    EXPECT_FALSE(validate(true, make_writable, current));
    PropertyDescriptor same_value;
    same_value.value = Value(1.0);
    EXPECT_TRUE(validate(true, same_value, current));
    PropertyDescriptor other_value;
    other_value.value = Value(2.0);
    EXPECT_FALSE(validate(true, other_value, current));
    // SameValue distinguishes -0 and +0 and equates NaNs.
    auto zero = data(Value(0.0), false, false, false);
    PropertyDescriptor minus_zero;
    minus_zero.value = Value(-0.0);
    EXPECT_FALSE(validate(true, minus_zero, zero));
    auto nan = data(Value(std::nan("")), false, false, false);
    PropertyDescriptor other_nan;
    other_nan.value = Value(-std::numeric_limits<double>::quiet_NaN());
    EXPECT_TRUE(validate(true, other_nan, nan));
    // Strings compare by content.
    auto text = data(str("abc"), false, false, false);
    PropertyDescriptor same_text;
    same_text.value = str("abc");
    EXPECT_TRUE(validate(true, same_text, text));
    // Writable non-configurable data: value changes and writable -> false are allowed.
    auto writable = data(Value(1.0), true, false, false);
    EXPECT_TRUE(validate(true, other_value, writable));
    PropertyDescriptor make_read_only;
    make_read_only.writable = false;
    EXPECT_TRUE(validate(true, make_read_only, writable));
}

TEST_F(ValidateTest, NonConfigurableAccessors) {
    auto current = accessor(f1, nullptr, true, false);
    PropertyDescriptor same_get;
    same_get.get = f1;
    EXPECT_TRUE(validate(true, same_get, current));
    PropertyDescriptor other_get;
    other_get.get = f2;
    EXPECT_FALSE(validate(true, other_get, current));
    PropertyDescriptor undefined_set;
    undefined_set.set = nullptr;
    EXPECT_TRUE(validate(true, undefined_set, current));
    PropertyDescriptor some_set;
    some_set.set = f2;
    EXPECT_FALSE(validate(true, some_set, current));
    PropertyDescriptor to_data;
    to_data.value = Value(1.0);
    EXPECT_FALSE(validate(true, to_data, current));
}

TEST_F(ValidateTest, ConversionsBetweenDataAndAccessor) {
    JSObject* o = new_object();
    must(o->define_property_or_throw(vm, key("p"), data(Value(1.0), true, true, true)));
    // Data -> accessor keeps enumerable/configurable when absent; missing get/set become undefined.
    PropertyDescriptor to_accessor;
    to_accessor.get = f1;
    must(o->define_property_or_throw(vm, key("p"), to_accessor));
    auto p = must(o->internal_get_own_property(vm, key("p")));
    ASSERT_TRUE(p && p->is_accessor_descriptor());
    EXPECT_EQ(*p->get, f1);
    EXPECT_EQ(*p->set, nullptr);
    EXPECT_TRUE(*p->enumerable && *p->configurable);
    EXPECT_EQ(must(o->get(vm, key("p"))).as_number(), 1);
    // Updating only the setter keeps the getter.
    PropertyDescriptor add_setter;
    add_setter.set = f2;
    must(o->define_property_or_throw(vm, key("p"), add_setter));
    p = must(o->internal_get_own_property(vm, key("p")));
    EXPECT_EQ(*p->get, f1);
    EXPECT_EQ(*p->set, f2);
    // Accessor -> data: writable defaults to false, value to undefined.
    PropertyDescriptor to_data;
    to_data.enumerable = false;
    to_data.writable = true;
    must(o->define_property_or_throw(vm, key("p"), to_data));
    p = must(o->internal_get_own_property(vm, key("p")));
    ASSERT_TRUE(p && p->is_data_descriptor());
    EXPECT_TRUE(p->value->is_undefined());
    EXPECT_TRUE(*p->writable);
    EXPECT_FALSE(*p->enumerable);
    EXPECT_TRUE(*p->configurable);
    // Updating a single attribute keeps the value.
    must(o->set(vm, key("p"), Value(4.0), true));
    PropertyDescriptor make_enumerable;
    make_enumerable.enumerable = true;
    must(o->define_property_or_throw(vm, key("p"), make_enumerable));
    EXPECT_EQ(must(o->get(vm, key("p"))).as_number(), 4);
    // Redefining a non-configurable property incompatibly throws from DefinePropertyOrThrow.
    o->define_direct_property(vm, key("fixed"), Value(1.0), 0);
    EXPECT_EQ(
        thrown_message(o->define_property_or_throw(vm, key("fixed"), data(Value(2.0), true, true, true))),
        "Cannot redefine property: 'fixed'");
}

TEST_F(DescriptorTest, ToPropertyDescriptorReadsFieldsInOrder) {
    JSObject* input = new_object();
    must(input->create_data_property(vm, vm.names().value, Value(3.0)));
    must(input->create_data_property(vm, vm.names().writable, Value(1.0)));
    must(input->create_data_property(vm, vm.names().enumerable, str("")));
    PropertyDescriptor desc = must(ToPropertyDescriptor(vm, input));
    EXPECT_EQ(desc.value->as_number(), 3);
    EXPECT_TRUE(*desc.writable);
    EXPECT_FALSE(*desc.enumerable);
    EXPECT_FALSE(desc.configurable.has_value());
    EXPECT_FALSE(desc.get.has_value());

    // Inherited fields count (HasProperty).
    JSObject* inheriting = JSObject::create(vm, input);
    PropertyDescriptor inherited = must(ToPropertyDescriptor(vm, inheriting));
    EXPECT_EQ(inherited.value->as_number(), 3);

    EXPECT_EQ(thrown_message(ToPropertyDescriptor(vm, Value(1.0))),
              "Property description must be an object: 1");
    JSObject* bad_getter = new_object();
    must(bad_getter->create_data_property(vm, vm.names().get, Value(1.0)));
    EXPECT_EQ(thrown_message(ToPropertyDescriptor(vm, bad_getter)), "Getter must be a function: 1");
    JSObject* mixed = new_object();
    must(mixed->create_data_property(vm, vm.names().get, Value::undefined()));
    must(mixed->create_data_property(vm, vm.names().value, Value(1.0)));
    EXPECT_TRUE(ToPropertyDescriptor(vm, mixed).is_throw_completion());
    vm.clear_exception();
    JSObject* undefined_get = new_object();
    must(undefined_get->create_data_property(vm, vm.names().get, Value::undefined()));
    PropertyDescriptor with_undefined_get = must(ToPropertyDescriptor(vm, undefined_get));
    ASSERT_TRUE(with_undefined_get.get.has_value());
    EXPECT_EQ(*with_undefined_get.get, nullptr);
}

TEST_F(DescriptorTest, FromPropertyDescriptorOrder) {
    EXPECT_TRUE(FromPropertyDescriptor(vm, std::nullopt).is_undefined());
    Value object =
        FromPropertyDescriptor(vm, PropertyDescriptor::data(Value(1.0), kWritable | kConfigurable));
    ASSERT_TRUE(object.is_object());
    EXPECT_EQ(own_keys(object.as_object()),
              (std::vector<std::string>{"value", "writable", "enumerable", "configurable"}));
    EXPECT_TRUE(must(object.as_object()->get(vm, vm.names().writable)).is_true());
    EXPECT_TRUE(must(object.as_object()->get(vm, vm.names().enumerable)).is_false());
    Value accessor = FromPropertyDescriptor(vm, PropertyDescriptor::accessor(nullptr, nullptr, kEnumerable));
    EXPECT_EQ(own_keys(accessor.as_object()),
              (std::vector<std::string>{"get", "set", "enumerable", "configurable"}));
    EXPECT_TRUE(must(accessor.as_object()->get(vm, vm.names().get)).is_undefined());
}

TEST_F(DescriptorTest, CompletePropertyDescriptor) {
    PropertyDescriptor generic;
    CompletePropertyDescriptor(generic);
    EXPECT_TRUE(generic.is_data_descriptor());
    EXPECT_TRUE(generic.value->is_undefined());
    EXPECT_FALSE(*generic.writable || *generic.enumerable || *generic.configurable);
    PropertyDescriptor accessor;
    accessor.set = nullptr;
    accessor.configurable = true;
    CompletePropertyDescriptor(accessor);
    EXPECT_TRUE(accessor.get.has_value());
    EXPECT_FALSE(accessor.value.has_value());
    EXPECT_TRUE(*accessor.configurable);
    EXPECT_FALSE(*accessor.enumerable);
}

} // namespace
} // namespace yjs::object_test
