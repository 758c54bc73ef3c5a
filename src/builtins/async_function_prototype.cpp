// The AsyncFunction prototype object (ECMA-262 27.7.3). Its "constructor" is added by
// async_function_constructor.cpp.
#include "builtins/builtins.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace yjs {

void initialize_async_function_prototype(VM& vm, Realm& realm) {
    // %AsyncFunction.prototype% is an ordinary object whose [[Prototype]] is %Function.prototype%.
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::AsyncFunctionPrototype,
                                                realm.intrinsic(Intrinsic::FunctionPrototype));
    define_to_string_tag(vm, prototype, "AsyncFunction");
}

} // namespace yjs
