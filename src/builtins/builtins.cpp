#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"

#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace yjs {

void initialize_builtins([[maybe_unused]] VM& vm, [[maybe_unused]] Realm& realm) {
#define YJS_CALL_BUILTIN_INITIALIZER(name) initialize_##name(vm, realm);
    YJS_BUILTIN_INITIALIZERS(YJS_CALL_BUILTIN_INITIALIZER)
#undef YJS_CALL_BUILTIN_INITIALIZER
}

NativeFunction* make_constructor(VM& vm, Realm& realm, std::string_view name, NativeFunctionPointer function,
                                 std::uint32_t length, JSObject* prototype, Intrinsic slot,
                                 JSObject* function_prototype) {
    NativeFunction* constructor = NativeFunction::create(
        vm, realm, function, length, PropertyKey::from_ascii(vm, name), function_prototype);
    constructor->set_is_constructor(true);
    if (prototype) {
        constructor->define_direct_property(vm, vm.names().prototype, prototype, 0);
        prototype->define_direct_property(vm, vm.names().constructor, constructor, kBuiltinAttributes);
    }
    realm.set_intrinsic(slot, constructor);
    return constructor;
}

JSObject* make_intrinsic_object(VM& vm, Realm& realm, Intrinsic slot, JSObject* prototype) {
    JSObject* object =
        JSObject::create(vm, prototype ? prototype : realm.intrinsic(Intrinsic::ObjectPrototype));
    realm.set_intrinsic(slot, object);
    return object;
}

void define_global_property(VM& vm, Realm& realm, std::string_view name, Value value) {
    realm.global_object()->define_direct_property(vm, PropertyKey::from_ascii(vm, name), value,
                                                  kBuiltinAttributes);
}

void define_to_string_tag(VM& vm, JSObject* object, std::string_view tag) {
    object->define_direct_property(vm, PropertyKey::from_symbol(vm.well_known_symbols().toStringTag),
                                   JSString::from_ascii(vm, tag), kConfigurable);
}

JSObject* define_symbol_method(VM& vm, Realm& realm, JSObject* object, Symbol* symbol,
                               NativeFunctionPointer function, std::uint32_t length,
                               PropertyAttributes attributes) {
    return object->define_native_function(vm, realm, PropertyKey::from_symbol(symbol), function, length,
                                          attributes);
}

ThrowCompletion throw_incompatible_receiver(VM& vm, std::string_view method, Value receiver) {
    return vm.throw_type_error("Method " + std::string(method) + " called on incompatible receiver " +
                               describe_value(receiver));
}

} // namespace yjs
