// Array exotic objects: length semantics, ArraySetLength, fast paths.
#include "object_test_util.h"

#include "runtime/indexed_properties.h"

#include <string>
#include <vector>

namespace yjs::object_test {
namespace {

using ArrayTest = ObjectTest;
using Strings = std::vector<std::string>;

ThrowCompletionOr<Value> value_of_three(VM&, const NativeCallInfo&) {
    return Value(3.0);
}

PropertyDescriptor value_desc(Value v) {
    PropertyDescriptor d;
    d.value = v;
    return d;
}

TEST_F(ArrayTest, CreationAndLengthProperty) {
    JSArray* a = JSArray::create(vm, 3);
    EXPECT_TRUE(a->is_array());
    EXPECT_TRUE(must(IsArray(vm, a)));
    EXPECT_EQ(a->length(), 3u);
    EXPECT_EQ(a->prototype(), realm.intrinsic(Intrinsic::ArrayPrototype));
    auto length = must(a->internal_get_own_property(vm, vm.names().length));
    ASSERT_TRUE(length);
    EXPECT_EQ(length->value->as_number(), 3);
    EXPECT_TRUE(*length->writable);
    EXPECT_FALSE(*length->enumerable);
    EXPECT_FALSE(*length->configurable);
    EXPECT_EQ(must(a->get(vm, vm.names().length)).as_number(), 3);
    EXPECT_EQ(own_keys(a), (Strings{"length"}));
    EXPECT_EQ(thrown_message(ArrayCreate(vm, 4294967296ull)), "Invalid array length");
    EXPECT_EQ(must(ArrayCreate(vm, 4294967295ull))->length(), 4294967295u);
}

TEST_F(ArrayTest, DefiningElementsGrowsLength) {
    JSArray* a = JSArray::create(vm);
    must(a->create_data_property(vm, PropertyKey::from_index(4), str("x")));
    EXPECT_EQ(a->length(), 5u);
    must(a->set(vm, PropertyKey::from_index(9), str("y"), true));
    EXPECT_EQ(a->length(), 10u);
    must(a->create_data_property(vm, key("name"), str("z")));
    EXPECT_EQ(own_keys(a), (Strings{"4", "9", "length", "name"}));
    // Index 2^32-2 is the largest index; 2^32-1 is an ordinary property.
    must(a->create_data_property(vm, PropertyKey::from_index(4294967294u), Value(1.0)));
    EXPECT_EQ(a->length(), 4294967295u);
    must(a->create_data_property(vm, key("4294967295"), Value(1.0)));
    EXPECT_EQ(a->length(), 4294967295u);
}

TEST_F(ArrayTest, SettingLengthTruncates) {
    JSArray* a = JSArray::create(vm);
    for (std::uint32_t i = 0; i < 5; ++i)
        must(a->create_data_property(vm, PropertyKey::from_index(i), Value(double(i))));
    must(a->set(vm, vm.names().length, Value(2.0), true));
    EXPECT_EQ(a->length(), 2u);
    EXPECT_EQ(own_keys(a), (Strings{"0", "1", "length"}));
    EXPECT_TRUE(must(a->get(vm, PropertyKey::from_index(3))).is_undefined());
    must(a->set(vm, vm.names().length, Value(6.0), true));
    EXPECT_EQ(a->length(), 6u);
    EXPECT_EQ(own_keys(a), (Strings{"0", "1", "length"}));
    // Sparse storage truncates too.
    must(a->create_data_property(vm, PropertyKey::from_index(1000000), Value(1.0)));
    EXPECT_FALSE(a->indexed()->is_dense());
    must(a->set(vm, vm.names().length, Value(1.0), true));
    EXPECT_EQ(own_keys(a), (Strings{"0", "length"}));
}

TEST_F(ArrayTest, InvalidLengthsThrowRangeError) {
    JSArray* a = JSArray::create(vm);
    EXPECT_EQ(thrown_message(a->set(vm, vm.names().length, Value(-1.0), true)), "Invalid array length");
    EXPECT_EQ(thrown_message(a->set(vm, vm.names().length, Value(1.5), true)), "Invalid array length");
    EXPECT_EQ(thrown_message(a->set(vm, vm.names().length, Value(4294967296.0), true)),
              "Invalid array length");
    must(a->set(vm, vm.names().length, str("7"), true));
    EXPECT_EQ(a->length(), 7u);
    must(a->set(vm, vm.names().length, Value(-0.0), true));
    EXPECT_EQ(a->length(), 0u);
    // An object length is converted twice (ToUint32 then ToNumber).
    JSObject* length = new_object();
    length->define_native_function(vm, realm, vm.names().valueOf, value_of_three, 0);
    must(a->set(vm, vm.names().length, length, true));
    EXPECT_EQ(a->length(), 3u);
}

TEST_F(ArrayTest, NonConfigurableElementStopsTruncation) {
    JSArray* a = JSArray::create(vm);
    for (std::uint32_t i = 0; i < 6; ++i)
        must(a->create_data_property(vm, PropertyKey::from_index(i), Value(double(i))));
    PropertyDescriptor fixed;
    fixed.configurable = false;
    must(a->define_property_or_throw(vm, PropertyKey::from_index(2), fixed));
    EXPECT_FALSE(must(a->internal_define_own_property(vm, vm.names().length, value_desc(Value(0.0)))));
    EXPECT_EQ(a->length(), 3u);
    EXPECT_EQ(own_keys(a), (Strings{"0", "1", "2", "length"}));
    EXPECT_EQ(thrown_message(a->set(vm, vm.names().length, Value(0.0), true)),
              "Cannot assign to read only property 'length' of object");
    // With { writable: false } the length still ends up read-only after a partial truncation.
    PropertyDescriptor shrink_and_freeze;
    shrink_and_freeze.value = Value(0.0);
    shrink_and_freeze.writable = false;
    EXPECT_FALSE(must(a->internal_define_own_property(vm, vm.names().length, shrink_and_freeze)));
    EXPECT_EQ(a->length(), 3u);
    EXPECT_FALSE(a->length_is_writable(vm));
}

TEST_F(ArrayTest, NonWritableLength) {
    JSArray* a = JSArray::create(vm, 2);
    PropertyDescriptor read_only;
    read_only.writable = false;
    must(a->define_property_or_throw(vm, vm.names().length, read_only));
    EXPECT_FALSE(a->length_is_writable(vm));
    // Elements below length can be added; at or above length they cannot.
    EXPECT_TRUE(must(a->create_data_property(vm, PropertyKey::from_index(1), Value(1.0))));
    EXPECT_FALSE(must(a->create_data_property(vm, PropertyKey::from_index(2), Value(1.0))));
    EXPECT_FALSE(must(a->internal_set(vm, PropertyKey::from_index(5), Value(1.0), a)));
    EXPECT_EQ(a->length(), 2u);
    // Same length is fine, another is rejected, and so is making it writable again.
    EXPECT_TRUE(must(a->internal_define_own_property(vm, vm.names().length, value_desc(Value(2.0)))));
    EXPECT_FALSE(must(a->internal_define_own_property(vm, vm.names().length, value_desc(Value(1.0)))));
    EXPECT_FALSE(must(a->internal_define_own_property(vm, vm.names().length, value_desc(Value(3.0)))));
    PropertyDescriptor writable;
    writable.writable = true;
    EXPECT_FALSE(must(a->internal_define_own_property(vm, vm.names().length, writable)));
    Value out;
    EXPECT_FALSE(a->push_fast(vm, Value(1.0)));
    EXPECT_FALSE(a->pop_fast(vm, out));
}

TEST_F(ArrayTest, LengthCannotBecomeAnAccessorOrConfigurable) {
    JSArray* a = JSArray::create(vm);
    PropertyDescriptor configurable;
    configurable.configurable = true;
    EXPECT_FALSE(must(a->internal_define_own_property(vm, vm.names().length, configurable)));
    PropertyDescriptor enumerable;
    enumerable.enumerable = true;
    EXPECT_FALSE(must(a->internal_define_own_property(vm, vm.names().length, enumerable)));
    EXPECT_FALSE(must(a->internal_delete(vm, vm.names().length)));
}

TEST_F(ArrayTest, FastPaths) {
    JSArray* a = JSArray::create(vm);
    for (int i = 0; i < 100; ++i)
        EXPECT_TRUE(a->push_fast(vm, Value(double(i))));
    EXPECT_EQ(a->length(), 100u);
    Value out;
    EXPECT_TRUE(a->get_fast(42, out));
    EXPECT_EQ(out.as_number(), 42);
    EXPECT_TRUE(a->set_fast(vm, 42, str("x")));
    EXPECT_EQ(utf8(must(a->get(vm, PropertyKey::from_index(42)))), "x");
    EXPECT_TRUE(a->set_fast(vm, 100, Value(100.0)));
    EXPECT_EQ(a->length(), 101u);
    EXPECT_FALSE(a->set_fast(vm, 200, Value(1.0)));
    EXPECT_TRUE(a->pop_fast(vm, out));
    EXPECT_EQ(out.as_number(), 100);
    EXPECT_EQ(a->length(), 100u);
    // Holes defeat push/pop fast paths (the generic algorithms must consult the prototype chain).
    JSArray* holey = JSArray::create(vm, 3);
    EXPECT_FALSE(holey->push_fast(vm, Value(1.0)));
    EXPECT_FALSE(holey->pop_fast(vm, out));
    // An element on the prototype chain defeats appending.
    JSArray* b = JSArray::create(vm);
    must(realm.intrinsic(Intrinsic::ArrayPrototype)
             ->create_data_property(vm, PropertyKey::from_index(0), Value(1.0)));
    EXPECT_FALSE(b->push_fast(vm, Value(1.0)));
    must(realm.intrinsic(Intrinsic::ArrayPrototype)->internal_delete(vm, PropertyKey::from_index(0)));
    EXPECT_TRUE(b->push_fast(vm, Value(1.0)));
    // Non-extensible arrays cannot grow.
    must(b->internal_prevent_extensions(vm));
    EXPECT_FALSE(b->push_fast(vm, Value(1.0)));
}

TEST_F(ArrayTest, CreateArrayFromListAndLengthOfArrayLike) {
    Value items[] = {Value(1.0), str("two"), Value::null()};
    JSObject* array = CreateArrayFromList(vm, items);
    EXPECT_EQ(must(LengthOfArrayLike(vm, array)), 3u);
    EXPECT_EQ(utf8(must(array->get(vm, PropertyKey::from_index(1)))), "two");
    JSObject* like = new_object();
    must(like->create_data_property(vm, vm.names().length, Value(2.7)));
    must(like->create_data_property(vm, PropertyKey::from_index(0), str("a")));
    EXPECT_EQ(must(LengthOfArrayLike(vm, like)), 2u);
    MarkedValueVector list = must(CreateListFromArrayLike(vm, like));
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(utf8(list[0]), "a");
    EXPECT_TRUE(list[1].is_undefined());
    EXPECT_TRUE(CreateListFromArrayLike(vm, like, true).is_throw_completion());
    vm.clear_exception();
    EXPECT_TRUE(CreateListFromArrayLike(vm, Value(1.0)).is_throw_completion());
    vm.clear_exception();
}

TEST_F(ArrayTest, ArraySpeciesCreateWithoutConstructor) {
    JSObject* plain = new_object();
    Value created = must(ArraySpeciesCreate(vm, plain, 4));
    ASSERT_TRUE(created.is_object());
    EXPECT_TRUE(created.as_object()->is_array());
    EXPECT_EQ(static_cast<JSArray*>(created.as_object())->length(), 4u);
    JSArray* array = JSArray::create(vm);
    must(array->create_data_property(vm, vm.names().constructor, Value(1.0)));
    EXPECT_TRUE(ArraySpeciesCreate(vm, array, 0).is_throw_completion());
    vm.clear_exception();
    EXPECT_TRUE(ArraySpeciesCreate(vm, plain, 4294967296ull).is_throw_completion());
    vm.clear_exception();
}

} // namespace
} // namespace yjs::object_test
