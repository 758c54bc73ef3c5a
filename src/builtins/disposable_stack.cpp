// DisposableStack and AsyncDisposableStack objects.
#include "builtins/disposable_stack.h"

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

} // namespace yjs
