#pragma once
// Shared between the %RegExp.prototype% files.
#include "runtime/object.h"

namespace yjs {

// Defines RegExp.prototype[%Symbol.match%], [%Symbol.matchAll%], [%Symbol.replace%], [%Symbol.search%] and
// [%Symbol.split%] (regexp_prototype_symbols.cpp).
void define_regexp_prototype_symbol_methods(VM&, Realm&, JSObject* prototype);

} // namespace yjs
