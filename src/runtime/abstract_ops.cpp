#include "runtime/abstract_ops.h"

#include "runtime/array.h"
#include "runtime/bigint.h"
#include "runtime/function.h"
#include "runtime/number_conversion.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"

#include <cassert>
#include <cmath>
#include <string>

namespace yjs {

namespace {

double string_to_number(JSString* string) {
    if (string->is_8bit()) return StringToNumber(string->latin1_view());
    return StringToNumber(string->utf16_view());
}

bool same_type(Value x, Value y) {
    if (x.is_number() || y.is_number()) return x.is_number() && y.is_number();
    if (x.is_boolean() || y.is_boolean()) return x.is_boolean() && y.is_boolean();
    return x.tag() == y.tag() && (x.tag() != Value::Tag::Special || x.identical(y));
}

// Number::lessThan: nullopt when either is NaN.
std::optional<bool> number_less_than(double x, double y) {
    if (std::isnan(x) || std::isnan(y)) return std::nullopt;
    return x < y;
}

// BigInt::lessThan, undefined (nullopt) when either operand is missing (a string that is not a BigInt).
std::optional<bool> bigint_less_than(BigInt* x, BigInt* y) {
    if (!x || !y) return std::nullopt;
    return BigInt::lessThan(x, y);
}

// Whether a three-way comparison gave `sign`; nullopt stays nullopt.
std::optional<bool> comparison_is(std::optional<int> comparison, int sign) {
    if (!comparison) return std::nullopt;
    return *comparison == sign;
}

// The property key for index `i` of an array-like (an array index, or a canonical numeric string above it).
PropertyKey index_key(VM& vm, std::uint64_t i) {
    if (i < 0xFFFFFFFFull) return PropertyKey::from_index(static_cast<std::uint32_t>(i));
    return PropertyKey::from_string(vm, NumberToString(vm, static_cast<double>(i)));
}

// Longest list CreateListFromArrayLike builds (an implementation limit, like the engine's heap limit).
constexpr std::uint64_t kMaxListLength = std::uint64_t(1) << 24;

} // namespace

// --- 7.1 Type conversion ---

ThrowCompletionOr<Value> ToPrimitive(VM& vm, Value input, PreferredType preferred) {
    if (!input.is_object()) return input;
    // 1.a. Let exoticToPrim be ? GetMethod(input, %Symbol.toPrimitive%).
    Value exotic = TRY(GetMethod(vm, input, PropertyKey::from_symbol(vm.well_known_symbols().toPrimitive)));
    if (!exotic.is_undefined()) {
        const CommonNames& names = vm.names();
        PropertyKey hint = preferred == PreferredType::Default  ? names.default_
                           : preferred == PreferredType::String ? names.string
                                                                : names.number;
        Value argument(hint.as_atom());
        Value result = TRY(Call(vm, exotic, input, std::span<const Value>(&argument, 1)));
        if (!result.is_object()) return result;
        return vm.throw_type_error("Cannot convert object to primitive value");
    }
    return OrdinaryToPrimitive(vm, input.as_object(),
                               preferred == PreferredType::Default ? PreferredType::Number : preferred);
}

ThrowCompletionOr<Value> OrdinaryToPrimitive(VM& vm, JSObject* object, PreferredType hint) {
    const CommonNames& names = vm.names();
    PropertyKey order[2] = {names.valueOf, names.toString};
    if (hint == PreferredType::String) std::swap(order[0], order[1]);
    for (PropertyKey name : order) {
        Value method = TRY(object->get(vm, name));
        if (IsCallable(method)) {
            Value result = TRY(Call(vm, method, object));
            if (!result.is_object()) return result;
        }
    }
    return vm.throw_type_error("Cannot convert object to primitive value");
}

bool ToBoolean(Value value) {
    if (value.is_boolean()) return value.as_boolean();
    if (value.is_number()) {
        double d = value.as_number();
        return d != 0 && !std::isnan(d);
    }
    if (value.is_nullish()) return false;
    if (value.is_string()) return !value.as_string()->is_empty();
    if (value.is_bigint()) return !value.as_bigint()->is_zero();
    // Objects and symbols are true.
    return true;
}

ThrowCompletionOr<double> ToNumber(VM& vm, Value value) {
    if (value.is_number()) return value.as_number();
    if (value.is_string()) return string_to_number(value.as_string());
    if (value.is_undefined()) return std::nan("");
    if (value.is_null()) return 0.0;
    if (value.is_boolean()) return value.as_boolean() ? 1.0 : 0.0;
    if (value.is_symbol()) return vm.throw_type_error("Cannot convert a Symbol value to a number");
    if (value.is_bigint()) return vm.throw_type_error("Cannot convert a BigInt value to a number");
    Value primitive = TRY(ToPrimitive(vm, value, PreferredType::Number));
    return ToNumber(vm, primitive);
}

ThrowCompletionOr<Value> ToNumeric(VM& vm, Value value) {
    if (value.is_number()) return value;
    Value primitive = TRY(ToPrimitive(vm, value, PreferredType::Number));
    if (primitive.is_bigint()) return primitive;
    return Value(TRY(ToNumber(vm, primitive)));
}

ThrowCompletionOr<double> ToIntegerOrInfinity(VM& vm, Value value) {
    double number = TRY(ToNumber(vm, value));
    return ToIntegerOrInfinity(number);
}

ThrowCompletionOr<std::int32_t> ToInt32(VM& vm, Value value) {
    if (value.is_int32()) return static_cast<std::int32_t>(value.as_number());
    double number = TRY(ToNumber(vm, value));
    return ToInt32(number);
}

ThrowCompletionOr<std::uint32_t> ToUint32(VM& vm, Value value) {
    double number = TRY(ToNumber(vm, value));
    return ToUint32(number);
}

ThrowCompletionOr<std::uint16_t> ToUint16(VM& vm, Value value) {
    double number = TRY(ToNumber(vm, value));
    return ToUint16(number);
}

JSString* NumberToString(VM& vm, double value) {
    if (value >= 0 && value < 1e9 && value == std::trunc(value)) {
        auto n = static_cast<std::uint32_t>(value);
        char digits[10];
        int length = 0;
        do {
            digits[9 - length++] = static_cast<char>('0' + n % 10);
            n /= 10;
        } while (n != 0);
        return JSString::from_ascii(vm, std::string_view(digits + 10 - length, length));
    }
    return JSString::from_ascii(vm, NumberToString(value));
}

ThrowCompletionOr<JSString*> ToString(VM& vm, Value value) {
    if (value.is_string()) return value.as_string();
    const CommonNames& names = vm.names();
    if (value.is_number()) return NumberToString(vm, value.as_number());
    if (value.is_undefined()) return names.undefined.as_atom();
    if (value.is_null()) return names.null_.as_atom();
    if (value.is_boolean()) return (value.as_boolean() ? names.true_ : names.false_).as_atom();
    if (value.is_symbol()) return vm.throw_type_error("Cannot convert a Symbol value to a string");
    if (value.is_bigint()) return BigInt::toString(vm, value.as_bigint());
    Value primitive = TRY(ToPrimitive(vm, value, PreferredType::String));
    return ToString(vm, primitive);
}

ThrowCompletionOr<JSObject*> ToObject(VM& vm, Value value) {
    if (value.is_object()) return value.as_object();
    if (value.is_nullish()) return vm.throw_type_error("Cannot convert undefined or null to object");
    Realm& realm = vm.current_realm();
    if (value.is_string())
        return StringObject::create(vm, value.as_string(), realm.intrinsic(Intrinsic::StringPrototype));
    Intrinsic prototype = value.is_boolean()  ? Intrinsic::BooleanPrototype
                          : value.is_number() ? Intrinsic::NumberPrototype
                          : value.is_symbol() ? Intrinsic::SymbolPrototype
                                              : Intrinsic::BigIntPrototype;
    return PrimitiveWrapper::create(vm, value, realm.intrinsic(prototype));
}

ThrowCompletionOr<PropertyKey> ToPropertyKey(VM& vm, Value value) {
    if (value.is_string()) return PropertyKey::from_string(vm, value.as_string());
    if (value.is_symbol()) return PropertyKey::from_symbol(value.as_symbol());
    if (value.is_number()) {
        double d = value.as_number();
        if (d >= 0 && d <= 4294967294.0 && d == std::trunc(d))
            return PropertyKey::from_index(static_cast<std::uint32_t>(d));
    }
    // 1. Let key be ? ToPrimitive(argument, string).
    Value key = TRY(ToPrimitive(vm, value, PreferredType::String));
    if (key.is_symbol()) return PropertyKey::from_symbol(key.as_symbol());
    JSString* string = TRY(ToString(vm, key));
    return PropertyKey::from_string(vm, string);
}

ThrowCompletionOr<double> ToLength(VM& vm, Value value) {
    double number = TRY(ToNumber(vm, value));
    return ToLength(number);
}

ThrowCompletionOr<double> ToIndex(VM& vm, Value value) {
    double integer = TRY(ToIntegerOrInfinity(vm, value));
    if (integer < 0 || integer > 9007199254740991.0)
        return vm.throw_range_error("Invalid index: out of range");
    return integer;
}

ThrowCompletionOr<Value> RequireObjectCoercible(VM& vm, Value value) {
    if (value.is_nullish()) return vm.throw_type_error("Cannot convert undefined or null to object");
    return value;
}

std::optional<double> CanonicalNumericIndexString(VM&, JSString* string) {
    std::uint32_t length = string->length();
    if (length == 2 && string->at(0) == u'-' && string->at(1) == u'0') return -0.0;
    double n = string_to_number(string);
    std::string canonical = NumberToString(n);
    if (canonical.size() != length) return std::nullopt;
    for (std::uint32_t i = 0; i < length; ++i) {
        if (string->at(i) != static_cast<char16_t>(canonical[i])) return std::nullopt;
    }
    return n;
}

// --- 7.2 Testing and comparison ---

bool IsCallable(Value value) {
    return value.is_object() && value.as_object()->is_callable();
}

bool IsConstructor(Value value) {
    return value.is_object() && value.as_object()->is_constructor();
}

ThrowCompletionOr<bool> IsArray(VM& vm, Value value) {
    if (!value.is_object()) return false;
    JSObject* object = value.as_object();
    if (object->is_array()) return true;
    if (object->is_proxy()) {
        TRY(vm.check_native_stack());
        JSObject* target = object->proxy_target();
        if (!target) return vm.throw_type_error("Cannot perform 'IsArray' on a proxy that has been revoked");
        return IsArray(vm, target);
    }
    return false;
}

ThrowCompletionOr<bool> IsRegExp(VM& vm, Value value) {
    if (!value.is_object()) return false;
    Value matcher = TRY(value.as_object()->get(vm, PropertyKey::from_symbol(vm.well_known_symbols().match)));
    if (!matcher.is_undefined()) return ToBoolean(matcher);
    return value.as_object()->builtin_tag() == BuiltinTag::RegExp;
}

bool IsIntegralNumber(Value value) {
    if (!value.is_number()) return false;
    double d = value.as_number();
    return std::isfinite(d) && std::trunc(d) == d;
}

bool SameValueNonNumber(Value x, Value y) {
    if (x.is_string() && y.is_string()) return x.as_string()->equals(y.as_string());
    if (x.is_bigint() && y.is_bigint()) return BigInt::equal(x.as_bigint(), y.as_bigint());
    return x.identical(y);
}

bool SameValue(Value x, Value y) {
    if (x.is_number() && y.is_number()) {
        double a = x.as_number(), b = y.as_number();
        if (std::isnan(a) && std::isnan(b)) return true;
        return a == b && std::signbit(a) == std::signbit(b);
    }
    if (!same_type(x, y)) return false;
    return SameValueNonNumber(x, y);
}

bool SameValueZero(Value x, Value y) {
    if (x.is_number() && y.is_number()) {
        double a = x.as_number(), b = y.as_number();
        return a == b || (std::isnan(a) && std::isnan(b));
    }
    if (!same_type(x, y)) return false;
    return SameValueNonNumber(x, y);
}

bool IsStrictlyEqual(Value x, Value y) {
    if (x.is_number() && y.is_number()) return x.as_number() == y.as_number();
    if (!same_type(x, y)) return false;
    return SameValueNonNumber(x, y);
}

ThrowCompletionOr<bool> IsLooselyEqual(VM& vm, Value x, Value y) {
    // 1. If SameType(x, y) is true, return IsStrictlyEqual(x, y).
    if (same_type(x, y)) return IsStrictlyEqual(x, y);
    // 2-3. null == undefined.
    if (x.is_nullish() && y.is_nullish()) return true;
    // 5-6. Number and String.
    if (x.is_number() && y.is_string()) return x.as_number() == string_to_number(y.as_string());
    if (x.is_string() && y.is_number()) return string_to_number(x.as_string()) == y.as_number();
    // 7-8. BigInt and String: the string as a BigInt (unequal if it is not one).
    if (x.is_string() && y.is_bigint()) std::swap(x, y);
    if (x.is_bigint() && y.is_string()) {
        BigInt* n = TRY(StringToBigInt(vm, y.as_string()));
        return n && BigInt::equal(x.as_bigint(), n);
    }
    // 9-10. Booleans become numbers.
    if (x.is_boolean()) return IsLooselyEqual(vm, Value(x.as_boolean() ? 1.0 : 0.0), y);
    if (y.is_boolean()) return IsLooselyEqual(vm, x, Value(y.as_boolean() ? 1.0 : 0.0));
    // 11-12. An object against a String, Number, BigInt or Symbol.
    auto is_primitive_operand = [](Value v) {
        return v.is_string() || v.is_number() || v.is_bigint() || v.is_symbol();
    };
    if (is_primitive_operand(x) && y.is_object()) {
        Value primitive = TRY(ToPrimitive(vm, y));
        return IsLooselyEqual(vm, x, primitive);
    }
    if (x.is_object() && is_primitive_operand(y)) {
        Value primitive = TRY(ToPrimitive(vm, x));
        return IsLooselyEqual(vm, primitive, y);
    }
    // 13. BigInt and Number: equal when they have the same mathematical value.
    if (x.is_number() && y.is_bigint()) std::swap(x, y);
    if (x.is_bigint() && y.is_number()) return BigInt::compare_to_number(x.as_bigint(), y.as_number()) == 0;
    return false;
}

ThrowCompletionOr<std::optional<bool>> IsLessThan(VM& vm, Value x, Value y, bool left_first) {
    Value px, py;
    if (left_first) {
        px = TRY(ToPrimitive(vm, x, PreferredType::Number));
        py = TRY(ToPrimitive(vm, y, PreferredType::Number));
    } else {
        py = TRY(ToPrimitive(vm, y, PreferredType::Number));
        px = TRY(ToPrimitive(vm, x, PreferredType::Number));
    }
    // 3. Both strings: code unit order.
    if (px.is_string() && py.is_string())
        return std::optional<bool>(px.as_string()->compare(py.as_string()) < 0);
    // 4-5. A BigInt and a String: the string as a BigInt (undefined if it is not one).
    if (px.is_bigint() && py.is_string())
        return bigint_less_than(px.as_bigint(), TRY(StringToBigInt(vm, py.as_string())));
    if (px.is_string() && py.is_bigint())
        return bigint_less_than(TRY(StringToBigInt(vm, px.as_string())), py.as_bigint());
    Value nx = TRY(ToNumeric(vm, px));
    Value ny = TRY(ToNumeric(vm, py));
    if (nx.is_number() && ny.is_number()) return number_less_than(nx.as_number(), ny.as_number());
    if (nx.is_bigint() && ny.is_bigint()) return bigint_less_than(nx.as_bigint(), ny.as_bigint());
    // 11-12. A BigInt and a Number compare by mathematical value.
    if (nx.is_bigint()) return comparison_is(BigInt::compare_to_number(nx.as_bigint(), ny.as_number()), -1);
    return comparison_is(BigInt::compare_to_number(ny.as_bigint(), nx.as_number()), 1);
}

JSString* TypeOf(VM& vm, Value value) {
    const CommonNames& names = vm.names();
    PropertyKey name;
    if (value.is_undefined())
        name = names.undefined;
    else if (value.is_null())
        name = names.object;
    else if (value.is_boolean())
        name = names.boolean;
    else if (value.is_number())
        name = names.number;
    else if (value.is_string())
        name = names.string;
    else if (value.is_symbol())
        name = names.symbol;
    else if (value.is_bigint())
        name = names.bigint;
    else
        name = value.as_object()->is_callable() ? names.function : names.object;
    return name.as_atom();
}

// --- 7.3 Operations on objects ---

ThrowCompletionOr<Value> Call(VM& vm, Value function, Value this_value, std::span<const Value> arguments) {
    if (!IsCallable(function)) return vm.throw_type_error(describe_value(function) + " is not a function");
    return function.as_object()->internal_call(vm, this_value, arguments);
}

ThrowCompletionOr<JSObject*> Construct(VM& vm, JSObject* constructor, std::span<const Value> arguments,
                                       JSObject* new_target) {
    return constructor->internal_construct(vm, arguments, new_target ? new_target : constructor);
}

ThrowCompletionOr<Value> GetV(VM& vm, Value value, PropertyKey key) {
    if (value.is_object()) return value.as_object()->internal_get(vm, key, value);
    if (value.is_nullish()) {
        return vm.throw_type_error("Cannot read properties of " + describe_value(value) + " (reading " +
                                   describe_key(key) + ")");
    }
    // The wrapper ToObject would create has no own properties besides a String's length and code units,
    // so look those up directly and go to the prototype otherwise (same result, no allocation).
    Realm& realm = vm.current_realm();
    Intrinsic prototype;
    if (value.is_string()) {
        JSString* string = value.as_string();
        if (key == vm.names().length) return Value(static_cast<double>(string->length()));
        if (key.is_index() && key.as_index() < string->length())
            return JSString::substring(vm, string, key.as_index(), key.as_index() + 1);
        prototype = Intrinsic::StringPrototype;
    } else if (value.is_number()) {
        prototype = Intrinsic::NumberPrototype;
    } else if (value.is_boolean()) {
        prototype = Intrinsic::BooleanPrototype;
    } else if (value.is_symbol()) {
        prototype = Intrinsic::SymbolPrototype;
    } else {
        prototype = Intrinsic::BigIntPrototype;
    }
    JSObject* object = realm.intrinsic(prototype);
    if (!object) return Value::undefined();
    return object->internal_get(vm, key, value);
}

ThrowCompletionOr<Value> GetMethod(VM& vm, Value value, PropertyKey key) {
    Value function = TRY(GetV(vm, value, key));
    if (function.is_nullish()) return Value::undefined();
    if (!IsCallable(function)) return vm.throw_type_error(describe_value(function) + " is not a function");
    return function;
}

ThrowCompletionOr<Value> Invoke(VM& vm, Value value, PropertyKey key, std::span<const Value> arguments) {
    Value function = TRY(GetV(vm, value, key));
    return Call(vm, function, value, arguments);
}

ThrowCompletionOr<bool> OrdinaryHasInstance(VM& vm, Value constructor, Value object) {
    if (!IsCallable(constructor)) return false;
    if (auto* bound = as_if<BoundFunction>(constructor))
        return InstanceofOperator(vm, object, bound->target());
    if (!object.is_object()) return false;
    Value prototype = TRY(constructor.as_object()->get(vm, vm.names().prototype));
    if (!prototype.is_object())
        return vm.throw_type_error("Function has non-object prototype '" + describe_value(prototype) +
                                   "' in instanceof check");
    JSObject* current = object.as_object();
    while (true) {
        current = TRY(current->internal_get_prototype_of(vm));
        if (!current) return false;
        if (current == prototype.as_object()) return true;
    }
}

ThrowCompletionOr<bool> InstanceofOperator(VM& vm, Value object, Value target) {
    if (!target.is_object()) return vm.throw_type_error("Right-hand side of 'instanceof' is not an object");
    Value handler = TRY(GetMethod(vm, target, PropertyKey::from_symbol(vm.well_known_symbols().hasInstance)));
    if (!handler.is_undefined()) {
        Value result = TRY(Call(vm, handler, target, std::span<const Value>(&object, 1)));
        return ToBoolean(result);
    }
    if (!IsCallable(target)) return vm.throw_type_error("Right-hand side of 'instanceof' is not callable");
    return OrdinaryHasInstance(vm, target, object);
}

ThrowCompletionOr<JSObject*> SpeciesConstructor(VM& vm, JSObject* object, JSObject* default_constructor) {
    Value constructor = TRY(object->get(vm, vm.names().constructor));
    if (constructor.is_undefined()) return default_constructor;
    if (!constructor.is_object()) return vm.throw_type_error("object.constructor is not an object");
    Value species =
        TRY(constructor.as_object()->get(vm, PropertyKey::from_symbol(vm.well_known_symbols().species)));
    if (species.is_nullish()) return default_constructor;
    if (IsConstructor(species)) return species.as_object();
    return vm.throw_type_error("object.constructor[Symbol.species] is not a constructor");
}

ThrowCompletionOr<void> SetterThatIgnoresPrototypeProperties(VM& vm, Value this_value, JSObject* home,
                                                             const char* home_name, PropertyKey key, Value value) {
    // 1. If thisValue is not an Object, throw a TypeError exception.
    if (!this_value.is_object()) return vm.throw_type_error("setter called on non-object");
    JSObject* object = this_value.as_object();
    // 2. If SameValue(thisValue, home) is true, throw a TypeError exception.
    if (object == home)
        return vm.throw_type_error(std::string("Cannot assign to read only property of ") + home_name);
    // 3. Let desc be ? thisValue.[[GetOwnProperty]](p).
    std::optional<PropertyDescriptor> desc = TRY(object->internal_get_own_property(vm, key));
    // 4. If desc is undefined, perform ? CreateDataPropertyOrThrow(thisValue, p, v).
    if (!desc) TRY(object->create_data_property_or_throw(vm, key, value));
    // 5. Else, perform ? Set(thisValue, p, v, true).
    else
        TRY(object->set(vm, key, value, true));
    return {};
}

ThrowCompletionOr<Realm*> GetFunctionRealm(VM& vm, JSObject* function) {
    while (true) {
        if (Realm* realm = function->function_realm()) return realm;
        if (auto* bound = as_if<BoundFunction>(function)) {
            function = bound->target();
            continue;
        }
        if (function->is_proxy()) {
            JSObject* target = function->proxy_target();
            if (!target) return vm.throw_type_error("Cannot perform operation on a revoked proxy");
            function = target;
            continue;
        }
        return &vm.current_realm();
    }
}

ThrowCompletionOr<JSObject*> GetPrototypeFromConstructor(VM& vm, JSObject* constructor, Intrinsic fallback) {
    Value prototype = TRY(constructor->get(vm, vm.names().prototype));
    if (prototype.is_object()) return prototype.as_object();
    Realm* realm = TRY(GetFunctionRealm(vm, constructor));
    return realm->intrinsic(fallback);
}

ThrowCompletionOr<JSObject*> OrdinaryCreateFromConstructor(VM& vm, JSObject* constructor,
                                                           Intrinsic fallback) {
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, constructor, fallback));
    return JSObject::create(vm, prototype);
}

