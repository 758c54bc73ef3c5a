// %Date.prototype% (21.4.4) and its Annex B additions (getYear, setYear, toGMTString).
#include "builtins/builtins.h"
#include "builtins/date_object.h"
#include "runtime/abstract_ops.h"
#include "runtime/date_math.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

namespace yjs {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// RequireInternalSlot(dateObject, [[DateValue]]).
ThrowCompletionOr<DateObject*> this_date(VM& vm, Value value) {
    auto* date = as_if<DateObject>(value);
    if (!date) return vm.throw_type_error("this is not a Date object.");
    return date;
}

// --- Getters ---

// A getter returning component(t) of the time value, in local time when `local`.
template <double (*component)(double), bool local> ThrowCompletionOr<Value> getter(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = date->date_value();
    if (std::isnan(t)) return Value(kNaN);
    return Value(component(local ? LocalTime(t) : t));
}

// Date.prototype.getTimezoneOffset ( )
ThrowCompletionOr<Value> date_get_timezone_offset(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = date->date_value();
    if (std::isnan(t)) return Value(kNaN);
    return Value((t - LocalTime(t)) / kMsPerMinute);
}

// Date.prototype.getYear ( ) (B.2.3.1)
ThrowCompletionOr<Value> date_get_year(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = date->date_value();
    if (std::isnan(t)) return Value(kNaN);
    return Value(YearFromTime(LocalTime(t)) - 1900);
}

// --- Setters ---

// Stores TimeClip(local ? UTC(date) : date) as the new [[DateValue]] and returns it.
Value store(DateObject* object, double date, bool local) {
    double u = TimeClip(local ? UTC(date) : date);
    object->set_date_value(u);
    return Value(u);
}

// setMilliseconds / setUTCMilliseconds ( ms )
template <bool local> ThrowCompletionOr<Value> set_milliseconds(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = date->date_value();
    double ms = TRY(ToNumber(vm, call.argument(0)));
    if (std::isnan(t)) return Value(kNaN);
    if (local) t = LocalTime(t);
    double time = MakeTime(HourFromTime(t), MinFromTime(t), SecFromTime(t), ms);
    return store(date, MakeDate(Day(t), time), local);
}

// setSeconds / setUTCSeconds ( sec [ , ms ] )
template <bool local> ThrowCompletionOr<Value> set_seconds(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = date->date_value();
    double s = TRY(ToNumber(vm, call.argument(0)));
    std::optional<double> ms;
    if (call.argument_count() > 1) ms = TRY(ToNumber(vm, call.arguments[1]));
    if (std::isnan(t)) return Value(kNaN);
    if (local) t = LocalTime(t);
    double time = MakeTime(HourFromTime(t), MinFromTime(t), s, ms.value_or(msFromTime(t)));
    return store(date, MakeDate(Day(t), time), local);
}

// setMinutes / setUTCMinutes ( min [ , sec [ , ms ] ] )
template <bool local> ThrowCompletionOr<Value> set_minutes(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = date->date_value();
    double m = TRY(ToNumber(vm, call.argument(0)));
    std::optional<double> s;
    std::optional<double> ms;
    if (call.argument_count() > 1) s = TRY(ToNumber(vm, call.arguments[1]));
    if (call.argument_count() > 2) ms = TRY(ToNumber(vm, call.arguments[2]));
    if (std::isnan(t)) return Value(kNaN);
    if (local) t = LocalTime(t);
    double time = MakeTime(HourFromTime(t), m, s.value_or(SecFromTime(t)), ms.value_or(msFromTime(t)));
    return store(date, MakeDate(Day(t), time), local);
}

// setHours / setUTCHours ( hour [ , min [ , sec [ , ms ] ] ] )
template <bool local> ThrowCompletionOr<Value> set_hours(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = date->date_value();
    double h = TRY(ToNumber(vm, call.argument(0)));
    std::optional<double> m;
    std::optional<double> s;
    std::optional<double> ms;
    if (call.argument_count() > 1) m = TRY(ToNumber(vm, call.arguments[1]));
    if (call.argument_count() > 2) s = TRY(ToNumber(vm, call.arguments[2]));
    if (call.argument_count() > 3) ms = TRY(ToNumber(vm, call.arguments[3]));
    if (std::isnan(t)) return Value(kNaN);
    if (local) t = LocalTime(t);
    double time = MakeTime(h, m.value_or(MinFromTime(t)), s.value_or(SecFromTime(t)), ms.value_or(msFromTime(t)));
    return store(date, MakeDate(Day(t), time), local);
}

// setDate / setUTCDate ( date )
template <bool local> ThrowCompletionOr<Value> set_date(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = date->date_value();
    double dt = TRY(ToNumber(vm, call.argument(0)));
    if (std::isnan(t)) return Value(kNaN);
    if (local) t = LocalTime(t);
    double new_date = MakeDate(MakeDay(YearFromTime(t), MonthFromTime(t), dt), TimeWithinDay(t));
    return store(date, new_date, local);
}

// setMonth / setUTCMonth ( month [ , date ] )
template <bool local> ThrowCompletionOr<Value> set_month(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = date->date_value();
    double m = TRY(ToNumber(vm, call.argument(0)));
    std::optional<double> dt;
    if (call.argument_count() > 1) dt = TRY(ToNumber(vm, call.arguments[1]));
    if (std::isnan(t)) return Value(kNaN);
    if (local) t = LocalTime(t);
    double new_date = MakeDate(MakeDay(YearFromTime(t), m, dt.value_or(DateFromTime(t))), TimeWithinDay(t));
    return store(date, new_date, local);
}

// setFullYear / setUTCFullYear ( year [ , month [ , date ] ] )
template <bool local> ThrowCompletionOr<Value> set_full_year(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = date->date_value();
    double y = TRY(ToNumber(vm, call.argument(0)));
    // 5. If t is NaN, set t to +0𝔽; otherwise, set t to LocalTime(t).
    if (std::isnan(t)) t = 0;
    else if (local) t = LocalTime(t);
    std::optional<double> m;
    std::optional<double> dt;
    if (call.argument_count() > 1) m = TRY(ToNumber(vm, call.arguments[1]));
    if (call.argument_count() > 2) dt = TRY(ToNumber(vm, call.arguments[2]));
    double new_date =
        MakeDate(MakeDay(y, m.value_or(MonthFromTime(t)), dt.value_or(DateFromTime(t))), TimeWithinDay(t));
    return store(date, new_date, local);
}

// Date.prototype.setTime ( time )
ThrowCompletionOr<Value> date_set_time(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = TRY(ToNumber(vm, call.argument(0)));
    double v = TimeClip(t);
    date->set_date_value(v);
    return Value(v);
}

// Date.prototype.setYear ( year ) (B.2.3.2)
ThrowCompletionOr<Value> date_set_year(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = date->date_value();
    double y = TRY(ToNumber(vm, call.argument(0)));
    t = std::isnan(t) ? 0 : LocalTime(t);
    double yyyy = MakeFullYear(y);
    double d = MakeDay(yyyy, MonthFromTime(t), DateFromTime(t));
    return store(date, MakeDate(d, TimeWithinDay(t)), true);
}

// --- String conversions ---

template <std::string (*format)(double)> ThrowCompletionOr<Value> to_string_method(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    return Value(JSString::from_ascii(vm, format(date->date_value())));
}

// Date.prototype.toISOString ( )
ThrowCompletionOr<Value> date_to_iso_string(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    auto result = DateToISOString(date->date_value());
    if (!result) return vm.throw_range_error("Invalid time value");
    return Value(JSString::from_ascii(vm, *result));
}

// Date.prototype.toJSON ( key )
ThrowCompletionOr<Value> date_to_json(VM& vm, const NativeCallInfo& call) {
    JSObject* o = TRY(ToObject(vm, call.this_value));
    Value tv = TRY(ToPrimitive(vm, o, PreferredType::Number));
    if (tv.is_number() && !std::isfinite(tv.as_number())) return Value::null();
    return Invoke(vm, o, PropertyKey::from_ascii(vm, "toISOString"));
}

// The en-US formats of Node's toLocale*String: "11/23/2026", "3:40:00 PM".
std::string locale_date(double local) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.0f/%.0f/%.0f", MonthFromTime(local) + 1, DateFromTime(local),
                  YearFromTime(local));
    return buffer;
}

