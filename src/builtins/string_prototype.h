#pragma once
// Shared pieces of the String.prototype built-ins (string_prototype*.cpp) and GetSubstitution, which
// RegExp.prototype[%Symbol.replace%] uses too.
#include "runtime/completion.h"
#include "runtime/object.h"

#include <cstdint>
#include <span>

namespace yjs {

class JSString;
class VM;

// GetSubstitution(matched, str, position, captures, namedCaptures, replacementTemplate). `captures` holds
// Strings or undefined; `named_captures` is undefined or an Object.
ThrowCompletionOr<JSString*> GetSubstitution(VM&, JSString* matched, JSString* str, std::uint32_t position,
                                             std::span<const Value> captures, Value named_captures,
                                             JSString* replacement_template);

// The methods defined outside string_prototype.cpp.
ThrowCompletionOr<Value> StringPrototypeMatch(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> StringPrototypeMatchAll(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> StringPrototypeReplace(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> StringPrototypeReplaceAll(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> StringPrototypeSearch(VM&, const NativeCallInfo&);
ThrowCompletionOr<Value> StringPrototypeSplit(VM&, const NativeCallInfo&);
// Annex B (string_prototype_annex_b.cpp): substr and the HTML methods.
void define_string_prototype_annex_b(VM&, Realm&, JSObject* prototype);

} // namespace yjs