ThrowCompletionOr<std::uint64_t> LengthOfArrayLike(VM& vm, JSObject* object) {
    // An Array's "length" is an own data property holding a uint32: reading it has no side effects.
    if (auto* array = as_if<JSArray>(object)) return std::uint64_t(array->length());
    Value length = TRY(object->get(vm, vm.names().length));
    double clamped = TRY(ToLength(vm, length));
    return static_cast<std::uint64_t>(clamped);
}

ThrowCompletionOr<MarkedValueVector> CreateListFromArrayLike(VM& vm, Value value, bool only_property_keys) {
    if (!value.is_object()) return vm.throw_type_error("CreateListFromArrayLike called on non-object");
    JSObject* object = value.as_object();
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    if (length > kMaxListLength) return vm.throw_range_error("Too many elements in array-like object");
    MarkedValueVector list(vm.heap());
    list.reserve(static_cast<std::size_t>(length));
    for (std::uint64_t index = 0; index < length; ++index) {
        Value next = TRY(object->get(vm, index_key(vm, index)));
        if (only_property_keys && !next.is_string() && !next.is_symbol())
            return vm.throw_type_error(describe_value(next) + " is not a valid property name");
        list.push_back(next);
    }
    return list;
}

JSObject* CreateArrayFromList(VM& vm, std::span<const Value> elements) {
    return JSArray::create_from_list(vm, elements);
}

