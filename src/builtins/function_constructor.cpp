// The Function constructor (20.2.1, 20.2.2).
#include "builtins/builtins.h"
#include "builtins/dynamic_function.h"
#include "parser/parser.h"
#include "runtime/function.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// Function ( ...parameterArgs, bodyArg )
ThrowCompletionOr<Value> function_constructor(VM& vm, const NativeCallInfo& call) {
    return dynamic_function_constructor(vm, call, DynamicFunctionKind::Normal);
}

} // namespace

void initialize_function_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor =
        make_constructor(vm, realm, "Function", function_constructor, 1,
                         realm.intrinsic(Intrinsic::FunctionPrototype), Intrinsic::FunctionConstructor);
    define_global_property(vm, realm, "Function", constructor);
}

} // namespace yjs
