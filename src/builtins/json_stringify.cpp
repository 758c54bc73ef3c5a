// JSON.stringify (25.5.2). The output is written into one builder as the serialization proceeds; a member
// or element is only started once its value is known to serialize to something (not undefined).
#include "builtins/json.h"
#include "builtins/string_builder.h"
#include "runtime/abstract_ops.h"
#include "runtime/number_conversion.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/string.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace yjs {

namespace {

// The JSON Serialization Record.
struct JSONSerializer {
    explicit JSONSerializer(VM& vm) : vm(vm), stack(vm.heap()), property_list(vm.heap()) {}

    VM& vm;
    Value replacer_function = Value::undefined(); // [[ReplacerFunction]]
    MarkedValueVector stack;                      // [[Stack]]
    std::u16string indent;                        // [[Indent]]
    std::u16string gap;                           // [[Gap]]
    MarkedValueVector property_list;              // [[PropertyList]] (strings)
    bool has_property_list = false;
    StringBuilder out;

    ThrowCompletionOr<Value> resolve_value(Value holder, Value key);
    ThrowCompletionOr<void> serialize_value(Value value);
    ThrowCompletionOr<void> serialize_object(JSObject*);
    ThrowCompletionOr<void> serialize_array(JSObject*);
    ThrowCompletionOr<void> enter(JSObject*);
    bool write(JSString* s) { return out.append(s); }
    bool write(std::u16string_view s) { return out.append_utf16(s); }
    bool write_ascii(std::string_view s) { return out.append_ascii(s); }
};

// QuoteJSONString ( value )
bool QuoteJSONString(StringBuilder& out, JSString* value) {
    if (!out.append(u'"')) return false;
    std::uint32_t length = value->length();
    // Runs of Latin-1 characters that need no escape are copied at once.
    std::string_view latin1 = value->is_8bit() ? value->latin1_view() : std::string_view();
    for (std::uint32_t i = 0; i < length; ++i) {
        if (value->is_8bit()) {
            std::uint32_t end = i;
            while (end < length && static_cast<unsigned char>(latin1[end]) >= 0x20 && latin1[end] != '"' &&
                   latin1[end] != '\\')
                ++end;
            if (end > i) {
                if (!out.append_latin1(latin1.substr(i, end - i))) return false;
                i = end - 1;
                continue;
            }
        }
        char16_t c = value->at(i);
        bool ok;
        switch (c) {
        case u'\b': ok = out.append_ascii("\\b"); break;
        case u'\t': ok = out.append_ascii("\\t"); break;
        case u'\n': ok = out.append_ascii("\\n"); break;
        case u'\f': ok = out.append_ascii("\\f"); break;
        case u'\r': ok = out.append_ascii("\\r"); break;
        case u'"': ok = out.append_ascii("\\\""); break;
        case u'\\': ok = out.append_ascii("\\\\"); break;
        default: {
            bool lone_surrogate = false;
            if (is_leading_surrogate(c)) {
                if (i + 1 < length && is_trailing_surrogate(value->at(i + 1))) {
                    ok = out.append(c) && out.append(value->at(i + 1));
                    ++i;
                    break;
                }
                lone_surrogate = true;
            } else if (is_trailing_surrogate(c)) {
                lone_surrogate = true;
            }
            if (c < 0x20 || lone_surrogate) {
                static constexpr char kHex[] = "0123456789abcdef";
                char escape[] = {'\\', 'u', kHex[(c >> 12) & 0xF], kHex[(c >> 8) & 0xF], kHex[(c >> 4) & 0xF],
                                 kHex[c & 0xF]};
                ok = out.append_ascii(std::string_view(escape, 6));
            } else {
                ok = out.append(c);
            }
        }
        }
        if (!ok) return false;
    }
    return out.append(u'"');
}

// Steps 1-4 of SerializeJSONProperty: the value to serialize for holder[key] after toJSON, the replacer
// function and unwrapping of primitive wrapper objects.
ThrowCompletionOr<Value> JSONSerializer::resolve_value(Value holder, Value key) {
    // 1. Let value be ? Get(holder, key).
    Value value = TRY(holder.as_object()->get(vm, PropertyKey::from_value(vm, key)));
    // 2. If value is an Object or a BigInt, call its toJSON method if it has one.
    if (value.is_object() || value.is_bigint()) {
        Value to_json = TRY(GetV(vm, value, vm.names().toJSON));
        if (IsCallable(to_json)) {
            Value arguments[] = {key};
            value = TRY(Call(vm, to_json, value, arguments));
        }
    }
    // 3. If state.[[ReplacerFunction]] is not undefined, call it.
    if (!replacer_function.is_undefined()) {
        Value arguments[] = {key, value};
        value = TRY(Call(vm, replacer_function, holder, arguments));
    }
    // 4. Unwrap Number, String, Boolean and BigInt objects.
    if (auto* wrapper = as_if<PrimitiveWrapper>(value)) {
        Value primitive = wrapper->primitive_value();
        if (primitive.is_number()) value = Value(TRY(ToNumber(vm, value)));
        else if (primitive.is_string()) value = Value(TRY(ToString(vm, value)));
        else if (primitive.is_boolean() || primitive.is_bigint()) value = primitive;
    }
    return value;
}

// Whether a resolved value serializes to a String (SerializeJSONProperty step 12 returns undefined for
// the others).
bool is_serializable(Value value) {
    if (value.is_undefined() || value.is_symbol()) return false;
    if (value.is_object() && value.as_object()->is_callable()) return false;
    return true;
}

// Steps 5-11 of SerializeJSONProperty for a serializable value.
ThrowCompletionOr<void> JSONSerializer::serialize_value(Value value) {
    bool ok = true;
    if (value.is_null()) {
        ok = write_ascii("null");
    } else if (value.is_boolean()) {
        ok = write_ascii(value.as_boolean() ? "true" : "false");
    } else if (value.is_string()) {
        ok = QuoteJSONString(out, value.as_string());
    } else if (value.is_number()) {
        double number = value.as_number();
        ok = std::isfinite(number) ? write_ascii(NumberToString(number)) : write_ascii("null");
    } else if (value.is_bigint()) {
        return vm.throw_type_error("Do not know how to serialize a BigInt");
    } else if (auto* raw = as_if<RawJSONObject>(value)) {
        // A JSON.rawJSON object: its frozen "rawJSON" string, as it is.
        Value text = TRY(raw->get(vm, PropertyKey::from_ascii(vm, "rawJSON")));
        ok = out.append(text.as_string());
    } else {
        JSObject* object = value.as_object();
        if (TRY(IsArray(vm, value))) return serialize_array(object);
        return serialize_object(object);
    }
    if (!ok) return throw_string_length_error(vm);
    return {};
}

ThrowCompletionOr<void> JSONSerializer::enter(JSObject* object) {
    TRY(vm.check_native_stack());
    // 1. If state.[[Stack]] contains value, throw a TypeError exception because the structure is cyclical.
    for (Value entry : stack)
        if (entry.as_object() == object) return vm.throw_type_error("Converting circular structure to JSON");
    stack.push_back(object);
    return {};
}

// SerializeJSONObject ( state, value )
ThrowCompletionOr<void> JSONSerializer::serialize_object(JSObject* value) {
    TRY(enter(value));
    std::u16string stepback = indent;
    indent += gap;
    MarkedValueVector keys(vm.heap());
    if (has_property_list) {
        for (Value key : property_list) keys.push_back(key);
    } else {
        MarkedValueVector own_keys = TRY(EnumerableOwnProperties(vm, value, PropertyKind::Key));
        keys.items().swap(own_keys.items());
    }
    bool any = false;
    for (Value p : keys) {
        Value resolved = TRY(resolve_value(value, p));
        if (!is_serializable(resolved)) continue;
        bool ok = write(any ? u"," : u"{");
        if (!gap.empty()) ok = ok && write(u"\n") && write(indent);
        ok = ok && QuoteJSONString(out, p.as_string()) && write(u":");
        if (!gap.empty()) ok = ok && write(u" ");
        if (!ok) return throw_string_length_error(vm);
        any = true;
        TRY(serialize_value(resolved));
    }
    bool ok;
    if (!any) ok = write(u"{}");
    else if (gap.empty()) ok = write(u"}");
    else ok = write(u"\n") && write(stepback) && write(u"}");
    if (!ok) return throw_string_length_error(vm);
    stack.pop_back();
    indent = std::move(stepback);
    return {};
}

// SerializeJSONArray ( state, value )
ThrowCompletionOr<void> JSONSerializer::serialize_array(JSObject* value) {
    TRY(enter(value));
    std::u16string stepback = indent;
    indent += gap;
    std::uint64_t length = TRY(LengthOfArrayLike(vm, value));
    for (std::uint64_t index = 0; index < length; ++index) {
        bool ok = write(index == 0 ? u"[" : u",");
        if (!gap.empty()) ok = ok && write(u"\n") && write(indent);
        if (!ok) return throw_string_length_error(vm);
        Value key = Value(NumberToString(vm, static_cast<double>(index)));
        Value resolved = TRY(resolve_value(value, key));
        if (!is_serializable(resolved)) {
            if (!write_ascii("null")) return throw_string_length_error(vm);
        } else {
            TRY(serialize_value(resolved));
        }
    }
    bool ok;
    if (length == 0) ok = write(u"[]");
    else if (gap.empty()) ok = write(u"]");
    else ok = write(u"\n") && write(stepback) && write(u"]");
    if (!ok) return throw_string_length_error(vm);
    stack.pop_back();
    indent = std::move(stepback);
    return {};
}

} // namespace

