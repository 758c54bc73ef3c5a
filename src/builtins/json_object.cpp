// The JSON object (25.5).
#include "builtins/builtins.h"
#include "builtins/json.h"
#include "runtime/abstract_ops.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace yjs {

// JSON.rawJSON ( text )
ThrowCompletionOr<Value> JSONRawJSON(VM& vm, const NativeCallInfo& call) {
    // 1. Let jsonString be ? ToString(text).
    JSString* json_string = TRY(ToString(vm, call.argument(0)));
    // 2. No empty string, and no whitespace at either end.
    auto is_json_whitespace = [](char16_t c) { return c == 0x09 || c == 0x0A || c == 0x0D || c == 0x20; };
    std::uint32_t length = json_string->length();
    if (length == 0 || is_json_whitespace(json_string->at(0)) ||
        is_json_whitespace(json_string->at(length - 1)))
        return vm.throw_syntax_error("Invalid value for JSON.rawJSON");
    // 3. A valid JSON text whose value is neither an object nor an array (with no whitespace in front, the
    //    first code unit tells).
    if (json_string->at(0) == u'{' || json_string->at(0) == u'[')
        return vm.throw_syntax_error("JSON.rawJSON cannot create an object or an array");
    TRY(ParseJSONText(vm, json_string));
    // 4-7. A frozen null-prototype object with [[IsRawJSON]] and its "rawJSON" property.
    auto* object = vm.heap().allocate<RawJSONObject>(Shape::create_root(vm, nullptr));
    object->define_direct_property(vm, PropertyKey::from_ascii(vm, "rawJSON"), Value(json_string),
                                   PropertyAttributes(kEnumerable));
    object->ordinary_prevent_extensions(vm);
    return Value(static_cast<JSObject*>(object));
}

// JSON.isRawJSON ( O )
ThrowCompletionOr<Value> JSONIsRawJSON(VM&, const NativeCallInfo& call) {
    return Value::boolean(as_if<RawJSONObject>(call.argument(0)) != nullptr);
}

void initialize_json_object(VM& vm, Realm& realm) {
    JSObject* json = make_intrinsic_object(vm, realm, Intrinsic::JSONObject);
    json->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "parse"), JSONParse, 2);
    json->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "stringify"), JSONStringify, 3);
    json->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "rawJSON"), JSONRawJSON, 1);
    json->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "isRawJSON"), JSONIsRawJSON, 1);
    define_to_string_tag(vm, json, "JSON");
    define_global_property(vm, realm, "JSON", json);
}

} // namespace yjs
