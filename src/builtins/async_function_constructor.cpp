// The AsyncFunction constructor (ECMA-262 27.7.1, 27.7.2). Installing it also gives the interpreter the
// promise glue async functions run on (NewPromiseCapability and Await, src/runtime/promise.cpp).
#include "builtins/async_from_sync_iterator_prototype.h"
#include "builtins/builtins.h"
#include "builtins/dynamic_function.h"
#include "parser/parser.h"
#include "runtime/function.h"
#include "runtime/promise.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "vm/interpreter.h"

namespace yjs {

namespace {

// AsyncFunction ( ...parameterArgs, bodyArg ) (27.7.1.1).
ThrowCompletionOr<Value> async_function_constructor(VM& vm, const NativeCallInfo& call) {
    return dynamic_function_constructor(vm, call, DynamicFunctionKind::Async);
}

} // namespace

void initialize_async_function_constructor(VM& vm, Realm& realm) {
    JSObject* prototype = realm.intrinsic(Intrinsic::AsyncFunctionPrototype);
    // %AsyncFunction% is not a global; its [[Prototype]] is %Function%.
    make_constructor(vm, realm, "AsyncFunction", async_function_constructor, 1, prototype,
                     Intrinsic::AsyncFunctionConstructor, realm.intrinsic(Intrinsic::FunctionConstructor));
    // AsyncFunction.prototype.constructor is { [[Writable]]: false, [[Configurable]]: true } (27.7.3.1).
    prototype->define_direct_property(vm, vm.names().constructor,
                                      realm.intrinsic(Intrinsic::AsyncFunctionConstructor), kConfigurable);
    PromiseHooks hooks = async_function_promise_hooks();
    hooks.create_async_from_sync_iterator = CreateAsyncFromSyncIterator;
    vm.interpreter().set_promise_hooks(hooks);
}

} // namespace yjs