ThrowCompletionOr<Value> JSONStringify(VM& vm, const NativeCallInfo& call) {
    Value value = call.argument(0);
    Value replacer = call.argument(1);
    Value space = call.argument(2);
    JSONSerializer state(vm);
    // 4. If replacer is an Object: a replacer function or a property list.
    if (replacer.is_object()) {
        if (IsCallable(replacer)) {
            state.replacer_function = replacer;
        } else if (TRY(IsArray(vm, replacer))) {
            state.has_property_list = true;
            JSObject* list = replacer.as_object();
            std::uint64_t length = TRY(LengthOfArrayLike(vm, list));
            for (std::uint64_t k = 0; k < length; ++k) {
                PropertyKey key = k <= 0xFFFFFFFEull ? PropertyKey::from_index(static_cast<std::uint32_t>(k))
                                                     : PropertyKey::from_string(vm, NumberToString(vm, double(k)));
                Value v = TRY(list->get(vm, key));
                JSString* item = nullptr;
                if (v.is_string()) {
                    item = v.as_string();
                } else if (v.is_number()) {
                    item = TRY(ToString(vm, v));
                } else if (auto* wrapper = as_if<PrimitiveWrapper>(v)) {
                    if (wrapper->primitive_value().is_string() || wrapper->primitive_value().is_number())
                        item = TRY(ToString(vm, v));
                }
                if (!item) continue;
                bool present = std::any_of(state.property_list.begin(), state.property_list.end(),
                                           [&](Value existing) { return existing.as_string()->equals(item); });
                if (!present) state.property_list.push_back(item);
            }
        }
    }
    // 5. Unwrap a Number or String object space.
    if (auto* wrapper = as_if<PrimitiveWrapper>(space)) {
        if (wrapper->primitive_value().is_number()) space = Value(TRY(ToNumber(vm, space)));
        else if (wrapper->primitive_value().is_string()) space = Value(TRY(ToString(vm, space)));
    }
    if (space.is_number()) {
        // 6. Let spaceMV be min(10, ! ToIntegerOrInfinity(space)).
        double space_mv = std::min(10.0, ToIntegerOrInfinity(space.as_number()));
        if (space_mv >= 1) state.gap.assign(static_cast<std::size_t>(space_mv), u' ');
    } else if (space.is_string()) {
        // 7. The first 10 code units of space.
        JSString* s = space.as_string();
        for (std::uint32_t i = 0; i < std::min<std::uint32_t>(10, s->length()); ++i) state.gap.push_back(s->at(i));
    }
    // 9-10. The wrapper object { "": value }.
    JSObject* wrapper = JSObject::create(vm, vm.current_realm().intrinsic(Intrinsic::ObjectPrototype));
    (void)wrapper->create_data_property(vm, vm.names().empty_string, value);
    Value resolved = TRY(state.resolve_value(wrapper, vm.names().empty_string.to_value(vm)));
    if (!is_serializable(resolved)) return Value::undefined();
    TRY(state.serialize_value(resolved));
    return Value(state.out.build(vm));
}

} // namespace yjs