ThrowCompletionOr<Value> ArraySpeciesCreate(VM& vm, JSObject* original, std::uint64_t length) {
    // 1-2. If IsArray(originalArray) is false, return ? ArrayCreate(length).
    bool is_array = TRY(IsArray(vm, original));
    if (!is_array) return Value(TRY(ArrayCreate(vm, length)));
    // 3. Let C be ? Get(originalArray, "constructor").
    Value constructor = TRY(original->get(vm, vm.names().constructor));
    // 4. A constructor from another realm's %Array% becomes undefined.
    if (IsConstructor(constructor)) {
        Realm* this_realm = &vm.current_realm();
        Realm* constructor_realm = TRY(GetFunctionRealm(vm, constructor.as_object()));
        if (this_realm != constructor_realm &&
            constructor.as_object() == constructor_realm->intrinsic(Intrinsic::ArrayConstructor))
            constructor = Value::undefined();
    }
    // 5. If C is an Object, set C to ? Get(C, %Symbol.species%); null becomes undefined.
    if (constructor.is_object()) {
        constructor =
            TRY(constructor.as_object()->get(vm, PropertyKey::from_symbol(vm.well_known_symbols().species)));
        if (constructor.is_null()) constructor = Value::undefined();
    }
    if (constructor.is_undefined()) return Value(TRY(ArrayCreate(vm, length)));
    if (!IsConstructor(constructor))
        return vm.throw_type_error("object.constructor[Symbol.species] is not a constructor");
    Value argument(static_cast<double>(length));
    return Value(TRY(Construct(vm, constructor.as_object(), std::span<const Value>(&argument, 1))));
}

