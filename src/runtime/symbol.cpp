// Symbol values.
#include "runtime/symbol.h"

namespace yjs {

// SymbolDescriptiveString (20.4.3.3.1): "Symbol(" + description + ")", the description being "" when
// undefined.
JSString* Symbol::descriptive_string(VM& vm) {
    JSString* result = JSString::from_ascii(vm, "Symbol(");
    if (description_) result = JSString::concat(vm, result, description_);
    return JSString::concat(vm, result, JSString::from_ascii(vm, ")"));
}

} // namespace yjs
