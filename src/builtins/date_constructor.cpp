// The Date constructor (21.4.2, 21.4.3) and Date instances.
#include "builtins/builtins.h"
#include "builtins/date_object.h"
#include "runtime/abstract_ops.h"
#include "runtime/date_math.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cmath>

namespace yjs {

DateObject::DateObject(Shape* shape, double date_value) : JSObject(shape), date_value_(date_value) {
    set_ordinary_methods(true, true);
}

DateObject* create_date_object(VM& vm, JSObject* prototype, double date_value) {
    return vm.heap().allocate<DateObject>(Shape::create_root(vm, prototype), date_value);
}

namespace {

double parse_date_string(JSString* string) {
    return string->is_8bit() ? ParseDate(string->latin1_view()) : ParseDate(string->utf16_view());
}

// The time value of the date components year, month [, date [, hours [, minutes [, seconds [, ms]]]]]
// (as Numbers already converted), before UTC/TimeClip: MakeDate(MakeDay(MakeFullYear(y), m, dt),
// MakeTime(h, min, s, milli)).
ThrowCompletionOr<double> date_from_components(VM& vm, std::span<const Value> values) {
    double components[7] = {0, 0, 1, 0, 0, 0, 0};
    for (std::size_t i = 0; i < values.size() && i < 7; ++i) components[i] = TRY(ToNumber(vm, values[i]));
    double year = MakeFullYear(components[0]);
    return MakeDate(MakeDay(year, components[1], components[2]),
                    MakeTime(components[3], components[4], components[5], components[6]));
}

// Date ( ...values )
ThrowCompletionOr<Value> date_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, return ToDateString(the current time).
    if (!call.new_target) return Value(JSString::from_ascii(vm, ToDateString(current_time_ms())));
    std::size_t count = call.argument_count();
    double tv;
    if (count == 0) {
        tv = current_time_ms();
    } else if (count == 1) {
        Value value = call.argument(0);
        if (auto* date = as_if<DateObject>(value)) {
            tv = date->date_value();
        } else {
            // b. Let v be ? ToPrimitive(value); a String is parsed, anything else converted.
            Value v = TRY(ToPrimitive(vm, value));
            if (v.is_string()) tv = parse_date_string(v.as_string());
            else tv = TRY(ToNumber(vm, v));
        }
    } else {
        tv = UTC(TRY(date_from_components(vm, call.arguments)));
    }
    // 6. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Date.prototype%", « [[DateValue]] »).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::DatePrototype));
    return Value(create_date_object(vm, prototype, TimeClip(tv)));
}

// Date.now ( )
ThrowCompletionOr<Value> date_now(VM&, const NativeCallInfo&) { return Value(current_time_ms()); }

// Date.parse ( string )
ThrowCompletionOr<Value> date_parse(VM& vm, const NativeCallInfo& call) {
    JSString* string = TRY(ToString(vm, call.argument(0)));
    return Value(parse_date_string(string));
}

// Date.UTC ( year [ , month [ , date [ , hours [ , minutes [ , seconds [ , ms ] ] ] ] ] ] )
ThrowCompletionOr<Value> date_utc(VM& vm, const NativeCallInfo& call) {
    std::span<const Value> values = call.arguments;
    Value year_only[] = {Value::undefined()};
    if (values.empty()) values = year_only;
    return Value(TimeClip(TRY(date_from_components(vm, values))));
}

} // namespace

void initialize_date_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor = make_constructor(vm, realm, "Date", date_constructor, 7,
                                                   realm.intrinsic(Intrinsic::DatePrototype),
                                                   Intrinsic::DateConstructor);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "now"), date_now, 0);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "parse"), date_parse, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "UTC"), date_utc, 7);
    define_global_property(vm, realm, "Date", constructor);
}

} // namespace yjs
