// %AbstractModuleSource% and %AbstractModuleSource.prototype% (source-phase imports proposal): the
// abstract superclass of module source objects. It is not a global; the test262 host exposes it as
// $262.AbstractModuleSource.
//
// Module source objects are what `import source x from "m"` binds for modules with a source
// representation (WebAssembly modules, in hosts that have them). This engine's modules (Source Text
// Module Records, and the host's JSON and text modules) have none, so no object has a
// [[ModuleSourceClassName]] internal slot here.
#include "builtins/builtins.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// %AbstractModuleSource% ( ): 1. Throw a TypeError exception.
ThrowCompletionOr<Value> abstract_module_source(VM& vm, const NativeCallInfo&) {
    return vm.throw_type_error("Abstract class AbstractModuleSource not directly constructable");
}

// get %AbstractModuleSource%.prototype [ %Symbol.toStringTag% ]: O.[[ModuleSourceClassName]] for an object
// with that slot, otherwise undefined (steps 2-3) — and no object of this engine has the slot.
ThrowCompletionOr<Value> abstract_module_source_to_string_tag(VM&, const NativeCallInfo&) {
    return Value::undefined();
}

} // namespace

void initialize_abstract_module_source(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::AbstractModuleSourcePrototype);
    prototype->define_native_accessor(vm, realm,
                                      PropertyKey::from_symbol(vm.well_known_symbols().toStringTag),
                                      abstract_module_source_to_string_tag, nullptr);
    make_constructor(vm, realm, "AbstractModuleSource", abstract_module_source, 0, prototype,
                     Intrinsic::AbstractModuleSourceConstructor);
}

} // namespace yjs
