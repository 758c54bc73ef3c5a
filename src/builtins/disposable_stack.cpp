// DisposableStack and AsyncDisposableStack objects.
#include "builtins/disposable_stack.h"

#include "runtime/abstract_ops.h"
#include "runtime/function.h"
#include "runtime/shape.h"
#include "runtime/vm.h"

namespace yjs {

DisposableStackObject* DisposableStackObject::create(VM& vm, JSObject* prototype) {
    return vm.heap().allocate<DisposableStackObject>(Shape::create_root(vm, prototype));
}

DisposableStackObject::DisposableStackObject(Shape* shape) : JSObject(shape) {
    set_ordinary_methods(true, true);
}

AsyncDisposableStackObject* AsyncDisposableStackObject::create(VM& vm, JSObject* prototype) {
    return vm.heap().allocate<AsyncDisposableStackObject>(Shape::create_root(vm, prototype));
}

AsyncDisposableStackObject::AsyncDisposableStackObject(Shape* shape) : JSObject(shape) {
    set_ordinary_methods(true, true);
}

namespace {
ThrowCompletionOr<Value> adopt_closure(VM& vm, const NativeCallInfo& call) {
    auto* function = static_cast<NativeFunction*>(call.callee);
    Value value = function->capture(1);
    return Call(vm, function->capture(0), Value::undefined(), std::span<const Value>(&value, 1));
}
} // namespace

NativeFunction* CreateAdoptClosure(VM& vm, Value on_dispose, Value value) {
    NativeFunction* closure =
        NativeFunction::create(vm, vm.current_realm(), adopt_closure, 0, vm.names().empty_string);
    closure->captures() = {on_dispose, value};
    return closure;
}

} // namespace yjs
