// Annex B additions to %String.prototype% (B.2.2): substr and the HTML methods.
#include "builtins/string_builder.h"
#include "builtins/string_prototype.h"
#include "runtime/abstract_ops.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <algorithm>
#include <string>

namespace yjs {

namespace {

// String.prototype.substr ( start, length )
ThrowCompletionOr<Value> string_substr(VM& vm, const NativeCallInfo& call) {
    if (call.this_value.is_nullish())
        return vm.throw_type_error("String.prototype.substr called on null or undefined");
    JSString* s = TRY(ToString(vm, call.this_value));
    double size = s->length();
    // 4-7. Let intStart be ? ToIntegerOrInfinity(start), resolved against size.
    double int_start = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    if (int_start < 0) int_start = std::max(size + int_start, 0.0);
    else int_start = std::min(int_start, size);
    // 8-9. If length is undefined, let intLength be size; otherwise ? ToIntegerOrInfinity(length); clamp.
    double int_length = call.argument(1).is_undefined() ? size : TRY(ToIntegerOrInfinity(vm, call.argument(1)));
    int_length = std::clamp(int_length, 0.0, size);
    double int_end = std::min(int_start + int_length, size);
    if (int_start >= int_end) return Value(vm.atoms().empty_string());
    return Value(JSString::substring(vm, s, static_cast<std::uint32_t>(int_start), static_cast<std::uint32_t>(int_end)));
}

// CreateHTML ( string, tag, attribute, value )
ThrowCompletionOr<Value> CreateHTML(VM& vm, Value string, const char* method, std::string_view tag,
                                    std::string_view attribute = {}, Value value = Value::undefined()) {
    if (string.is_nullish())
        return vm.throw_type_error(std::string("String.prototype.") + method + " called on null or undefined");
    JSString* s = TRY(ToString(vm, string));
    StringBuilder p;
    (void)p.append_ascii("<");
    (void)p.append_ascii(tag);
    if (!attribute.empty()) {
        JSString* v = TRY(ToString(vm, value));
        (void)p.append_ascii(" ");
        (void)p.append_ascii(attribute);
        (void)p.append_ascii("=\"");
        for (std::uint32_t i = 0; i < v->length(); ++i) {
            char16_t c = v->at(i);
            bool ok = c == u'"' ? p.append_ascii("&quot;") : p.append(c);
            if (!ok) return throw_string_length_error(vm);
        }
        (void)p.append_ascii("\"");
    }
    (void)p.append_ascii(">");
    if (!p.append(s)) return throw_string_length_error(vm);
    if (!p.append_ascii("</") || !p.append_ascii(tag) || !p.append_ascii(">")) return throw_string_length_error(vm);
    return Value(p.build(vm));
}

ThrowCompletionOr<Value> string_anchor(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "anchor", "a", "name", call.argument(0));
}
ThrowCompletionOr<Value> string_big(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "big", "big");
}
ThrowCompletionOr<Value> string_blink(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "blink", "blink");
}
ThrowCompletionOr<Value> string_bold(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "bold", "b");
}
ThrowCompletionOr<Value> string_fixed(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "fixed", "tt");
}
ThrowCompletionOr<Value> string_fontcolor(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "fontcolor", "font", "color", call.argument(0));
}
ThrowCompletionOr<Value> string_fontsize(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "fontsize", "font", "size", call.argument(0));
}
ThrowCompletionOr<Value> string_italics(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "italics", "i");
}
ThrowCompletionOr<Value> string_link(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "link", "a", "href", call.argument(0));
}
ThrowCompletionOr<Value> string_small(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "small", "small");
}
ThrowCompletionOr<Value> string_strike(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "strike", "strike");
}
ThrowCompletionOr<Value> string_sub(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "sub", "sub");
}
ThrowCompletionOr<Value> string_sup(VM& vm, const NativeCallInfo& call) {
    return CreateHTML(vm, call.this_value, "sup", "sup");
}

} // namespace

void define_string_prototype_annex_b(VM& vm, Realm& realm, JSObject* prototype) {
    struct Method {
        const char* name;
        JSObject::NativeFunctionPointer function;
        std::uint32_t length;
    };
    static constexpr Method kMethods[] = {
        {"substr", string_substr, 2},   {"anchor", string_anchor, 1},       {"big", string_big, 0},
        {"blink", string_blink, 0},     {"bold", string_bold, 0},           {"fixed", string_fixed, 0},
        {"fontcolor", string_fontcolor, 1}, {"fontsize", string_fontsize, 1}, {"italics", string_italics, 0},
        {"link", string_link, 1},       {"small", string_small, 0},         {"strike", string_strike, 0},
        {"sub", string_sub, 0},         {"sup", string_sup, 0},
    };
    for (const Method& method : kMethods)
        prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, method.name), method.function,
                                          method.length);
}

} // namespace yjs
