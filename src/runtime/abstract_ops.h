#pragma once
// Type conversion, testing and comparison (ECMA-262 7.1, 7.2) and the call/construct operations (7.3).
// Named as in the spec so built-ins read like their algorithms.
#include "runtime/completion.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/value.h"

#include <cstdint>
#include <span>
#include <string>

namespace yjs {

class VM;
class Realm;

enum class PreferredType { Default, String, Number };

ThrowCompletionOr<Value> ToPrimitive(VM&, Value, PreferredType = PreferredType::Default);
ThrowCompletionOr<Value> OrdinaryToPrimitive(VM&, JSObject*, PreferredType);
bool ToBoolean(Value);
ThrowCompletionOr<double> ToNumber(VM&, Value);
ThrowCompletionOr<Value> ToNumeric(VM&, Value); // a Number or a BigInt
ThrowCompletionOr<double> ToIntegerOrInfinity(VM&, Value);
ThrowCompletionOr<std::int32_t> ToInt32(VM&, Value);
ThrowCompletionOr<std::uint32_t> ToUint32(VM&, Value);
ThrowCompletionOr<std::uint16_t> ToUint16(VM&, Value);
ThrowCompletionOr<JSString*> ToString(VM&, Value);
ThrowCompletionOr<JSObject*> ToObject(VM&, Value);
ThrowCompletionOr<PropertyKey> ToPropertyKey(VM&, Value);
ThrowCompletionOr<double> ToLength(VM&, Value);
ThrowCompletionOr<double> ToIndex(VM&, Value);
// Number::toString(x, 10) as a JSString.
JSString* NumberToString(VM&, double);
ThrowCompletionOr<Value> RequireObjectCoercible(VM&, Value);
// CanonicalNumericIndexString: the number if `string` is canonical, otherwise nullopt.
std::optional<double> CanonicalNumericIndexString(VM&, JSString*);

bool IsCallable(Value);
bool IsConstructor(Value);
ThrowCompletionOr<bool> IsArray(VM&, Value);
ThrowCompletionOr<bool> IsRegExp(VM&, Value);
bool IsIntegralNumber(Value);
bool SameValue(Value, Value);
bool SameValueZero(Value, Value);
bool SameValueNonNumber(Value, Value);
bool IsStrictlyEqual(Value, Value);
ThrowCompletionOr<bool> IsLooselyEqual(VM&, Value, Value);
// IsLessThan(x, y, LeftFirst): nullopt means undefined (a NaN was involved).
ThrowCompletionOr<std::optional<bool>> IsLessThan(VM&, Value x, Value y, bool left_first);
// The typeof operator's result.
JSString* TypeOf(VM&, Value);

ThrowCompletionOr<Value> Call(VM&, Value function, Value this_value, std::span<const Value> arguments = {});
ThrowCompletionOr<JSObject*> Construct(VM&, JSObject* constructor, std::span<const Value> arguments = {},
                                       JSObject* new_target = nullptr);
ThrowCompletionOr<Value> GetV(VM&, Value, PropertyKey);
// GetMethod: undefined (as Value::undefined()) when the property is undefined or null.
ThrowCompletionOr<Value> GetMethod(VM&, Value, PropertyKey);
ThrowCompletionOr<Value> Invoke(VM&, Value, PropertyKey, std::span<const Value> arguments = {});
ThrowCompletionOr<bool> OrdinaryHasInstance(VM&, Value constructor, Value object);
ThrowCompletionOr<bool> InstanceofOperator(VM&, Value object, Value target);
ThrowCompletionOr<JSObject*> SpeciesConstructor(VM&, JSObject*, JSObject* default_constructor);
// SetterThatIgnoresPrototypeProperties(thisValue, home, p, v): `home_name` names home in the TypeError.
ThrowCompletionOr<void> SetterThatIgnoresPrototypeProperties(VM&, Value this_value, JSObject* home,
                                                             const char* home_name, PropertyKey, Value);
ThrowCompletionOr<Realm*> GetFunctionRealm(VM&, JSObject* function);
// GetPrototypeFromConstructor: `fallback` is the intrinsic default prototype.
ThrowCompletionOr<JSObject*> GetPrototypeFromConstructor(VM&, JSObject* constructor, Intrinsic fallback);
// OrdinaryCreateFromConstructor for an ordinary object (objects with extra internal slots use
// GetPrototypeFromConstructor and their own class).
ThrowCompletionOr<JSObject*> OrdinaryCreateFromConstructor(VM&, JSObject* constructor, Intrinsic fallback);
ThrowCompletionOr<std::uint64_t> LengthOfArrayLike(VM&, JSObject*);
ThrowCompletionOr<MarkedValueVector> CreateListFromArrayLike(VM&, Value, bool only_property_keys = false);
JSObject* CreateArrayFromList(VM&, std::span<const Value>);
ThrowCompletionOr<Value> ArraySpeciesCreate(VM&, JSObject* original, std::uint64_t length);
// Object.prototype.toString's core, used by Node-style inspection too.
ThrowCompletionOr<JSString*> ObjectPrototypeToString(VM&, Value);
// Creates the iterator result object { value, done }.
JSObject* CreateIterResultObject(VM&, Value value, bool done);
// SetFunctionName / SetFunctionLength / MakeConstructor / MakeMethod helpers.
void SetFunctionName(VM&, JSObject* function, PropertyKey name, const char* prefix = nullptr);
void SetFunctionLength(VM&, JSObject* function, double length);
// CopyDataProperties(target, source, excludedItems).
ThrowCompletionOr<void> CopyDataProperties(VM&, JSObject* target, Value source,
                                           std::span<const PropertyKey> excluded = {});
// EnumerableOwnProperties(O, kind) with kind key / value / key+value.
enum class PropertyKind { Key, Value, KeyAndValue };
ThrowCompletionOr<MarkedValueVector> EnumerableOwnProperties(VM&, JSObject*, PropertyKind);
// ToPropertyDescriptor / FromPropertyDescriptor / CompletePropertyDescriptor.
ThrowCompletionOr<PropertyDescriptor> ToPropertyDescriptor(VM&, Value);
Value FromPropertyDescriptor(VM&, const std::optional<PropertyDescriptor>&);
void CompletePropertyDescriptor(PropertyDescriptor&);
// ValidateAndApplyPropertyDescriptor with O = nullptr meaning "validate only".
ThrowCompletionOr<bool> ValidateAndApplyPropertyDescriptor(VM&, JSObject* object, PropertyKey, bool extensible,
                                                           const PropertyDescriptor& desc,
                                                           const std::optional<PropertyDescriptor>& current);
bool IsCompatiblePropertyDescriptor(bool extensible, const PropertyDescriptor& desc,
                                    const std::optional<PropertyDescriptor>& current);

// A short rendering of a value for error messages (no side effects): 1, "abc", Symbol(x), undefined,
// function f, #<Object>, [object Array].
std::string describe_value(Value);
// The rendering of a property key for error messages: 'name', '0', 'Symbol(x)'.
std::string describe_key(PropertyKey);

} // namespace yjs