std::string locale_time(double local) {
    double hour = HourFromTime(local);
    double hour12 = std::fmod(hour, 12) == 0 ? 12 : std::fmod(hour, 12);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.0f:%02.0f:%02.0f %s", hour12, MinFromTime(local), SecFromTime(local),
                  hour < 12 ? "AM" : "PM");
    return buffer;
}

enum class LocaleFormat { DateAndTime, Date, Time };

template <LocaleFormat format> ThrowCompletionOr<Value> to_locale_string(VM& vm, const NativeCallInfo& call) {
    DateObject* date = TRY(this_date(vm, call.this_value));
    double t = date->date_value();
    if (std::isnan(t)) return Value(JSString::from_ascii(vm, "Invalid Date"));
    double local = LocalTime(t);
    std::string result;
    if (format == LocaleFormat::Date) result = locale_date(local);
    else if (format == LocaleFormat::Time) result = locale_time(local);
    else result = locale_date(local) + ", " + locale_time(local);
    return Value(JSString::from_ascii(vm, result));
}

// Date.prototype.valueOf ( ) and getTime ( )
ThrowCompletionOr<Value> date_value_of(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(this_date(vm, call.this_value))->date_value());
}

// Date.prototype [ %Symbol.toPrimitive% ] ( hint )
ThrowCompletionOr<Value> date_to_primitive(VM& vm, const NativeCallInfo& call) {
    if (!call.this_value.is_object())
        return vm.throw_type_error("Date.prototype[Symbol.toPrimitive] called on non-object");
    Value hint = call.argument(0);
    PreferredType try_first;
    auto hint_is = [&](const char* name) {
        if (!hint.is_string()) return false;
        JSString* s = hint.as_string();
        std::string_view expected(name);
        if (s->length() != expected.size()) return false;
        for (std::uint32_t i = 0; i < s->length(); ++i)
            if (s->at(i) != static_cast<char16_t>(expected[i])) return false;
        return true;
    };
    if (hint_is("string") || hint_is("default")) try_first = PreferredType::String;
    else if (hint_is("number")) try_first = PreferredType::Number;
    else return vm.throw_type_error("Invalid hint: " + describe_value(hint));
    return OrdinaryToPrimitive(vm, call.this_value.as_object(), try_first);
}

} // namespace

