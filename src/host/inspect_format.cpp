// util.format: console.log's argument formatting with printf-like placeholders.
#include "host/inspect_internal.h"
#include "runtime/abstract_ops.h"
#include "runtime/number_conversion.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace yjs {

namespace {

// Names of the standard global constructors and namespaces: objects whose toString comes from one of
// them are shown with inspect by %s, anything with a user-defined toString is converted with it.
bool is_builtin_constructor_name(std::u16string_view name) {
    static constexpr std::array<std::u16string_view, 51> kNames = {u"AggregateError",
                                                                   u"Array",
                                                                   u"ArrayBuffer",
                                                                   u"Atomics",
                                                                   u"BigInt",
                                                                   u"BigInt64Array",
                                                                   u"BigUint64Array",
                                                                   u"Boolean",
                                                                   u"DataView",
                                                                   u"Date",
                                                                   u"Error",
                                                                   u"EvalError",
                                                                   u"FinalizationRegistry",
                                                                   u"Float32Array",
                                                                   u"Float64Array",
                                                                   u"Function",
                                                                   u"Int16Array",
                                                                   u"Int32Array",
                                                                   u"Int8Array",
                                                                   u"Intl",
                                                                   u"Iterator",
                                                                   u"JSON",
                                                                   u"Map",
                                                                   u"Math",
                                                                   u"Number",
                                                                   u"Object",
                                                                   u"Promise",
                                                                   u"Proxy",
                                                                   u"RangeError",
                                                                   u"ReferenceError",
                                                                   u"Reflect",
                                                                   u"RegExp",
                                                                   u"Set",
                                                                   u"SharedArrayBuffer",
                                                                   u"String",
                                                                   u"SuppressedError",
                                                                   u"Symbol",
                                                                   u"SyntaxError",
                                                                   u"TypeError",
                                                                   u"URIError",
                                                                   u"Uint16Array",
                                                                   u"Uint32Array",
                                                                   u"Uint8Array",
                                                                   u"Uint8ClampedArray",
                                                                   u"WeakMap",
                                                                   u"WeakRef",
                                                                   u"WeakSet",
                                                                   u"WebAssembly",
                                                                   u"DisposableStack",
                                                                   u"AsyncDisposableStack",
                                                                   u"ShadowRealm"};
    return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

// Whether `object`'s toString is a built-in one (or it has none): then %s inspects it.
ThrowCompletionOr<bool> has_builtin_to_string(VM& vm, JSObject* object) {
    while (object->is_proxy()) {
        object = object->proxy_target();
        if (!object) return true;
    }
    PropertyKey to_string = vm.names().toString;
    Value method = TRY(object->get(vm, to_string));
    if (!IsCallable(method)) return true;
    if (TRY(object->has_own_property(vm, to_string))) return false;
    JSObject* holder = object;
    do {
        holder = TRY(holder->internal_get_prototype_of(vm));
        if (!holder) return true;
    } while (!TRY(holder->has_own_property(vm, to_string)));
    auto descriptor = TRY(holder->internal_get_own_property(vm, vm.names().constructor));
    if (!descriptor || !descriptor->value || !IsCallable(*descriptor->value)) return false;
    Value name = TRY(descriptor->value->as_object()->get(vm, vm.names().name));
    return name.is_string() && is_builtin_constructor_name(to_u16(name.as_string()));
}

ThrowCompletionOr<std::u16string> string_placeholder(VM& vm, Value argument) {
    if (argument.is_number()) return format_number(argument.as_number());
    if (argument.is_bigint()) return to_u16(TRY(ToString(vm, argument))) + u"n";
    if (argument.is_symbol()) return to_u16(argument.as_symbol()->descriptive_string(vm));
    if (!argument.is_object() || argument.as_object()->is_callable() ||
        !TRY(has_builtin_to_string(vm, argument.as_object())))
        return to_u16(TRY(ToString(vm, argument)));
    InspectOptions options;
    options.depth = 0;
    return inspect(vm, argument, options);
}

ThrowCompletionOr<std::u16string> json_placeholder(VM& vm, Value argument) {
    JSObject* json = vm.current_realm().intrinsic(Intrinsic::JSONObject);
    auto stringify = json ? json->lookup_own_storage(PropertyKey::from_ascii(vm, "stringify")) : std::nullopt;
    if (!stringify || !IsCallable(stringify->value))
        return vm.throw_type_error("JSON.stringify is not available");
    auto result = Call(vm, stringify->value, json, std::span<const Value>(&argument, 1));
    if (result.is_error()) {
        // A circular structure prints as [Circular]; other errors propagate.
        Value exception = vm.exception();
        if (exception.is_object()) {
            auto message = exception.as_object()->get(vm, vm.names().message);
            if (message.is_error()) return kThrowCompletion;
            std::u16string text = message.value().is_string() ? to_u16(message.value().as_string()) : u"";
            std::transform(text.begin(), text.end(), text.begin(), [](char16_t c) {
                return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c;
            });
            if (contains(text, u"circular")) {
                vm.clear_exception();
                return std::u16string(u"[Circular]");
            }
        }
        return kThrowCompletion;
    }
    return to_u16(TRY(ToString(vm, result.value())));
}

ThrowCompletionOr<std::u16string> number_placeholder(VM& vm, Value argument, char16_t kind) {
    if (argument.is_bigint() && kind != u'f') return to_u16(TRY(ToString(vm, argument))) + u"n";
    if (argument.is_symbol()) return std::u16string(u"NaN");
    if (kind == u'd') return format_number(TRY(ToNumber(vm, argument)));
    std::u16string text = to_u16(TRY(ToString(vm, argument)));
    return format_number(kind == u'i' ? ParseInt(text, 0) : ParseFloat(text));
}

} // namespace

ThrowCompletionOr<std::u16string> format_arguments(VM& vm, std::span<const Value> arguments) {
    std::u16string out;
    std::size_t next = 0;
    const char16_t* separator = u"";
    if (!arguments.empty() && arguments[0].is_string()) {
        std::u16string format = to_u16(arguments[0].as_string());
        if (arguments.size() == 1) return format;
        next = 1;
        std::size_t copied = 0; // format[copied, i) is still to be copied
        for (std::size_t i = 0; i + 1 < format.size(); ++i) {
            if (format[i] != u'%') continue;
            char16_t kind = format[++i];
            if (kind == u'%') {
                out.append(format, copied, i - copied);
                copied = i + 1;
                continue;
            }
            if (next == arguments.size()) continue;
            std::u16string replacement;
            switch (kind) {
            case u's':
                replacement = TRY(string_placeholder(vm, arguments[next++]));
                break;
            case u'j':
                replacement = TRY(json_placeholder(vm, arguments[next++]));
                break;
            case u'd':
            case u'i':
            case u'f':
                replacement = TRY(number_placeholder(vm, arguments[next++], kind));
                break;
            case u'O':
                replacement = TRY(inspect(vm, arguments[next++]));
                break;
            case u'o': {
                InspectOptions options;
                options.show_hidden = true;
                options.show_proxy = true;
                options.depth = 4;
                replacement = TRY(inspect(vm, arguments[next++], options));
                break;
            }
            case u'c':
                ++next;
                break;
            default:
                continue;
            }
            out.append(format, copied, i - 1 - copied);
            out += replacement;
            copied = i + 1;
        }
        if (copied != 0) {
            separator = u" ";
            out.append(format, copied);
        } else {
            next = 0;
        }
    }
    for (; next < arguments.size(); ++next) {
        out += separator;
        separator = u" ";
        Value argument = arguments[next];
        out += argument.is_string() ? to_u16(argument.as_string()) : TRY(inspect(vm, argument));
    }
    return out;
}

} // namespace yjs
