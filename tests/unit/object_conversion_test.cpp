// Type conversion (7.1) and comparison (7.2) operations.
#include "object_test_util.h"

#include "runtime/primitive_wrapper.h"

#include <cmath>
#include <limits>

namespace yjs::object_test {
namespace {

using ConversionTest = ObjectTest;

constexpr double kInfinity = std::numeric_limits<double>::infinity();
const double kNaN = std::nan("");

ThrowCompletionOr<Value> return_seven(VM&, const NativeCallInfo&) {
    return Value(7.0);
}
ThrowCompletionOr<Value> return_text(VM& vm, const NativeCallInfo&) {
    return Value(JSString::from_ascii(vm, "text"));
}
ThrowCompletionOr<Value> return_this(VM&, const NativeCallInfo& info) {
    return info.this_value;
}
// @@toPrimitive that returns its hint.
ThrowCompletionOr<Value> return_hint(VM&, const NativeCallInfo& info) {
    return info.argument(0);
}

TEST_F(ConversionTest, ToNumberOnPrimitives) {
    EXPECT_TRUE(std::isnan(must(ToNumber(vm, Value::undefined()))));
    EXPECT_EQ(must(ToNumber(vm, Value::null())), 0);
    EXPECT_EQ(must(ToNumber(vm, Value::boolean(true))), 1);
    EXPECT_EQ(must(ToNumber(vm, Value::boolean(false))), 0);
    EXPECT_EQ(must(ToNumber(vm, str("  42  "))), 42);
    EXPECT_EQ(must(ToNumber(vm, str("0x10"))), 16);
    EXPECT_EQ(must(ToNumber(vm, str(""))), 0);
    EXPECT_EQ(must(ToNumber(vm, str("-Infinity"))), -kInfinity);
    EXPECT_TRUE(std::isnan(must(ToNumber(vm, str("12px")))));
    Symbol* symbol = vm.heap().allocate<Symbol>(string("s"));
    EXPECT_EQ(thrown_message(ToNumber(vm, symbol)), "Cannot convert a Symbol value to a number");
}

TEST_F(ConversionTest, ToStringOnPrimitives) {
    EXPECT_EQ(utf8(must(ToString(vm, Value::undefined()))), "undefined");
    EXPECT_EQ(utf8(must(ToString(vm, Value::null()))), "null");
    EXPECT_EQ(utf8(must(ToString(vm, Value::boolean(true)))), "true");
    EXPECT_EQ(utf8(must(ToString(vm, Value(0.0)))), "0");
    EXPECT_EQ(utf8(must(ToString(vm, Value(-0.0)))), "0");
    EXPECT_EQ(utf8(must(ToString(vm, Value(123456789.0)))), "123456789");
    EXPECT_EQ(utf8(must(ToString(vm, Value(1e21)))), "1e+21");
    EXPECT_EQ(utf8(must(ToString(vm, Value(0.1)))), "0.1");
    EXPECT_EQ(utf8(must(ToString(vm, Value(-1.5)))), "-1.5");
    EXPECT_EQ(utf8(must(ToString(vm, Value(kNaN)))), "NaN");
    EXPECT_EQ(utf8(must(ToString(vm, Value(-kInfinity)))), "-Infinity");
    Symbol* symbol = vm.heap().allocate<Symbol>(string("s"));
    EXPECT_EQ(thrown_message(ToString(vm, symbol)), "Cannot convert a Symbol value to a string");
}

TEST_F(ConversionTest, ToPrimitiveUsesValueOfAndToString) {
    // No prototype, so neither method is inherited from %Object.prototype% until defined below.
    JSObject* o = JSObject::create(vm, nullptr);
    EXPECT_EQ(thrown_message(ToPrimitive(vm, o)), "Cannot convert object to primitive value");
    o->define_native_function(vm, realm, vm.names().toString, return_text, 0);
    EXPECT_EQ(utf8(must(ToPrimitive(vm, o))), "text");
    o->define_native_function(vm, realm, vm.names().valueOf, return_seven, 0);
    EXPECT_EQ(must(ToPrimitive(vm, o)).as_number(), 7);
    EXPECT_EQ(must(ToPrimitive(vm, o, PreferredType::Number)).as_number(), 7);
    EXPECT_EQ(utf8(must(ToPrimitive(vm, o, PreferredType::String))), "text");
    EXPECT_EQ(must(ToNumber(vm, o)), 7);
    EXPECT_EQ(utf8(must(ToString(vm, o))), "text");
    // valueOf returning an object is skipped.
    JSObject* p = new_object();
    p->define_native_function(vm, realm, vm.names().valueOf, return_this, 0);
    p->define_native_function(vm, realm, vm.names().toString, return_text, 0);
    EXPECT_EQ(utf8(must(ToPrimitive(vm, p, PreferredType::Number))), "text");
}

TEST_F(ConversionTest, ToPrimitiveUsesSymbolToPrimitive) {
    JSObject* o = new_object();
    o->define_native_function(vm, realm, PropertyKey::from_symbol(vm.well_known_symbols().toPrimitive),
                              return_hint, 1);
    EXPECT_EQ(utf8(must(ToPrimitive(vm, o))), "default");
    EXPECT_EQ(utf8(must(ToPrimitive(vm, o, PreferredType::String))), "string");
    EXPECT_EQ(utf8(must(ToPrimitive(vm, o, PreferredType::Number))), "number");
    JSObject* bad = new_object();
    bad->define_native_function(vm, realm, PropertyKey::from_symbol(vm.well_known_symbols().toPrimitive),
                                return_this, 0);
    EXPECT_EQ(thrown_message(ToPrimitive(vm, bad)), "Cannot convert object to primitive value");
    JSObject* not_callable = new_object();
    must(not_callable->create_data_property(vm, PropertyKey::from_symbol(vm.well_known_symbols().toPrimitive),
                                            Value(1.0)));
    EXPECT_EQ(thrown_message(ToPrimitive(vm, not_callable)), "1 is not a function");
}

TEST_F(ConversionTest, IntegerConversions) {
    EXPECT_EQ(must(ToIntegerOrInfinity(vm, Value(-3.7))), -3);
    EXPECT_EQ(must(ToIntegerOrInfinity(vm, Value(kNaN))), 0);
    EXPECT_EQ(must(ToIntegerOrInfinity(vm, Value(kInfinity))), kInfinity);
    EXPECT_EQ(must(ToInt32(vm, Value(4294967295.0))), -1);
    EXPECT_EQ(must(ToInt32(vm, Value(2147483648.0))), -2147483647 - 1);
    EXPECT_EQ(must(ToUint32(vm, Value(-1.0))), 4294967295u);
    EXPECT_EQ(must(ToUint32(vm, str("4294967297"))), 1u);
    EXPECT_EQ(must(ToUint16(vm, Value(65537.0))), 1u);
    EXPECT_EQ(must(ToLength(vm, Value(-5.0))), 0);
    EXPECT_EQ(must(ToLength(vm, Value(1e300))), 9007199254740991.0);
    EXPECT_EQ(must(ToIndex(vm, Value::undefined())), 0);
    EXPECT_EQ(must(ToIndex(vm, Value(3.9))), 3);
    EXPECT_TRUE(ToIndex(vm, Value(-1.0)).is_throw_completion());
    vm.clear_exception();
    EXPECT_TRUE(ToIndex(vm, Value(9007199254740992.0)).is_throw_completion());
    vm.clear_exception();
}

TEST_F(ConversionTest, ToPropertyKeyCanonicalises) {
    EXPECT_EQ(must(ToPropertyKey(vm, Value(5.0))), PropertyKey::from_index(5));
    EXPECT_EQ(must(ToPropertyKey(vm, Value(-0.0))), PropertyKey::from_index(0));
    EXPECT_EQ(must(ToPropertyKey(vm, str("5"))), PropertyKey::from_index(5));
    EXPECT_EQ(must(ToPropertyKey(vm, Value(1.5))), key("1.5"));
    EXPECT_EQ(must(ToPropertyKey(vm, Value(4294967295.0))), key("4294967295"));
    EXPECT_EQ(must(ToPropertyKey(vm, Value::boolean(true))), key("true"));
    EXPECT_EQ(must(ToPropertyKey(vm, str("05"))), key("05"));
    Symbol* symbol = vm.heap().allocate<Symbol>(string("s"));
    EXPECT_EQ(must(ToPropertyKey(vm, symbol)), PropertyKey::from_symbol(symbol));
    JSObject* o = new_object();
    o->define_native_function(vm, realm, vm.names().toString, return_text, 0);
    EXPECT_EQ(must(ToPropertyKey(vm, o)), key("text"));
}

TEST_F(ConversionTest, CanonicalNumericIndexString) {
    auto canonical = [&](const char* text) { return CanonicalNumericIndexString(vm, string(text)); };
    EXPECT_EQ(*canonical("1"), 1);
    EXPECT_TRUE(std::signbit(*canonical("-0")));
    EXPECT_EQ(*canonical("1.5"), 1.5);
    EXPECT_EQ(*canonical("-Infinity"), -kInfinity);
    EXPECT_TRUE(std::isnan(*canonical("NaN")));
    EXPECT_FALSE(canonical("01"));
    EXPECT_FALSE(canonical("1.0"));
    EXPECT_FALSE(canonical("+1"));
    EXPECT_FALSE(canonical(""));
    EXPECT_FALSE(canonical("abc"));
}

TEST_F(ConversionTest, ToObjectWrapsPrimitives) {
    EXPECT_EQ(thrown_message(ToObject(vm, Value::undefined())), "Cannot convert undefined or null to object");
    JSObject* number = must(ToObject(vm, Value(3.0)));
    auto* wrapper = as_if<PrimitiveWrapper>(number);
    ASSERT_TRUE(wrapper);
    EXPECT_EQ(wrapper->primitive_value().as_number(), 3);
    EXPECT_EQ(number->builtin_tag(), BuiltinTag::Number);
    JSObject* text = must(ToObject(vm, str("ab")));
    auto* string_object = as_if<StringObject>(text);
    ASSERT_TRUE(string_object);
    EXPECT_EQ(own_keys(text), (std::vector<std::string>{"0", "1", "length"}));
    EXPECT_EQ(utf8(must(text->get(vm, PropertyKey::from_index(1)))), "b");
    EXPECT_EQ(must(text->get(vm, vm.names().length)).as_number(), 2);
    auto desc = must(text->internal_get_own_property(vm, PropertyKey::from_index(0)));
    ASSERT_TRUE(desc);
    EXPECT_FALSE(*desc->writable);
    EXPECT_TRUE(*desc->enumerable);
    EXPECT_FALSE(*desc->configurable);
    EXPECT_FALSE(must(text->internal_set(vm, PropertyKey::from_index(0), str("x"), text)));
    EXPECT_FALSE(must(text->internal_delete(vm, PropertyKey::from_index(0))));
    EXPECT_TRUE(must(text->create_data_property(vm, PropertyKey::from_index(5), str("x"))));
    EXPECT_EQ(own_keys(text), (std::vector<std::string>{"0", "1", "5", "length"}));
    JSObject* object = new_object();
    EXPECT_EQ(must(ToObject(vm, object)), object);
}

TEST_F(ConversionTest, SameValueFamily) {
    EXPECT_TRUE(SameValue(Value(kNaN), Value(kNaN)));
    EXPECT_FALSE(SameValue(Value(0.0), Value(-0.0)));
    EXPECT_TRUE(SameValueZero(Value(0.0), Value(-0.0)));
    EXPECT_TRUE(SameValueZero(Value(kNaN), Value(kNaN)));
    EXPECT_FALSE(IsStrictlyEqual(Value(kNaN), Value(kNaN)));
    EXPECT_TRUE(IsStrictlyEqual(Value(0.0), Value(-0.0)));
    EXPECT_TRUE(SameValue(str("abc"), str("abc")));
    EXPECT_FALSE(SameValue(str("abc"), str("abd")));
    EXPECT_FALSE(SameValue(Value::undefined(), Value::null()));
    EXPECT_FALSE(SameValue(Value(1.0), str("1")));
    EXPECT_FALSE(IsStrictlyEqual(Value::boolean(true), Value(1.0)));
    JSObject* a = new_object();
    JSObject* b = new_object();
    EXPECT_TRUE(SameValue(a, a));
    EXPECT_FALSE(SameValue(a, b));
}

TEST_F(ConversionTest, LooseEquality) {
    auto loose = [&](Value x, Value y) { return must(IsLooselyEqual(vm, x, y)); };
    EXPECT_TRUE(loose(Value::null(), Value::undefined()));
    EXPECT_FALSE(loose(Value::null(), Value(0.0)));
    EXPECT_TRUE(loose(Value(1.0), str("1")));
    EXPECT_TRUE(loose(str(" 1 "), Value(1.0)));
    EXPECT_TRUE(loose(Value::boolean(true), Value(1.0)));
    EXPECT_TRUE(loose(Value::boolean(false), str("")));
    EXPECT_FALSE(loose(Value(kNaN), Value(kNaN)));
    JSObject* o = new_object();
    o->define_native_function(vm, realm, vm.names().valueOf, return_seven, 0);
    EXPECT_TRUE(loose(o, Value(7.0)));
    EXPECT_TRUE(loose(str("7"), o));
    EXPECT_FALSE(loose(o, Value::null()));
    EXPECT_TRUE(loose(o, o));
}

TEST_F(ConversionTest, LessThan) {
    auto less = [&](Value x, Value y) { return must(IsLessThan(vm, x, y, true)); };
    EXPECT_EQ(less(Value(1.0), Value(2.0)), std::optional<bool>(true));
    EXPECT_EQ(less(Value(2.0), Value(1.0)), std::optional<bool>(false));
    EXPECT_EQ(less(Value(kNaN), Value(1.0)), std::nullopt);
    EXPECT_EQ(less(str("a"), str("b")), std::optional<bool>(true));
    EXPECT_EQ(less(str("10"), str("9")), std::optional<bool>(true));
    EXPECT_EQ(less(str("10"), Value(9.0)), std::optional<bool>(false));
    EXPECT_EQ(less(str("ab"), str("abc")), std::optional<bool>(true));
    EXPECT_EQ(less(Value(-0.0), Value(0.0)), std::optional<bool>(false));
    EXPECT_EQ(less(Value::undefined(), Value(0.0)), std::nullopt);
}

TEST_F(ConversionTest, TypeOfReturnsAtoms) {
    EXPECT_EQ(utf8(TypeOf(vm, Value::undefined())), "undefined");
    EXPECT_EQ(utf8(TypeOf(vm, Value::null())), "object");
    EXPECT_EQ(utf8(TypeOf(vm, Value(1.0))), "number");
    EXPECT_EQ(utf8(TypeOf(vm, str("x"))), "string");
    EXPECT_EQ(utf8(TypeOf(vm, Value::boolean(false))), "boolean");
    EXPECT_EQ(utf8(TypeOf(vm, vm.heap().allocate<Symbol>(nullptr))), "symbol");
    EXPECT_EQ(utf8(TypeOf(vm, new_object())), "object");
    EXPECT_EQ(utf8(TypeOf(vm, realm.intrinsic(Intrinsic::FunctionPrototype))), "function");
    EXPECT_TRUE(TypeOf(vm, Value(1.0))->is_atom());
}

TEST_F(ConversionTest, ToBoolean) {
    EXPECT_FALSE(ToBoolean(Value(0.0)));
    EXPECT_FALSE(ToBoolean(Value(-0.0)));
    EXPECT_FALSE(ToBoolean(Value(kNaN)));
    EXPECT_FALSE(ToBoolean(str("")));
    EXPECT_TRUE(ToBoolean(str("0")));
    EXPECT_FALSE(ToBoolean(Value::null()));
    EXPECT_TRUE(ToBoolean(new_object()));
    EXPECT_TRUE(ToBoolean(vm.heap().allocate<Symbol>(nullptr)));
}

TEST_F(ConversionTest, ObjectPrototypeToString) {
    EXPECT_EQ(utf8(must(ObjectPrototypeToString(vm, Value::undefined()))), "[object Undefined]");
    EXPECT_EQ(utf8(must(ObjectPrototypeToString(vm, Value::null()))), "[object Null]");
    EXPECT_EQ(utf8(must(ObjectPrototypeToString(vm, new_object()))), "[object Object]");
    EXPECT_EQ(utf8(must(ObjectPrototypeToString(vm, JSArray::create(vm)))), "[object Array]");
    EXPECT_EQ(utf8(must(ObjectPrototypeToString(vm, Value(1.0)))), "[object Number]");
    EXPECT_EQ(utf8(must(ObjectPrototypeToString(vm, str("s")))), "[object String]");
    EXPECT_EQ(utf8(must(ObjectPrototypeToString(vm, Value::boolean(true)))), "[object Boolean]");
    EXPECT_EQ(utf8(must(ObjectPrototypeToString(vm, realm.intrinsic(Intrinsic::FunctionPrototype)))),
              "[object Function]");
    JSObject* tagged = new_object();
    must(tagged->create_data_property(vm, PropertyKey::from_symbol(vm.well_known_symbols().toStringTag),
                                      str("Custom")));
    EXPECT_EQ(utf8(must(ObjectPrototypeToString(vm, tagged))), "[object Custom]");
    JSArray* non_string_tag = JSArray::create(vm);
    must(non_string_tag->create_data_property(
        vm, PropertyKey::from_symbol(vm.well_known_symbols().toStringTag), Value(1.0)));
    EXPECT_EQ(utf8(must(ObjectPrototypeToString(vm, non_string_tag))), "[object Array]");
}

TEST_F(ConversionTest, GetVOnPrimitives) {
    EXPECT_EQ(must(GetV(vm, str("abc"), vm.names().length)).as_number(), 3);
    EXPECT_EQ(utf8(must(GetV(vm, str("abc"), PropertyKey::from_index(2)))), "c");
    EXPECT_TRUE(must(GetV(vm, str("abc"), PropertyKey::from_index(3))).is_undefined());
    EXPECT_EQ(thrown_message(GetV(vm, Value::undefined(), key("x"))),
              "Cannot read properties of undefined (reading 'x')");
}

} // namespace
} // namespace yjs::object_test