void initialize_date_prototype(VM& vm, Realm& realm) {
    // %Date.prototype% is an ordinary object (not a Date instance).
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::DatePrototype);
    struct Method {
        const char* name;
        JSObject::NativeFunctionPointer function;
        std::uint32_t length;
    };
    static constexpr Method kMethods[] = {
        {"getDate", getter<DateFromTime, true>, 0},
        {"getDay", getter<WeekDay, true>, 0},
        {"getFullYear", getter<YearFromTime, true>, 0},
        {"getHours", getter<HourFromTime, true>, 0},
        {"getMilliseconds", getter<msFromTime, true>, 0},
        {"getMinutes", getter<MinFromTime, true>, 0},
        {"getMonth", getter<MonthFromTime, true>, 0},
        {"getSeconds", getter<SecFromTime, true>, 0},
        {"getTime", date_value_of, 0},
        {"getTimezoneOffset", date_get_timezone_offset, 0},
        {"getUTCDate", getter<DateFromTime, false>, 0},
        {"getUTCDay", getter<WeekDay, false>, 0},
        {"getUTCFullYear", getter<YearFromTime, false>, 0},
        {"getUTCHours", getter<HourFromTime, false>, 0},
        {"getUTCMilliseconds", getter<msFromTime, false>, 0},
        {"getUTCMinutes", getter<MinFromTime, false>, 0},
        {"getUTCMonth", getter<MonthFromTime, false>, 0},
        {"getUTCSeconds", getter<SecFromTime, false>, 0},
        {"getYear", date_get_year, 0},
        {"setDate", set_date<true>, 1},
        {"setFullYear", set_full_year<true>, 3},
        {"setHours", set_hours<true>, 4},
        {"setMilliseconds", set_milliseconds<true>, 1},
        {"setMinutes", set_minutes<true>, 3},
        {"setMonth", set_month<true>, 2},
        {"setSeconds", set_seconds<true>, 2},
        {"setTime", date_set_time, 1},
        {"setUTCDate", set_date<false>, 1},
        {"setUTCFullYear", set_full_year<false>, 3},
        {"setUTCHours", set_hours<false>, 4},
        {"setUTCMilliseconds", set_milliseconds<false>, 1},
        {"setUTCMinutes", set_minutes<false>, 3},
        {"setUTCMonth", set_month<false>, 2},
        {"setUTCSeconds", set_seconds<false>, 2},
        {"setYear", date_set_year, 1},
        {"toDateString", to_string_method<DateToDateString>, 0},
        {"toISOString", date_to_iso_string, 0},
        {"toJSON", date_to_json, 1},
        {"toLocaleDateString", to_locale_string<LocaleFormat::Date>, 0},
        {"toLocaleString", to_locale_string<LocaleFormat::DateAndTime>, 0},
        {"toLocaleTimeString", to_locale_string<LocaleFormat::Time>, 0},
        {"toString", to_string_method<ToDateString>, 0},
        {"toTimeString", to_string_method<DateToTimeString>, 0},
        {"valueOf", date_value_of, 0},
    };
    for (const Method& method : kMethods)
        prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, method.name), method.function,
                                          method.length);
    // toUTCString, and its Annex B alias toGMTString (the same function object).
    JSObject* to_utc_string = prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "toUTCString"),
                                                                to_string_method<DateToUTCString>, 0);
    prototype->define_direct_property(vm, PropertyKey::from_ascii(vm, "toGMTString"), to_utc_string,
                                      kBuiltinAttributes);
    define_symbol_method(vm, realm, prototype, vm.well_known_symbols().toPrimitive, date_to_primitive, 1,
                         kConfigurable);
}

} // namespace yjs