ThrowCompletionOr<JSString*> ObjectPrototypeToString(VM& vm, Value value) {
    if (value.is_undefined()) return JSString::from_ascii(vm, "[object Undefined]");
    if (value.is_null()) return JSString::from_ascii(vm, "[object Null]");
    JSObject* object = TRY(ToObject(vm, value));
    bool is_array = TRY(IsArray(vm, object));
    const char* builtin_tag = "Object";
    BuiltinTag tag = object->builtin_tag();
    if (is_array)
        builtin_tag = "Array";
    else if (tag == BuiltinTag::Arguments)
        builtin_tag = "Arguments";
    else if (object->is_callable())
        builtin_tag = "Function";
    else if (tag == BuiltinTag::Error)
        builtin_tag = "Error";
    else if (tag == BuiltinTag::Boolean)
        builtin_tag = "Boolean";
    else if (tag == BuiltinTag::Number)
        builtin_tag = "Number";
    else if (tag == BuiltinTag::String)
        builtin_tag = "String";
    else if (tag == BuiltinTag::Date)
        builtin_tag = "Date";
    else if (tag == BuiltinTag::RegExp)
        builtin_tag = "RegExp";
    Value to_string_tag = TRY(object->get(vm, PropertyKey::from_symbol(vm.well_known_symbols().toStringTag)));
    std::u16string result = u"[object ";
    if (to_string_tag.is_string()) {
        result += to_string_tag.as_string()->to_u16string();
    } else {
        for (const char* c = builtin_tag; *c; ++c)
            result += static_cast<char16_t>(*c);
    }
    result += u']';
    return JSString::create(vm, result);
}

