// The Symbol constructor (20.4.1, 20.4.2): Symbol.for, Symbol.keyFor and the well-known symbols.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// Symbol ( [ description ] )
ThrowCompletionOr<Value> symbol_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is not undefined, throw a TypeError exception.
    if (call.new_target) return vm.throw_type_error("Symbol is not a constructor");
    Value description = call.argument(0);
    // 2-3. Let descString be undefined or ? ToString(description).
    JSString* description_string = description.is_undefined() ? nullptr : TRY(ToString(vm, description));
    return Value(vm.heap().allocate<Symbol>(description_string));
}

// Symbol.for ( key )
ThrowCompletionOr<Value> symbol_for(VM& vm, const NativeCallInfo& call) {
    JSString* key = TRY(ToString(vm, call.argument(0)));
    return Value(vm.symbol_for(key));
}

// Symbol.keyFor ( sym )
ThrowCompletionOr<Value> symbol_key_for(VM& vm, const NativeCallInfo& call) {
    Value symbol = call.argument(0);
    if (!symbol.is_symbol()) return vm.throw_type_error(describe_value(symbol) + " is not a symbol");
    return vm.symbol_key_for(symbol.as_symbol());
}

} // namespace

void initialize_symbol_constructor(VM& vm, Realm& realm) {
    // Symbol is not new-able, but "new Symbol()" must reach the TypeError of step 1, so it has [[Construct]].
    NativeFunction* constructor =
        make_constructor(vm, realm, "Symbol", symbol_constructor, 0,
                         realm.intrinsic(Intrinsic::SymbolPrototype), Intrinsic::SymbolConstructor);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "for"), symbol_for, 1);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "keyFor"), symbol_key_for, 1);
    // The well-known symbols: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
    const WellKnownSymbols& symbols = vm.well_known_symbols();
#define YJS_DEFINE_WELL_KNOWN_SYMBOL(name)                                                                   \
    constructor->define_direct_property(vm, PropertyKey::from_ascii(vm, #name), Value(symbols.name), 0);
    YJS_WELL_KNOWN_SYMBOLS(YJS_DEFINE_WELL_KNOWN_SYMBOL)
#undef YJS_DEFINE_WELL_KNOWN_SYMBOL
    define_global_property(vm, realm, "Symbol", constructor);
}

} // namespace yjs
