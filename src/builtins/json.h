#pragma once
// The JSON object (25.5): JSON.parse (json_parse.cpp) and JSON.stringify (json_stringify.cpp).
#include "runtime/completion.h"
#include "runtime/object.h"

namespace yjs {

class JSString;

// JSON.parse ( text, reviver )
ThrowCompletionOr<Value> JSONParse(VM&, const NativeCallInfo&);
// JSON.stringify ( value, replacer, space )
ThrowCompletionOr<Value> JSONStringify(VM&, const NativeCallInfo&);

// JSON.rawJSON ( text ), JSON.isRawJSON ( O ) (JSON.parse source text access)
ThrowCompletionOr<Value> JSONRawJSON(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> JSONIsRawJSON(VM&, const NativeCallInfo&);

// An object made by JSON.rawJSON: the [[IsRawJSON]] internal slot. JSON.stringify writes its "rawJSON"
// string as it is.
class RawJSONObject final : public JSObject {
public:
    explicit RawJSONObject(Shape* shape) : JSObject(shape) {}
    const char* class_name() const override { return "Object"; }
};

// Parses `text` as a JSON text (ECMA-404) into a fresh value graph; SyntaxError when it is not one.
ThrowCompletionOr<Value> ParseJSONText(VM&, JSString* text);

} // namespace yjs