JSObject* CreateIterResultObject(VM& vm, Value value, bool done) {
    // Every result has the same shape, so the object is created with it and its two slots filled in.
    Realm& realm = vm.current_realm();
    Shape* shape = realm.iter_result_shape();
    if (!shape) [[unlikely]] {
        std::uint32_t value_slot = 0;
        std::uint32_t done_slot = 0;
        shape = Shape::create_root(vm, realm.intrinsic(Intrinsic::ObjectPrototype))
                    ->with_added_property(vm, vm.names().value, kDefaultDataAttributes, &value_slot)
                    ->with_added_property(vm, vm.names().done, kDefaultDataAttributes, &done_slot);
        assert(value_slot == 0 && done_slot == 1);
        realm.set_iter_result_shape(shape);
    }
    JSObject* result = JSObject::create_with_shape(vm, shape);
    result->slots()[0] = value;
    result->slots()[1] = Value::boolean(done);
    return result;
}

void SetFunctionName(VM& vm, JSObject* function, PropertyKey name, const char* prefix) {
    JSString* name_string;
    if (name.is_symbol()) {
        Symbol* symbol = name.as_symbol();
        JSString* description = symbol->description();
        if (symbol->is_private()) {
            name_string = description;
        } else if (!description) {
            name_string = vm.names().empty_string.as_atom();
        } else {
            std::u16string bracketed = u"[";
            bracketed += description->to_u16string();
            bracketed += u']';
            name_string = JSString::create(vm, bracketed);
        }
    } else {
        name_string = name.to_string(vm);
    }
    auto* native = as_if<NativeFunction>(function);
    if (native) native->set_initial_name(name_string);
    if (prefix) {
        std::u16string prefixed;
        for (const char* c = prefix; *c; ++c)
            prefixed += static_cast<char16_t>(*c);
        prefixed += u' ';
        prefixed += name_string->to_u16string();
        name_string = JSString::create(vm, prefixed);
        if (native) native->set_initial_name(name_string);
    }
    function->define_direct_property(vm, vm.names().name, name_string, kConfigurable);
}

