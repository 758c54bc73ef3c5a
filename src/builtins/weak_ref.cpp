// WeakRef objects: the weak [[WeakRefTarget]] slot.
#include "builtins/weak_ref.h"

#include "runtime/shape.h"
#include "runtime/vm.h"

namespace yjs {

WeakRefObject* WeakRefObject::create(VM& vm, JSObject* prototype, Value target) {
    return vm.heap().allocate<WeakRefObject>(Shape::create_root(vm, prototype), target);
}

WeakRefObject::WeakRefObject(Shape* shape, Value target) : JSObject(shape), target_(target) {
    set_ordinary_methods(true, true);
    weak_callback_id_ = Heap::of(this).add_weak_callback([this](Heap& heap) { clear_dead_target(heap); });
}

WeakRefObject::~WeakRefObject() {
    Heap::of(this).remove_weak_callback(weak_callback_id_);
}

void WeakRefObject::clear_dead_target(Heap& heap) {
    // A dead WeakRef is left alone: its cell (and this callback) go away with it.
    if (!heap.is_marked(this) || !target_.is_cell()) return;
    if (!heap.is_marked(target_.as_cell())) target_ = Value::undefined();
}

} // namespace yjs
