// The GeneratorFunction constructor (27.3.1, 27.3.2). %GeneratorFunction.prototype% itself is set up in
// generator_prototype.cpp.
#include "builtins/builtins.h"
#include "builtins/dynamic_function.h"
#include "parser/parser.h"
#include "runtime/function.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// GeneratorFunction ( ...parameterArgs, bodyArg )
ThrowCompletionOr<Value> generator_function_constructor(VM& vm, const NativeCallInfo& call) {
    return dynamic_function_constructor(vm, call, DynamicFunctionKind::Generator);
}

} // namespace

void initialize_generator_function_constructor(VM& vm, Realm& realm) {
    JSObject* prototype = realm.intrinsic(Intrinsic::GeneratorFunctionPrototype);
    // %GeneratorFunction% is not a global; its [[Prototype]] is %Function%.
    make_constructor(vm, realm, "GeneratorFunction", generator_function_constructor, 1, prototype,
                     Intrinsic::GeneratorFunctionConstructor,
                     realm.intrinsic(Intrinsic::FunctionConstructor));
    // GeneratorFunction.prototype.constructor is { [[Writable]]: false, [[Configurable]]: true } (27.3.3.1).
    prototype->define_direct_property(
        vm, vm.names().constructor, realm.intrinsic(Intrinsic::GeneratorFunctionConstructor), kConfigurable);
}

} // namespace yjs
