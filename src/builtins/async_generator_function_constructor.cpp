// The AsyncGeneratorFunction constructor (27.4.1, 27.4.2). %AsyncGeneratorFunction.prototype% itself is set
// up in async_generator_prototype.cpp.
#include "builtins/builtins.h"
#include "builtins/dynamic_function.h"
#include "parser/parser.h"
#include "runtime/function.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// AsyncGeneratorFunction ( ...parameterArgs, bodyArg ) (27.4.1.1).
ThrowCompletionOr<Value> async_generator_function_constructor(VM& vm, const NativeCallInfo& call) {
    return dynamic_function_constructor(vm, call, DynamicFunctionKind::AsyncGenerator);
}

} // namespace

void initialize_async_generator_function_constructor(VM& vm, Realm& realm) {
    JSObject* prototype = realm.intrinsic(Intrinsic::AsyncGeneratorFunctionPrototype);
    // %AsyncGeneratorFunction% is not a global; its [[Prototype]] is %Function%.
    make_constructor(vm, realm, "AsyncGeneratorFunction", async_generator_function_constructor, 1, prototype,
                     Intrinsic::AsyncGeneratorFunctionConstructor,
                     realm.intrinsic(Intrinsic::FunctionConstructor));
    // AsyncGeneratorFunction.prototype.constructor is { [[Writable]]: false, [[Configurable]]: true }
    // (27.4.3.1).
    prototype->define_direct_property(vm, vm.names().constructor,
                                      realm.intrinsic(Intrinsic::AsyncGeneratorFunctionConstructor),
                                      kConfigurable);
}

} // namespace yjs