void SetFunctionLength(VM& vm, JSObject* function, double length) {
    function->define_direct_property(vm, vm.names().length, Value(length), kConfigurable);
}

ThrowCompletionOr<void> CopyDataProperties(VM& vm, JSObject* target, Value source,
                                           std::span<const PropertyKey> excluded) {
    if (source.is_nullish()) return {};
    JSObject* from = TRY(ToObject(vm, source));
    MarkedKeyVector keys(vm.heap());
    TRY(from->internal_own_property_keys(vm, keys));
    for (PropertyKey key : keys) {
        bool is_excluded = false;
        for (PropertyKey e : excluded) {
            if (e == key) {
                is_excluded = true;
                break;
            }
        }
        if (is_excluded) continue;
        auto desc = TRY(from->internal_get_own_property(vm, key));
        if (!desc || !*desc->enumerable) continue;
        Value value = TRY(from->get(vm, key));
        TRY(target->create_data_property_or_throw(vm, key, value));
    }
    return {};
}

ThrowCompletionOr<MarkedValueVector> EnumerableOwnProperties(VM& vm, JSObject* object, PropertyKind kind) {
    MarkedKeyVector keys(vm.heap());
    TRY(object->internal_own_property_keys(vm, keys));
    MarkedValueVector results(vm.heap());
    for (PropertyKey key : keys) {
        if (!key.is_string()) continue;
        auto desc = TRY(object->internal_get_own_property(vm, key));
        if (!desc || !*desc->enumerable) continue;
        if (kind == PropertyKind::Key) {
            results.push_back(key.to_value(vm));
            continue;
        }
        Value value = TRY(object->get(vm, key));
        if (kind == PropertyKind::Value) {
            results.push_back(value);
            continue;
        }
        Value entry[2] = {key.to_value(vm), value};
        results.push_back(CreateArrayFromList(vm, entry));
    }
    return results;
}

