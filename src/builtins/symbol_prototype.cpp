// %Symbol.prototype% (20.4.3), an ordinary object.
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/realm.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"

#include <string>

namespace yjs {

namespace {

// ThisSymbolValue ( value )
ThrowCompletionOr<Symbol*> ThisSymbolValue(VM& vm, Value value, const char* method) {
    if (value.is_symbol()) return value.as_symbol();
    if (auto* wrapper = as_if<PrimitiveWrapper>(value); wrapper && wrapper->primitive_value().is_symbol())
        return wrapper->primitive_value().as_symbol();
    return vm.throw_type_error(std::string(method) + " requires that 'this' be a Symbol");
}

// get Symbol.prototype.description
ThrowCompletionOr<Value> symbol_prototype_description(VM& vm, const NativeCallInfo& call) {
    Symbol* symbol = TRY(ThisSymbolValue(vm, call.this_value, "Symbol.prototype.description"));
    JSString* description = symbol->description();
    return description ? Value(description) : Value::undefined();
}

// Symbol.prototype.toString ( )
ThrowCompletionOr<Value> symbol_prototype_to_string(VM& vm, const NativeCallInfo& call) {
    Symbol* symbol = TRY(ThisSymbolValue(vm, call.this_value, "Symbol.prototype.toString"));
    return Value(symbol->descriptive_string(vm));
}

// Symbol.prototype.valueOf ( )
ThrowCompletionOr<Value> symbol_prototype_value_of(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(ThisSymbolValue(vm, call.this_value, "Symbol.prototype.valueOf")));
}

// Symbol.prototype [ %Symbol.toPrimitive% ] ( hint )
ThrowCompletionOr<Value> symbol_prototype_to_primitive(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(ThisSymbolValue(vm, call.this_value, "Symbol.prototype [ @@toPrimitive ]")));
}

} // namespace

void initialize_symbol_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::SymbolPrototype);
    prototype->define_native_accessor(vm, realm, PropertyKey::from_ascii(vm, "description"),
                                      symbol_prototype_description, nullptr, kConfigurable);
    prototype->define_native_function(vm, realm, vm.names().toString, symbol_prototype_to_string, 0);
    prototype->define_native_function(vm, realm, vm.names().valueOf, symbol_prototype_value_of, 0);
    // { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }.
    define_symbol_method(vm, realm, prototype, vm.well_known_symbols().toPrimitive,
                         symbol_prototype_to_primitive, 1, kConfigurable);
    define_to_string_tag(vm, prototype, "Symbol");
}

} // namespace yjs