// --- Diagnostics ---

std::string describe_value(Value value) {
    if (value.is_undefined()) return "undefined";
    if (value.is_null()) return "null";
    if (value.is_boolean()) return value.as_boolean() ? "true" : "false";
    if (value.is_number()) return NumberToString(value.as_number());
    if (value.is_string()) return "\"" + value.as_string()->to_utf8() + "\"";
    if (value.is_symbol()) {
        JSString* description = value.as_symbol()->description();
        return "Symbol(" + (description ? description->to_utf8() : std::string()) + ")";
    }
    if (value.is_bigint()) return value.as_bigint()->to_std_string(); // V8 prints BigInts without the n here
    JSObject* object = value.as_object();
    if (object->is_callable()) {
        if (auto* native = as_if<NativeFunction>(object); native && native->initial_name())
            return "function " + native->initial_name()->to_utf8();
        return "function";
    }
    if (object->is_array()) return "[object Array]";
    return std::string("#<") + object->class_name() + ">";
}

std::string describe_key(PropertyKey key) {
    if (key.is_index()) return "'" + std::to_string(key.as_index()) + "'";
    if (key.is_atom()) return "'" + key.as_atom()->to_utf8() + "'";
    JSString* description = key.as_symbol()->description();
    return "'Symbol(" + (description ? description->to_utf8() : std::string()) + ")'";
}

} // namespace yjs
